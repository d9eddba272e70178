import { uniformAssessment, type Assessment, type Region } from '@weerbaar/core'

/**
 * The kinds of entity a region document holds as arrays, each stored as one row per entity.
 * A kind the contract adds later (partners, agreements, staffing) is one more line here, not a
 * new table. `idOf` names an entity by its own id; kinds without one (assessments) get an id
 * from the server or the client that sends them.
 */
export const ENTITY_COLLECTIONS = [
  { kind: 'point', key: 'points', idOf: (doc: { id: string }) => doc.id },
  { kind: 'assessment', key: 'assessments', idOf: undefined },
] as const

export type EntityKind = (typeof ENTITY_COLLECTIONS)[number]['kind']
export type CollectionKey = (typeof ENTITY_COLLECTIONS)[number]['key']

/** The region document without its entity arrays: guideline, norms, supplement, municipalities… */
export type RegionHeader = Omit<Region, CollectionKey>

export interface StoredEntity<T = unknown> {
  id: string
  revision: number
  position: number
  doc: T
}

export function collectionOf(kind: string) {
  return ENTITY_COLLECTIONS.find((c) => c.kind === kind)
}

export function splitRegion(region: Region): {
  header: RegionHeader
  collections: Record<CollectionKey, unknown[]>
} {
  const header: Record<string, unknown> = { ...region }
  const collections = {} as Record<CollectionKey, unknown[]>
  for (const { key } of ENTITY_COLLECTIONS) {
    collections[key] = region[key] as unknown[]
    delete header[key]
  }
  return { header: header as RegionHeader, collections }
}

/**
 * The region document again, in the contract's field order: JSONB keeps object keys in its own
 * order, so the header is written out in the order of the region file.
 */
const HEADER_ORDER = [
  '$schema',
  'schemaVersion',
  'region',
  'guideline',
  'norms',
  'supplement',
  'municipalities',
] as const

export function assembleRegion(
  header: RegionHeader,
  collections: Record<CollectionKey, readonly unknown[]>,
): Region {
  const out = assembleHeader(header, (key) =>
    collections[key].map((doc) => assembleEntity(key, doc)),
  )
  return out as unknown as Region
}

/**
 * The region document's top level in the contract's order, with `entries(key)` in the place of
 * each entity array: `assembleRegion` fills in the entities, the pull's serializer their JSON.
 */
export function assembleHeader<T>(
  header: RegionHeader,
  entries: (key: CollectionKey) => T,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of HEADER_ORDER) if (header[key] !== undefined) out[key] = header[key]
  for (const { key } of ENTITY_COLLECTIONS) out[key] = entries(key)
  for (const [key, value] of Object.entries(header))
    if (!(key in out) && value !== undefined) out[key] = value
  return out
}

/** One stored entity as it appears in the region document. */
export function assembleEntity(key: CollectionKey, doc: unknown): unknown {
  return ENTITY_ASSEMBLERS[key](doc)
}

const ENTITY_ASSEMBLERS: Record<CollectionKey, (doc: unknown) => unknown> = {
  points: (doc) => orderPoint(doc as Region['points'][number]),
  assessments: (doc) => uniformAssessment(doc as Assessment),
}

const POINT_ORDER = [
  'id',
  'name',
  'municipality',
  'tier',
  'kind',
  'status',
  'location',
  'address',
  'capacity',
  'public',
] as const

/** The point's fields in the contract's order; fields a newer contract adds follow. */
function orderPoint(p: Region['points'][number]): Region['points'][number] {
  const out: Record<string, unknown> = {}
  for (const key of POINT_ORDER) if (p[key] !== undefined) out[key] = p[key]
  out.location = { lat: p.location.lat, lon: p.location.lon }
  for (const [key, value] of Object.entries(p)) if (!(key in out)) out[key] = value
  return out as unknown as Region['points'][number]
}

/**
 * The value with object keys in the order PostgreSQL's JSONB gives them back (shorter keys
 * first, then byte order), so a region served from the write cache reads exactly like one read
 * from the database.
 */
export function jsonbOrder<T>(value: T): T {
  if (Array.isArray(value)) return value.map(jsonbOrder) as T
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined,
  )
  entries.sort(([a], [b]) => {
    const la = Buffer.byteLength(a)
    const lb = Buffer.byteLength(b)
    return la !== lb ? la - lb : Buffer.compare(Buffer.from(a), Buffer.from(b))
  })
  return Object.fromEntries(entries.map(([k, v]) => [k, jsonbOrder(v)])) as T
}
