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
 * How many hours (0 to 72) the staffing of one point can cover without a gap, counted from the
 * moment the point opens. The time is cut into shifts of `maxShiftHours`; every shift needs
 * `peopleOnDuty` people, none of whom worked a shift that started less than 24 hours earlier.
 * People with `availableWithinHours` h are there from hour h of the outage. The point opens at
 * hour 0 or when one of the groups arrives, whichever gives the longest run (so more people
 * never give fewer hours). Shifts are filled in order and the run ends at the first shift that
 * cannot be filled. People are interchangeable, so filling each shift with any eligible people
 * is optimal: the shift starting at t0 + s·L can be filled exactly when the people there by then
 * number at least `peopleOnDuty × (min(s, k − 1) + 1)`, with k = ⌈24 / L⌉ shifts in 24 hours.
 */
export function staffingHours(
  staffing: readonly Pick<Staffing, 'people' | 'availableWithinHours'>[],
  norm: ShiftNorm,
): number {
  const { peopleOnDuty: N, maxShiftHours: L } = norm
  if (!(L > 0) || !(N > 0)) return 0
  const perDay = Math.ceil(24 / L)
  const arrivals = new Set<number>([0])
  for (const entry of staffing) arrivals.add(entry.availableWithinHours ?? 0)
  const availableAt = (t: number) => {
    let available = 0
    for (const entry of staffing)
      if ((entry.availableWithinHours ?? 0) <= t) available += entry.people
    return available
  }
  let best = 0
  for (const opening of arrivals) {
    let hours = STAFFING_TARGET_HOURS
    for (let s = 0; s * L < STAFFING_TARGET_HOURS; s++) {
      if (availableAt(opening + s * L) < N * (Math.min(s, perDay - 1) + 1)) {
        hours = s * L
        break
      }
    }
    if (hours > best) best = hours
    if (best === STAFFING_TARGET_HOURS) break
  }
  return best
}
