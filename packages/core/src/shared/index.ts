export { isCalendarDate, compareCalendarDates, type CalendarDate } from './date.ts'
export * from './errors.ts'
export type { AsOfOptions } from './as-of.ts'
export {
  formatIssue,
  formatPath,
  type Issue,
  type Lang,
  type PathSegment,
  type Result,
  type Severity,
} from './issues.ts'
