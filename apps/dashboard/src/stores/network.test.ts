import { describe, expect, it } from 'vitest'
import { withPartner, withStaffing } from '#/domain/network-form.ts'
import { useRepository } from '#/storage/index.ts'
import { freshStores } from '#/test/helpers.ts'
import { createInlineClient } from '#/workers/client.ts'
import { setCoverageClientFactory, useCoverageStore } from './coverage.ts'
import { useNetworkStore } from './network.ts'
import { useReadinessStore } from './readiness.ts'
import { useRegionStore } from './regions.ts'

async function setup() {
  freshStores()
  setCoverageClientFactory(createInlineClient)
  const regions = useRegionStore()
  await regions.init()
  const readiness = useReadinessStore()
  readiness.asOf = '2026-11-28'
  const coverage = useCoverageStore()
  // A cell of 100 residents on every point.
  const grid = [
    'lat;lon;population;municipality',
    ...regions.region!.points.map(
      (p) => `${p.location.lat.toFixed(6)};${p.location.lon.toFixed(6)};100;${p.municipality}`,
    ),
  ].join('\n')
  expect(await coverage.loadGrid('VR25', grid, 'file', 'test.csv')).toBe(true)
  return { regions, readiness, coverage, network: useNetworkStore() }
}

describe('network store', () => {
  it('flags the fuel supplier behind most generators as a single point of failure', async () => {
    const { network } = await setup()
    const fuel = network.analysis!.singlePointsOfFailure.find(
      (s) => s.partner === 'brandstof-flevoland',
    )
    expect(fuel?.provides).toBe('fuel')
    expect(fuel!.share).toBeGreaterThan(network.analysis!.spofThreshold)
  })

  it('simulates a drop-out with residents counted as the coverage view counts them', async () => {
    const { network, coverage } = await setup()
    await network.simulate('brandweer')
    const s = network.simulation!
    expect(s.counting).toBe(false)
    expect(s.after.staffedPoints).toBeLessThan(s.before.staffedPoints)
    coverage.include = 'ready'
    await coverage.refresh()
    expect(s.before.residentsWithinReach).toBe(coverage.result!.total.covered)
    expect(s.after.residentsWithinReach).not.toBeNull()
    expect(s.after.residentsWithinReach!).toBeLessThanOrEqual(s.before.residentsWithinReach!)
  })

  it('stores an edit of the network as operations: it is in the stored region', async () => {
    const { regions, network } = await setup()
    const region = withPartner(regions.region!, { id: 'buurt', name: 'Buurt', kind: 'volunteers' })
    await network.save(region)
    await network.save(
      withStaffing(regions.region!, {
        point: 'kazerne-urk',
        partner: 'buurt',
        role: 'gastheer',
        people: 3,
      }),
    )
    const stored = await useRepository().load('VR25')
    expect(stored!.region.partners!.some((p) => p.id === 'buurt')).toBe(true)
    expect(stored!.region.staffing!.at(-1)).toEqual({
      point: 'kazerne-urk',
      partner: 'buurt',
      role: 'gastheer',
      people: 3,
    })
    expect(network.pointsById.get('kazerne-urk')!.partners).toContain('buurt')
  })
})
