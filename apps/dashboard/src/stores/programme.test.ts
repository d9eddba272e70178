import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { programmeHub, setProgrammeChannel } from '#/storage/programme-channel.ts'
import { createKeyValueRepository } from '#/storage/key-value-repository.ts'
import { setKeyValueStore, setRepository } from '#/storage/index.ts'
import { freshStores } from '#/test/helpers.ts'
import { useProgrammeStore } from './programme.ts'
import { useReadinessStore } from './readiness.ts'
import { useRegionStore } from './regions.ts'

async function openStores() {
  const programme = useProgrammeStore()
  await programme.init()
  useReadinessStore().asOf = '2026-11-28'
  return { programme, regions: useRegionStore() }
}

const firstManual = (p: ReturnType<typeof useProgrammeStore>) =>
  p.programme!.indicators.find((i) => i.kind === 'manual')!

describe('programme store', () => {
  beforeEach(() => setProgrammeChannel(programmeHub().connect()))

  it('loads the demo programme next to the demo regions and computes its progress', async () => {
    const { kv } = freshStores()
    const { programme } = await openStores()
    expect(programme.programme?.regions).toEqual(expect.arrayContaining(['VR25', 'VR14']))
    expect(programme.origin).toBe('demo')
    expect([...kv.data.keys()].filter((k) => k.startsWith('programme:'))).toHaveLength(1)
    // Both demo regions are in the browser, so the live indicators count both.
    expect(programme.missingRegions).toEqual([])
    const progress = programme.progress!
    expect(progress.asOf).toBe('2026-11-28')
    expect(progress.goals.length).toBe(programme.programme!.goals.length)
    for (const goal of progress.goals) {
      expect(['on_track', 'at_risk', 'behind']).toContain(goal.status)
      if (goal.status !== 'on_track') expect(goal.reasons.length).toBeGreaterThan(0)
    }
    // The demo regions' synthetic population grids are loaded for population coverage.
    const coverage = progress.goals
      .flatMap((g) => g.indicators)
      .filter((i) => i.measure === 'population-coverage')
    expect(coverage.length).toBeGreaterThan(0)
    for (const i of coverage) {
      expect(i.unavailable).toBeUndefined()
      expect(i.value).toBeGreaterThan(0)
    }
  })

  it('stores an action edit and a manual value durably: a new session reads them back', async () => {
    const { kv } = freshStores()
    const { programme } = await openStores()
    const action = programme.programme!.actions[0]!
    const edit = programme.updateAction(
      action.id,
      {
        status: 'stopped',
        reason: 'Geen budget',
        due: action.due,
        owner: action.owner,
        completedOn: '',
      },
      'nl',
    )
    expect(edit.ok).toBe(true)
    if (edit.ok) await edit.saved
    const indicator = firstManual(programme)
    const value = programme.putValue(
      indicator.id,
      { date: '2026-11-20', value: '61,5', note: '' },
      'nl',
    )
    expect(value.ok).toBe(true)
    if (value.ok) await value.saved

    // Another session on the same storage (a reload).
    setRepository(createKeyValueRepository(kv))
    setKeyValueStore(kv)
    setActivePinia(createPinia())
    const again = (await openStores()).programme
    const stored = again.programme!
    expect(stored.actions.find((a) => a.id === action.id)).toMatchObject({
      status: 'stopped',
      reason: 'Geen budget',
    })
    const values = stored.indicators.find((i) => i.id === indicator.id)
    expect(values?.kind === 'manual' && values.values).toContainEqual({
      date: '2026-11-20',
      value: 61.5,
    })
    // The progress sees the new value on the Peildatum.
    const p = again.progress!.goals.flatMap((g) => g.indicators).find((i) => i.id === indicator.id)
    expect(p?.value).toBe(61.5)
  })

  it('removes a manual value by its date, durably', async () => {
    const { kv } = freshStores()
    const { programme } = await openStores()
    const indicator = firstManual(programme)
    const date = indicator.kind === 'manual' ? indicator.values[0]!.date : ''
    await programme.removeValue(indicator.id, date)
    const stored = kv.data.get(`programme:${programme.programme!.id}`) as {
      programme: { indicators: Array<{ id: string; values?: Array<{ date: string }> }> }
    }
    const values = stored.programme.indicators.find((i) => i.id === indicator.id)!.values!
    expect(values.map((v) => v.date)).not.toContain(date)
    expect(values).toHaveLength(indicator.kind === 'manual' ? indicator.values.length - 1 : 0)
  })

  it('refuses a stopped action without a reason and stores nothing', async () => {
    const { kv } = freshStores()
    const { programme } = await openStores()
    const before = JSON.stringify([...kv.data.entries()])
    const action = programme.programme!.actions[0]!
    const edit = programme.updateAction(
      action.id,
      { status: 'stopped', reason: '', due: action.due, owner: action.owner, completedOn: '' },
      'nl',
    )
    expect(edit).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          path: 'reason',
          message: 'Geef kort aan waarom de actie is gestopt',
        }),
      ],
    })
    await programme.flushed()
    expect(JSON.stringify([...kv.data.entries()])).toBe(before)
  })

  it('keeps the edits of two tabs made at the same time', async () => {
    const { kv, pinia } = freshStores()
    const tabA = (await openStores()).programme
    // Tab B: its own Pinia on the same storage, hearing tab A over the channel hub.
    const hub = programmeHub()
    setProgrammeChannel(hub.connect())
    const pinia2 = createPinia()
    setActivePinia(pinia2)
    setRepository(createKeyValueRepository(kv))
    const tabB = (await openStores()).programme
    setActivePinia(pinia)
    const action = tabA.programme!.actions[0]!
    const a = tabA.updateAction(
      action.id,
      {
        status: action.status,
        reason: '',
        due: action.due,
        owner: 'Gemeente Zeewolde',
        completedOn: action.completedOn ?? '',
      },
      'nl',
    )
    const indicator = firstManual(tabB)
    const b = tabB.putValue(indicator.id, { date: '2026-11-21', value: '12', note: '' }, 'nl')
    if (a.ok) await a.saved
    if (b.ok) await b.saved
    await flushPromises()
    const stored = JSON.parse(JSON.stringify(kv.data.get(`programme:${tabA.programme!.id}`))) as {
      programme: {
        actions: Array<{ owner: string }>
        indicators: Array<{ id: string; values?: unknown[] }>
      }
    }
    expect(stored.programme.actions[0]!.owner).toBe('Gemeente Zeewolde')
    expect(stored.programme.indicators.find((i) => i.id === indicator.id)?.values).toContainEqual({
      date: '2026-11-21',
      value: 12,
    })
  })

  it('imports a programme file and says where a broken one is wrong, keeping the old one', async () => {
    freshStores()
    const { programme } = await openStores()
    const id = programme.programme!.id
    const broken = await programme.importJson('{"schemaVersion": 1, "id": "x"', 'nl')
    expect(broken.ok).toBe(false)
    expect(programme.programme!.id).toBe(id)
    const newer = await programme.importJson(
      JSON.stringify({ ...programme.programme, schemaVersion: 99 }),
      'nl',
    )
    expect(!newer.ok && newer.issues[0]!.message).toMatch(/Weerbaar/)
    const edited = { ...programme.programme!, name: 'Weerbaarheid en veerkracht 2027' }
    const ok = await programme.importJson(JSON.stringify(edited), 'nl')
    expect(ok.ok).toBe(true)
    expect(programme.programme!.name).toBe('Weerbaarheid en veerkracht 2027')
    expect(programme.origin).toBe('import')
    expect(programme.exportJson()).toContain('"Weerbaarheid en veerkracht 2027"')
  })

  it('keeps several programmes apart and reopens the one chosen last', async () => {
    const { kv } = freshStores()
    const { programme } = await openStores()
    const demoId = programme.programme!.id
    const other = { ...programme.programme!, id: 'ander-programma', name: 'Ander programma' }
    expect((await programme.importJson(JSON.stringify(other), 'nl')).ok).toBe(true)
    expect(programme.list.map((p) => p.id).sort()).toEqual(['ander-programma', demoId].sort())
    expect(programme.programme!.id).toBe('ander-programma')
    // A new session opens the one chosen last; choosing the demo again sticks too.
    setRepository(createKeyValueRepository(kv))
    setActivePinia(createPinia())
    const again = (await openStores()).programme
    expect(again.programme!.id).toBe('ander-programma')
    await again.select(demoId)
    expect(again.programme!.id).toBe(demoId)
    setActivePinia(createPinia())
    expect((await openStores()).programme.programme!.id).toBe(demoId)
  })

  it('renders the board report with the edits in it', async () => {
    freshStores()
    const { programme } = await openStores()
    const action = programme.programme!.actions[0]!
    const edit = programme.updateAction(
      action.id,
      {
        status: 'stopped',
        reason: 'Geen capaciteit bij de partner',
        due: action.due,
        owner: action.owner,
        completedOn: '',
      },
      'nl',
    )
    if (edit.ok) await edit.saved
    const md = programme.report('md')
    expect(md).toContain('Voortgangsrapportage')
    expect(md).toContain('Geen capaciteit bij de partner')
    expect(programme.report('html')).toMatch(/^<!doctype html>/i)
  })
})
