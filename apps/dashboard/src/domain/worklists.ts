import {
  expiringSoon,
  type CalendarDate,
  type ExpiringAssessment,
  type Outcome,
  type PointReadiness,
  type Region,
  type Ruleset,
} from '@weerbaar/core'
import { calendarDaysBetween } from '@weerbaar/core/internal'

/** The worklists, as named in the URL (`/werklijsten?lijst=eis&eis=power.backup`). */
export const WORKLISTS = ['eis', 'verloopt', 'nooit', 'acties'] as const
export type WorklistKind = (typeof WORKLISTS)[number]

export interface WorklistFilters {
  lijst: WorklistKind
  /** Requirement id, for `eis`. */
  eis: string
  /** Expiring before this day, for `verloopt`. */
  voor: CalendarDate
  /** Municipality code; '' for all. */
  gemeente: string
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v)

/** Filters from the URL's query, with defaults for what is missing or unreadable. */
export function filtersFromQuery(
  query: Record<string, unknown>,
  defaults: { voor: CalendarDate },
): WorklistFilters {
  const lijst = one(query.lijst)
  const eis = one(query.eis)
  const voor = one(query.voor)
  const gemeente = one(query.gemeente)
  return {
    lijst: (WORKLISTS as readonly unknown[]).includes(lijst) ? (lijst as WorklistKind) : 'eis',
    eis: typeof eis === 'string' ? eis : '',
    voor: typeof voor === 'string' && DATE.test(voor) ? voor : defaults.voor,
    gemeente: typeof gemeente === 'string' && /^GM\d{4}$/.test(gemeente) ? gemeente : '',
  }
}

/** The query that gives these filters: only what differs from empty, so URLs stay short. */
export function filtersToQuery(f: WorklistFilters): Record<string, string> {
  const q: Record<string, string> = { lijst: f.lijst }
  if (f.lijst === 'eis' && f.eis) q.eis = f.eis
  if (f.lijst === 'verloopt') q.voor = f.voor
  if (f.gemeente) q.gemeente = f.gemeente
  return q
}

/** Worst first: what blocks readiness most comes on top. */
const OUTCOME_ORDER: Record<Outcome, number> = {
  not_met: 0,
  expired: 1,
  unknown: 2,
  partial: 3,
  met: 4,
  not_applicable: 5,
}

export interface MissingRow {
  point: PointReadiness
  outcome: Outcome
  assessedOn: CalendarDate | null
}

/**
 * Active points where the requirement applies and is not met (not met, expired, never assessed
 * or partly met), worst first, then by name.
 */
export function pointsMissing(
  points: readonly PointReadiness[],
  requirement: string,
  municipality = '',
): MissingRow[] {
  const rows: MissingRow[] = []
  for (const point of points) {
    if (point.status !== 'active') continue
    if (municipality && point.municipality !== municipality) continue
    const r = point.requirements.find((x) => x.id === requirement)
    if (!r || r.outcome === 'met' || r.outcome === 'not_applicable') continue
    rows.push({ point, outcome: r.outcome, assessedOn: r.assessment?.date ?? null })
  }
  return rows.sort(
    (a, b) =>
      OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] ||
      a.point.name.localeCompare(b.point.name, 'nl'),
  )
}

/** Planned and active points without a single assessment, by name. */
export function pointsNeverAssessed(
  points: readonly PointReadiness[],
  assessments: Region['assessments'],
  municipality = '',
): PointReadiness[] {
  const assessed = new Set(assessments.map((a) => a.point))
  return points
    .filter(
      (p) =>
        p.status !== 'inactive' &&
        !assessed.has(p.id) &&
        (!municipality || p.municipality === municipality),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
}

/** Whole days from `from` to `to` (calendar dates, no time zone involved). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return calendarDaysBetween(from, to)
}

/** Assessments valid on `asOf` that are no longer valid on `before` (their last valid day is before it). */
export function expiringBefore(
  region: Region,
  rules: Ruleset,
  asOf: CalendarDate,
  before: CalendarDate,
  municipality = '',
): ExpiringAssessment[] {
  const days = daysBetween(asOf, before)
  if (days < 1) return []
  return expiringSoon(region, rules, { asOf, days }).filter(
    (e) => !municipality || e.municipality === municipality,
  )
}
