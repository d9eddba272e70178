/**
 * The programme "Weerbaarheid en veerkracht" (or any programme a region runs): its file, its
 * progress on a date and the report to the board.
 */
export {
  PROGRAMME_SCHEMA_VERSION,
  ProgrammeSchema,
  ProgrammeActionSchema,
  DecisionSchema,
  IndicatorSchema,
  ManualValueSchema,
  ACTION_STATUSES,
  DECISION_STATUSES,
  LIVE_MEASURES,
  type Programme,
  type ProgrammeInput,
  type GoalInput,
  type IndicatorInput,
  type ManualIndicatorInput,
  type Pillar,
  type Goal,
  type ProgrammeAction,
  type ActionStatus,
  type Decision,
  type DecisionStatus,
  type Indicator,
  type ManualIndicator,
  type LiveIndicator,
  type LiveMeasure,
  type IndicatorDirection,
  type DatedValue,
  type ManualValue,
  type ProgrammeReportDate,
} from './schema.ts'
export {
  GOAL_STATUSES,
  type GoalStatus,
  type StatusReason,
  type StatusReasonCode,
  type ComputeProgrammeOptions,
  type UnavailableCode,
  type IndicatorProgress,
  type ActionProgress,
  type DecisionProgress,
  type ProgrammeChange,
  type ProgrammeChangeKind,
  type GoalProgress,
  type ProgrammeProgress,
} from './types.ts'
export {
  parseProgramme,
  validateProgramme,
  type ParseProgrammeOptions,
  type ProgrammeRegion,
} from './parse.ts'
export type { ProgrammeMessageCode } from './messages.ts'
export { programmeJsonSchema, PROGRAMME_SCHEMA_ID } from './json-schema.ts'
export { computeProgrammeProgress } from './progress.ts'
export { expectedValue, FAR_OFF_TRAJECTORY, LONG_OVERDUE_DAYS } from './status.ts'
export { renderProgrammeReport, type ProgrammeReportOptions } from './report.ts'
