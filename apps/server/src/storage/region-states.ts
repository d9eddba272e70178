import { toNumber, type Queryable } from '../db/database.ts'
import {
  ENTITY_COLLECTIONS,
  collectionOf,
  type CollectionKey,
  type RegionHeader,
  type StoredEntity,
} from './region-document.ts'
import type { RegionState } from './storage.ts'

/** The region's row as a read or a write selects it. */
export interface RegionRow {
  header: RegionHeader
  revision: unknown
  last_seq: unknown
}

/**
 * How many entities the kept states may hold together before the least recently used region is
 * dropped. The 5,000-point bench region (525,000 entities) takes about 133 MiB of heap as a
 * state (measured by the server bench); the demo regions a few MiB.
 */
export const DEFAULT_MAX_CACHED_ENTITIES = 2_000_000

/**
 * A state this many changes behind (or more than half its size in changes) is read whole: a
 * region replaced by an import changes every entity, and reading it afresh is then cheaper.
 */
const MAX_PATCHED_CHANGES = 50_000

/** Entity rows per aggregated string in a full read. */
const ROWS_PER_CHUNK = 25_000

function emptyCollections(): Record<CollectionKey, StoredEntity[]> {
  const out = {} as Record<CollectionKey, StoredEntity[]>
  for (const { key } of ENTITY_COLLECTIONS) out[key] = []
  return out
}

function entityCount(state: RegionState): number {
  let n = 0
  for (const { key } of ENTITY_COLLECTIONS) n += state.collections[key].length
  return n
}

/**
 * The last known state of each region, kept in memory and brought up to date from the
 * database on each read: when the region's change number moved on (a write by this process or
 * another one on the same PostgreSQL), only the entities the change feed names since the kept
 * state are read and put in place, so the first read after a write costs about as much as the
 * write. A gap the change feed cannot account for (rows written around the storage layer, a
 * restore) and a very large one (an import replacing the region) read the region whole.
 *
 * The kept states are bounded by their number of entities, least recently used first; the
 * state just read or written is always kept. A state is never changed once made: a patched
 * state shares the unchanged entity objects and collection arrays with the one before, so
 * caches keyed by them (the pull's serialized entities) stay valid.
 */
export class RegionStateCache {
  private readonly states = new Map<string, RegionState>()
  /** Whole reads under way, by region. */
  private readonly reading = new Map<string, Promise<RegionState>>()

  constructor(private readonly maxEntities = DEFAULT_MAX_CACHED_ENTITIES) {}

  get(code: string): RegionState | undefined {
    const state = this.states.get(code)
    if (state) {
      this.states.delete(code)
      this.states.set(code, state)
    }
    return state
  }

  set(code: string, state: RegionState): void {
    this.states.delete(code)
    this.states.set(code, state)
    let total = 0
    for (const kept of this.states.values()) total += entityCount(kept)
    for (const [other, kept] of this.states) {
      if (total <= this.maxEntities) break
      if (other === code) continue
      this.states.delete(other)
      total -= entityCount(kept)
    }
  }

  private async readWhole(
    tx: Queryable,
    code: string,
    row: RegionRow,
    lastSeq: number,
  ): Promise<RegionState> {
    const pending = readState(tx, code, row, lastSeq)
    this.reading.set(code, pending)
    try {
      return await pending
    } finally {
      if (this.reading.get(code) === pending) this.reading.delete(code)
    }
  }

  delete(code: string): boolean {
    return this.states.delete(code)
  }

  keys(): IterableIterator<string> {
    return this.states.keys()
  }

  /**
   * The region's state as of `row`, read in `tx`: the kept state when it is that state, else
   * the kept state patched from the change feed, else the whole region. `tx` must see one
   * snapshot for all its statements (REPEATABLE READ, or the region row locked FOR UPDATE).
   */
  async load(tx: Queryable, code: string, row: RegionRow): Promise<RegionState> {
    const lastSeq = toNumber(row.last_seq)
    let kept = this.get(code)
    const reading = this.reading.get(code)
    if ((!kept || kept.lastSeq > lastSeq) && reading) {
      // Another transaction reads the region whole (on a PostgreSQL server): one whole read
      // at a time, then brought to this snapshot like a kept state.
      const other = await reading.catch(() => undefined)
      if (other && other.lastSeq <= lastSeq) kept = other
    }
    if (kept && kept.lastSeq === lastSeq) return kept
    const patched =
      kept && kept.lastSeq < lastSeq ? await patchState(tx, kept, row, lastSeq) : undefined
    const state = patched ?? (await this.readWhole(tx, code, row, lastSeq))
    // A read of an older snapshot, racing a write of this process, keeps the newer state.
    const current = this.states.get(code)
    if (!current || current.lastSeq <= lastSeq) this.set(code, state)
    return state
  }
}

interface EntityRow {
  kind: string
  id: string
  revision: unknown
  position: unknown
  doc: unknown
}

/**
 * `kept` brought to change number `lastSeq`: the entities named by the changes after it, as
 * they are now, replace or remove the kept ones. Undefined when the change feed does not hold
 * every change in between, or holds too many.
 */
async function patchState(
  tx: Queryable,
  kept: RegionState,
  row: RegionRow,
  lastSeq: number,
): Promise<RegionState | undefined> {
  const gap = lastSeq - kept.lastSeq
  if (gap > Math.max(MAX_PATCHED_CHANGES, entityCount(kept) / 2)) return undefined
  const counted = await tx.query<{ n: unknown }>(
    'SELECT count(*) AS n FROM changes WHERE region = $1 AND seq > $2 AND seq <= $3',
    [kept.code, kept.lastSeq, lastSeq],
  )
  if (toNumber(counted[0]?.n) !== gap) return undefined
  const rows = await tx.query<EntityRow>(
    `WITH touched AS (
       SELECT DISTINCT kind, entity_id FROM changes
       WHERE region = $1 AND seq > $2 AND seq <= $3 AND kind <> 'region'
     )
     SELECT t.kind, t.entity_id AS id, e.revision, e.position, e.doc
     FROM touched t
     LEFT JOIN entities e ON e.region = $1 AND e.kind = t.kind AND e.id = t.entity_id`,
    [kept.code, kept.lastSeq, lastSeq],
  )
  const touched = new Map<CollectionKey, Map<string, StoredEntity | null>>()
  for (const r of rows) {
    const collection = collectionOf(r.kind)
    if (!collection) continue
    let entities = touched.get(collection.key)
    if (!entities) touched.set(collection.key, (entities = new Map()))
    // `revision` is NOT NULL in the table: null means the entity is gone.
    entities.set(
      r.id,
      r.revision === null
        ? null
        : {
            id: r.id,
            revision: toNumber(r.revision),
            position: toNumber(r.position),
            doc: r.doc,
          },
    )
  }
  const collections = { ...kept.collections }
  for (const [key, entities] of touched)
    collections[key] = patchList(kept.collections[key], entities)
  return {
    code: kept.code,
    header: row.header,
    revision: toNumber(row.revision),
    lastSeq,
    collections,
  }
}

/** The list without the touched entities, with those that still exist in order of position. */
function patchList(
  list: readonly StoredEntity[],
  touched: Map<string, StoredEntity | null>,
): StoredEntity[] {
  const added = [...touched.values()]
    .filter((e): e is StoredEntity => e !== null)
    .sort((a, b) => a.position - b.position)
  const out: StoredEntity[] = []
  let next = 0
  for (const entity of list) {
    if (touched.has(entity.id)) continue
    while (next < added.length && added[next]!.position < entity.position) out.push(added[next++]!)
    out.push(entity)
  }
  while (next < added.length) out.push(added[next++]!)
  return out
}

/**
 * Every entity of the region. Each entity row becomes a JSON array in the database, and the
 * rows are sent in a few large strings of JSON parsed once each: on PGlite the cost of a read
 * is mostly per row sent, not per byte (the server bench, same run: the bench region read row
 * by row in 13.3 s, this way in 6.9 s).
 */
async function readState(
  tx: Queryable,
  code: string,
  row: RegionRow,
  lastSeq: number,
): Promise<RegionState> {
  const collections = emptyCollections()
  const chunks = await tx.query<{ kind: string; rows: string }>(
    `SELECT kind,
       string_agg('[' || to_json(id)::text || ',' || revision || ',' || position || ',' || doc::text || ']',
                  ',' ORDER BY position) AS rows
     FROM entities WHERE region = $1
     GROUP BY kind, position / ${ROWS_PER_CHUNK}
     ORDER BY kind, position / ${ROWS_PER_CHUNK}`,
    [code],
  )
  for (const chunk of chunks) {
    const collection = collectionOf(chunk.kind)
    if (!collection) continue
    const list = collections[collection.key]
    for (const [id, revision, position, doc] of JSON.parse(`[${chunk.rows}]`) as [
      string,
      number,
      number,
      unknown,
    ][])
      list.push({ id, revision, position, doc })
  }
  return { code, header: row.header, revision: toNumber(row.revision), lastSeq, collections }
}
