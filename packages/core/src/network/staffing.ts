import type { Tier } from '../guideline/schema.ts'
import type { StaffingNorms } from '../guideline/schema.ts'
import type { Staffing } from './schema.ts'

/** The hours a point must be staffed without outside help (the 72-hour norm for residents). */
export const STAFFING_TARGET_HOURS = 72

export interface ShiftNorm {
  /** People on duty at the same time (rounded up to whole people). */
  peopleOnDuty: number
  /** Longest shift, in hours. */
  maxShiftHours: number
}

/** The norm for a tier from the ruleset's staffing norms. */
export function shiftNormFor(norms: StaffingNorms, tier: Tier): ShiftNorm {
  return {
    peopleOnDuty: Math.ceil(norms.peopleOnDuty[tier].value),
    maxShiftHours: norms.maxShiftHours.value,
  }
}

/**
 * How many hours from the start of an outage (0 to 72) the staffing of one point can cover
 * without a gap. The day is cut into shifts of `maxShiftHours` from hour 0; every shift needs
 * `peopleOnDuty` people, none of whom worked a shift that started less than 24 hours earlier;
 * people with `availableWithinHours` h can take shifts that start at hour h or later. Shifts are
 * filled in order and coverage ends at the first shift that cannot be filled. People are
 * interchangeable, so filling each shift with any eligible people is optimal: the shift starting
 * at hour s·L can be filled exactly when the people available by then number at least
 * `peopleOnDuty × (min(s, k − 1) + 1)`, with k = ⌈24 / L⌉ the shifts in 24 hours.
 */
export function staffingHours(
  staffing: readonly Pick<Staffing, 'people' | 'availableWithinHours'>[],
  norm: ShiftNorm,
): number {
  const { peopleOnDuty: N, maxShiftHours: L } = norm
  if (!(L > 0) || !(N > 0)) return 0
  const perDay = Math.ceil(24 / L)
  for (let s = 0; s * L < STAFFING_TARGET_HOURS; s++) {
    const start = s * L
    let available = 0
    for (const entry of staffing)
      if ((entry.availableWithinHours ?? 0) <= start) available += entry.people
    if (available < N * (Math.min(s, perDay - 1) + 1)) return start
  }
  return STAFFING_TARGET_HOURS
}
