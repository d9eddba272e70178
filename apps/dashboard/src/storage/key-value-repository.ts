import { uniformAssessment } from '@weerbaar/core'
import { migrateStored, STORAGE_VERSION, type StoredRecord } from './migrate.ts'
import type {
  KeptAside,
  OpenReport,
  RegionListItem,
  RegionRecord,
  RegionRepository,
} from './repository.ts'

/** The few operations the repository needs from a key-value store (idb-keyval, or a Map in tests). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>
  set(key: string, value: unknown): Promise<void>
  del(key: string): Promise<void>
  entries(): Promise<Array<[string, unknown]>>
}

const REGION_PREFIX = 'region:'
const ASIDE_PREFIX = 'aside:'

/** Plain data only: reactive proxies and class instances do not survive structured cloning. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/**
 * A `RegionRepository` on any key-value store. Each region is one record under `region:CODE`;
 * what older versions wrote is migrated on `open()`, and what cannot be migrated is moved to
 * `aside:…` (never deleted) and reported.
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
          // The original stays under a backup key until the migrated record is written.
          const backup = `${ASIDE_PREFIX}${key}:v${stored?.storageVersion ?? 0}`
          await kv.set(backup, { reason: 'Vorige versie, bewaard bij migratie', raw })
          await kv.set(key, result.record)
          report.migrated.push(result.record.region.region.code)
        } else {
          const aside: KeptAside = {
            key: `${ASIDE_PREFIX}${key}:${now().toISOString()}`,
            reason: result.reason,
            raw,
          }
          await kv.set(aside.key, { reason: aside.reason, raw })
          await kv.del(key)
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
      // Stored as JSON, so the assessments come back in as many shapes as a file's; give them
      // the one shape parseRegion gives them.
      const region = {
        ...record.region,
        assessments: record.region.assessments.map(uniformAssessment),
      }
      return { region, origin: record.origin, savedAt: record.savedAt }
    },
    async save(record: RegionRecord): Promise<void> {
      const stored: StoredRecord = { storageVersion: STORAGE_VERSION, ...plain(record) }
      await kv.set(REGION_PREFIX + record.region.region.code, stored)
    },
    async remove(code: string): Promise<void> {
      await kv.del(REGION_PREFIX + code)
    },
  }
}

/** A key-value store in memory, for tests and the benchmark. */
export function memoryKeyValueStore(initial: Record<string, unknown> = {}): KeyValueStore & {
  data: Map<string, unknown>
} {
  const data = new Map<string, unknown>(Object.entries(initial))
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
  }
}
