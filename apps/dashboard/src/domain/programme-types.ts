/**
 * The programme types the dashboard uses, under core's names. Until `@weerbaar/core` exports
 * them (branch wip/programme) they are written down here from its contract; this file is the
 * one place that switches to core's exports.
 */
export type ActionStatus = 'not_started' | 'running' | 'done' | 'stopped'
export type GoalStatus = 'on_track' | 'at_risk' | 'behind'

export interface DatedValue {
  date: string
  value: number
}
export interface ManualValue extends DatedValue {
  note?: string
}

export interface ProgrammeAction {
  id: string
  goal: string
  name: string
  owner: string
  start?: string
  due: string
  status: ActionStatus
  reason?: string
  completedOn?: string
}

export interface Decision {
  id: string
  goal?: string
  question: string
  neededBy?: string
  status: 'open' | 'decided'
  decision?: string
  decidedOn?: string
}

interface IndicatorBase {
  id: string
  goal: string
  name: string
  unit?: string
  direction: 'increase' | 'decrease'
  baseline: DatedValue
  target: DatedValue
}
export type Indicator =
  | (IndicatorBase & { kind: 'manual'; values: ManualValue[] })
  | (IndicatorBase & { kind: 'live'; measure: string; region?: string })

export interface Programme {
  $schema?: string
  schemaVersion: 1
  id: string
  name: string
  regions: string[]
  pillars: Array<{ id: string; name: string; description?: string }>
  goals: Array<{ id: string; pillar: string; name: string; description?: string; risks: string[] }>
  actions: ProgrammeAction[]
  decisions: Decision[]
  indicators: Indicator[]
  reports?: Array<{ date: string; title?: string }>
}

export interface IndicatorProgress extends IndicatorBase {
  kind: 'manual' | 'live'
  value: number | null
  valueDate: string | null
  expected: number
  onTrajectory: boolean | null
  targetReached: boolean | null
  trend: DatedValue[]
  previous: number | null
  change: number | null
  unavailable?: { code: string; message: string }
}

export interface ActionProgress extends ProgrammeAction {
  overdue: boolean
  daysOverdue: number
  lateStart: boolean
}

export interface ProgrammeChange {
  kind: string
  goal?: string
  date: string
  message: string
}

export interface GoalProgress {
  id: string
  pillar: string
  name: string
  status: GoalStatus
  reasons: Array<{ code: string; status: Exclude<GoalStatus, 'on_track'>; message: string }>
  indicators: IndicatorProgress[]
  actions: ActionProgress[]
  openDecisions: Array<Decision & { overdue: boolean }>
  changes: ProgrammeChange[]
}

export interface ProgrammeProgress {
  asOf: string
  since: string | null
  programme: { id: string; name: string }
  regions: { code: string; name: string | null }[]
  goals: GoalProgress[]
  totals: Record<GoalStatus, number> & { overdueActions: number; openDecisions: number }
  overdueActions: ActionProgress[]
  openDecisions: Array<Decision & { overdue: boolean }>
  changes: ProgrammeChange[]
}
