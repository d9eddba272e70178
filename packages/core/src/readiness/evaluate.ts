import type { Assessment } from '../region/schema.ts'
import type { CompiledRequirement } from './context.ts'
import type { Outcome, RequirementReadiness } from './types.ts'

/** One object shape for every result keeps property access monomorphic in the hot loops. */
function result(
  c: CompiledRequirement,
  outcome: Outcome,
  fraction: number | null,
  assessment: Assessment | undefined,
  rejectedNotApplicable = false,
): RequirementReadiness {
  return {
    id: c.id,
    outcome,
    fraction,
    weight: c.weight,
    mandatory: c.mandatory,
    assessment: assessment ?? null,
    rejectedNotApplicable,
  }
}

/**
 * The outcome and fraction of one requirement given the assessment used (see the readiness
 * reference): none → unknown; too old → expired; `not_applicable` → left out when allowed,
 * else unknown; a minimum check with a value → by the value; otherwise by the result.
 */
export function evaluateRequirement(
  c: CompiledRequirement,
  a: Assessment | undefined,
): RequirementReadiness {
  if (a === undefined) return result(c, 'unknown', 0, a)
  if (c.validFrom !== undefined && a.date < c.validFrom) return result(c, 'expired', 0, a)
  if (a.result === 'not_applicable') {
    return c.allowNotApplicable
      ? result(c, 'not_applicable', null, a)
      : result(c, 'unknown', 0, a, true)
  }
  if (c.min !== undefined && a.value !== undefined) {
    const v = a.value
    if (v >= c.min) return result(c, 'met', 1, a)
    if (v > 0) return result(c, 'partial', v / c.min, a)
    return result(c, 'not_met', 0, a)
  }
  switch (a.result) {
    case 'met':
      return result(c, 'met', 1, a)
    case 'partial':
      return result(c, 'partial', 0.5, a)
    case 'not_met':
      return result(c, 'not_met', 0, a)
    default:
      // Only a value, on a requirement without a minimum check: nothing to judge it by.
      return result(c, 'unknown', 0, a)
  }
}
