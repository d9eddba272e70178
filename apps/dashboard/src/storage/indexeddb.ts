import { createStore, del, entries, get, set } from 'idb-keyval'
import type { KeyValueStore, TransactionWrites } from './key-value-repository.ts'
import { createKeyValueRepository } from './key-value-repository.ts'
import type { RegionRepository } from './repository.ts'

/**
 * The browser's IndexedDB (database `weerbaar`, store `data`) as a key-value store. The
 * transaction reads, decides and writes inside one IndexedDB readwrite transaction, which the
 * browser serialises with those of other tabs and windows, and resolves on `complete` (the
 * point at which the data is committed), never earlier.
 */
export function indexedDbKeyValueStore(database = 'weerbaar', storeName = 'data'): KeyValueStore {
  const store = createStore(database, storeName)
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: () => entries<string, unknown>(store),
    transaction<T>(keys: string[], change: (values: unknown[]) => TransactionWrites<T>) {
      return store(
        'readwrite',
        (objectStore) =>
          new Promise<T>((resolve, reject) => {
            const tx = objectStore.transaction
            const values: unknown[] = new Array(keys.length)
            let result: T
            let left = keys.length
            const decide = () => {
              try {
                const writes = change(values)
                for (const [key, value] of writes.set ?? []) objectStore.put(value, key)
                for (const key of writes.del ?? []) objectStore.delete(key)
                result = writes.result
              } catch (error) {
                tx.abort()
                reject(error instanceof Error ? error : new Error(String(error)))
              }
            }
            keys.forEach((key, index) => {
              const request = objectStore.get(key)
              request.onsuccess = () => {
                values[index] = request.result
                if (--left === 0) decide()
              }
            })
            if (keys.length === 0) decide()
            tx.oncomplete = () => resolve(result)
            tx.onerror = tx.onabort = () =>
              reject(tx.error ?? new Error('IndexedDB transaction aborted'))
          }),
      )
    },
  }
}

/** The regions in the browser's IndexedDB. */
export function createIndexedDbRepository(): RegionRepository {
  return createKeyValueRepository(indexedDbKeyValueStore())
}
