import { broadcastTabChannel, type TabChannel } from '#/sync/tabs.ts'
import { createIndexedDbRepository, indexedDbKeyValueStore } from './indexeddb.ts'
import type { KeyValueStore } from './key-value-repository.ts'
import type { RegionRepository } from './repository.ts'

export type * from './repository.ts'

let repository: RegionRepository | undefined
let tabs: TabChannel | undefined
let keyValue: KeyValueStore | undefined

/** The repository the stores use: IndexedDB unless a test or the benchmark set another. */
export function useRepository(): RegionRepository {
  repository ??= createIndexedDbRepository()
  return repository
}

export function setRepository(next: RegionRepository): void {
  repository = next
}

/** How this tab hears of changes stored by other tabs: BroadcastChannel unless a test set another. */
export function useTabChannel(): TabChannel {
  tabs ??= broadcastTabChannel()
  return tabs
}

export function setTabChannel(next: TabChannel | undefined): void {
  tabs = next
}

/** The raw key-value store (IndexedDB) the server-mode sync state lives in, next to the regions. */
export function useKeyValueStore(): KeyValueStore {
  keyValue ??= indexedDbKeyValueStore()
  return keyValue
}

export function setKeyValueStore(next: KeyValueStore | undefined): void {
  keyValue = next
}
