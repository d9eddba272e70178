import type { Lang } from '../shared/issues.ts'

type Params = Record<string, string | number>
type Template = (p: Params) => string

/** Messages of the whole-document checks, in Dutch and English. Zod's own come from its locales. */
export const regionMessages = {
  duplicate_id: {
    nl: (p) => `Dubbele ${p.what} "${p.id}" (ook gebruikt in ${p.first})`,
    en: (p) => `Duplicate ${p.what} "${p.id}" (also used at ${p.first})`,
  },
  unknown_municipality: {
    nl: (p) => `Onbekende gemeente "${p.code}": voeg haar toe aan municipalities`,
    en: (p) => `Unknown municipality "${p.code}": add it to municipalities`,
  },
  unknown_point: {
    nl: (p) => `Onbekend noodsteunpunt "${p.id}"`,
    en: (p) => `Unknown point "${p.id}"`,
  },
  unknown_requirement: {
    nl: (p) => `Onbekende eis "${p.id}" in richtlijn ${p.guideline} en de regionale aanvulling`,
    en: (p) =>
      `Unknown requirement "${p.id}" in guideline ${p.guideline} and the regional supplement`,
  },
  historical_requirement: {
    nl: (p) =>
      `${p.count} beoordeling(en) van eis "${p.id}", die ${p.guideline} niet heeft (wel editie ${p.editions}): bewaard als geschiedenis, tellen niet mee voor de gereedheid`,
    en: (p) =>
      `${p.count} assessment(s) of requirement "${p.id}", which ${p.guideline} does not have (edition ${p.editions} does): kept as history, not counted for readiness`,
  },
  unknown_guideline: {
    nl: (p) => `Onbekende richtlijn "${p.ref}"`,
    en: (p) => `Unknown guideline "${p.ref}"`,
  },
  supplement_shadows_guideline: {
    nl: (p) =>
      `Eis "${p.id}" bestaat al in richtlijn ${p.guideline}; kies een eigen id (bijvoorbeeld met het regiocode-voorvoegsel)`,
    en: (p) =>
      `Requirement "${p.id}" already exists in guideline ${p.guideline}; choose an id of your own (for example with the region code as prefix)`,
  },
  supplement_unknown_source: {
    nl: (p) =>
      `Bron "${p.id}" staat niet bij de bronnen van richtlijn ${p.guideline}; een regionale eis kan alleen uit die bronnen citeren`,
    en: (p) =>
      `Source "${p.id}" is not among the sources of guideline ${p.guideline}; a regional requirement can only cite those`,
  },
  supplement_without_provenance: {
    nl: (p) =>
      `Eis "${p.id}" noemt geen bron. Noem een bron uit richtlijn ${p.guideline}, of geef basis "assumption" met een rationale: waarom de regio deze eis stelt`,
    en: (p) =>
      `Requirement "${p.id}" cites no source. Cite a source of guideline ${p.guideline}, or give basis "assumption" with a rationale: why the region sets this requirement`,
  },
  supplement_assumption_without_rationale: {
    nl: (p) =>
      `Eis "${p.id}" is een aanname zonder rationale: schrijf op waarom de regio deze eis stelt`,
    en: (p) =>
      `Requirement "${p.id}" is an assumption without a rationale: write down why the region sets this requirement`,
  },
  population_not_positive: {
    nl: () => `Het aantal inwoners moet groter zijn dan 0`,
    en: () => `Population must be greater than 0`,
  },
  outside_netherlands: {
    nl: (p) => `Locatie ${p.lat}, ${p.lon} ligt buiten Nederland; zijn lat en lon verwisseld?`,
    en: (p) => `Location ${p.lat}, ${p.lon} lies outside the Netherlands; are lat and lon swapped?`,
  },
  not_applicable_not_allowed: {
    nl: (p) =>
      `Eis "${p.id}" mag niet als 'niet van toepassing' worden beoordeeld; telt als onbekend`,
    en: (p) => `Requirement "${p.id}" does not allow 'not_applicable'; it counts as unknown`,
  },
  value_without_minimum: {
    nl: (p) => `Eis "${p.id}" is een ja/nee-eis; de waarde ${p.value} wordt genegeerd`,
    en: (p) => `Requirement "${p.id}" is a yes/no check; the value ${p.value} is ignored`,
  },
  unknown_risk_method: {
    nl: (p) => `Onbekende risicomethode "${p.ref}"`,
    en: (p) => `Unknown risk method "${p.ref}"`,
  },
  not_an_object: {
    nl: () => `Een regiobestand is een JSON-object ({ … })`,
    en: () => `A region file is a JSON object ({ … })`,
  },
  unknown_function: {
    nl: (p) =>
      `Functie "${p.id}" bestaat niet in richtlijn ${p.guideline}; kies een van: ${p.known}`,
    en: (p) =>
      `Function "${p.id}" does not exist in guideline ${p.guideline}; choose one of: ${p.known}`,
  },
  requirements_not_checked: {
    nl: () =>
      `Eis-ids niet gecontroleerd: geef een catalogus mee (catalog uit @weerbaar/guidelines), dan worden beoordelingen van onbekende eisen gemeld`,
    en: () =>
      `Requirement ids not checked: pass a catalog (catalog from @weerbaar/guidelines) to have assessments of unknown requirements reported`,
  },
  assessment_in_future: {
    nl: (p) =>
      `Beoordeling gedateerd ${p.date}, na vandaag (${p.today}): die telt pas vanaf die datum mee. Klopt het jaar?`,
    en: (p) =>
      `Assessment dated ${p.date}, after today (${p.today}): it counts only from that date on. Is the year right?`,
  },
  duplicate_key: {
    nl: (p) =>
      `Veld "${p.key}" staat twee keer in dit object (eerder op regel ${p.line}); welke waarde bedoeld is, is niet zeker: laat er één staan`,
    en: (p) =>
      `Field "${p.key}" appears twice in this object (first on line ${p.line}); which value is meant is unclear: keep one`,
  },
  unsupported_schema_version: {
    nl: (p) =>
      `schemaVersion ${p.version} wordt niet ondersteund; deze versie leest schemaVersion ${p.supported}`,
    en: (p) =>
      `schemaVersion ${p.version} is not supported; this version reads schemaVersion ${p.supported}`,
  },
} satisfies Record<string, Record<Lang, Template>>

export type RegionMessageCode = keyof typeof regionMessages

export function regionMessage(code: RegionMessageCode, lang: Lang, params: Params = {}): string {
  return regionMessages[code][lang](params)
}
