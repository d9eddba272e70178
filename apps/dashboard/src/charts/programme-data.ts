/**
 * Chart data for the programme's indicators: pure functions, tested without a DOM. The x-axis
 * is linear in days (measurements are irregular: a category axis would space them evenly and
 * bend the trajectory), labelled with calendar dates.
 */
import { expectedValue } from '@weerbaar/core'
import { fromEpochDay, parseCalendarDate, toEpochDay } from '@weerbaar/core/internal'
import type { ChartData } from 'chart.js'
import type { ChartWithTable } from './data.ts'

/** Days since 1970-01-01 of a calendar date, the same in every time zone. */
export function dayNumber(date: string): number {
  if (!parseCalendarDate(date)) throw new Error(`not a calendar date: ${date}`)
  return toEpochDay(date)
}

/** The calendar date of a day number (inverse of `dayNumber`). */
export function dateOfDay(day: number): string {
  return fromEpochDay(Math.round(day))
}

export interface TrajectoryInput {
  baseline: { date: string; value: number }
  target: { date: string; value: number }
}

const round1 = (n: number) => Math.round(n * 10) / 10

export const TREND_COLOR = '#1f4e79'
export const TRAJECTORY_COLOR = '#5a5a5a'

/**
 * An indicator's measured values and its trajectory (baseline → target) as two line series,
 * and the table that says the same: per date the value measured (— where none) and the
 * trajectory's value.
 */
export function indicatorTrendData(
  indicator: TrajectoryInput,
  trend: ReadonlyArray<{ date: string; value: number | null }>,
  labels: { value: string; trajectory: string; date: (d: string) => string; column: string },
): ChartWithTable<'line'> {
  const measured = trend
    .filter((p): p is { date: string; value: number } => p.value !== null)
    .slice()
    .sort((a, b) => a.date.localeCompare(b.date))
  const data: ChartData<'line'> = {
    datasets: [
      {
        label: labels.value,
        data: measured.map((p) => ({ x: dayNumber(p.date), y: p.value })),
        borderColor: TREND_COLOR,
        backgroundColor: TREND_COLOR,
        pointStyle: 'circle',
        pointRadius: 4,
        borderWidth: 2,
      },
      {
        label: labels.trajectory,
        data: [
          { x: dayNumber(indicator.baseline.date), y: indicator.baseline.value },
          { x: dayNumber(indicator.target.date), y: indicator.target.value },
        ],
        borderColor: TRAJECTORY_COLOR,
        backgroundColor: TRAJECTORY_COLOR,
        borderDash: [6, 4],
        pointStyle: 'rectRot',
        pointRadius: 4,
        borderWidth: 2,
      },
    ],
  }
  const values = new Map(measured.map((p) => [p.date, p.value]))
  const dates = [
    ...new Set([indicator.baseline.date, ...measured.map((p) => p.date), indicator.target.date]),
  ].sort()
  return {
    data,
    table: {
      columns: [labels.column, labels.value, labels.trajectory],
      rows: dates.map((d) => [
        labels.date(d),
        values.get(d) ?? null,
        round1(expectedValue(indicator.baseline, indicator.target, d)),
      ]),
    },
  }
}
