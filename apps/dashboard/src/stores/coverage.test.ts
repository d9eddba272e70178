import { describe, expect, it } from 'vitest'
import { createInlineClient } from '#/workers/client.ts'
import { freshStores } from '#/test/helpers.ts'
import { setCoverageClientFactory, useCoverageStore } from './coverage.ts'
import { useReadinessStore } from './readiness.ts'
import { useRegionStore } from './regions.ts'

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
})
