/**
 * Calendar dates (`YYYY-MM-DD`) as used in region files. They are compared and shifted as
 * plain year/month/day numbers so no result ever depends on the machine's time zone.
 */
export type CalendarDate = string

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export interface CalendarDateParts {
  year: number
  month: number
  day: number
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
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

export function formatCalendarDate({ year, month, day }: CalendarDateParts): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function partsOrThrow(value: CalendarDate): CalendarDateParts {
  const parts = parseCalendarDate(value)
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`)
  return parts
}

/**
 * Adds calendar months the way date-fns `addMonths` does: the day is clamped to the end of the
 * target month (2026-01-31 + 1 month = 2026-02-28).
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = partsOrThrow(date)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = (index % 12) + 1
  return formatCalendarDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  })
}

/** Day number since 1970-01-01 (proleptic Gregorian), independent of time zones. */
export function toEpochDay(date: CalendarDate): number {
  const { year, month, day } = partsOrThrow(date)
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000)
}

export function fromEpochDay(epochDay: number): CalendarDate {
  const d = new Date(epochDay * 86_400_000)
  return formatCalendarDate({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  })
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days)
}

/** Negative when a < b, zero when equal, positive when a > b. ISO strings sort as dates. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}
