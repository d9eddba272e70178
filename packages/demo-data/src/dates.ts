import { type CalendarDate } from '@weerbaar/core'
import { addCalendarDays, toEpochDay } from '@weerbaar/core/internal'

/**
 * The date the demo data describes: every demo assessment is from before it
 * (`scripts/generate-regions.ts` generates them so).
 */
export const DEMO_DATA_DATE: CalendarDate = '2026-11-01'

/**
 * A demo region file as if it had been made on `today`: every assessment date (and every
 * agreement's `signed` and `validUntil`) moves forward by
 * the days from `DEMO_DATA_DATE` to `today`, never backward. The demo is fictitious; without
 * this, a demo opened in mid-2027 shows every assessment expired and no point ready. Only the
 * dashboard does this; the files, the CLI examples and the tests use the dates as written.
 */
export function shiftDemoDates<
  T extends {
    assessments?: readonly { date: string }[]
    agreements?: readonly { signed?: string; validUntil?: string }[]
  },
>(data: T, today: CalendarDate): T {
  const days = toEpochDay(today) - toEpochDay(DEMO_DATA_DATE)
  if (days <= 0 || (!data.assessments && !data.agreements)) return data
  const shift = (date: string | undefined) =>
    date === undefined ? undefined : addCalendarDays(date, days)
  return {
    ...data,
    ...(data.assessments
      ? {
          assessments: data.assessments.map((a) => ({ ...a, date: addCalendarDays(a.date, days) })),
        }
      : {}),
    // Agreements move with them, so "ending within 90 days" stays what the demo shows.
    ...(data.agreements
      ? {
          agreements: data.agreements.map((a) => ({
            ...a,
            ...(a.signed !== undefined ? { signed: shift(a.signed) } : {}),
            ...(a.validUntil !== undefined ? { validUntil: shift(a.validUntil) } : {}),
          })),
        }
      : {}),
  }
}
