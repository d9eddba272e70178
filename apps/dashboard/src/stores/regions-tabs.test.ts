import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { createKeyValueRepository, memoryKeyValueStore } from '#/storage/key-value-repository.ts'
import type { KeyValueStore } from '#/storage/key-value-repository.ts'
import { setRepository, setTabChannel } from '#/storage/index.ts'
import { tabHub } from '#/sync/tabs.ts'
import { useReadinessStore } from './readiness.ts'
import { useRegionStore } from './regions.ts'

/** A tab: its own Pinia (its own memory), the shared browser storage, and a tab channel. */
function openTab(kv: KeyValueStore, hub: ReturnType<typeof tabHub>) {
  setRepository(createKeyValueRepository(kv))
  setTabChannel(hub.connect())
  const pinia = createPinia()
  setActivePinia(pinia)
  const regions = useRegionStore()
  const readiness = useReadinessStore()
  return { pinia, regions, readiness }
}

function inTab<T>(pinia: Pinia, fn: () => T): T {
  setActivePinia(pinia)
  return fn()
}

const draft = (note: string) => ({
  point: 'kazerne-almere-stad',
  requirement: 'info.board',
  date: '2026-11-20',
  result: 'met',
  note,
  assessor: note,
})

describe('two tabs on one browser storage', () => {
  it('each records an assessment on the same point: after a reload both exist, in both tabs', async () => {
    const kv = memoryKeyValueStore()
    const hub = tabHub()
    const first = openTab(kv, hub)
    await first.regions.init()
    const second = openTab(kv, hub)
    await second.regions.init()
    const before = first.regions.region!.assessments.length

    const a = inTab(first.pinia, () => first.readiness.recordAssessment(draft('Tab A'), 'nl'))
    const b = inTab(second.pinia, () => second.readiness.recordAssessment(draft('Tab B'), 'nl'))
    expect(a.ok && b.ok).toBe(true)
    await Promise.all([a.saved, b.saved])
    await first.regions.flushed()
    await second.regions.flushed()

    const notes = (n: number) => (x: { note?: string }) => x.note === `Tab ${n === 0 ? 'A' : 'B'}`
    for (const tab of [first, second]) {
      expect(tab.regions.region!.assessments).toHaveLength(before + 2)
      expect(tab.regions.region!.assessments.some(notes(0))).toBe(true)
      expect(tab.regions.region!.assessments.some(notes(1))).toBe(true)
    }
    // A reload: a new tab reads what is stored.
    const reloaded = openTab(kv, hub)
    await reloaded.regions.init()
    const stored = reloaded.regions.region!.assessments
    expect(stored).toHaveLength(before + 2)
    expect(stored.filter(notes(0))).toHaveLength(1)
    expect(stored.filter(notes(1))).toHaveLength(1)
  })

  it('a point edited in one tab and an assessment in the other: both stay', async () => {
    const kv = memoryKeyValueStore()
    const hub = tabHub()
    const first = openTab(kv, hub)
    await first.regions.init()
    const second = openTab(kv, hub)
    await second.regions.init()
    const region = first.regions.region!
    const renamed = inTab(first.pinia, () =>
      first.regions.update({
        ...region,
        points: region.points.map((p) =>
          p.id === 'kazerne-almere-stad' ? { ...p, name: 'Kazerne Almere (nieuw)' } : p,
        ),
      }),
    )
    const recorded = inTab(second.pinia, () =>
      second.readiness.recordAssessment(draft('Tab B'), 'nl'),
    )
    await Promise.all([renamed, recorded.ok ? recorded.saved : undefined])
    await first.regions.flushed()
    await second.regions.flushed()
    const reloaded = openTab(kv, hub)
    await reloaded.regions.init()
    const r = reloaded.regions.region!
    expect(r.points.find((p) => p.id === 'kazerne-almere-stad')?.name).toBe(
      'Kazerne Almere (nieuw)',
    )
    expect(r.assessments.some((x) => x.note === 'Tab B')).toBe(true)
    expect(second.regions.region!.points.find((p) => p.id === 'kazerne-almere-stad')?.name).toBe(
      'Kazerne Almere (nieuw)',
    )
  })

  it('a write that fails is not confirmed: the promise rejects and the region shows what is stored', async () => {
    const kv = memoryKeyValueStore()
    const hub = tabHub()
    await openTab(kv, hub).regions.init()
    const failing: KeyValueStore = {
      ...kv,
      transaction: () => Promise.reject(new Error('QuotaExceededError')),
    }
    const broken = openTab(failing, hub)
    await broken.regions.init()
    const before = broken.regions.region!.assessments.length
    const result = inTab(broken.pinia, () => broken.readiness.recordAssessment(draft('X'), 'nl'))
    expect(result.ok).toBe(true)
    if (result.ok) await expect(result.saved).rejects.toThrow('QuotaExceededError')
    expect(broken.regions.error).toMatch(/niet vastgelegd/)
    expect(broken.regions.region!.assessments).toHaveLength(before)
  })
})
