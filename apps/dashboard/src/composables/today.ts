import type { CalendarDate } from '@weerbaar/core'
import { lightFormat } from 'date-fns'

/** Today in the user's own time zone, as a calendar date: the `asOf` the engines are given. */
export function todayCalendarDate(now: Date = new Date()): CalendarDate {
  // The machine's local fields on purpose: "today" is the user's own calendar day.
  return lightFormat(now, 'yyyy-MM-dd')
}
