import {
  guidelineImpact,
  type GuidelineImpact,
  type ReadinessOptions,
  type Region,
} from '@weerbaar/core'
import { resolveRuleset } from './editions.ts'

/**
 * What moving `region` from the edition it names to `version` of the same guideline would do
 * (`weerbaar guideline impact <region> --to <version>`): `guidelineImpact` with both rulesets
 * resolved, each with the region's supplement and norms.
 */
export function guidelineImpactTo(
  region: Region,
  version: string,
  options: ReadinessOptions,
): GuidelineImpact {
  return guidelineImpact(
    region,
    resolveRuleset(region),
    resolveRuleset(region, { version }),
    options,
  )
}
