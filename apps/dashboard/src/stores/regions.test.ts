import { describe, expect, it, vi } from 'vitest'
import { freshStores } from '#/test/helpers.ts'
import { useReadinessStore } from './readiness.ts'
import { regionToJson, useRegionStore } from './regions.ts'

describe('region store', () => {
  it('seeds both demo regions on first use and opens Flevoland', async () => {
    const { kv } = freshStores()
    const store = useRegionStore()
    await store.init()
    expect(store.list.map((r) => r.code)).toEqual(['VR25', 'VR14'])
    expect(store.activeCode).toBe('VR25')
    expect(store.region?.points.length).toBeGreaterThan(50)
    expect([...kv.data.keys()].sort()).toEqual(['region:VR14', 'region:VR25'])
  })

  it('switches regions and remembers the choice', async () => {
    freshStores()
    const store = useRegionStore()
    await store.init()
    await store.select('VR14')
    expect(store.region?.region.code).toBe('VR14')
    expect(localStorage.getItem('weerbaar.region')).toBe('VR14')
    localStorage.removeItem('weerbaar.region')
  })

  it('rejects a broken region file with Dutch, located problems, and keeps the data', async () => {
    freshStores()
    const store = useRegionStore()
    await store.init()
    const before = store.region
    const json = regionToJson(store.region!).replace('"population": 226000', '"population": "veel"')
    const result = await store.importJson(json, 'nl')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      const issue = result.issues.find((i) => i.path === 'municipalities[0].population')
      expect(issue?.message).toMatch(/getal|number/i)
      expect(issue?.line).toBeGreaterThan(1)
    }
    expect(store.region).toBe(before)
  })

  it('imports an assessments CSV into the active region, or names the broken line', async () => {
    const { kv } = freshStores()
    const store = useRegionStore()
    await store.init()
    const header = 'point;requirement;date;result;value;note;assessor'
    const bad = `${header}\nkazerne-almere-stad;info.board;2026-03-01;met;;;\nkazerne-almere-stad;info.board;2026-02-30;met;;;\n`
    const failed = await store.importCsv({ assessments: bad }, 'nl')
    expect(failed.ok).toBe(false)
    if (!failed.ok) expect(failed.issues.some((i) => i.line === 3)).toBe(true)

    const good = `${header}\nkazerne-almere-stad;info.board;2026-03-01;met;;Nieuw bord;Test\n`
    const ok = await store.importCsv({ assessments: good }, 'nl')
    expect(ok.ok).toBe(true)
    expect(store.region?.assessments).toHaveLength(1)
    await store.flushed()
    expect(
      (kv.data.get('region:VR25') as { region: { assessments: unknown[] } }).region.assessments,
    ).toHaveLength(1)
  })

  it('resets the demo regions to what was shipped', async () => {
    freshStores()
    const store = useRegionStore()
    await store.init()
    const shipped = store.region!.assessments.length
    await store.update({ ...store.region!, assessments: [] })
    expect(store.region!.assessments).toHaveLength(0)
    await store.resetDemo()
    expect(store.region!.assessments).toHaveLength(shipped)
  })

  it('keeps an imported region with a demo region code when the demo is reset', async () => {
    freshStores()
    const store = useRegionStore()
    await store.init()
    const own = { ...store.region!, region: { code: 'VR25', name: 'Veiligheidsregio Flevoland' } }
    const imported = await store.importJson(regionToJson(own), 'nl')
    expect(imported.ok).toBe(true)
    expect(store.origin).toBe('import')
    await store.resetDemo()
    await store.select('VR25')
    expect(store.region?.region.name).toBe('Veiligheidsregio Flevoland')
    expect(store.origin).toBe('import')
  })

  it('seeds the demo as if it were made today: opened in June 2027 it still has ready points', async () => {
    vi.setSystemTime(new Date(2027, 5, 1, 12))
    try {
      freshStores()
      const store = useRegionStore()
      await store.init()
      const readiness = useReadinessStore()
      expect(readiness.asOf).toBe('2027-06-01')
      expect(readiness.report!.region.readyPoints).toBeGreaterThan(0)
      const latest = store
        .region!.assessments.map((a) => a.date)
        .sort()
        .at(-1)!
      expect(latest < '2027-06-01' && latest >= '2027-05-01').toBe(true)
    } finally {
      vi.setSystemTime(new Date(2026, 10, 28, 12))
    }
  })
})
