import type { PopulationGrid } from '../coverage/grid.ts'
import type { RulesCatalog } from '../region/parse.ts'
import type { CalendarDate } from '../shared/date.ts'
import type { Issue, Lang } from '../shared/issues.ts'
import type {
  ActionStatus,
  DatedValue,
  DecisionStatus,
  IndicatorDirection,
  LiveMeasure,
} from './schema.ts'

/** A goal's status on a date; the rule is in `status.ts` and in docs/guide/programme.md. */
export type GoalStatus = 'on_track' | 'at_risk' | 'behind'
export const GOAL_STATUSES: readonly GoalStatus[] = ['on_track', 'at_risk', 'behind']

export type StatusReasonCode =
  | 'indicator_target_missed'
  | 'indicator_far_off_trajectory'
  | 'indicator_off_trajectory'
  | 'indicator_without_value'
  | 'action_long_overdue'
  | 'action_overdue'
  | 'action_not_started'
  | 'decision_overdue'

/** Why a goal has its status: one reason per indicator, action or decision that counts. */
export interface StatusReason {
  code: StatusReasonCode
  /** The status this reason leads to on its own. */
  status: Exclude<GoalStatus, 'on_track'>
  indicator?: string | undefined
  action?: string | undefined
  decision?: string | undefined
  message: string
}

export interface ComputeProgrammeOptions {
  /** The date progress is judged on (calendar date); core reads no clock. */
  asOf: CalendarDate
  /** The national rules (`catalog` of `@weerbaar/guidelines`), for the live indicators. */
  catalog: RulesCatalog
  /**
   * Where "what changed" starts. Default: the latest `reports` date before `asOf`; without one,
   * nothing is reported as changed.
   */
  since?: CalendarDate | undefined
  /**
   * Population grid per region code (CBS vierkantstatistieken), for `population-coverage`.
   * Without a region's grid the indicator has no value and says why.
   */
  grids?: Readonly<Record<string, PopulationGrid>> | undefined
  /** Language of the reasons and warnings; Dutch by default. */
  lang?: Lang | undefined
}

/** Why a live indicator has no value on a date. */
export type UnavailableCode =
  | 'region_missing'
  | 'grid_missing'
  | 'guideline_unknown'
  | 'before_baseline'
  | 'no_value'

export interface IndicatorProgress {
  id: string
  goal: string
  name: string
  unit?: string | undefined
  kind: 'manual' | 'live'
  /** Live indicators only. */
  measure?: LiveMeasure | undefined
  /** Live indicators only: the region, or absent for all the programme's regions combined. */
  region?: string | undefined
  direction: IndicatorDirection
  baseline: DatedValue
  target: DatedValue
  /** The value on `asOf`; null when it cannot be known (see `unavailable`). */
  value: number | null
  /** Manual: the date of the value used (the latest on or before `asOf`); live: `asOf`. */
  valueDate: CalendarDate | null
  /** Where the trajectory (linear from baseline to target) is on `asOf`. */
  expected: number
  /** Whether the value is at least as good as `expected`; null without a value. */
  onTrajectory: boolean | null
  /**
   * How far the value lags the trajectory, as a share of the planned change |target − baseline|:
   * 0 on or ahead of it; null without a value.
   */
  shortfall: number | null
  /** Whether the target is reached on `asOf`. */
  targetReached: boolean | null
  /** Values over time, oldest first: live ones computed, manual ones as entered. */
  trend: DatedValue[]
  /** The value on `since`, when there is a `since`. */
  previous: number | null
  /** value − previous; null when either is unknown. */
  change: number | null
  unavailable?: { code: UnavailableCode; message: string }
}

export interface ActionProgress {
  id: string
  goal: string
  name: string
  owner: string
  start?: CalendarDate | undefined
  due: CalendarDate
  status: ActionStatus
  reason?: string | undefined
  completedOn?: CalendarDate | undefined
  /** Not done or stopped, and due before `asOf`. */
  overdue: boolean
  /** Days past due on `asOf` (0 when not overdue). */
  daysOverdue: number
  /** Not started although its start date has passed. */
  lateStart: boolean
}

export interface DecisionProgress {
  id: string
  goal?: string | undefined
  question: string
  neededBy?: CalendarDate | undefined
  status: DecisionStatus
  decision?: string | undefined
  decidedOn?: CalendarDate | undefined
  /** Open and needed before `asOf`. */
  overdue: boolean
}

export type ProgrammeChangeKind =
  | 'action_started'
  | 'action_completed'
  | 'action_became_overdue'
  | 'decision_taken'
  | 'indicator_changed'

/** Something that happened between `since` (exclusive) and `asOf` (inclusive). */
export interface ProgrammeChange {
  kind: ProgrammeChangeKind
  goal?: string | undefined
  action?: string | undefined
  decision?: string | undefined
  indicator?: string | undefined
  /** The day it happened; for indicator changes `asOf`. */
  date: CalendarDate
  message: string
}

export interface GoalProgress {
  id: string
  pillar: string
  name: string
  description?: string | undefined
  risks: string[]
  status: GoalStatus
  /** Empty when on track. */
  reasons: StatusReason[]
  indicators: IndicatorProgress[]
  actions: ActionProgress[]
  /** Decisions of this goal that are still open. */
  openDecisions: DecisionProgress[]
  changes: ProgrammeChange[]
}

export interface ProgrammeProgress {
  asOf: CalendarDate
  /** Where "what changed" starts, or null (first report). */
  since: CalendarDate | null
  programme: { id: string; name: string }
  /** The programme's regions that had data, and those that did not. */
  regions: { code: string; name: string | null }[]
  goals: GoalProgress[]
  /** Titles of the goals' risks (scenario id → title) from the regions' risk profiles. */
  riskTitles: Record<string, string>
  /** Counts per status. */
  totals: Record<GoalStatus, number> & { overdueActions: number; openDecisions: number }
  overdueActions: ActionProgress[]
  /** Open decisions, programme-wide ones included; the one needed soonest first. */
  openDecisions: DecisionProgress[]
  /** Changes not tied to one goal (decisions without a goal). */
  changes: ProgrammeChange[]
  warnings: Issue[]
}
