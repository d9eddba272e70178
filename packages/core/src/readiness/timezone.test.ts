import { afterAll, describe, expect, it } from 'vitest'
import { GOLDEN_AS_OF, loadRegion, rulesetFor } from '../../test/fixtures/readiness/load.ts'
import { computeReadiness } from './compute.ts'
import { expiringSoon, readinessTimeline } from './timeline.ts'

const original = process.env.TZ
afterAll(() => {
  if (original === undefined) delete process.env.TZ
  else process.env.TZ = original
})

describe('time zones', () => {
  it('gives identical results in every time zone', () => {
    const region = loadRegion()
    const ruleset = rulesetFor(region)
    const run = () =>
      JSON.stringify([
        computeReadiness(region, ruleset, { asOf: GOLDEN_AS_OF }),
        computeReadiness(region, ruleset, { asOf: '2026-09-01' }),
        readinessTimeline(region, ruleset, ['2026-01-31', '2026-02-28', '2026-03-29']),
        expiringSoon(region, ruleset, '2026-06-30', 120),
      ])
    const results = new Map<string, string>()
    for (const tz of [
      'UTC',
      'Pacific/Auckland',
      'America/Los_Angeles',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'America/Adak',
      'Europe/Amsterdam',
    ]) {
      process.env.TZ = tz
      results.set(tz, run())
    }
    expect(new Set(results.values()).size).toBe(1)
  })
})
