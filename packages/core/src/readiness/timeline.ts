import type { Region } from '../region/schema.ts'
import {
  addCalendarDays,
  calendarDaysBetween,
  isCalendarDate,
  type CalendarDate,
} from '../shared/date.ts'
import { InvalidArgumentError } from '../shared/errors.ts'
import { computeReadiness } from './compute.ts'
import { createReadinessEngine } from './engine.ts'
import { expiryCutoff, validUntil } from './expiry.ts'
import type { Ruleset } from './ruleset.ts'
import type { MunicipalityReadiness, Outcome, ReadinessOptions, RegionSummary } from './types.ts'

export interface TimelineEntry {
  asOf: CalendarDate
  region: RegionSummary
  municipalities: MunicipalityReadiness[]
}

/**
 * Readiness of the region and its municipalities at each date, for trend charts (in the order
 * given). The assessments are indexed once and re-selected per date.
 */
export function readinessTimeline(
  region: Region,
  ruleset: Ruleset,
  dates: readonly CalendarDate[],
  options: Omit<ReadinessOptions, 'asOf'> = {},
): TimelineEntry[] {
  if (dates.length === 0) return []
  const engine = createReadinessEngine(region, ruleset, { ...options, asOf: dates[0]! })
  return dates.map((asOf, i) => {
    const report = i === 0 ? engine.result : engine.setAsOf(asOf)
    return { asOf, region: report.region, municipalities: report.municipalities }
  })
}

export interface ExpiringAssessment {
  point: string
  pointName: string
  municipality: string
  requirement: string
  title: string
  mandatory: boolean
  /** The outcome now; it becomes `expired` after `validUntil`. */
  outcome: Outcome
  assessedOn: CalendarDate
  /** The last day the assessment is valid. */
  validUntil: CalendarDate
  /** Days from `asOf` to the first day it is expired (1 = expires tomorrow). */
  daysLeft: number
}

export interface ExpiringOptions extends ReadinessOptions {
  /** The horizon: assessments still valid on `asOf` and expired on `asOf + days`. */
  days: number
}

/**
 * Assessments in use on `asOf` that expire within `days` days: still valid on `asOf`, expired
 * on `asOf + days`. Inactive points are left out. Ordered by `validUntil`, point, requirement.
 * The date comes in the options, as for `computeReadiness`:
 * `expiringSoon(region, ruleset, { asOf: '2026-11-01', days: 60 })`.
 */
export function expiringSoon(
  region: Region,
  ruleset: Ruleset,
  options: ExpiringOptions,
): ExpiringAssessment[]
/**
 * @deprecated Pass the date and the horizon as options, like `computeReadiness`:
 * `expiringSoon(region, ruleset, { asOf, days })`. This form stays until the next major release.
 */
export function expiringSoon(
  region: Region,
  ruleset: Ruleset,
  asOf: CalendarDate,
  days: number,
  options?: Omit<ReadinessOptions, 'asOf'>,
): ExpiringAssessment[]
export function expiringSoon(
  region: Region,
  ruleset: Ruleset,
  asOfOrOptions: CalendarDate | ExpiringOptions,
  positionalDays?: number,
  positionalOptions: Omit<ReadinessOptions, 'asOf'> = {},
): ExpiringAssessment[] {
  const { asOf, days, ...options } =
    typeof asOfOrOptions === 'object' && asOfOrOptions !== null
      ? asOfOrOptions
      : { ...positionalOptions, asOf: asOfOrOptions, days: positionalDays as number }
  if (!isCalendarDate(asOf))
    throw new InvalidArgumentError(
      `asOf is not a calendar date (YYYY-MM-DD): ${JSON.stringify(asOf)}`,
    )
  if (!Number.isInteger(days) || days < 0)
    throw new InvalidArgumentError(`days must be a non-negative integer: ${days}`)
  const report = computeReadiness(region, ruleset, { ...options, asOf })
  const byId = new Map(ruleset.requirements.map((r) => [r.id, r]))
  const horizon = addCalendarDays(asOf, days)
  // Expired on `horizon` exactly when dated before this; one per validity period.
  const cutoffs = new Map<number, CalendarDate>()
  const cutoffAt = (months: number) => {
    let cutoff = cutoffs.get(months)
    if (cutoff === undefined) {
      cutoff = expiryCutoff(months, { asOf: horizon })
      cutoffs.set(months, cutoff)
    }
    return cutoff
  }
  // Thousands of assessments share a few hundred dates: one date-fns computation per date and
  // validity period.
  const expiries = new Map<string, { until: CalendarDate; daysLeft: number }>()
  const expiryOf = (date: CalendarDate, months: number) => {
    const key = `${months} ${date}`
    let expiry = expiries.get(key)
    if (expiry === undefined) {
      const until = validUntil(date, months)
      expiry = { until, daysLeft: calendarDaysBetween(asOf, until) + 1 }
      expiries.set(key, expiry)
    }
    return expiry
  }
  const out: ExpiringAssessment[] = []
  for (const p of report.points) {
    if (p.status === 'inactive') continue
    for (const r of p.requirements) {
      const req = byId.get(r.id)!
      if (!r.assessment || req.validForMonths === undefined || r.outcome === 'expired') continue
      // A string comparison with the cut-off per validity (monotone, see `expiryCutoff`) before
      // any date-fns call: most assessments in use do not expire within the horizon.
      if (r.assessment.date >= cutoffAt(req.validForMonths)) continue
      const { until, daysLeft } = expiryOf(r.assessment.date, req.validForMonths)
      out.push({
        point: p.id,
        pointName: p.name,
        municipality: p.municipality,
        requirement: r.id,
        title: req.title,
        mandatory: r.mandatory,
        outcome: r.outcome,
        assessedOn: r.assessment.date,
        validUntil: until,
        daysLeft,
      })
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  return out.sort(
    (a, b) =>
      cmp(a.validUntil, b.validUntil) || cmp(a.point, b.point) || cmp(a.requirement, b.requirement),
  )
}
