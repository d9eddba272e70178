import { describe, expect, it } from 'vitest'
import nrbJson from '../../../guidelines/data/risk/nrb-2026.1.json' with { type: 'json' }
import { GOLDEN_AS_OF, loadRegion, rulesetFor } from '../../test/fixtures/readiness/load.ts'
import { scenarioReadiness } from '../readiness/scenario.ts'
import { RiskMethodSchema } from './method.ts'
import { riskPriority, riskReadiness } from './readiness.ts'

const method = RiskMethodSchema.parse(nrbJson)
const region = loadRegion()
const ruleset = rulesetFor(region)

describe('riskReadiness', () => {
  const result = riskReadiness(region, ruleset, method, { asOf: GOLDEN_AS_OF })

  it('gives every scenario, in risk order, the readiness of the network under it', () => {
    expect(result.asOf).toBe(GOLDEN_AS_OF)
    expect(result.scenarios.map((s) => [s.risk.rank, s.risk.id])).toEqual([
      [1, 'langdurige-stroomuitval'],
      [2, 'overstroming-ijsselmeer'],
    ])
    const byId = new Map(
      scenarioReadiness(region, ruleset, { asOf: GOLDEN_AS_OF }).map((r) => [r.scenario.id, r]),
    )
    for (const s of result.scenarios) expect(s.readiness).toEqual(byId.get(s.risk.id))
  })

  it('says it in one Dutch sentence per scenario', () => {
    expect(result.scenarios.map((s) => s.sentence)).toEqual([
      // Only 5.1 scored D: (27 / 10) = 2.7 lies between B (3) and the A–B boundary √3.
      '1. Langdurige stroomuitval (aanzienlijk, mogelijk): 1 van 5 actieve punten gereed (nodig: 10)',
      '2. Overstroming vanuit het IJsselmeer (beperkt, onwaarschijnlijk): 0 van 2 actieve punten gereed (nodig: 5)',
    ])
  })

  it('puts priority on risks that rank high and find the network unprepared', () => {
    for (const s of result.scenarios) {
      expect(s.priority).toBeCloseTo(
        riskPriority(s.risk.riskPosition, s.readiness.networkCompleteness),
        12,
      )
    }
    expect(riskPriority(9, 0)).toBe(1)
    expect(riskPriority(9, 100)).toBe(0)
    expect(riskPriority(0, 0)).toBe(0)
    expect(riskPriority(6, 50)).toBeCloseTo(1 / 3, 12)
    expect(riskPriority(6, 20)).toBeGreaterThan(riskPriority(6, 50))
    expect(riskPriority(7, 50)).toBeGreaterThan(riskPriority(6, 50))
  })

  it('is empty without a risk profile', () => {
    expect(
      riskReadiness({ ...region, riskProfile: undefined }, ruleset, method, { asOf: GOLDEN_AS_OF }),
    ).toEqual({
      asOf: GOLDEN_AS_OF,
      analysis: null,
      scenarios: [],
    })
  })
})
