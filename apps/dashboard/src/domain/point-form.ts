import {
  PointSchema,
  POINT_KINDS,
  POINT_STATUSES,
  TIERS,
  type Issue,
  type Lang,
  type Point,
  type Region,
} from '@weerbaar/core'
import { safeParseIn } from '@weerbaar/core/internal'

/** What the point form hands in: strings straight from the inputs. */
export interface PointDraft {
  id: string
  name: string
  municipality: string
  tier: string
  kind: string
  status: string
  lat: string
  lon: string
  address: string
  capacity: string
  public: boolean
  statusReason: string
  provenance: string
}

export type PointFormResult = { ok: true; point: Point } | { ok: false; issues: Issue[] }

/**
 * The form's own words, about what the user did (an empty field, a number that is not one),
 * never the schema's wording: the schema checks the same rules again as a safety net.
 */
const messages = {
  id_missing: { nl: 'Vul een code in', en: 'Enter a code' },
  id_format: {
    nl: 'Gebruik alleen letters, cijfers, punt, liggend streepje of streepje, zonder spaties',
    en: "Use only letters, digits, '.', '_' or '-', without spaces",
  },
  id_taken: {
    nl: 'Er is al een noodsteunpunt met deze code; kies een andere',
    en: 'Another emergency support point has this code; choose another',
  },
  name_missing: { nl: 'Vul een naam in', en: 'Enter a name' },
  municipality_missing: { nl: 'Kies een gemeente', en: 'Choose a municipality' },
  tier_missing: { nl: 'Kies de soort punt', en: 'Choose the tier' },
  kind_missing: { nl: 'Kies de soort locatie', en: 'Choose the kind of building' },
  status_missing: { nl: 'Kies een status', en: 'Choose a status' },
  location_missing: {
    nl: 'Kies de plek op de kaart, zoek het adres op of vul de coördinaten in',
    en: 'Pick the place on the map, look up the address or enter the coordinates',
  },
  lat_number: {
    nl: 'Vul de breedtegraad in als getal, bijvoorbeeld 52,37',
    en: 'Enter the latitude as a number, for example 52.37',
  },
  lon_number: {
    nl: 'Vul de lengtegraad in als getal, bijvoorbeeld 5,21',
    en: 'Enter the longitude as a number, for example 5.21',
  },
  lat_range: {
    nl: 'Deze breedtegraad ligt niet in Nederland (tussen 50,7 en 53,7); zijn breedte- en lengtegraad verwisseld?',
    en: 'This latitude is not in the Netherlands (between 50.7 and 53.7); are latitude and longitude swapped?',
  },
  lon_range: {
    nl: 'Deze lengtegraad ligt niet in Nederland (tussen 3,2 en 7,3); zijn breedte- en lengtegraad verwisseld?',
    en: 'This longitude is not in the Netherlands (between 3.2 and 7.3); are latitude and longitude swapped?',
  },
  capacity_number: {
    nl: 'Vul het aantal mensen in als heel getal (0 of meer), of laat het leeg',
    en: 'Enter the number of people as a whole number (0 or more), or leave it empty',
  },
  reason_missing: {
    nl: 'Schrijf op waarom het punt niet (meer) actief is',
    en: 'Say why the point is not (or no longer) active',
  },
  invalid: { nl: 'Deze waarde klopt niet', en: 'This value is not valid' },
} satisfies Record<string, Record<Lang, string>>

type Code = keyof typeof messages

// The Netherlands with a margin (Caribbean Netherlands aside): a point outside is almost always
// a typo or swapped coordinates.
const NL = { lat: [50.7, 53.7], lon: [3.2, 7.3] } as const
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/

function readNumber(text: string): number | undefined {
  const trimmed = text.trim()
  return NUMBER.test(trimmed) ? Number(trimmed.replace(',', '.')) : undefined
}

/** The form's fields by the path of their issues; the view adds labels and element ids. */
export const POINT_FORM_FIELDS = [
  'id',
  'name',
  'municipality',
  'tier',
  'kind',
  'status',
  'statusReason',
  'location',
  'location.lat',
  'location.lon',
  'address',
  'capacity',
] as const

/** An empty draft, or one filled from a stored point. */
export function pointToDraft(point?: Partial<Point>): PointDraft {
  return {
    id: point?.id ?? '',
    name: point?.name ?? '',
    municipality: point?.municipality ?? '',
    tier: point?.tier ?? 'local',
    kind: point?.kind ?? '',
    status: point?.status ?? 'planned',
    lat: point?.location ? String(point.location.lat) : '',
    lon: point?.location ? String(point.location.lon) : '',
    address: point?.address ?? '',
    capacity: point?.capacity === undefined ? '' : String(point.capacity),
    public: point?.public ?? true,
    statusReason: point?.statusReason ?? '',
    provenance: point?.provenance ?? '',
  }
}

/** A code from a name: lower case, accents dropped, words joined by '-', unique in the region. */
export function suggestPointId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'punt'
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

/**
 * Checks a draft from the point form. `editing` is the id of the point being edited (its code
 * cannot change: assessments refer to it). Every problem is reported at once, each at its field.
 */
export function validatePointDraft(
  draft: PointDraft,
  region: Pick<Region, 'points' | 'municipalities'>,
  lang: Lang,
  editing?: string,
): PointFormResult {
  const issues: Issue[] = []
  const issue = (code: Code, path: string) =>
    issues.push({ severity: 'error', code, path, message: messages[code][lang] })

  const id = editing ?? draft.id.trim()
  if (!editing) {
    if (id === '') issue('id_missing', 'id')
    else if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) issue('id_format', 'id')
    else if (region.points.some((p) => p.id === id)) issue('id_taken', 'id')
  }
  const name = draft.name.trim()
  if (name === '') issue('name_missing', 'name')
  if (!region.municipalities.some((m) => m.code === draft.municipality))
    issue('municipality_missing', 'municipality')
  if (!(TIERS as readonly string[]).includes(draft.tier)) issue('tier_missing', 'tier')
  if (!(POINT_KINDS as readonly string[]).includes(draft.kind)) issue('kind_missing', 'kind')
  if (!(POINT_STATUSES as readonly string[]).includes(draft.status))
    issue('status_missing', 'status')
  const reason = draft.statusReason.trim()
  if (draft.status === 'inactive' && reason === '') issue('reason_missing', 'statusReason')

  const lat = readNumber(draft.lat)
  const lon = readNumber(draft.lon)
  if (draft.lat.trim() === '' && draft.lon.trim() === '') issue('location_missing', 'location')
  else {
    if (lat === undefined) issue('lat_number', 'location.lat')
    else if (lat < NL.lat[0] || lat > NL.lat[1]) issue('lat_range', 'location.lat')
    if (lon === undefined) issue('lon_number', 'location.lon')
    else if (lon < NL.lon[0] || lon > NL.lon[1]) issue('lon_range', 'location.lon')
  }
  const capacityText = draft.capacity.trim()
  const capacity = capacityText === '' ? undefined : Number(capacityText)
  if (capacity !== undefined && !(Number.isInteger(capacity) && capacity >= 0))
    issue('capacity_number', 'capacity')

  if (issues.length > 0) return { ok: false, issues }

  const input: Record<string, unknown> = {
    id,
    name,
    municipality: draft.municipality,
    tier: draft.tier,
    kind: draft.kind,
    status: draft.status,
    location: { lat, lon },
    public: draft.public,
  }
  if (draft.address.trim()) input.address = draft.address.trim()
  if (capacity !== undefined) input.capacity = capacity
  if (reason) input.statusReason = reason
  if (draft.provenance.trim()) input.provenance = draft.provenance.trim()
  const parsed = safeParseIn(PointSchema, input, lang)
  if (!parsed.success) {
    // Not reachable through the checks above; kept so that a schema change never slips through.
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        severity: 'error',
        code: 'invalid',
        path: i.path.join('.'),
        message: messages.invalid[lang],
      })),
    }
  }
  return { ok: true, point: parsed.data }
}

/** The region with the point added, or replacing the point with the same id. */
export function withPoint(region: Region, point: Point): Region {
  const i = region.points.findIndex((p) => p.id === point.id)
  const points =
    i < 0 ? [...region.points, point] : region.points.map((p, k) => (k === i ? point : p))
  return { ...region, points }
}

/** A siting proposal: a candidate site the coverage analysis chose. */
export interface SitingProposal {
  rank: number
  gain: number
  radius: number
  site: {
    id: string
    name: string
    municipality: string
    kind: string
    location: Point['location']
  }
}

/**
 * The planned point for a siting proposal, with where it came from in `provenance` (rank, gain,
 * radius, candidate id and date), so a later reader knows why it is on the list.
 */
export function proposalToPoint(
  proposal: SitingProposal,
  region: Pick<Region, 'points' | 'municipalities'>,
  date: string,
  lang: Lang,
): PointFormResult {
  const taken = new Set(region.points.map((p) => p.id))
  const id = taken.has(proposal.site.id)
    ? suggestPointId(proposal.site.name, taken)
    : proposal.site.id
  const provenance =
    lang === 'nl'
      ? `Locatievoorstel ${proposal.rank} van de dekkingsanalyse op ${date} (kandidaatlocatie ${proposal.site.id}, +${proposal.gain} inwoners binnen ${proposal.radius} m)`
      : `Siting proposal ${proposal.rank} of the coverage analysis on ${date} (candidate site ${proposal.site.id}, +${proposal.gain} inhabitants within ${proposal.radius} m)`
  return validatePointDraft(
    {
      ...pointToDraft(),
      id,
      name: proposal.site.name,
      municipality: proposal.site.municipality,
      tier: 'local',
      kind: proposal.site.kind,
      status: 'planned',
      lat: String(proposal.site.location.lat),
      lon: String(proposal.site.location.lon),
      provenance,
    },
    region,
    lang,
  )
}
