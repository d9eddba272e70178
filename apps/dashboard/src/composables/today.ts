import type { CalendarDate } from '@weerbaar/core'

/** Today in the user's own time zone, as a calendar date: the `asOf` the engines are given. */
export function todayCalendarDate(now: Date = new Date()): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
