import { toEpochDay, type CalendarDate } from '../shared/date.ts'
import type { DatedValue, IndicatorDirection } from './schema.ts'
import type { GoalStatus, StatusReason } from './types.ts'

/**
 * The status rule (docs/guide/programme.md, "How a goal's status is decided"). A goal is
 *
 * - **behind** when an indicator's target date has passed without the target reached, an
 *   indicator lags its trajectory by more than `FAR_OFF_TRAJECTORY` of the planned change, or an
 *   action is more than `LONG_OVERDUE_DAYS` days past its due date;
 * - **at risk**, if not behind, when an indicator lags its trajectory at all, an indicator has
 *   no value on the date, an action is past its due date, an action has not started although
 *   its start date has passed, or a decision the goal needs is past its date;
 * - **on track** otherwise.
 *
 * Indicators are judged from their baseline date on; before it they count for nothing.
 */
export const FAR_OFF_TRAJECTORY = 0.25
export const LONG_OVERDUE_DAYS = 30

/** Relative tolerance for comparing computed figures (a share is a division). */
const EPSILON = 1e-9

/**
 * Where the linear trajectory from baseline to target is on `date`: the baseline value up to
 * the baseline date, the target value from the target date on, linear by calendar day between.
 */
export function expectedValue(
  baseline: DatedValue,
  target: DatedValue,
  date: CalendarDate,
): number {
  if (date <= baseline.date) return baseline.value
  if (date >= target.date) return target.value
  const from = toEpochDay(baseline.date)
  const span = toEpochDay(target.date) - from
  const elapsed = toEpochDay(date) - from
  return baseline.value + ((target.value - baseline.value) * elapsed) / span
}

function tolerance(a: number, b: number): number {
  return EPSILON * Math.max(1, Math.abs(a), Math.abs(b))
}

/**
 * How far `value` lags `expected`, as a share of the planned change |target − baseline|; 0 when
 * on or ahead of the trajectory. With no planned change (target = baseline), any lag is 1.
 */
export function shortfallOf(
  value: number,
  expected: number,
  direction: IndicatorDirection,
  baseline: number,
  target: number,
): number {
  const lag = direction === 'increase' ? expected - value : value - expected
  if (lag <= tolerance(value, expected)) return 0
  const planned = Math.abs(target - baseline)
  return planned === 0 ? 1 : lag / planned
}

export function isTargetReached(value: number, target: number, direction: IndicatorDirection) {
  return direction === 'increase'
    ? value >= target - tolerance(value, target)
    : value <= target + tolerance(value, target)
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from)
}

/** The worst status the reasons lead to; on track without reasons. */
export function statusFromReasons(reasons: readonly Pick<StatusReason, 'status'>[]): GoalStatus {
  if (reasons.some((r) => r.status === 'behind')) return 'behind'
  if (reasons.length > 0) return 'at_risk'
  return 'on_track'
}
