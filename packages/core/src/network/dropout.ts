import type { Region } from '../region/schema.ts'
import { computeReadiness } from '../readiness/compute.ts'
import type { Ruleset } from '../readiness/ruleset.ts'
import type { CalendarDate } from '../shared/date.ts'
import { analyzePoints, withoutPartner } from './analyze.ts'
import { STAFFING_TARGET_HOURS } from './staffing.ts'

export interface NetworkState {
  activePoints: number
  readyPoints: number
  /** Active points staffed for 72 hours. */
  staffedPoints: number
  /**
   * Residents with a ready point within reach, from `residentsWithinReach`; null when no
   * population grid was given.
   */
  residentsWithinReach: number | null
}

export interface DropOutPoint {
  id: string
  /** Readiness level before and after. */
  levelBefore: string
  levelAfter: string
  staffingHoursBefore: number
  staffingHoursAfter: number
  /** Provisions the point loses. */
  lost: string[]
}

export interface DropOutResult {
  partner: string
  asOf: CalendarDate
  before: NetworkState
  after: NetworkState
  /** The points that change in any way, in file order. */
  points: DropOutPoint[]
}

export interface DropOutOptions {
  asOf: CalendarDate
  /**
   * Residents within reach of the given ready points (for example `regionCoverage(…).total.covered`
   * over a population grid); without it residents are not counted.
   */
  residentsWithinReach?: (readyPointIds: ReadonlySet<string>) => number
}

function state(
  region: Region,
  ruleset: Ruleset,
  options: DropOutOptions,
): { state: NetworkState; levels: Map<string, string>; points: ReturnType<typeof analyzePoints> } {
  const readiness = computeReadiness(region, ruleset, { asOf: options.asOf })
  const points = analyzePoints(region, ruleset, { asOf: options.asOf })
  const ready = new Set(readiness.points.filter((p) => p.level === 'ready').map((p) => p.id))
  return {
    state: {
      activePoints: readiness.region.activePoints,
      readyPoints: readiness.region.readyPoints,
      staffedPoints: points.filter(
        (p) => p.status === 'active' && p.staffingHours >= STAFFING_TARGET_HOURS,
      ).length,
      residentsWithinReach: options.residentsWithinReach
        ? options.residentsWithinReach(ready)
        : null,
    },
    levels: new Map(readiness.points.map((p) => [p.id, p.level])),
    points,
  }
}

/**
 * "What if partner X drops out": readiness (with agreements as evidence), staffing and, given a
 * way to count them, residents within reach of a ready point, recomputed without the partner's
 * agreements and staffing, before and after.
 */
export function simulateDropOut(
  region: Region,
  ruleset: Ruleset,
  partner: string,
  options: DropOutOptions,
): DropOutResult {
  const without = withoutPartner(region, partner)
  const before = state(region, ruleset, options)
  const after = state(without, ruleset, options)
  const points: DropOutPoint[] = []
  before.points.forEach((p, i) => {
    const q = after.points[i]!
    const lost = p.provisions.filter((x) => !q.provisions.includes(x))
    const levelBefore = before.levels.get(p.id)!
    const levelAfter = after.levels.get(p.id)!
    if (lost.length > 0 || levelBefore !== levelAfter || p.staffingHours !== q.staffingHours)
      points.push({
        id: p.id,
        levelBefore,
        levelAfter,
        staffingHoursBefore: p.staffingHours,
        staffingHoursAfter: q.staffingHours,
        lost,
      })
  })
  return { partner, asOf: options.asOf, before: before.state, after: after.state, points }
}
