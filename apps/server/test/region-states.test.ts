import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openContext } from '../src/app.ts'
import type { ServerContext } from '../src/context.ts'
import { toNumber } from '../src/db/database.ts'
import {
  documentBytes,
  serializeRegion,
  type SerializedLayout,
} from '../src/regions/document-cache.ts'
import { regionDocument } from '../src/regions/service.ts'
import {
  ENTITY_COLLECTIONS,
  assembleEntity,
  collectionOf,
  type CollectionKey,
  type StoredEntity,
} from '../src/storage/region-document.ts'
import { RegionStateCache } from '../src/storage/region-states.ts'
import { SqlStorage } from '../src/storage/sql-storage.ts'
import type { EntityChange, RegionState, RegionStorage } from '../src/storage/storage.ts'
import { backends, freshDatabase, type TestDatabase } from './helpers.ts'

const system = { userId: null, email: null, via: 'system' as const }

/**
 * The region as the storage layer kept it before it kept states: every row read one by one. An
 * independent reference for both the patched state and the new whole-region read.
 */
async function referenceState(ctx: ServerContext, code: string): Promise<RegionState> {
  return ctx.db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ')
    const [row] = await tx.query<{ header: never; revision: unknown; last_seq: unknown }>(
      'SELECT header, revision, last_seq FROM regions WHERE code = $1',
      [code],
    )
    const collections = {} as Record<CollectionKey, StoredEntity[]>
    for (const { key } of ENTITY_COLLECTIONS) collections[key] = []
    const rows = await tx.query<{
      kind: string
      id: string
      revision: unknown
      position: unknown
      doc: unknown
    }>(
      'SELECT kind, id, revision, position, doc FROM entities WHERE region = $1 ORDER BY kind, position',
      [code],
    )
    for (const r of rows)
      collections[collectionOf(r.kind)!.key].push({
        id: r.id,
        revision: toNumber(r.revision),
        position: toNumber(r.position),
        doc: r.doc,
      })
    return {
      code,
      header: row!.header,
      revision: toNumber(row!.revision),
      lastSeq: toNumber(row!.last_seq),
      collections,
    }
  })
}

// Texts with quotes, backslashes, control characters and characters outside the BMP, as notes
// and names (PostgreSQL's JSONB refuses only U+0000).
const text = fc.oneof(
  fc.string({
    unit: fc.constantFrom('"', '\\', ',', '{', '}', '[', ']', ':', 'a', 'é', '\u{1F600}', '\n'),
    maxLength: 12,
  }),
  fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => !s.includes('\u0000')),
)
const writer = fc.constantFrom<'a' | 'b'>('a', 'b')
const operation = fc.oneof(
  fc.record({ op: fc.constant('point' as const), by: writer, id: fc.nat(5), name: text }),
  fc.record({ op: fc.constant('deletePoint' as const), by: writer, pick: fc.nat() }),
  fc.record({
    op: fc.constant('assessment' as const),
    by: writer,
    id: fc.nat(9),
    note: text,
    value: fc.double({ noNaN: true, noDefaultInfinity: true }),
  }),
  fc.record({ op: fc.constant('deleteAssessment' as const), by: writer, pick: fc.nat() }),
  fc.record({ op: fc.constant('header' as const), by: writer, name: text, extra: fc.boolean() }),
  fc.record({ op: fc.constant('replace' as const), by: writer, points: fc.nat(4) }),
  // Rows written around the storage layer (as the bench loader does): the change feed has a
  // gap, and the state must be read whole.
  fc.record({ op: fc.constant('aroundTheFeed' as const), id: fc.nat(3) }),
  fc.record({ op: fc.constant('check' as const), by: writer }),
)

function header(code: string, name: string, extra = false) {
  return {
    schemaVersion: 1,
    region: { code, name },
    guideline: { id: 'noodsteunpunten', version: '2026.1' },
    municipalities: [{ code: 'GM0001', name: 'Gemeente' }],
    ...(extra ? { futureField: { list: [1, 'twee'] } } : {}),
  }
}

function point(id: string, name: string) {
  return {
    id,
    name,
    municipality: 'GM0001',
    tier: 'local',
    kind: 'community_centre',
    status: 'active',
    location: { lat: 52.1, lon: 5.2 },
    public: true,
  }
}

describe.each(backends)('the kept region state on %s', (backend) => {
  let database: TestDatabase
  let first: ServerContext & { release(): Promise<void> }
  let second: (ServerContext & { release(): Promise<void> }) | undefined
  /** Two storage layers with caches of their own: two server processes on one database. */
  let storages: Record<'a' | 'b', RegionStorage>

  beforeAll(async () => {
    database = await freshDatabase(backend)
    first = await openContext({ ...database.options, dashboardDir: false })
    if (backend === 'postgres') {
      // A second pool and LISTEN connection of its own, as a second process has.
      second = await openContext({ ...database.options, dashboardDir: false })
      storages = { a: first.storage, b: second.storage }
    } else {
      // PGlite has one process: a second storage layer on the same database stands in for it.
      storages = { a: first.storage, b: new SqlStorage(first.db) }
    }
  })
  afterAll(async () => {
    await second?.release()
    await first?.release()
    await database?.drop()
  })

  /** The last document each process serialized, which the next one is built on. */
  const documents = new Map<RegionStorage, { code: string; layout: SerializedLayout }>()

  async function expectMatches(storage: RegionStorage, code: string) {
    const kept = (await storage.readRegion(code))!
    const reference = await referenceState(first, code)
    expect(kept).toEqual(reference)
    // A storage layer with nothing kept reads the region whole.
    expect(await new SqlStorage(first.db).readRegion(code)).toEqual(reference)
    const json = JSON.stringify(regionDocument(reference))
    const afresh = serializeRegion(kept)
    expect(documentBytes(afresh).toString()).toBe(json)
    expectSpans(afresh)
    const previous = documents.get(storage)
    const document = serializeRegion(kept, previous?.code === code ? previous.layout : undefined)
    expect(documentBytes(document).toString()).toBe(json)
    expectSpans(document)
    documents.set(storage, { code, layout: document })
  }

  /** Each entity's bytes, where the layout says they are, are its JSON. */
  function expectSpans(layout: SerializedLayout) {
    const bytes = documentBytes(layout)
    for (const { key } of ENTITY_COLLECTIONS) {
      const json = layout.collections[key].map((e) => JSON.stringify(assembleEntity(key, e.doc)))
      const found = layout.collections[key].map((_, n) =>
        bytes.subarray(layout.spans[key][2 * n], layout.spans[key][2 * n + 1]).toString(),
      )
      expect(found).toEqual(json)
    }
  }

  let regions = 0
  it('after any sequence of writes through either process, the kept state equals a fresh read and the pull document is byte for byte the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 14 }), async (operations) => {
        const code = `T${++regions}`
        const write = (by: 'a' | 'b', plan: (state: RegionState | undefined) => EntityChange[]) =>
          storages[by]
            .writeRegion(code, system, (state) => ({
              ok: true,
              changes: plan(state),
              result: null,
            }))
            .then((outcome) => expect(outcome.ok).toBe(true))
        await write('a', () => [
          { kind: 'region', id: code, op: 'put', doc: header(code, 'Start') },
          { kind: 'point', id: 'p0', op: 'put', doc: point('p0', 'Eerste') },
          ...[0, 1, 2].map((n) => ({
            kind: 'assessment' as const,
            id: `a${n}`,
            op: 'put' as const,
            doc: { point: 'p0', requirement: 'r', date: '2026-11-01', result: 'met' },
          })),
        ])
        for (const step of operations) {
          switch (step.op) {
            case 'point':
              await write(step.by, () => [
                {
                  kind: 'point',
                  id: `p${step.id}`,
                  op: 'put',
                  doc: point(`p${step.id}`, step.name),
                },
              ])
              break
            case 'deletePoint':
            case 'deleteAssessment':
              await write(step.by, (state) => {
                const list =
                  state!.collections[step.op === 'deletePoint' ? 'points' : 'assessments']
                const victim = list[step.pick % Math.max(1, list.length)]
                return victim
                  ? [
                      {
                        kind: step.op === 'deletePoint' ? 'point' : 'assessment',
                        id: victim.id,
                        op: 'delete',
                      },
                    ]
                  : []
              })
              break
            case 'assessment':
              await write(step.by, () => [
                {
                  kind: 'assessment',
                  id: `a${step.id}`,
                  op: 'put',
                  doc: {
                    point: 'p0',
                    requirement: 'r',
                    date: '2026-11-02',
                    value: step.value,
                    note: step.note,
                  },
                },
              ])
              break
            case 'header':
              await write(step.by, () => [
                { kind: 'region', id: code, op: 'put', doc: header(code, step.name, step.extra) },
              ])
              break
            case 'replace':
              // As an import does: the header, every entity removed, the new ones added.
              await write(step.by, (state) => [
                { kind: 'region', id: code, op: 'put', doc: header(code, 'Vervangen') },
                ...ENTITY_COLLECTIONS.flatMap(({ kind, key }) =>
                  state!.collections[key].map((e) => ({ kind, id: e.id, op: 'delete' as const })),
                ),
                ...Array.from({ length: step.points }, (_, n) => ({
                  kind: 'point' as const,
                  id: `p${n}`,
                  op: 'put' as const,
                  doc: point(`p${n}`, `Nieuw ${n}`),
                })),
              ])
              break
            case 'aroundTheFeed':
              await first.db.query(
                `INSERT INTO entities (region, kind, id, position, revision, doc)
                 SELECT $1, 'assessment', $2, coalesce(max(position), 0) + 1, 1, $3::jsonb
                 FROM entities WHERE region = $1 AND kind = 'assessment'
                 ON CONFLICT (region, kind, id) DO NOTHING`,
                [
                  code,
                  `loaded-${step.id}`,
                  JSON.stringify({ point: 'p0', requirement: 'r', date: '2026-11-03' }),
                ],
              )
              await first.db.query('UPDATE regions SET last_seq = last_seq + 1 WHERE code = $1', [
                code,
              ])
              break
            case 'check':
              await expectMatches(storages[step.by], code)
              break
          }
        }
        await expectMatches(storages.a, code)
        await expectMatches(storages.b, code)
      }),
      { numRuns: 12 },
    )
  })

  it('concurrent whole reads with a write among them each give the state of their own snapshot', async () => {
    const code = 'CONCURRENT'
    const put = (id: string) =>
      storages.b.writeRegion(code, system, () => ({
        ok: true,
        changes: [
          ...(id === 'a0'
            ? [{ kind: 'region' as const, id: code, op: 'put' as const, doc: header(code, 'C') }]
            : []),
          {
            kind: 'assessment',
            id,
            op: 'put',
            doc: { point: 'p0', requirement: 'r', date: '2026-11-01', result: 'met' },
          },
        ],
        result: null,
      }))
    await put('a0')
    const before = await referenceState(first, code)
    const fresh = new SqlStorage(first.db)
    const reads = [fresh.readRegion(code), fresh.readRegion(code)]
    const writing = put('a1')
    reads.push(fresh.readRegion(code), fresh.readRegion(code))
    expect((await writing).ok).toBe(true)
    const after = await referenceState(first, code)
    for (const state of await Promise.all(reads))
      expect(state).toEqual(state!.lastSeq === before.lastSeq ? before : after)
    expect(await fresh.readRegion(code)).toEqual(after)
  })
})

describe('RegionStateCache', () => {
  const state = (code: string, entities: number): RegionState => ({
    code,
    header: {} as RegionState['header'],
    revision: 1,
    lastSeq: 1,
    collections: {
      points: [],
      assessments: Array.from({ length: entities }, (_, n) => ({
        id: `a${n}`,
        revision: 1,
        position: n,
        doc: {},
      })),
    },
  })

  it('drops the least recently used regions beyond its entity budget, never the one just kept', () => {
    const cache = new RegionStateCache(10)
    cache.set('A', state('A', 4))
    cache.set('B', state('B', 4))
    expect(cache.get('A')?.code).toBe('A') // A is now the most recently used
    cache.set('C', state('C', 4))
    expect([...cache.keys()].sort()).toEqual(['A', 'C'])
    cache.set('D', state('D', 30))
    expect([...cache.keys()]).toEqual(['D'])
  })
})
