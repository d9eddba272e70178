import { describe, expect, it } from 'vitest'
import { GOLDEN_AS_OF, loadRegion, rulesetFor } from '../../test/fixtures/readiness/load.ts'
import {
  applicableRequirements,
  createContext,
  requirementApplies,
  scenarioTagsFor,
} from './context.ts'
import { POINT_KINDS, TIERS } from '../guideline/schema.ts'

const region = loadRegion()
const ruleset = rulesetFor(region)

describe('applicableRequirements', () => {
  it('gives every municipality, tier and kind its own list, cached or not', () => {
    const ctx = createContext(region, ruleset, { asOf: GOLDEN_AS_OF })
    const municipalities = region.municipalities.map((m) => m.code)
    // Twice over: the second round reads the cache the first round filled.
    for (let round = 0; round < 2; round++) {
      for (const municipality of municipalities)
        for (const tier of TIERS)
          for (const kind of POINT_KINDS) {
            const point = { municipality, tier, kind }
            const tags = scenarioTagsFor(ctx, municipality)
            const expected = ctx.requirements
              .filter((r) => requirementApplies(r, point, tags))
              .map((r) => r.index)
            expect(applicableRequirements(ctx, point)).toEqual(expected)
          }
    }
    // The fixture's scenarios make the lists differ between municipalities and between kinds.
    const lists = new Set(
      municipalities.flatMap((municipality) =>
        POINT_KINDS.map((kind) =>
          applicableRequirements(ctx, { municipality, tier: 'local', kind }).join(),
        ),
      ),
    )
    expect(lists.size).toBeGreaterThan(2)
  })
})
