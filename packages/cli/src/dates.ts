import { type CalendarDate } from '@weerbaar/core'
import { formatCalendarDate } from '@weerbaar/core/internal'

/**
 * Today's date on the local calendar of the machine (where the user is), as `YYYY-MM-DD`.
 * Core has no clock: this is the one place the command line reads it.
 */
export function localToday(now: Date = new Date()): CalendarDate {
  return formatCalendarDate({
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
  })
}
