import type { Agreement, Partner, Point, Staffing } from '@weerbaar/core'
import { addCalendarDays } from '@weerbaar/core/internal'
import { DEMO_DATA_DATE } from '../src/dates.ts'
import type { MunicipalityConfig, RegionConfig } from './demo-regions.config.ts'

/** What the network generator needs of the seeded random stream. */
export interface NetworkRandom {
  next(): number
  chance(p: number): boolean
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
}

export interface DemoNetwork {
  partners: Partner[]
  agreements: Agreement[]
  staffing: Staffing[]
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

const SURNAMES = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos']
const INITIALS = ['A.', 'B.', 'C.', 'E.', 'H.', 'J.', 'K.', 'M.', 'P.', 'S.', 'T.', 'W.']

/** A plainly fictitious contact: `(fictief)` in the name, a 0000-number and example.nl. */
function contact(
  role: NonNullable<Partner['contacts']>[number]['role'],
  organisation: string,
  random: NetworkRandom,
): NonNullable<Partner['contacts']>[number] {
  const surname = random.pick(SURNAMES)
  const name = `${random.pick(INITIALS)} ${surname} (fictief)`
  const local = `${slug(surname)}.${role.replace('_', '-')}`
  return {
    role,
    name,
    phone: `0000 ${String(random.int(100_000, 999_999))}`,
    email: `${local}@${slug(organisation)}.example.nl`,
  }
}

/** A date between two offsets (in days) from the demo date. */
function dateAround(random: NetworkRandom, fromDays: number, toDays: number): string {
  return addCalendarDays(DEMO_DATA_DATE, random.int(fromDays, toDays))
}

/**
 * A believable, fictitious network for a demo region: fire stations staffed by the fire
 * service; community centres offered and staffed by a welfare organisation per municipality;
 * places of worship offered by their congregations and staffed by volunteers; schools, sports
 * halls and libraries by their boards or the municipality; one fuel supplier behind most
 * generators of the region (in VR25 a single point of failure, in VR14 two suppliers that split
 * it); a few agreements ending within 90 days of the demo date, a few drafts, and a few points
 * without any agreement for their building. Every name, number and address is fictitious.
 */
export function generateNetwork(
  config: RegionConfig,
  points: readonly Point[],
  random: NetworkRandom,
): DemoNetwork {
  const partners: Partner[] = []
  const agreements: Agreement[] = []
  const staffing: Staffing[] = []
  const usable = points.filter((p) => p.status !== 'inactive')
  const byMunicipality = (code: string) => usable.filter((p) => p.municipality === code)

  const fire: Partner = {
    id: 'brandweer',
    name: `${config.fireService} (fictief)`,
    kind: 'fire_service',
    contacts: [contact('operations', config.fireService, random), contact('ghor', 'GHOR', random)],
  }
  partners.push(fire)
  const stations = usable.filter((p) => p.kind === 'fire_station')
  if (stations.length > 0)
    agreements.push({
      id: `${config.code.toLowerCase()}-brandweer-kazernes`,
      partner: fire.id,
      points: stations.map((p) => p.id),
      provides: ['location', 'staffing', 'communication', 'first_aid'],
      status: 'signed',
      signed: '2025-06-01',
      note: 'Kazernes als coördinatiepunt (fictief convenant)',
    })
  for (const p of stations) {
    // A coordination point needs 4 on duty: 12 people cover 72 hours, fewer fall short.
    staffing.push({
      point: p.id,
      partner: fire.id,
      role: 'brandweer',
      people: random.pick([8, 10, 12, 12, 14, 16]),
    })
  }

  for (const m of config.municipalities) {
    const here = byMunicipality(m.code)
    const municipality: Partner = {
      id: `gemeente-${slug(m.name)}`,
      name: `Gemeente ${m.name} (fictief)`,
      kind: 'municipality',
      municipalities: [m.code],
      contacts: [
        contact('aov', `gemeente-${m.name}`, random),
        contact('communication', `gemeente-${m.name}`, random),
        contact('wmo', `gemeente-${m.name}`, random),
      ],
    }
    partners.push(municipality)
    const ownBuildings = here.filter((p) =>
      ['town_hall', 'sports_hall', 'library'].includes(p.kind),
    )
    if (ownBuildings.length > 0)
      agreements.push({
        id: `${municipality.id}-gebouwen`,
        partner: municipality.id,
        points: ownBuildings.map((p) => p.id),
        provides: ['location'],
        status: 'signed',
        signed: dateAround(random, -500, -200),
      })
    for (const p of here.filter((q) => q.kind === 'town_hall'))
      staffing.push({ point: p.id, partner: municipality.id, role: 'ambtenaren', people: 6 })

    addWelfare(m, here, partners, agreements, staffing, random)
    addVolunteers(m, here, partners, agreements, staffing, random)
    addSchools(m, here, partners, agreements, random)
  }

  addFuel(config, usable, partners, agreements, random)
  return { partners, agreements, staffing }
}

function addWelfare(
  m: MunicipalityConfig,
  here: readonly Point[],
  partners: Partner[],
  agreements: Agreement[],
  staffing: Staffing[],
  random: NetworkRandom,
): void {
  const centres = here.filter((p) => p.kind === 'community_centre' || p.kind === 'other')
  if (centres.length === 0) return
  const welfare: Partner = {
    id: `welzijn-${slug(m.name)}`,
    name: `Welzijn ${m.name} (fictief)`,
    kind: 'welfare',
    municipalities: [m.code],
    contacts: [contact('location_management', `welzijn-${m.name}`, random)],
  }
  partners.push(welfare)
  // About one in eight centres has no agreement yet; one in ten only a draft.
  const signed = centres.filter(() => !random.chance(0.12))
  const draft = signed.filter(() => random.chance(0.1))
  const inForce = signed.filter((p) => !draft.includes(p))
  if (inForce.length > 0)
    agreements.push({
      id: `${welfare.id}-buurthuizen`,
      partner: welfare.id,
      points: inForce.map((p) => p.id),
      provides: ['location', 'staffing'],
      status: 'signed',
      signed: dateAround(random, -600, -250),
      // Some welfare contracts run out within the next three months.
      validUntil: random.chance(0.3) ? dateAround(random, 20, 85) : dateAround(random, 400, 900),
    })
  if (draft.length > 0)
    agreements.push({
      id: `${welfare.id}-concept`,
      partner: welfare.id,
      points: draft.map((p) => p.id),
      provides: ['location', 'staffing'],
      status: 'draft',
      note: 'In bespreking (fictief)',
    })
  for (const p of inForce) {
    // A local point needs 2 on duty: 6 people cover 72 hours, 4 cover 16 hours.
    staffing.push({
      point: p.id,
      partner: welfare.id,
      role: 'beroepskrachten en vrijwilligers',
      people: random.pick([3, 4, 5, 6, 6, 7, 8]),
    })
  }
}

function addVolunteers(
  m: MunicipalityConfig,
  here: readonly Point[],
  partners: Partner[],
  agreements: Agreement[],
  staffing: Staffing[],
  random: NetworkRandom,
): void {
  const churches = here.filter((p) => p.kind === 'place_of_worship')
  if (churches.length === 0) return
  const congregations: Partner = {
    id: `kerken-${slug(m.name)}`,
    name: `Raad van Kerken ${m.name} (fictief)`,
    kind: 'religious',
    municipalities: [m.code],
    contacts: [contact('location_management', `kerken-${m.name}`, random)],
  }
  const volunteers: Partner = {
    id: `vrijwilligers-${slug(m.name)}`,
    name: `Buurtvrijwilligers ${m.name} (fictief)`,
    kind: 'volunteers',
    municipalities: [m.code],
  }
  partners.push(congregations, volunteers)
  agreements.push({
    id: `${congregations.id}-gebruik`,
    partner: congregations.id,
    points: churches.map((p) => p.id),
    provides: ['location'],
    status: 'signed',
    signed: dateAround(random, -400, -100),
  })
  for (const p of churches)
    staffing.push({
      point: p.id,
      partner: volunteers.id,
      role: 'vrijwilligers',
      people: random.int(4, 9),
      availableWithinHours: random.pick([1, 2, 3]),
    })
}

function addSchools(
  m: MunicipalityConfig,
  here: readonly Point[],
  partners: Partner[],
  agreements: Agreement[],
  random: NetworkRandom,
): void {
  const schools = here.filter((p) => p.kind === 'school')
  if (schools.length === 0) return
  const board: Partner = {
    id: `scholen-${slug(m.name)}`,
    name: `Stichting Onderwijs ${m.name} (fictief)`,
    kind: 'education',
    municipalities: [m.code],
  }
  partners.push(board)
  const covered = schools.filter(() => !random.chance(0.2))
  if (covered.length > 0)
    agreements.push({
      id: `${board.id}-gebruik`,
      partner: board.id,
      points: covered.map((p) => p.id),
      provides: ['location'],
      status: 'signed',
      signed: dateAround(random, -300, -60),
      validUntil: dateAround(random, 200, 700),
    })
}

function addFuel(
  config: RegionConfig,
  usable: readonly Point[],
  partners: Partner[],
  agreements: Agreement[],
  random: NetworkRandom,
): void {
  // Points with a generator to keep running: every coordination point, most local ones.
  const generators = usable.filter((p) => p.tier === 'coordination' || random.chance(0.7))
  if (config.code === 'VR25') {
    const supplier: Partner = {
      id: 'brandstof-flevoland',
      name: 'Brandstoffen Flevoland BV (fictief)',
      kind: 'business',
      contacts: [contact('operations', 'brandstoffen-flevoland', random)],
    }
    const second: Partner = {
      id: 'tankstation-emmeloord',
      name: 'Tankstation De Polder (fictief)',
      kind: 'business',
      municipalities: ['GM0171'],
    }
    partners.push(supplier, second)
    // One contract behind most generators of the region, running out in March.
    const main = generators.filter((p) => p.municipality !== 'GM0171' || random.chance(0.3))
    agreements.push({
      id: 'brandstof-flevoland-2025',
      partner: supplier.id,
      points: main.map((p) => p.id),
      provides: ['fuel'],
      status: 'signed',
      signed: '2025-04-01',
      validUntil: '2027-03-31',
      note: 'Raamcontract diesel voor aggregaten (fictief)',
    })
    const rest = generators.filter((p) => !main.includes(p))
    if (rest.length > 0)
      agreements.push({
        id: 'brandstof-noordoostpolder',
        partner: second.id,
        points: rest.map((p) => p.id),
        provides: ['fuel'],
        status: 'signed',
        signed: '2026-01-15',
        validUntil: dateAround(random, 30, 80),
      })
  } else {
    const west: Partner = {
      id: 'brandstof-gooi',
      name: 'Olie Gooi BV (fictief)',
      kind: 'business',
      contacts: [contact('operations', 'olie-gooi', random)],
    }
    const east: Partner = {
      id: 'brandstof-vecht',
      name: 'Vechtstreek Energie (fictief)',
      kind: 'business',
    }
    partners.push(west, east)
    const half = new Set(config.municipalities.slice(0, 3).map((m) => m.code))
    const westPoints = generators.filter((p) => half.has(p.municipality))
    const eastPoints = generators.filter((p) => !half.has(p.municipality))
    if (westPoints.length > 0)
      agreements.push({
        id: 'brandstof-gooi-2026',
        partner: west.id,
        points: westPoints.map((p) => p.id),
        provides: ['fuel'],
        status: 'signed',
        signed: '2026-01-01',
        validUntil: '2027-12-31',
      })
    if (eastPoints.length > 0)
      agreements.push({
        id: 'brandstof-vecht-2025',
        partner: east.id,
        points: eastPoints.map((p) => p.id),
        provides: ['fuel'],
        status: 'signed',
        signed: '2025-02-01',
        validUntil: dateAround(random, 40, 75),
      })
  }
  // Drinking water for the coordination points, from the (fictitious) water company.
  const water: Partner = {
    id: 'drinkwater',
    name: 'Drinkwaterbedrijf Midden (fictief)',
    kind: 'utility',
  }
  partners.push(water)
  const coordination = usable.filter((p) => p.tier === 'coordination')
  if (coordination.length > 0)
    agreements.push({
      id: 'drinkwater-coordinatiepunten',
      partner: water.id,
      points: coordination.map((p) => p.id),
      provides: ['water'],
      status: 'signed',
      signed: '2025-09-01',
    })
}
