/**
 * `@weerbaar/core/internal`: helpers that Weerbaar's own packages (the CLI, the dashboard, the
 * server, the resident website, the demo data and the docs) share with core. NOT covered by
 * semver: any release may change or remove them. A region's own code uses the main entry
 * `@weerbaar/core`; if you need one of these, copy it or ask for it to be made public.
 */
export {
  addCalendarDays,
  addCalendarMonths,
  calendarDaysBetween,
  daysInMonth,
  endOfCalendarMonth,
  formatCalendarDate,
  fromEpochDay,
  parseCalendarDate,
  toEpochDay,
  toUTCDate,
  type CalendarDateParts,
} from './shared/date.ts'
export { emptyFileIssue, parsePath } from './shared/issues.ts'
export { safeParseIn, zodIssuesToIssues } from './region/parse.ts'
export { lineColumnAt, MAX_JSON_DEPTH } from './io/json.ts'
export {
  formatCalendarDateIn,
  formatDateNl,
  formatNumberNl,
  formatPointsNl,
  LEVEL_NL,
  OUTCOME_NL,
} from './readiness/format.ts'
export { evidencePhraseNl } from './readiness/evidence.ts'
export { escapeHtml, printable, shortAddress } from './risk/risicowijzer-html.ts'
export { escapeMarkdown } from './risk/risicowijzer-markdown.ts'
export { isStrictlyIncreasing } from './risk/method.ts'
export { coverageMessages } from './coverage/messages.ts'
export { csvMessages } from './io/csv-messages.ts'
export { networkMessages } from './network/messages.ts'
export { programmeMessages } from './programme/messages.ts'
export { actionListMessages } from './action-list/messages.ts'
export { regionMessages } from './region/messages.ts'
export { riskMessages } from './risk/messages.ts'
// Writing a CSV table in the Dutch Excel dialect (`;`, decimal comma, BOM), for exports that the
// dashboard composes itself, such as one municipality's points.
export {
  writeCsvTable,
  resolveCsvWriteOptions,
  type ResolvedCsvWriteOptions,
} from './io/csv-table.ts'
