/** The programme types the dashboard uses, from `@weerbaar/core` (one place to import them from). */
export type {
  ActionProgress,
  ActionStatus,
  DatedValue,
  Decision,
  GoalProgress,
  GoalStatus,
  Indicator,
  IndicatorProgress,
  ManualValue,
  Programme,
  ProgrammeAction,
  ProgrammeChange,
  ProgrammeProgress,
} from '@weerbaar/core'
