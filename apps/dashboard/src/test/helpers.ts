import { parseRegion, type Region } from '@weerbaar/core'
import vr25 from '@weerbaar/demo-data/data/vr25-flevoland.json' with { type: 'json' }
import { catalog } from '@weerbaar/guidelines'
import { createPinia, setActivePinia } from 'pinia'
import { createKeyValueRepository, memoryKeyValueStore } from '#/storage/key-value-repository.ts'
import { setKeyValueStore, setRepository, setTabChannel } from '#/storage/index.ts'
import { tabHub } from '#/sync/tabs.ts'
import { setServerDetection } from '#/stores/sync.ts'

/** The Flevoland demo region, parsed. */
export function demoRegion(): Region {
  const result = parseRegion(vr25, { catalog })
  if (!result.ok) throw new Error('demo region does not parse')
  return result.value
}

/** A fresh Pinia on an in-memory repository: what IndexedDB would hold, without a browser. */
export function freshStores(initial: Record<string, unknown> = {}) {
  const kv = memoryKeyValueStore(initial)
  setRepository(createKeyValueRepository(kv))
  setTabChannel(tabHub().connect())
  setKeyValueStore(kv)
  setServerDetection(false)
  const pinia = createPinia()
  setActivePinia(pinia)
  return { kv, pinia }
}
