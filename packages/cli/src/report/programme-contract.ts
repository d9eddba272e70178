import {
  ACTION_STATUSES,
  DECISION_STATUSES,
  LIVE_MEASURES,
  type ActionProgress,
  type DecisionProgress,
  type IndicatorProgress,
  type ProgrammeChange,
  type ProgrammeProgress,
  type StatusReason,
} from '@weerbaar/core'
import { z } from 'zod'

/**
 * The JSON printed by `weerbaar programme --format json`: a documented, stable contract
 * (docs/guide/programme.md). Fields are removed or renamed only in a major release; new fields
 * may be added in a minor one. Numbers are not rounded; shares are percentages 0–100 as the
 * indicators define them. Optional fields of the programme file are null when absent.
 */
const Day = z.iso.date()
const Status = z.enum(['on_track', 'at_risk', 'behind'])

const DatedValueSchema = z.strictObject({ date: Day, value: z.number() })

const ReasonSchema = z.strictObject({
  code: z.string(),
  status: z.enum(['at_risk', 'behind']),
  indicator: z.string().nullable(),
  action: z.string().nullable(),
  decision: z.string().nullable(),
  message: z.string(),
})

const IndicatorSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  kind: z.enum(['manual', 'live']),
  /** Live indicators: the measure, and the region or null for all regions combined. */
  measure: z.enum(LIVE_MEASURES).nullable(),
  region: z.string().nullable(),
  direction: z.enum(['increase', 'decrease']),
  baseline: DatedValueSchema,
  target: DatedValueSchema,
  value: z.number().nullable(),
  valueDate: Day.nullable(),
  expected: z.number(),
  onTrajectory: z.boolean().nullable(),
  shortfall: z.number().min(0).nullable(),
  targetReached: z.boolean().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
  trend: z.array(DatedValueSchema),
  /** Why `value` is null: `region_missing`, `grid_missing`, `guideline_unknown`, `before_baseline`, `no_value`. */
  unavailable: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
})

const ActionSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  owner: z.string(),
  start: Day.nullable(),
  due: Day,
  /** The status on `asOf` (an action completed later was still running then). */
  status: z.enum(ACTION_STATUSES),
  reason: z.string().nullable(),
  completedOn: Day.nullable(),
  overdue: z.boolean(),
  daysOverdue: z.number().int().nonnegative(),
  lateStart: z.boolean(),
})

const DecisionSchema = z.strictObject({
  id: z.string(),
  goal: z.string().nullable(),
  question: z.string(),
  neededBy: Day.nullable(),
  status: z.enum(DECISION_STATUSES),
  overdue: z.boolean(),
})

const ChangeSchema = z.strictObject({
  kind: z.enum([
    'action_started',
    'action_completed',
    'action_became_overdue',
    'decision_taken',
    'indicator_changed',
  ]),
  goal: z.string().nullable(),
  action: z.string().nullable(),
  decision: z.string().nullable(),
  indicator: z.string().nullable(),
  date: Day,
  message: z.string(),
})

export const ProgrammeJsonSchema = z.strictObject({
  asOf: Day,
  /** Where "what changed" starts: `--since`, else the latest report date before `asOf`; null at the first report. */
  since: Day.nullable(),
  programme: z.strictObject({ id: z.string(), name: z.string() }),
  /** The programme's regions; name null when its file was not given. */
  regions: z.array(z.strictObject({ code: z.string(), name: z.string().nullable() })),
  totals: z.strictObject({
    on_track: z.number().int().nonnegative(),
    at_risk: z.number().int().nonnegative(),
    behind: z.number().int().nonnegative(),
    overdueActions: z.number().int().nonnegative(),
    openDecisions: z.number().int().nonnegative(),
  }),
  goals: z.array(
    z.strictObject({
      id: z.string(),
      pillar: z.string(),
      name: z.string(),
      status: Status,
      reasons: z.array(ReasonSchema),
      /** Scenario ids of the regions' risk profiles, with their titles. */
      risks: z.array(z.strictObject({ id: z.string(), title: z.string().nullable() })),
      indicators: z.array(IndicatorSchema),
      actions: z.array(ActionSchema),
      openDecisions: z.array(DecisionSchema),
      changes: z.array(ChangeSchema),
    }),
  ),
  /** Ids of the actions past their due date, the longest overdue first. */
  overdueActions: z.array(z.string()),
  /** The open decisions, the one needed soonest first. */
  openDecisions: z.array(DecisionSchema),
  /** Changes not tied to one goal. */
  changes: z.array(ChangeSchema),
  warnings: z.array(z.strictObject({ code: z.string(), path: z.string(), message: z.string() })),
})
export type ProgrammeJson = z.infer<typeof ProgrammeJsonSchema>

const reason = (r: StatusReason) => ({
  code: r.code,
  status: r.status,
  indicator: r.indicator ?? null,
  action: r.action ?? null,
  decision: r.decision ?? null,
  message: r.message,
})

const indicator = (i: IndicatorProgress): ProgrammeJson['goals'][number]['indicators'][number] => ({
  id: i.id,
  name: i.name,
  unit: i.unit ?? null,
  kind: i.kind,
  measure: i.measure ?? null,
  region: i.region ?? null,
  direction: i.direction,
  baseline: { date: i.baseline.date, value: i.baseline.value },
  target: { date: i.target.date, value: i.target.value },
  value: i.value,
  valueDate: i.valueDate,
  expected: i.expected,
  onTrajectory: i.onTrajectory,
  shortfall: i.shortfall,
  targetReached: i.targetReached,
  previous: i.previous,
  change: i.change,
  trend: i.trend.map((p) => ({ date: p.date, value: p.value })),
  unavailable: i.unavailable ? { code: i.unavailable.code, message: i.unavailable.message } : null,
})

const action = (a: ActionProgress): ProgrammeJson['goals'][number]['actions'][number] => ({
  id: a.id,
  name: a.name,
  owner: a.owner,
  start: a.start ?? null,
  due: a.due,
  status: a.status,
  reason: a.reason ?? null,
  completedOn: a.completedOn ?? null,
  overdue: a.overdue,
  daysOverdue: a.daysOverdue,
  lateStart: a.lateStart,
})

const decision = (d: DecisionProgress): ProgrammeJson['openDecisions'][number] => ({
  id: d.id,
  goal: d.goal ?? null,
  question: d.question,
  neededBy: d.neededBy ?? null,
  status: d.status,
  overdue: d.overdue,
})

const change = (c: ProgrammeChange): ProgrammeJson['changes'][number] => ({
  kind: c.kind,
  goal: c.goal ?? null,
  action: c.action ?? null,
  decision: c.decision ?? null,
  indicator: c.indicator ?? null,
  date: c.date,
  message: c.message,
})

/**
 * Core's progress projected onto the contract field by field, so a field added to core does not
 * silently become part of the promise.
 */
export function toProgrammeJson(progress: ProgrammeProgress): ProgrammeJson {
  return {
    asOf: progress.asOf,
    since: progress.since,
    programme: { id: progress.programme.id, name: progress.programme.name },
    regions: progress.regions.map((r) => ({ code: r.code, name: r.name })),
    totals: { ...progress.totals },
    goals: progress.goals.map((g) => ({
      id: g.id,
      pillar: g.pillar,
      name: g.name,
      status: g.status,
      reasons: g.reasons.map(reason),
      risks: g.risks.map((id) => ({ id, title: progress.riskTitles[id] ?? null })),
      indicators: g.indicators.map(indicator),
      actions: g.actions.map(action),
      openDecisions: g.openDecisions.map(decision),
      changes: g.changes.map(change),
    })),
    overdueActions: progress.overdueActions.map((a) => a.id),
    openDecisions: progress.openDecisions.map(decision),
    changes: progress.changes.map(change),
    warnings: progress.warnings.map((w) => ({ code: w.code, path: w.path, message: w.message })),
  }
}
