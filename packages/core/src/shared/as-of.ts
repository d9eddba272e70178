import type { CalendarDate } from './date.ts'

/** The date a result is computed for. Core never reads the clock: the caller passes it. */
export interface AsOfOptions {
  /** Calendar date `YYYY-MM-DD`. */
  asOf: CalendarDate
}

/** The date from the options form, or from the deprecated positional form. */
export function asOfFrom(value: CalendarDate | AsOfOptions): CalendarDate {
  return typeof value === 'string' ? value : value.asOf
}
