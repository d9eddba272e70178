/**
 * Generates the demo region files of VR25 Flevoland and VR14 Gooi en Vechtstreek: real
 * municipalities, fictitious points and assessments. Deterministic: a fixed seed per
 * municipality, no clock, so running it twice gives the same bytes and a change to one
 * municipality leaves the others alone.
 *
 *   npm run generate:regions -w @weerbaar/demo-data
 *
 * Writes data/<region>.json (with the risk profile from risk/<code>.json when that file exists)
 * and the same points and assessments as Dutch Excel CSV in data/csv/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  assessmentsToCsv,
  pointsToCsv,
  type Assessment,
  type AssessmentResult,
  type Point,
  type PointKind,
  type PointStatus,
  type Requirement,
  type Tier,
} from '@weerbaar/core'
import { fromEpochDay, toEpochDay } from '@weerbaar/core/internal'
import { getGuideline } from '@weerbaar/guidelines'
import { DEMO_DATA_DATE } from '../src/dates.ts'
import { generateNetwork } from './generate-network.ts'
import { ASSESSMENT_NOTES, INACTIVE_NOTES, PLANNED_NOTES } from './assessment-notes.ts'
import {
  DEMO_SEED,
  REGIONS,
  type MunicipalityConfig,
  type PlaceConfig,
  type RegionConfig,
} from './demo-regions.config.ts'

/** The edition the demo regions follow (their `guideline.version`). */
export const GUIDELINE = { id: 'noodsteunpunten', version: '2026.2' } as const
/**
 * The edition the demo's assessments were made under: every visit lies before 2026-11-01, when
 * 2026.2 did not exist yet. The regions moved to 2026.2 the way a real region does, by changing
 * `guideline.version`: their history stays as it was and the requirements new in 2026.2 are not
 * assessed yet. Drawing from 2026.1's requirements keeps every random stream, and so every
 * assessment, exactly as before the move.
 */
export const ASSESSED_UNDER = { id: 'noodsteunpunten', version: '2026.1' } as const
/** Appended to each region's name, so every screen that shows the data says it is invented. */
export const FICTITIOUS_MARK = ' (fictieve demodata)'
/** Assessments fall in 2025 and 2026, before the date the demo data describes. */
export const ASSESSED_BEFORE = DEMO_DATA_DATE
const FIRST_DAY = toEpochDay('2025-01-06')
const LAST_DAY = toEpochDay(ASSESSED_BEFORE) - 1

// ---------------------------------------------------------------------------------------------
// Seeded randomness

function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

class Random {
  private state: number
  constructor(seed: string) {
    this.state = hash(seed)
  }
  /** mulberry32: small, fast and good enough for demo data. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!
  }
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const entries = Object.entries(weights) as [T, number][]
    let r = this.next() * entries.reduce((sum, [, w]) => sum + w, 0)
    for (const [key, w] of entries) {
      r -= w
      if (r < 0) return key
    }
    return entries[entries.length - 1]![0]
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[out[i], out[j]] = [out[j]!, out[i]!]
    }
    return out
  }
}

// ---------------------------------------------------------------------------------------------
// Names

const NAMES = {
  community: [
    'De Schakel',
    'Het Anker',
    'De Kiem',
    "'t Trefpunt",
    'De Bron',
    'Het Kompas',
    'De Spil',
    'De Vonk',
    'Het Baken',
    'De Wissel',
    'De Horizon',
    'De Ontmoeting',
    'De Kajuit',
    'De Zwaluw',
    'Het Palet',
    'De Meander',
    'De Boeg',
    'Het Veerhuis',
    'De Linde',
    'De Reiger',
    'De Polderster',
    'Het Ruim',
    'De Werf',
    'De Stek',
    'De Kluis',
    'Het Hofje',
  ],
  school: [
    'De Regenboog',
    'De Vlieger',
    'Het Mozaïek',
    'De Wegwijzer',
    'De Zonnewijzer',
    'Het Kristal',
    'De Windroos',
    'De Tweemaster',
    'De Sterrenkijker',
    'Het Avontuur',
    'De Ark',
    'Het Fluitekruid',
    'De Kameleon',
    'Het Speelkwartier',
    'De Uitkijk',
    'De Kroonsteen',
    'Het Klavertje',
    'De Notenkraker',
  ],
  sports: [
    'De Dijk',
    'Het Rietveld',
    'De Schans',
    'De Estafette',
    'De Startbaan',
    'Het Doel',
    'De Sprong',
    'De Lange Baan',
    'De Slag',
    'De Finish',
  ],
  worship: [
    'De Hoeksteen',
    'De Rank',
    'Het Lichtpunt',
    'De Fontein',
    'Bethel',
    'Maranatha',
    'Sion',
    'Immanuël',
    'De Morgenster',
    'Het Kruispunt',
    'Pniël',
    'Eben-Haëzer',
  ],
  other: [
    'De Korenschoof',
    'Het Hoge Land',
    'De Brink',
    'Het Zonnehuis',
    'De Vaart',
    'De Wielewaal',
  ],
} as const
const SCHOOL_PREFIXES = ['Basisschool', 'Kindcentrum', 'OBS', 'CBS', 'IKC']
const WORSHIP_PREFIXES = [
  'Protestantse kerk',
  'Gereformeerde kerk',
  'Kerkgebouw',
  'Ontmoetingskerk',
  'Moskee',
]
const OTHER_PREFIXES = ['Zorgcentrum', 'Scoutinggebouw', 'Clubhuis']
const STREETS = [
  'Kerkstraat',
  'Schoolstraat',
  'Dorpsstraat',
  'Marktplein',
  'Sportlaan',
  'Stationsweg',
  'Parkweg',
  'Havenstraat',
  'Molenweg',
  'Julianalaan',
  'Beatrixlaan',
  'Wilhelminastraat',
  'Kastanjelaan',
  'Lindenlaan',
  'Buurtplein',
  'Brink',
]
const CITIES = new Set(['Almere', 'Lelystad', 'Hilversum'])

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

const KIND_WEIGHTS: Record<Exclude<PointKind, 'fire_station' | 'town_hall'>, number> = {
  community_centre: 30,
  school: 22,
  sports_hall: 14,
  place_of_worship: 14,
  library: 8,
  other: 7,
}

const CAPACITY: Record<PointKind, [number, number]> = {
  fire_station: [20, 60],
  community_centre: [60, 200],
  school: [100, 300],
  town_hall: [80, 200],
  sports_hall: [200, 500],
  library: [40, 150],
  place_of_worship: [80, 400],
  other: [30, 120],
}

// ---------------------------------------------------------------------------------------------
// Points

interface DraftPoint extends Point {
  place: PlaceConfig
}

class NamePool {
  private used = new Set<string>()
  constructor(private readonly random: Random) {}
  take(pool: readonly string[]): string {
    const free = pool.filter((n) => !this.used.has(n))
    const name =
      free.length > 0 ? this.random.pick(free) : `${this.random.pick(pool)} ${this.used.size}`
    this.used.add(name)
    return name
  }
}

function placeLabel(place: PlaceConfig, municipality: MunicipalityConfig): string {
  return place.type === 'village' || place.name.includes(municipality.name)
    ? place.name
    : `${municipality.name} ${place.name}`
}

function localName(
  kind: PointKind,
  place: PlaceConfig,
  municipality: MunicipalityConfig,
  random: Random,
  names: NamePool,
): string {
  switch (kind) {
    case 'community_centre': {
      const prefix =
        place.type === 'village' && !CITIES.has(municipality.name)
          ? 'Dorpshuis'
          : random.pick(['Buurthuis', 'Wijkcentrum', 'Buurtcentrum'])
      return `${prefix} ${names.take(NAMES.community)}`
    }
    case 'school':
      return `${random.pick(SCHOOL_PREFIXES)} ${names.take(NAMES.school)}`
    case 'sports_hall':
      return `Sporthal ${names.take(NAMES.sports)}`
    case 'place_of_worship': {
      const prefix = random.pick(WORSHIP_PREFIXES)
      return prefix === 'Moskee'
        ? `Moskee ${placeLabel(place, municipality)}`
        : `${prefix} ${names.take(NAMES.worship)}`
    }
    case 'library':
      return `Bibliotheek ${placeLabel(place, municipality)}`
    default:
      return `${random.pick(OTHER_PREFIXES)} ${names.take(NAMES.other)}`
  }
}

function jitter(place: PlaceConfig, random: Random): { lat: number; lon: number } {
  const radius = place.radius ?? (place.type === 'village' ? 350 : 500)
  const dLat = ((random.next() * 2 - 1) * radius) / 111_320
  const dLon =
    ((random.next() * 2 - 1) * radius) / (111_320 * Math.cos((place.lat * Math.PI) / 180))
  return {
    lat: Math.round((place.lat + dLat) * 1e5) / 1e5,
    lon: Math.round((place.lon + dLon) * 1e5) / 1e5,
  }
}

function generatePoints(
  municipality: MunicipalityConfig,
  random: Random,
  names: NamePool,
  usedIds: Set<string>,
): DraftPoint[] {
  const placeByName = new Map(municipality.places.map((p) => [p.name, p]))
  const place = (name: string) => {
    const found = placeByName.get(name)
    if (!found) throw new Error(`${municipality.name}: unknown place ${name}`)
    return found
  }
  const drafts: Array<{
    tier: Tier
    kind: PointKind
    name: string
    place: PlaceConfig
    id: string
  }> = []
  for (const station of municipality.fireStations) {
    const label = station.label ?? station.place
    drafts.push({
      tier: 'coordination',
      kind: 'fire_station',
      name: `Brandweerkazerne ${label}`,
      place: place(station.place),
      id: `kazerne-${slug(label)}`,
    })
  }
  if (municipality.townHall) {
    const name = `${CITIES.has(municipality.name) ? 'Stadhuis' : 'Gemeentehuis'} ${municipality.name}`
    drafts.push({
      tier: 'local',
      kind: 'town_hall',
      name,
      place: place(municipality.townHall),
      id: slug(name),
    })
  }
  // Spread the local points over the places: every place once in a shuffled order (so small
  // municipalities leave some villages without a point, as in reality), then round again.
  const order = random.shuffle(municipality.places)
  const libraries = new Set<string>()
  for (let i = 0; drafts.length < municipality.points; i++) {
    const at = order[i % order.length]!
    let kind: PointKind = random.weighted(KIND_WEIGHTS)
    if (kind === 'library' && libraries.has(at.name)) kind = 'community_centre'
    if (kind === 'library') libraries.add(at.name)
    const name = localName(kind, at, municipality, random, names)
    const label = placeLabel(at, municipality)
    // Ids read as place + name: almere-stedenwijk-buurthuis-de-schakel, ens-dorpshuis-de-kiem.
    drafts.push({
      tier: 'local',
      kind,
      name,
      place: at,
      id: name.includes(label) ? slug(name) : slug(`${label} ${name}`),
    })
  }

  // Mostly active; the further a municipality is, the fewer points are still planned. A few
  // local points were taken out of use.
  const statuses = new Map<number, PointStatus>()
  const shuffled = random.shuffle(drafts.map((_, i) => i))
  const planned = Math.round(drafts.length * (0.32 - 0.25 * municipality.progress))
  const inactive = Math.round(drafts.length * 0.06)
  shuffled.slice(0, planned).forEach((i) => statuses.set(i, 'planned'))
  shuffled
    .slice(planned)
    .filter((i) => drafts[i]!.tier === 'local')
    .slice(0, inactive)
    .forEach((i) => statuses.set(i, 'inactive'))

  const points = drafts.map((draft, index): DraftPoint => {
    const status = statuses.get(index) ?? 'active'
    const hidden = status === 'planned' ? 0.5 : status === 'inactive' ? 0.4 : 0.06
    const label = placeLabel(draft.place, municipality)
    let id = draft.id
    for (let n = 2; usedIds.has(id); n++) id = `${draft.id}-${n}`
    usedIds.add(id)
    const [minCapacity, maxCapacity] = CAPACITY[draft.kind]
    const location = jitter(draft.place, random)
    const address = random.chance(0.8)
      ? `${random.pick(STREETS)} ${random.int(1, 120)}, ${label}`
      : undefined
    // Unknown capacities stay unknown: about one in seven points has none.
    const capacity = random.chance(0.86)
      ? Math.round(random.int(minCapacity, maxCapacity) / 5) * 5
      : undefined
    return {
      id,
      name: draft.name,
      municipality: municipality.code,
      tier: draft.tier,
      kind: draft.kind,
      status,
      location,
      ...(address === undefined ? {} : { address }),
      ...(capacity === undefined ? {} : { capacity }),
      public: !random.chance(hidden),
      place: draft.place,
    }
  })

  // Every municipality keeps at least one point out of public view (a reserve location).
  if (!points.some((p) => !p.public)) {
    const reserve =
      [...points].reverse().find((p) => p.tier === 'local') ?? points[points.length - 1]!
    reserve.public = false
  }
  return points
}

// ---------------------------------------------------------------------------------------------
// Assessments

interface Visit {
  day: number
  assessor: string
}

const dayOfWeek = (day: number) => (day + 4) % 7 // 1970-01-01 was a Thursday; 0 = Sunday
const isWeekend = (day: number) => dayOfWeek(day) === 0 || dayOfWeek(day) === 6

/** Visits happen on working days, before ASSESSED_BEFORE: weekends move to the Monday after, or back to the last Friday. */
function workingDay(day: number): number {
  let d = day
  while (isWeekend(d)) d++
  if (d <= LAST_DAY) return d
  d = LAST_DAY
  while (isWeekend(d)) d--
  return d
}

interface RiskScenarioLike {
  tags?: string[]
  municipalities?: string[]
}

/**
 * Scenario tags that concern a municipality, as the readiness engine derives them: from the
 * risk profile's scenarios (all, or those listing the municipality); without a profile, the
 * region's configured tags.
 */
function scenarioTags(
  municipality: string,
  region: RegionConfig,
  riskProfile: unknown,
): ReadonlySet<string> {
  const scenarios = (riskProfile as { scenarios?: RiskScenarioLike[] } | undefined)?.scenarios
  if (!scenarios) return new Set(region.scenarios)
  return new Set(
    scenarios
      .filter((s) => !s.municipalities || s.municipalities.includes(municipality))
      .flatMap((s) => s.tags ?? []),
  )
}

function applies(requirement: Requirement, point: Point, tags: ReadonlySet<string>): boolean {
  const scope = requirement.appliesTo
  if (!scope) return true
  if (scope.tiers && !scope.tiers.includes(point.tier)) return false
  if (scope.kinds && !scope.kinds.includes(point.kind)) return false
  if (scope.scenarios && !scope.scenarios.some((s) => tags.has(s))) return false
  return true
}

function allowsNotApplicable(requirement: Requirement): boolean {
  return requirement.allowNotApplicable ?? requirement.level === 'recommended'
}

function drawResult(maturity: number, random: Random): Exclude<AssessmentResult, 'not_applicable'> {
  return random.weighted({
    met: 0.3 + 0.6 * maturity,
    partial: 0.17,
    not_met: 0.2 * (1.2 - maturity),
  })
}

function valueFor(
  requirement: Requirement,
  result: AssessmentResult,
  point: Point,
  random: Random,
): number {
  const min = requirement.check.type === 'minimum' ? requirement.check.min : 1
  if (requirement.id === 'access.capacity' && point.capacity !== undefined) return point.capacity
  if (requirement.id === 'power.backup') {
    if (result === 'met') return random.pick([72, 96, 120, 168])
    return result === 'partial' ? random.pick([8, 12, 24, 36, 48]) : 0
  }
  if (result === 'met') return Math.round(min * (1 + random.next()))
  return result === 'partial' ? Math.max(1, Math.round(min * (0.2 + 0.6 * random.next()))) : 0
}

function note(
  requirementId: string,
  result: AssessmentResult,
  random: Random,
  probability: number,
): string | undefined {
  const pool = ASSESSMENT_NOTES[requirementId]?.[result]
  return pool && pool.length > 0 && random.chance(probability) ? random.pick(pool) : undefined
}

/** One assessment, and the outcome it stands for (a measured value decides a minimum check). */
function makeAssessment(
  requirement: Requirement,
  point: Point,
  visit: Visit,
  intended: AssessmentResult,
  random: Random,
  notes = true,
): { assessment: Assessment; outcome: AssessmentResult } {
  const assessment: Assessment = {
    point: point.id,
    requirement: requirement.id,
    date: fromEpochDay(visit.day),
  }
  let outcome = intended
  if (requirement.check.type === 'minimum' && intended !== 'not_applicable') {
    const value = valueFor(requirement, intended, point, random)
    const min = requirement.check.min
    outcome = value >= min ? 'met' : value > 0 ? 'partial' : 'not_met'
    // Most minimum checks record only the measured value; some also write the verdict down.
    if (random.chance(0.3)) assessment.result = outcome
    assessment.value = value
  } else {
    assessment.result = intended
  }
  const text = notes
    ? note(requirement.id, outcome, random, outcome === 'met' ? 0.5 : 0.6)
    : undefined
  if (text) assessment.note = text
  assessment.assessor = visit.assessor
  return { assessment, outcome }
}

function assessorsFor(
  point: DraftPoint,
  municipality: MunicipalityConfig,
  region: RegionConfig,
): string[] {
  const fire = `${region.fireService}, post ${municipality.fireStations[0]!.label ?? municipality.fireStations[0]!.place}`
  const local = `Adviseur crisisbeheersing gemeente ${municipality.name}`
  return point.tier === 'coordination'
    ? [fire, region.regionalAssessor]
    : [local, local, region.regionalAssessor, fire]
}

function generateAssessments(
  point: DraftPoint,
  municipality: MunicipalityConfig,
  region: RegionConfig,
  requirements: readonly Requirement[],
  tags: ReadonlySet<string>,
  random: Random,
): Assessment[] {
  const applicable = requirements.filter((r) => applies(r, point, tags))
  const assessors = assessorsFor(point, municipality, region)
  const visitOn = (day: number): Visit => ({
    day: workingDay(day),
    assessor: random.pick(assessors),
  })
  const out: Assessment[] = []
  const maturity = Math.min(1, Math.max(0, municipality.progress + (random.next() - 0.5) * 0.5))

  const outcomeFor = (
    requirement: Requirement,
    result: Exclude<AssessmentResult, 'not_applicable'>,
  ): AssessmentResult => {
    if (!allowsNotApplicable(requirement)) return result
    // A reserve location is not announced on purpose; a municipal building needs no agreement with itself.
    if (requirement.id === 'recog.published' && !point.public) return 'not_applicable'
    if (
      requirement.id === 'site.use-agreement' &&
      ['community_centre', 'library', 'sports_hall'].includes(point.kind) &&
      random.chance(0.3)
    )
      return 'not_applicable'
    return result
  }

  if (point.status === 'planned') {
    if (random.chance(0.55)) return []
    const visit = visitOn(random.int(toEpochDay('2026-01-05'), LAST_DAY))
    const first = [
      'site.use-agreement',
      'access.step-free',
      'access.capacity',
      'recog.signage',
      'power.backup',
    ]
    const chosen = applicable.filter((r) => first.includes(r.id) && random.chance(0.7))
    chosen.forEach((r, i) => {
      const result = outcomeFor(r, random.weighted({ met: 0.3, partial: 0.35, not_met: 0.35 }))
      const { assessment } = makeAssessment(r, point, visit, result, random, i > 0)
      if (i === 0) assessment.note = random.pick(PLANNED_NOTES)
      out.push(assessment)
    })
    return out
  }

  if (point.status === 'inactive') {
    const visit = visitOn(random.int(FIRST_DAY, toEpochDay('2025-06-30')))
    const assessed = applicable.filter((r) => r.level === 'mandatory' && random.chance(0.6))
    for (const r of assessed)
      out.push(
        makeAssessment(r, point, visit, outcomeFor(r, drawResult(maturity * 0.7, random)), random)
          .assessment,
      )
    const closing = visitOn(random.int(toEpochDay('2025-07-01'), toEpochDay('2025-12-19')))
    const agreement =
      applicable.find((r) => r.id === 'site.use-agreement') ??
      applicable.find((r) => r.id === 'staff.opening-procedure')
    if (agreement)
      out.push({
        ...makeAssessment(agreement, point, closing, 'not_met', random, false).assessment,
        note: random.pick(INACTIVE_NOTES),
      })
    return out
  }

  // Active points: about one in ten was never assessed.
  if (random.chance(0.1)) return []
  const firstDay = random.int(toEpochDay('2025-02-03'), toEpochDay('2026-07-31'))
  const first = visitOn(firstDay)
  const latest = new Map<string, AssessmentResult>()
  for (const r of applicable) {
    const p = 0.4 + 0.45 * maturity + (r.level === 'mandatory' ? 0.1 : 0)
    if (!random.chance(p)) continue
    const { assessment, outcome } = makeAssessment(
      r,
      point,
      first,
      outcomeFor(r, drawResult(maturity, random)),
      random,
    )
    out.push(assessment)
    latest.set(r.id, outcome)
  }

  // Follow-up visits: tests are repeated, shortcomings improve with the municipality's progress.
  let day = firstDay
  for (
    let visitCount = 0;
    visitCount < 2 && random.chance(visitCount === 0 ? 0.55 : 0.3);
    visitCount++
  ) {
    day += random.int(100, 260)
    if (day > LAST_DAY) break
    const visit = visitOn(day)
    for (const r of applicable) {
      const previous = latest.get(r.id)
      const periodic = r.validForMonths !== undefined && r.validForMonths <= 12
      const shortcoming = previous === 'partial' || previous === 'not_met'
      if (
        !(
          (periodic && previous !== undefined) ||
          (shortcoming && random.chance(0.6)) ||
          (previous === undefined && random.chance(0.25))
        )
      )
        continue
      const result =
        previous === 'not_met' && random.chance(maturity)
          ? random.chance(0.5)
            ? 'partial'
            : 'met'
          : previous === 'partial' && random.chance(maturity)
            ? 'met'
            : outcomeFor(r, drawResult(maturity, random))
      const { assessment, outcome } = makeAssessment(r, point, visit, result, random)
      out.push(assessment)
      latest.set(r.id, outcome)
    }
  }
  return withFullCheck(out, point, applicable, maturity, assessors)
}

/**
 * Municipalities further along have more points that passed a full check in the last three
 * months: every mandatory requirement met (the ready points of the demo) but now and then a
 * scenario's own one, most recommended ones looked at too. Drawn from a stream of its own per point, so the other points stay as they are.
 */
function withFullCheck(
  history: Assessment[],
  point: DraftPoint,
  applicable: readonly Requirement[],
  maturity: number,
  assessors: string[],
): Assessment[] {
  const random = new Random(`${DEMO_SEED}:${point.id}:full-check`)
  if (!random.chance(0.15 + 0.75 * maturity)) return history
  const visit: Visit = {
    day: workingDay(random.int(LAST_DAY - 90, LAST_DAY)),
    assessor: random.pick(assessors),
  }
  const date = fromEpochDay(visit.day)
  const out = history.filter((a) => a.date < date)
  for (const r of applicable) {
    if (r.level === 'mandatory') {
      // A scenario's own provision (raised storage for a flood, water distribution) is what a
      // point most often still lacks: ready for most risks, not yet for that one.
      const intended =
        r.appliesTo?.scenarios && random.chance(0.2)
          ? random.chance(0.5)
            ? 'partial'
            : 'not_met'
          : 'met'
      out.push(makeAssessment(r, point, visit, intended, random).assessment)
    } else if (random.chance(0.75)) {
      const drawn = drawResult(maturity, random)
      // A measured minimum (capacity, say) is rarely zero: it falls short at most.
      const intended =
        r.id === 'recog.published' && !point.public
          ? 'not_applicable'
          : r.check.type === 'minimum' && drawn === 'not_met'
            ? 'partial'
            : drawn
      out.push(makeAssessment(r, point, visit, intended, random).assessment)
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Output

/** JSON with one line per municipality, point and assessment: compact, and diffs stay readable. */
export function formatRegionJson(doc: Record<string, unknown>): string {
  const lines = Object.entries(doc).map(([key, value]) => {
    const listed = ['municipalities', 'points', 'assessments', 'partners', 'agreements', 'staffing']
    if (Array.isArray(value) && listed.includes(key)) {
      const items = value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')
      return `  ${JSON.stringify(key)}: [\n${items}\n  ]`
    }
    return `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`
  })
  return `{\n${lines.join(',\n')}\n}\n`
}

export interface GeneratedRegion {
  config: RegionConfig
  document: Record<string, unknown>
}

/** Builds one region document; `riskProfile` is embedded as given. Pure: same input, same output. */
export function generateRegion(config: RegionConfig, riskProfile?: unknown): GeneratedRegion {
  if (!getGuideline(GUIDELINE.id, GUIDELINE.version))
    throw new Error(`Guideline ${GUIDELINE.id}@${GUIDELINE.version} not found`)
  const edition = getGuideline(ASSESSED_UNDER.id, ASSESSED_UNDER.version)
  if (!edition)
    throw new Error(`Guideline ${ASSESSED_UNDER.id}@${ASSESSED_UNDER.version} not found`)
  const usedIds = new Set<string>()
  const names = new NamePool(new Random(`${DEMO_SEED}:${config.code}:names`))
  const points: Point[] = []
  const assessments: Assessment[] = []
  for (const municipality of config.municipalities) {
    const random = new Random(`${DEMO_SEED}:${municipality.code}`)
    const drafts = generatePoints(municipality, random, names, usedIds)
    const tags = scenarioTags(municipality.code, config, riskProfile)
    for (const draft of drafts) {
      const found = generateAssessments(
        draft,
        municipality,
        config,
        edition.requirements,
        tags,
        random,
      )
      const order = new Map(edition.requirements.map((r, i) => [r.id, i]))
      found.sort((a, b) =>
        a.date < b.date
          ? -1
          : a.date > b.date
            ? 1
            : order.get(a.requirement)! - order.get(b.requirement)!,
      )
      assessments.push(...found)
      const { place: _place, ...point } = draft
      points.push(point)
    }
  }
  const document: Record<string, unknown> = {
    $schema: '../../core/schema/region.schema.json',
    schemaVersion: 1,
    region: { code: config.code, name: config.name + FICTITIOUS_MARK },
    guideline: { ...GUIDELINE },
    municipalities: config.municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      population: m.population,
    })),
    points,
    assessments,
  }
  if (riskProfile !== undefined) document.riskProfile = riskProfile
  // The network (issue 15) from a stream of its own, so points and assessments stay as they are.
  const network = generateNetwork(config, points, new Random(`${DEMO_SEED}:${config.code}:network`))
  document.partners = network.partners
  document.agreements = network.agreements
  document.staffing = network.staffing
  return { config, document }
}

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The risk profile written for a region by the risk work (`risk/vr25.json`), when it exists. */
export function readRiskProfile(code: string): unknown {
  const file = join(packageDir, 'risk', `${code.toLowerCase()}.json`)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined
}

/** Every generated file, by path relative to the package. */
export function generateDemoFiles(): Map<string, string> {
  const files = new Map<string, string>()
  for (const config of REGIONS) {
    const { document } = generateRegion(config, readRiskProfile(config.code))
    files.set(`data/${config.file}`, formatRegionJson(document))
    const base = config.file.replace(/\.json$/, '')
    files.set(`data/csv/${base}.points.csv`, pointsToCsv(document.points as Point[]))
    files.set(
      `data/csv/${base}.assessments.csv`,
      assessmentsToCsv(document.assessments as Assessment[]),
    )
  }
  return files
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [path, content] of generateDemoFiles()) {
    const target = join(packageDir, path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, content)
    console.log(`wrote ${path} (${content.length.toLocaleString('en')} chars)`)
  }
}
