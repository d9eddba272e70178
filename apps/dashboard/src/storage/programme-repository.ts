import type { Programme } from '#/domain/programme-types.ts'
import { applyProgrammeOperations, type ProgrammeOperation } from '#/sync/programme-operations.ts'
import { plain, type KeyValueStore } from './key-value-repository.ts'

/** Where a programme in the browser came from (`server`: a copy of the server's). */
export type ProgrammeOrigin = 'demo' | 'import' | 'server'

export interface ProgrammeRecord {
  programme: Programme
  origin: ProgrammeOrigin
  /** ISO timestamp of the last save. */
  savedAt: string
  /** Counts the transactions that changed this record; another tab's higher number means news. */
  version: number
}

interface StoredProgramme extends ProgrammeRecord {
  storageVersion: 1
}

export interface ProgrammeListItem {
  id: string
  name: string
  regions: string[]
  origin: ProgrammeOrigin
  savedAt: string
}

export interface ProgrammeApplyResult {
  before: number
  version: number
  programme: Programme
  savedAt: string
}

/**
 * The programmes in the browser, next to the regions in the same key-value store (IndexedDB
 * `weerbaar`/`data`), one record under `programme:ID`. Changes arrive as operations and are
 * applied to the stored record in one transaction each, serialised with every other tab's.
 */
export interface ProgrammeRepository {
  list(): Promise<ProgrammeListItem[]>
  load(id: string): Promise<ProgrammeRecord | undefined>
  /** Writes a whole programme (the demo, an import); resolves once committed. */
  save(programme: Programme, origin: ProgrammeOrigin): Promise<ProgrammeApplyResult>
  apply(id: string, ops: readonly ProgrammeOperation[]): Promise<ProgrammeApplyResult>
  remove(id: string): Promise<void>
}

export const PROGRAMME_PREFIX = 'programme:'

function isStored(value: unknown): value is StoredProgramme {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { storageVersion?: unknown }).storageVersion === 1
  )
}

export function createProgrammeRepository(
  kv: KeyValueStore,
  now = () => new Date(),
): ProgrammeRepository {
  return {
    async list() {
      const items: ProgrammeListItem[] = []
      for (const [key, raw] of await kv.entries()) {
        if (!key.startsWith(PROGRAMME_PREFIX) || !isStored(raw)) continue
        items.push({
          id: raw.programme.id,
          name: raw.programme.name,
          regions: raw.programme.regions,
          origin: raw.origin,
          savedAt: raw.savedAt,
        })
      }
      return items.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    },
    async load(id) {
      const raw = await kv.get(PROGRAMME_PREFIX + id)
      if (!isStored(raw)) return undefined
      return {
        programme: raw.programme,
        origin: raw.origin,
        savedAt: raw.savedAt,
        version: raw.version,
      }
    },
    save(programme, origin) {
      const key = PROGRAMME_PREFIX + programme.id
      const data = plain(programme)
      const savedAt = now().toISOString()
      return kv.transaction([key], ([current]) => {
        const before = isStored(current) ? current.version : 0
        const stored: StoredProgramme = {
          storageVersion: 1,
          programme: data,
          origin,
          savedAt,
          version: before + 1,
        }
        return {
          set: [[key, stored]],
          result: { before, version: before + 1, programme: data, savedAt },
        }
      })
    },
    apply(id, ops) {
      const key = PROGRAMME_PREFIX + id
      const data = plain(ops)
      const savedAt = now().toISOString()
      return kv.transaction([key], ([current]) => {
        if (!isStored(current)) throw new Error(`Programma ${id} staat niet (meer) in deze browser`)
        const programme = applyProgrammeOperations(current.programme, data)
        const stored: StoredProgramme = {
          ...current,
          programme,
          savedAt,
          version: current.version + 1,
        }
        return {
          set: [[key, stored]],
          result: { before: current.version, version: current.version + 1, programme, savedAt },
        }
      })
    },
    async remove(id) {
      await kv.del(PROGRAMME_PREFIX + id)
    },
  }
}
