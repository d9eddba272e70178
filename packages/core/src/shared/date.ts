import { UTCDate } from '@date-fns/utc'
import { addDays, addMonths, differenceInCalendarDays, getDaysInMonth, lightFormat } from 'date-fns'

/**
 * Calendar dates (`YYYY-MM-DD`) as used in region files. The arithmetic is date-fns on
 * `UTCDate` (from `@date-fns/utc`), whose fields are read and written in UTC: a calendar date
 * becomes midnight UTC of that day, so no result ever depends on the machine's time zone (a
 * local `Date` would shift by a day in UTC+14 or lose an hour on a DST switch).
 *
 * Checking that a string is a calendar date stays a regular expression and integer arithmetic:
 * it runs for every date of every assessment while a file is read, and the readiness engine
 * compares dates as integer keys (`readiness/selection.ts`). The measurements behind that split
 * are in docs/reference/readiness.md, "Calendar dates and time zones".
 */
export type CalendarDate = string

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export interface CalendarDateParts {
  year: number
  month: number
  day: number
}

/** Days in a month (1–12) of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    // Integer arithmetic rather than `getDaysInMonth`: this runs once per date while validating.
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
    return leap ? 29 : 28
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Splits a `YYYY-MM-DD` string; returns undefined for anything else, including 2026-02-30. */
export function parseCalendarDate(value: string): CalendarDateParts | undefined {
  const match = CALENDAR_DATE.exec(value)
  if (!match) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return { year, month, day }
}

export function isCalendarDate(value: string): boolean {
  return parseCalendarDate(value) !== undefined
}

/** Midnight UTC of the day, as a `UTCDate` for date-fns. Years 0–99 are not moved to 19xx. */
export function utcDateOf({ year, month, day }: CalendarDateParts): UTCDate {
  const date = new UTCDate(2000, 0, 1)
  date.setFullYear(year, month - 1, day)
  return date
}

/**
 * The `UTCDate` of a `YYYY-MM-DD` string, for date-fns (formatting, distances). Throws a
 * `RangeError` for anything that is not a calendar date.
 */
export function toUTCDate(value: CalendarDate): UTCDate {
  return utcDateOf(partsOrThrow(value))
}

/** The calendar date of a date-fns result: its UTC day. */
export function fromUTCDate(date: Date): CalendarDate {
  return lightFormat(new UTCDate(date.getTime()), 'yyyy-MM-dd')
}

/** `{ year: 2028, month: 2, day: 29 }` → `2028-02-29`; a day the month lacks throws a `RangeError`. */
export function formatCalendarDate(parts: CalendarDateParts): CalendarDate {
  const { year, month, day } = parts
  if (
    !Number.isInteger(year) ||
    year < 0 ||
    year > 9999 ||
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12 ||
    !Number.isInteger(day) ||
    day < 1 ||
    day > daysInMonth(year, month)
  )
    throw new RangeError(`Not a calendar date: ${JSON.stringify(parts)}`)
  return lightFormat(utcDateOf(parts), 'yyyy-MM-dd')
}

function partsOrThrow(value: CalendarDate): CalendarDateParts {
  const parts = parseCalendarDate(value)
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`)
  return parts
}

/**
 * Adds calendar months with date-fns `addMonths`: the day is clamped to the end of the target
 * month (2026-01-31 + 1 month = 2026-02-28).
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  return lightFormat(addMonths(toUTCDate(date), months), 'yyyy-MM-dd')
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return lightFormat(addDays(toUTCDate(date), days), 'yyyy-MM-dd')
}

/** The last day of the month of `date` (2028-02-10 → 2028-02-29). */
export function endOfCalendarMonth(date: CalendarDate): CalendarDate {
  const parts = partsOrThrow(date)
  return formatCalendarDate({ ...parts, day: getDaysInMonth(utcDateOf(parts)) })
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toUTCDate(to), toUTCDate(from))
}

const EPOCH = new UTCDate(1970, 0, 1)

/** Day number since 1970-01-01 (proleptic Gregorian), independent of time zones. */
export function toEpochDay(date: CalendarDate): number {
  return differenceInCalendarDays(toUTCDate(date), EPOCH)
}

export function fromEpochDay(epochDay: number): CalendarDate {
  return lightFormat(addDays(EPOCH, epochDay), 'yyyy-MM-dd')
}

/** Negative when a < b, zero when equal, positive when a > b. ISO strings sort as dates. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}
