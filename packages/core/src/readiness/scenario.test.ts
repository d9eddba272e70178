import { describe, expect, it } from 'vitest'
import { GOLDEN_AS_OF, loadRegion, rulesetFor } from '../../test/fixtures/readiness/load.ts'
import { computeReadiness } from './compute.ts'
import { scenarioReadiness } from './scenario.ts'

const region = loadRegion()
const ruleset = rulesetFor(region)

describe('scenarioReadiness', () => {
  const [flood, power] = scenarioReadiness(region, ruleset, { asOf: GOLDEN_AS_OF })

  it('covers only the municipalities a scenario concerns', () => {
    expect(flood).toMatchObject({
      scenario: { id: 'overstroming-ijsselmeer', tags: ['flood'] },
      municipalities: ['GM0184'],
      requiredPoints: 5,
      activePoints: 2,
      readyPoints: 0,
      sentence: 'Overstroming vanuit het IJsselmeer: 0 van 2 actieve punten gereed (nodig: 5)',
    })
    expect(power).toMatchObject({
      municipalities: ['GM0184', 'GM0050'],
      requiredPoints: 10,
      activePoints: 5,
    })
  })

  it("counts untagged requirements and only the scenario's tagged ones", () => {
    // Under the power outage the flood requirement does not count: the Urk community centre
    // is no longer blocked by it, only unknown (expired power).
    expect(power!.levels).toEqual({ ready: 1, not_ready: 1, unknown: 3 })
    const full = computeReadiness(region, ruleset, { asOf: GOLDEN_AS_OF })
    expect(full.region.levels).toEqual({ ready: 1, not_ready: 2, unknown: 2 })
    // The same figures as a report restricted to the scenario.
    const restricted = computeReadiness(region, ruleset, {
      asOf: GOLDEN_AS_OF,
      scenario: 'langdurige-stroomuitval',
    })
    expect(power!.levels).toEqual(restricted.region.levels)
    expect(power!.meanScore).toBe(restricted.region.meanScore)
  })

  it('is empty without a risk profile', () => {
    expect(
      scenarioReadiness({ ...region, riskProfile: undefined }, ruleset, { asOf: GOLDEN_AS_OF }),
    ).toEqual([])
  })
})
