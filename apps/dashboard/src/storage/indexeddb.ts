import { createStore, del, entries, get, set } from 'idb-keyval'
import { createKeyValueRepository } from './key-value-repository.ts'
import type { RegionRepository } from './repository.ts'

/** The regions in the browser's IndexedDB (database `weerbaar`, store `data`). */
export function createIndexedDbRepository(): RegionRepository {
  const store = createStore('weerbaar', 'data')
  return createKeyValueRepository({
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: () => entries<string, unknown>(store),
  })
}
