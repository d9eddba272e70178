import { uniformAssessment } from '@weerbaar/core'
import { applyOperations } from '#/sync/operations.ts'
import { migrateStored, STORAGE_VERSION, type StoredRecord } from './migrate.ts'
import type {
  ApplyResult,
  KeptAside,
  OpenReport,
  RegionListItem,
  RegionRecord,
  RegionRepository,
} from './repository.ts'

/** What a transaction writes, decided from what it read. */
export interface TransactionWrites<T> {
  set?: Array<[string, unknown]>
  del?: string[]
  result: T
}

/** The few operations the repository needs from a key-value store (idb-keyval, or a Map in tests). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>
  set(key: string, value: unknown): Promise<void>
  del(key: string): Promise<void>
  entries(): Promise<Array<[string, unknown]>>
  /**
   * Reads `keys`, lets `change` decide what to write, and writes it, all in one transaction:
   * all or nothing, and serialised with every other transaction on the store (other tabs too).
   * Resolves with `change`'s result once the transaction has committed. `change` must be
   * synchronous; if it throws, nothing is written.
   */
  transaction<T>(keys: string[], change: (values: unknown[]) => TransactionWrites<T>): Promise<T>
}

const REGION_PREFIX = 'region:'
const ASIDE_PREFIX = 'aside:'

/** Plain data only: reactive proxies and class instances do not survive structured cloning. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** Stored as JSON, so the assessments come back in as many shapes as a file's; give them one. */
function uniform(record: StoredRecord): RegionRecord {
  return {
    region: { ...record.region, assessments: record.region.assessments.map(uniformAssessment) },
    origin: record.origin,
    savedAt: record.savedAt,
    version: record.version ?? 0,
  }
}

/**
 * A `RegionRepository` on any key-value store. Each region is one record under `region:CODE`;
 * what older versions wrote is migrated on `open()`, and what cannot be migrated is moved to
 * `aside:…` (never deleted) and reported. Changes arrive as operations and are applied to the
 * stored record inside one transaction each.
 */
export function createKeyValueRepository(
  kv: KeyValueStore,
  now = () => new Date(),
): RegionRepository {
  return {
    async open(): Promise<OpenReport> {
      const report: OpenReport = { migrated: [], keptAside: [] }
      for (const [key, raw] of await kv.entries()) {
        if (key.startsWith(ASIDE_PREFIX)) {
          const value = raw as { reason?: string; raw?: unknown }
          report.keptAside.push({ key, reason: value.reason ?? '', raw: value.raw })
          continue
        }
        if (!key.startsWith(REGION_PREFIX)) continue
        const stored = raw as Partial<StoredRecord> | undefined
        if (stored?.storageVersion === STORAGE_VERSION) continue
        const result = migrateStored(raw)
        if (result.ok) {
          // The original is kept under a backup key in the same transaction that writes the
          // migrated record; if another tab migrated it meanwhile, that result stays.
          const backup = `${ASIDE_PREFIX}${key}:v${stored?.storageVersion ?? 0}`
          const done = await kv.transaction([key], ([current]) => {
            const again = current as Partial<StoredRecord> | undefined
            if (again?.storageVersion === STORAGE_VERSION) return { result: false }
            return {
              set: [
                [backup, { reason: 'Vorige versie, bewaard bij migratie', raw }],
                [key, result.record],
              ],
              result: true,
            }
          })
          if (done) report.migrated.push(result.record.region.region.code)
        } else {
          const aside: KeptAside = {
            key: `${ASIDE_PREFIX}${key}:${now().toISOString()}`,
            reason: result.reason,
            raw,
          }
          await kv.transaction([], () => ({
            set: [[aside.key, { reason: aside.reason, raw }]],
            del: [key],
            result: undefined,
          }))
          report.keptAside.push(aside)
        }
      }
      return report
    },
    async list(): Promise<RegionListItem[]> {
      const items: RegionListItem[] = []
      for (const [key, raw] of await kv.entries()) {
        if (!key.startsWith(REGION_PREFIX)) continue
        const record = raw as StoredRecord
        if (record.storageVersion !== STORAGE_VERSION) continue
        items.push({
          code: record.region.region.code,
          name: record.region.region.name,
          origin: record.origin,
          savedAt: record.savedAt,
          points: record.region.points.length,
        })
      }
      return items.sort((a, b) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code))
    },
    async load(code: string): Promise<RegionRecord | undefined> {
      const record = (await kv.get(REGION_PREFIX + code)) as StoredRecord | undefined
      if (!record || record.storageVersion !== STORAGE_VERSION) return undefined
      return uniform(record)
    },
    async save(record: RegionRecord): Promise<void> {
      const key = REGION_PREFIX + record.region.region.code
      const data = plain(record)
      await kv.transaction([key], ([current]) => {
        const previous = (current as StoredRecord | undefined)?.version ?? 0
        const stored: StoredRecord = {
          ...data,
          storageVersion: STORAGE_VERSION,
          version: previous + 1,
        }
        return { set: [[key, stored]], result: undefined }
      })
    },
    async apply(code, ops): Promise<ApplyResult> {
      const key = REGION_PREFIX + code
      const data = plain(ops)
      const savedAt = now().toISOString()
      return kv.transaction([key], ([current]) => {
        const record = current as StoredRecord | undefined
        if (!record || record.storageVersion !== STORAGE_VERSION) {
          throw new Error(`Regio ${code} staat niet (meer) in deze browser`)
        }
        const stored = uniform(record)
        const before = stored.version ?? 0
        const region = applyOperations(stored.region, data)
        const next: StoredRecord = {
          storageVersion: STORAGE_VERSION,
          origin: record.origin,
          savedAt,
          version: before + 1,
          region,
        }
        return { set: [[key, next]], result: { before, version: before + 1, region, savedAt } }
      })
    },
    async remove(code: string): Promise<void> {
      await kv.del(REGION_PREFIX + code)
    },
  }
}

/** A key-value store in memory, for tests and the benchmark; transactions run one at a time. */
export function memoryKeyValueStore(initial: Record<string, unknown> = {}): KeyValueStore & {
  data: Map<string, unknown>
} {
  const data = new Map<string, unknown>(Object.entries(initial))
  let queue: Promise<unknown> = Promise.resolve()
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => {
      data.set(key, plain(value))
    },
    del: async (key) => {
      data.delete(key)
    },
    entries: async () => [...data.entries()],
    transaction(keys, change) {
      const run = queue.then(() => {
        const writes = change(keys.map((k) => (data.has(k) ? plain(data.get(k)) : undefined)))
        for (const [k, v] of writes.set ?? []) data.set(k, plain(v))
        for (const k of writes.del ?? []) data.delete(k)
        return writes.result
      })
      queue = run.catch(() => {})
      return run
    },
  }
}
