import { createIndexedDbRepository } from './indexeddb.ts'
import type { RegionRepository } from './repository.ts'

export type * from './repository.ts'

let repository: RegionRepository | undefined

/** The repository the stores use: IndexedDB unless a test or the benchmark set another. */
export function useRepository(): RegionRepository {
  repository ??= createIndexedDbRepository()
  return repository
}

export function setRepository(next: RegionRepository): void {
  repository = next
}
