import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createInlineClient, type CoverageClient } from '#/workers/client.ts'
import type { WorkerRequest } from '#/workers/protocol.ts'
import { freshStores } from '#/test/helpers.ts'
import { setCoverageClientFactory, useCoverageStore } from './coverage.ts'
import { useReadinessStore } from './readiness.ts'
import { regionToJson, useRegionStore } from './regions.ts'

/** A small grid: a cell on every point of the region (covered by it when it counts), and one far away. */
function gridFor(
  points: Array<{ municipality: string; location: { lat: number; lon: number } }>,
): string {
  const rows = points.map(
    (p) => `${p.location.lat.toFixed(6)};${p.location.lon.toFixed(6)};100;${p.municipality}`,
  )
  return [
    'lat;lon;population;municipality',
    ...rows,
    `52.9;5.9;50;${points[0]!.municipality}`,
  ].join('\n')
}

async function setup() {
  freshStores()
  setCoverageClientFactory(createInlineClient)
  const regions = useRegionStore()
  await regions.init()
  const readiness = useReadinessStore()
  readiness.asOf = '2026-11-28'
  const coverage = useCoverageStore()
  const ok = await coverage.loadGrid('VR25', gridFor(regions.region!.points), 'file', 'test.csv')
  expect(ok).toBe(true)
  return { regions, readiness, coverage }
}

describe('coverage store', () => {
  it('computes coverage with core in the worker protocol, for the chosen points', async () => {
    const { regions, coverage } = await setup()
    coverage.include = 'active'
    await coverage.refresh()
    const active = regions.region!.points.filter((p) => p.status === 'active').length
    const total = regions.region!.points.length * 100 + 50
    expect(coverage.result?.total.population).toBe(total)
    // Every active point's own cell is covered; cells of planned or inactive points may be near one.
    expect(coverage.result!.total.covered).toBeGreaterThanOrEqual(active * 100)
    expect(coverage.result!.qualifying).toHaveLength(active)
    expect(coverage.uncoveredCells.some((c) => Math.abs(c.lat - 52.9) < 0.01)).toBe(true)
  })

  it('proposes new points from the planned ones, each with its gain', async () => {
    const { coverage } = await setup()
    coverage.include = 'active'
    await coverage.runSiting(2)
    const picks = coverage.siting!.picks
    expect(picks.length).toBeGreaterThan(0)
    expect(picks[0]!.gain).toBeGreaterThan(0)
    expect(coverage.proposals[0]).toMatchObject({ rank: 1, id: picks[0]!.site.id })
  })

  it('reports a broken grid file with its line', async () => {
    freshStores()
    setCoverageClientFactory(createInlineClient)
    const coverage = useCoverageStore()
    const ok = await coverage.loadGrid(
      'VR25',
      'lat;lon;population;municipality\n52.3;5.2;veel;GM0034\n',
      'file',
      'x.csv',
    )
    expect(ok).toBe(false)
    expect(coverage.gridIssues[0]?.line).toBe(2)
  })

  /** The Flevoland demo with its coverage computed: the demo grid, loaded by `activate`. */
  async function demoWithCoverage() {
    freshStores()
    setCoverageClientFactory(createInlineClient)
    const regions = useRegionStore()
    await regions.init()
    await regions.select('VR25')
    const coverage = useCoverageStore()
    await coverage.activate()
    return { regions, coverage }
  }

  it('gives a demo region the demo grid, also exported and imported back', async () => {
    const { regions, coverage } = await demoWithCoverage()
    expect(coverage.grid).toMatchObject({ source: 'demo', name: 'VR25 (demo)' })
    expect(coverage.result?.total.population).toBeGreaterThan(0)
    const back = await regions.importJson(regionToJson(regions.region!), 'nl')
    expect(back.ok && regions.origin).toBe('import')
    await coverage.activate()
    expect(coverage.grid?.source).toBe('demo')
  })

  it("never shows the synthetic demo grid for a region's own file with a demo region's code", async () => {
    const { regions, coverage } = await demoWithCoverage()
    expect(coverage.grid?.source).toBe('demo')
    const own = { ...regions.region!, region: { code: 'VR25', name: 'Veiligheidsregio Flevoland' } }
    expect((await regions.importJson(regionToJson(own), 'nl')).ok).toBe(true)
    await nextTick()
    await coverage.activate()
    expect(coverage.grid).toBeUndefined()
    expect(coverage.available).toBe(false)
    expect(coverage.result).toBeNull()
  })

  it('sends the worker points and municipalities, not the assessments', async () => {
    const sent: WorkerRequest[] = []
    freshStores()
    setCoverageClientFactory((): CoverageClient => {
      const inline = createInlineClient()
      return {
        request: (message) => {
          sent.push(message as WorkerRequest)
          return inline.request(message)
        },
        dispose: () => inline.dispose(),
      }
    })
    const regions = useRegionStore()
    await regions.init()
    expect(regions.region!.assessments.length).toBeGreaterThan(0)
    const coverage = useCoverageStore()
    await coverage.loadGrid('VR25', gridFor(regions.region!.points), 'file', 'test.csv')
    await coverage.refresh()
    await coverage.runSiting(1)
    const regionMessages = sent.filter(
      (m) => m.type === 'region-coverage' || m.type === 'region-siting',
    )
    expect(regionMessages.map((m) => m.type)).toEqual(['region-coverage', 'region-siting'])
    for (const m of regionMessages) {
      if (m.type !== 'region-coverage' && m.type !== 'region-siting') continue
      expect(Object.keys(m.region).sort()).toEqual(['municipalities', 'points'])
      expect(m.region.points).toHaveLength(regions.region!.points.length)
    }
  })

  it('drops proposals after an edit, and an answer that arrives after one', async () => {
    const { regions, readiness, coverage } = await setup()
    coverage.include = 'active'
    await coverage.runSiting(1)
    expect(coverage.proposals).toHaveLength(1)
    const point = regions.region!.points.find((p) => p.status === 'active')!
    const record = () =>
      readiness.recordAssessment(
        { point: point.id, requirement: 'info.board', date: '2026-11-27', result: 'not_met' },
        'nl',
      )
    expect(record().ok).toBe(true)
    await nextTick()
    expect(coverage.siting).toBeNull()
    // An edit while siting runs: the answer belongs to the points before it and is not shown.
    const running = coverage.runSiting(1)
    record()
    await nextTick()
    await running
    expect(coverage.siting).toBeNull()
    expect(coverage.sitingBusy).toBe(false)
  })
})
