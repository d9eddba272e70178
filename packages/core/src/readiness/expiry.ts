import { asOfFrom, type AsOfOptions } from '../shared/as-of.ts'
import { addCalendarDays, addCalendarMonths, type CalendarDate } from '../shared/date.ts'

/**
 * The last day on which an assessment dated `date` is still valid:
 * `addMonths(date, validForMonths)`. On the next day its outcome is `expired`.
 */
export function validUntil(date: CalendarDate, validForMonths: number): CalendarDate {
  return addCalendarMonths(date, validForMonths)
}

/**
 * Whether an assessment dated `date` has expired on `asOf`: `asOf` is after
 * `addMonths(date, months)`. `isExpired('2025-09-14', 12, { asOf: '2026-09-15' })` is true.
 */
export function isExpired(date: CalendarDate, validForMonths: number, options: AsOfOptions): boolean
/** @deprecated Pass the date as options: `isExpired(date, months, { asOf })`. Removed in 0.3. */
export function isExpired(date: CalendarDate, validForMonths: number, asOf: CalendarDate): boolean
export function isExpired(
  date: CalendarDate,
  validForMonths: number,
  asOfOrOptions: CalendarDate | AsOfOptions,
): boolean {
  return validUntil(date, validForMonths) < asOfFrom(asOfOrOptions)
}

/**
 * The earliest assessment date that is still valid on `asOf`: an assessment is expired exactly
 * when its date sorts before this cut-off. `addMonths` is monotone in the date (the day is
 * clamped to the month's end), so the expired dates form a prefix and one string comparison
 * per assessment replaces a month addition.
 */
export function expiryCutoff(validForMonths: number, options: AsOfOptions): CalendarDate
/** @deprecated Pass the date as options: `expiryCutoff(months, { asOf })`. Removed in 0.3. */
export function expiryCutoff(asOf: CalendarDate, validForMonths: number): CalendarDate
export function expiryCutoff(
  first: number | CalendarDate,
  second: AsOfOptions | number,
): CalendarDate {
  const [asOf, validForMonths] =
    typeof first === 'string' ? [first, second as number] : [(second as AsOfOptions).asOf, first]
  let date = addCalendarMonths(asOf, -validForMonths)
  // Clamping makes several dates map to one month end; walk to the first date that stays valid.
  while (!isExpired(addCalendarDays(date, -1), validForMonths, { asOf }))
    date = addCalendarDays(date, -1)
  while (isExpired(date, validForMonths, { asOf })) date = addCalendarDays(date, 1)
  return date
}
