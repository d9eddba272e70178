/**
 * Notes for the fictitious demo assessments, per requirement id and result. They read like the
 * notes coordinators write, because the dashboard shows them in a "how do others do it" view:
 * the `met` notes say how a point arranged it. All invented; no real location is described.
 */
export type NoteResult = 'met' | 'partial' | 'not_met' | 'not_applicable'

export const ASSESSMENT_NOTES: Readonly<
  Record<string, Partial<Record<NoteResult, readonly string[]>>>
> = {
  'info.board': {
    met: [
      'Whiteboard en prikbord in de hal bij de ingang; de dienstdoende vrijwilliger werkt de berichten elk uur bij.',
      'Magneetbord met vaste vakken: stroom, water, zorg, vervoer. Oude berichten gaan met datum en tijd in een map.',
      'Informatiewand in de foyer, ook leesbaar door de glazen pui als het gebouw dicht is.',
    ],
    partial: [
      'Prikbord aanwezig, maar het hangt achter in de zaal; verplaatsen naar de ingang staat op de actielijst.',
      'Bord is er, maar niemand is aangewezen om het bij te houden.',
    ],
    not_met: [
      'Nog geen informatiebord; komt mee in de inrichting na de zomer.',
      'Bord verdwenen bij de verbouwing van de hal.',
    ],
  },
  'info.radio-receiver': {
    met: [
      'Slingerradio met zaklamp in de noodkist; de frequentie van de calamiteitenzender staat er met tape op.',
      "Twee batterijradio's, reservebatterijen in een verzegelde zak. Elke maand aangezet en getest.",
    ],
    partial: [
      'Radio aanwezig, maar de batterijen waren leeg. Nieuwe besteld.',
      'Radio werkt alleen op netstroom; batterijmodel aangevraagd.',
    ],
    not_met: ['Geen radio aanwezig; de beheerder ging uit van de telefoon.'],
  },
  'info.printed-actions': {
    met: [
      "Folder 'Stroom uitgevallen? Dit kunt u doen' in vier talen in de noodkist, ook in grote letters.",
      'Handelingsperspectieven van Denk Vooruit geprint en geplastificeerd; 200 stuks op voorraad.',
    ],
    partial: [
      "Alleen de folder over stroomuitval ligt klaar; drinkwater en 'ga naar binnen' ontbreken nog.",
    ],
    not_met: ['Geen drukwerk op voorraad; afhankelijk van levering door de gemeente.'],
  },
  'info.plain-language': {
    met: [
      'Teksten getoetst door het taalpanel van de bibliotheek; pictogrammen uit de landelijke set.',
      'Vaste sjablonen op B1 met pictogrammen voor stroom, water en zorg.',
    ],
    partial: ['Sjablonen zijn op B1, maar zonder pictogrammen.'],
    not_met: ['Teksten overgenomen uit het ambtelijke draaiboek; te moeilijk voor veel bezoekers.'],
  },
  'emergency.reporting': {
    met: [
      'Portofoon naar de kazerne; de coördinatiepost zet meldingen door naar de meldkamer. Geoefend met drie fictieve meldingen.',
      'Meldprotocol hangt naast de portofoon: wie, wat, waar, hoe laat. Doorzetten binnen vijf minuten gehaald bij de oefening.',
    ],
    partial: [
      'Meldingen kunnen worden aangenomen, maar gaan per koerier naar de kazerne; te traag bij spoed.',
    ],
    not_met: ['Meldingen doorzetten kan pas als de noodverbinding er is.'],
  },
  'emergency.log': {
    met: [
      'Meldingenschrift met doorschrijfvellen; de kopie gaat mee met de koerier.',
      'Voorgedrukte meldformulieren in een ordner bij de portofoon.',
    ],
    partial: ['Er is een schrift, maar zonder vaste indeling.'],
    not_met: ['Registratie alleen digitaal voorzien; werkt niet zonder stroom.'],
  },
  'care.first-aid': {
    met: [
      'EHBO-koffer en AED gecontroleerd door de EHBO-vereniging; AED aangemeld bij het oproepsysteem.',
      'AED hangt buiten in een verwarmde kast; koffer aangevuld na de controle.',
    ],
    partial: [
      'AED aanwezig, maar de elektroden verlopen volgende maand; EHBO-koffer compleet.',
      'EHBO-koffer incompleet: verband en handschoenen op.',
    ],
    not_met: [
      'Geen AED in het gebouw; de dichtstbijzijnde hangt 400 m verderop bij de supermarkt.',
    ],
  },
  'care.first-aider': {
    met: [
      "Vier vrijwilligers met geldig BHV-diploma in het rooster, ook 's nachts.",
      "Rooster afgestemd met de EHBO-vereniging: elke ploeg heeft een EHBO'er.",
    ],
    partial: ["Twee BHV'ers beschikbaar, maar niet in elke ploeg."],
    not_met: ["Diploma's van de vaste vrijwilligers verlopen; herhalingscursus gepland."],
  },
  'care.medication': {
    met: [
      'Afspraak met de apotheek in het winkelcentrum: uitgifte via het punt op vertoon van het medicijnpaspoort.',
      'Huisartsenpraktijk levert bij langdurige uitval twee uur per dag een arts op het punt.',
    ],
    partial: ['Mondelinge afspraak met de huisarts; nog niet vastgelegd.'],
    not_met: ['Nog geen contact gelegd met huisarts of apotheek.'],
  },
  'needs.water': {
    met: [
      'Afspraak met het waterbedrijf over een tappunt op het parkeerterrein; 300 liter flessen in het magazijn.',
      'Voorraad van 200 liter in jerrycans; de beheerder ververst die elk halfjaar.',
    ],
    partial: ['Kleine voorraad flessen, geen afspraak met het waterbedrijf.'],
    not_met: ['Geen voorraad en geen afspraak.'],
  },
  'needs.food': {
    met: [
      'Afspraak met de supermarkt en de voedselbank over uitgifte van houdbaar voedsel via het punt.',
      'Houdbaar voedsel voor 100 personen voor één dag; de supermarkt in het dorp vult aan.',
    ],
    partial: ['Contact met de voedselbank; afspraken nog niet rond.'],
    not_met: ['Nog niets geregeld.'],
  },
  'needs.sanitation': {
    met: [
      'Twee chemische toiletten in opslag op de gemeentewerf; plaatsing binnen vier uur afgesproken.',
      'Toilet met stortbak die met emmers te vullen is; regenton als reserve.',
    ],
    partial: ['Eén chemisch toilet; te weinig voor de verwachte drukte.'],
    not_met: ['Toiletten werken alleen met waterdruk.'],
  },
  'needs.warm-room': {
    met: [
      'Kleine zaal met houtkachel; brandhout voor drie dagen opgeslagen.',
      'Zaal op noodstroom met elektrische kachels; meegetest bij de aggregaattest.',
    ],
    partial: ['Verwarming werkt op noodstroom alleen in de keuken.'],
    not_met: ['Verwarming hangt helemaal af van netstroom en gas.'],
  },
  'power.backup': {
    met: [
      'Vaste aggregaat van 60 kVA met tank voor vier dagen; voedt het hele gebouw.',
      'Aansluitpunt voor een mobiele aggregaat van de gemeentewerf; die staat voor dit punt gereserveerd.',
      'Thuisbatterij met zonnepanelen; bij zuinig gebruik ruim 72 uur voor licht, radio en portofoon.',
    ],
    partial: [
      'Aggregaat draait een etmaal op één tank; bijtanken hangt af van de brandstofafspraak.',
      "Alleen accu's voor licht en portofoon.",
    ],
    not_met: ['Geen noodstroom; offerte voor een aansluitpunt aangevraagd.'],
  },
  'power.test': {
    met: [
      'Halfjaarlijkse test onder belasting: twee uur gedraaid zonder storing.',
      'Getest tijdens de regionale oefening; omschakelen binnen tien minuten.',
    ],
    partial: ['Proefgedraaid zonder belasting; test onder belasting volgt.'],
    not_met: ['Aggregaat startte niet bij de test; accu vervangen, hertest gepland.'],
  },
  'power.fuel-agreement': {
    met: [
      'Afspraak met het tankstation en een loonwerker: diesel voor noodsteunpunten gaat voor.',
      'Valt onder het regionale convenant met brandstofleveranciers.',
    ],
    partial: ['Mondelinge afspraak met een loonwerker.'],
    not_met: ['Geen brandstofafspraak.'],
  },
  'power.lighting': {
    met: [
      'Noodverlichting in zaal, gang en bij de ingang hangt op de aggregaat.',
      'Accu-ledlampen op statief, opgeladen in de noodkist.',
    ],
    partial: ['Noodverlichting alleen in de gangen (vluchtwegen).'],
    not_met: ['Geen verlichting op noodstroom.'],
  },
  'comms.radio': {
    met: [
      'Twee portofoons met verbinding naar de kazerne; bereik getest vanaf de zolder.',
      'Satelliettelefoon van de gemeente ligt in de noodkist.',
      'Zendamateurs van de lokale vereniging verzorgen de verbinding met de coördinatiepost.',
    ],
    partial: ['Portofoons aanwezig, maar vanuit de kelder geen bereik naar de kazerne.'],
    not_met: ['Nog geen noodverbinding; alleen vaste telefoon en mobiel.'],
  },
  'comms.test': {
    met: [
      'Verbindingstest elke maand, op een vaste dag.',
      'Verbinding getest tijdens de regionale oefening; alle berichten kwamen aan.',
    ],
    partial: ["Getest, maar alleen overdag en met volle accu's."],
    not_met: ['Test mislukt: de portofoon kreeg geen verbinding met de kazerne.'],
  },
  'comms.courier': {
    met: [
      'Zes vrijwilligers met (bak)fiets als koerier; vaste route naar de kazerne en terug.',
      'Afspraak met de scouting: koeriers op de fiets, route geoefend.',
    ],
    partial: ['Twee koeriers beschikbaar; te weinig voor 72 uur.'],
    not_met: ['Geen koeriers geregeld.'],
  },
  'coord.crisis-link': {
    met: [
      'Verbinding met het regionaal operationeel team via de meldkamer; vaste tijden voor een situatierapport.',
      'Satellietverbinding met het ROT; elke vier uur een situatierapport.',
    ],
    partial: ['Verbinding is er, maar zonder vaste rapportagemomenten.'],
    not_met: ['Verbinding met de crisisorganisatie nog niet ingericht.'],
  },
  'coord.point-overview': {
    met: [
      'Wandbord met alle lokale punten in het verzorgingsgebied: bezetting en behoeften per dagdeel.',
      'Klapper met per lokaal punt een vel met contactpersonen en sleutelhouders.',
    ],
    partial: ['Overzicht bestaat, maar is niet actueel: twee punten ontbreken.'],
    not_met: ['Overzicht alleen digitaal beschikbaar.'],
  },
  'coord.neighbourhood': {
    met: [
      'Afspraken met de wijkvereniging en de beheerders van de buurtapps: zij brengen berichten van deur tot deur.',
      'Vrijwilligers van de kerk en de sportclub hebben een vaste verzamelplek, zonder telefoon te bereiken.',
    ],
    partial: ['Contact met de dorpsraad; afspraken nog niet op papier.'],
    not_met: ['Nog geen afspraken met buurtnetwerken.'],
  },
  'staff.opening-procedure': {
    met: [
      'Draaiboek: bij stroomuitval langer dan vier uur opent de eerste sleutelhouder die er is, zonder op een oproep te wachten.',
      'Opening staat op één A4 bij de sleutelkast; ook de buren weten ervan.',
    ],
    partial: ['Draaiboek in concept; openen na een vast aantal uren is nog niet afgesproken.'],
    not_met: ['Geen draaiboek; openen hangt af van een telefoontje van de gemeente.'],
  },
  'staff.trained': {
    met: [
      'Twaalf vrijwilligers getraind, in drie ploegen van vier.',
      'Training van de regio gevolgd: informatiebord, melden en registreren.',
    ],
    partial: ['Genoeg getrainde mensen voor één dag, niet voor 72 uur.'],
    not_met: ['Nog niemand getraind.'],
  },
  'staff.exercise': {
    met: [
      'Oefening op een zaterdagochtend met 25 buurtbewoners als bezoekers; evaluatie met verbeterpunten.',
      'Ingezet tijdens de regionale oefening stroomuitval; het punt was binnen een uur open.',
    ],
    partial: ['Tafeloefening gedaan; praktijkoefening nog niet.'],
    not_met: ['Nog niet geoefend.'],
  },
  'staff.keys': {
    met: [
      'Drie sleutelhouders binnen 500 meter; sleutelkluis met code die ook de kazerne kent.',
      'Sleutels bij de beheerder en bij twee buren.',
    ],
    partial: ['Eén sleutelhouder woont in de buurt, de ander in een ander dorp.'],
    not_met: ['Sleutel alleen bij de beheerder, die buiten de gemeente woont.'],
  },
  'site.use-agreement': {
    met: [
      'Gebruiksovereenkomst met het schoolbestuur getekend, ook voor gebruik buiten schooltijd en in vakanties.',
      'Convenant met het bestuur van het gebouw, looptijd drie jaar.',
    ],
    partial: ['Afspraak per mail; de overeenkomst ligt bij de juristen.'],
    not_met: ['Eigenaar wil eerst afspraken over schade en verzekering.'],
    not_applicable: ['Gemeente is eigenaar en beheerder van het gebouw.'],
  },
  'recog.signage': {
    met: [
      'Oranje bord met reflecterende letters bij de ingang en een bakenlamp op accu.',
      "Vlag en bord 'Noodsteunpunt' liggen klaar; ophangen kost vijf minuten.",
    ],
    partial: ['Bord aanwezig, maar in het donker niet te zien.'],
    not_met: ['Buiten niet herkenbaar; inwoners kennen het gebouw niet als steunpunt.'],
  },
  'recog.published': {
    met: [
      'Adres staat in de gemeentegids en in het huis-aan-huisblad, en op de kaart van de gemeente.',
      'Magneet met het adres van het punt huis-aan-huis verspreid.',
    ],
    partial: ['Alleen op de website van de gemeente bekendgemaakt.'],
    not_met: ['Nog niet bekendgemaakt.'],
    not_applicable: ['Reservelocatie; wordt bewust niet vooraf bekendgemaakt.'],
  },
  'access.step-free': {
    met: [
      'Hellingbaan bij de hoofdingang, invalidentoilet op de begane grond.',
      'Gelijkvloers gebouw; de automatische deur werkt ook met de hand.',
    ],
    partial: ['Ingang drempelvrij, maar het toilet is alleen via een trap bereikbaar.'],
    not_met: ['Zaal op de eerste verdieping, lift werkt niet op noodstroom.'],
  },
  'access.capacity': {
    met: ['Grote zaal en kantine samen.', 'Geteld op basis van de gebruiksvergunning.'],
    partial: ['Kleine ruimte; bij drukte wachten mensen buiten onder de luifel.'],
  },
  'flood.raised-storage': {
    met: [
      'Aggregaat en noodkist op de eerste verdieping; brandstof in een kast op een verhoogde vloer.',
      'Voorraad op stellingen boven 1,5 meter, volgens de overstromingskaart.',
    ],
    partial: ['Aggregaat staat hoog, de voorraden nog op de begane grond.'],
    not_met: ['Alles staat in de kelder; bij een overstroming onbruikbaar.'],
  },
  'heat.cool-room': {
    met: [
      'Zaal op het noorden blijft koel; ventilatoren op noodstroom.',
      'Airco in de vergaderzaal hangt op de aggregaat.',
    ],
    partial: ['Koele ruimte, maar klein.'],
    not_met: ['Plat dak en geen koeling; bij hitte ongeschikt.'],
  },
  'water.distribution': {
    met: [
      'Afspraak met het waterbedrijf: tappunt op het plein, vrijwilligers helpen bij de uitgifte.',
    ],
    partial: ['Plek voor het tappunt aangewezen; de afspraak is nog niet bevestigd.'],
    not_met: ['Geen afspraak met het waterbedrijf.'],
  },
}

/** Notes on the last assessment of a point that was taken out of use. */
export const INACTIVE_NOTES: readonly string[] = [
  'Gebouw gaat dicht voor renovatie; het punt verhuist tijdelijk. Vervangende locatie wordt gezocht.',
  'Eigenaar heeft de gebruiksafspraak opgezegd; punt buiten gebruik gesteld.',
  'Vrijwilligersgroep gestopt; punt staat op inactief tot er nieuwe bemensing is.',
  'Gebouw verkocht; nieuwe eigenaar wil niet meedoen.',
]

/** Notes on the first assessment of a point that is still being set up. */
export const PLANNED_NOTES: readonly string[] = [
  'Eerste verkenning met de beheerder; het gebouw is geschikt, afspraken volgen.',
  'Kennismaking met het bestuur; ze willen meedoen als de gemeente de noodstroom regelt.',
  'Schouw gedaan met de brandweer; plan van aanpak in de maak.',
]
