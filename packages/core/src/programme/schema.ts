import { z } from 'zod'
import { CalendarDateSchema } from '../guideline/schema.ts'
import { IdSchema } from '../guideline/fields.ts'
import { RegionCodeSchema } from '../region/schema.ts'
import type { CalendarDate } from '../shared/date.ts'

/**
 * The programme file ("programmaplan"): a programme such as "Weerbaarheid en veerkracht" that
 * one or more safety regions run together, with its pillars, goals, actions, the decisions it
 * asks of the board and the indicators that show progress. Versioned like the region file: it
 * grows additively, and a file from a newer version gets an "upgrade Weerbaar" message.
 */

/** The schema version this release of `@weerbaar/core` reads and writes. */
export const PROGRAMME_SCHEMA_VERSION = 1

const NameSchema = z.string().trim().min(1)
const TextSchema = z.string().trim().min(1)
const FiniteSchema = z.number().finite()

export const PillarSchema = z
  .object({
    id: IdSchema,
    name: NameSchema,
    description: TextSchema.optional(),
  })
  .strict()

export interface Pillar {
  id: string
  name: string
  description?: string | undefined
}

export const GoalSchema = z
  .object({
    id: IdSchema,
    pillar: IdSchema.meta({ description: 'Id of the pillar the goal belongs to' }),
    name: NameSchema,
    description: TextSchema.optional(),
    risks: z.array(IdSchema).default([]).meta({
      description:
        "Ids of scenarios of the regions' risk profiles the goal addresses, e.g. langdurige-stroomuitval",
    }),
  })
  .strict()

export interface Goal {
  id: string
  /** Id of the pillar the goal belongs to. */
  pillar: string
  name: string
  description?: string | undefined
  /** Scenario ids of the regions' risk profiles the goal addresses. */
  risks: string[]
}

export const ACTION_STATUSES = ['not_started', 'running', 'done', 'stopped'] as const
export const ActionStatusSchema = z.enum(ACTION_STATUSES)
export type ActionStatus = (typeof ACTION_STATUSES)[number]

export const ProgrammeActionSchema = z
  .object({
    id: IdSchema,
    goal: IdSchema.meta({ description: 'Id of the goal the action serves' }),
    name: NameSchema,
    owner: NameSchema.meta({
      description: 'The organisation that carries the action out (not a person: AVG)',
    }),
    start: CalendarDateSchema.optional(),
    due: CalendarDateSchema,
    status: ActionStatusSchema,
    reason: TextSchema.optional().meta({
      description: 'A short reason for the status, e.g. why the action was stopped or is late',
    }),
    completedOn: CalendarDateSchema.optional().meta({
      description: 'The day the action was done (status done)',
    }),
  })
  .strict()

/** An action of the programme. Named `ProgrammeAction` to stay apart from the risk `Action`. */
export interface ProgrammeAction {
  id: string
  goal: string
  name: string
  /** The organisation that carries the action out (not a person: AVG). */
  owner: string
  start?: CalendarDate | undefined
  due: CalendarDate
  status: ActionStatus
  reason?: string | undefined
  completedOn?: CalendarDate | undefined
}

export const DECISION_STATUSES = ['open', 'decided'] as const
export const DecisionStatusSchema = z.enum(DECISION_STATUSES)
export type DecisionStatus = (typeof DECISION_STATUSES)[number]

export const DecisionSchema = z
  .object({
    id: IdSchema,
    goal: IdSchema.optional().meta({ description: 'The goal the decision is about, if one' }),
    question: TextSchema.meta({ description: 'What the board is asked to decide' }),
    neededBy: CalendarDateSchema.optional().meta({
      description: 'The day the programme needs the decision',
    }),
    status: DecisionStatusSchema,
    decision: TextSchema.optional().meta({ description: 'What the board decided' }),
    decidedOn: CalendarDateSchema.optional(),
  })
  .strict()

export interface Decision {
  id: string
  goal?: string | undefined
  question: string
  neededBy?: CalendarDate | undefined
  status: DecisionStatus
  decision?: string | undefined
  decidedOn?: CalendarDate | undefined
}

export const INDICATOR_DIRECTIONS = ['increase', 'decrease'] as const
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number]

export const DatedValueSchema = z.object({ date: CalendarDateSchema, value: FiniteSchema }).strict()

export interface DatedValue {
  date: CalendarDate
  value: number
}

export const ManualValueSchema = z
  .object({
    date: CalendarDateSchema,
    value: FiniteSchema,
    note: TextSchema.optional(),
  })
  .strict()

export interface ManualValue extends DatedValue {
  note?: string | undefined
}

/**
 * The figures `@weerbaar/core` computes from the regions' data on a date (see the docs for their
 * definitions; they equal the readiness, coverage and network reports on that date).
 */
export const LIVE_MEASURES = [
  'ready-points-share',
  'population-coverage',
  'risicowijzer-share',
  'assessments-expired',
  'network-completeness',
  'agreements-valid',
] as const
export const LiveMeasureSchema = z.enum(LIVE_MEASURES)
export type LiveMeasure = (typeof LIVE_MEASURES)[number]

const indicatorShape = {
  id: IdSchema,
  goal: IdSchema.meta({ description: 'Id of the goal the indicator measures' }),
  name: NameSchema,
  unit: TextSchema.optional().meta({ description: 'e.g. "%" or "afspraken"' }),
  direction: z.enum(INDICATOR_DIRECTIONS).meta({
    description: 'Whether the programme wants the value to go up or down',
  }),
  baseline: DatedValueSchema.meta({ description: 'The value at the start and its date' }),
  target: DatedValueSchema.meta({ description: 'The value to reach and by when' }),
}

export const ManualIndicatorSchema = z
  .object({
    ...indicatorShape,
    kind: z.literal('manual'),
    values: z.array(ManualValueSchema).default([]).meta({
      description: "Values entered by the programme's coordinator, one per date",
    }),
  })
  .strict()

export const LiveIndicatorSchema = z
  .object({
    ...indicatorShape,
    kind: z.literal('live'),
    measure: LiveMeasureSchema,
    region: RegionCodeSchema.optional().meta({
      description: "One of the programme's regions; absent: all its regions combined",
    }),
  })
  .strict()

export const IndicatorSchema = z.discriminatedUnion('kind', [
  ManualIndicatorSchema,
  LiveIndicatorSchema,
])

interface IndicatorBase {
  id: string
  goal: string
  name: string
  unit?: string | undefined
  direction: IndicatorDirection
  baseline: DatedValue
  target: DatedValue
}

/** An indicator whose values the programme's coordinator enters. */
export interface ManualIndicator extends IndicatorBase {
  kind: 'manual'
  values: ManualValue[]
}

/** An indicator computed from the regions' data on a date. */
export interface LiveIndicator extends IndicatorBase {
  kind: 'live'
  measure: LiveMeasure
  /** One of the programme's regions; absent: all its regions combined. */
  region?: string | undefined
}

export type Indicator = ManualIndicator | LiveIndicator

export const ProgrammeReportSchema = z
  .object({ date: CalendarDateSchema, title: TextSchema.optional() })
  .strict()

/** A progress report given to the board (its date is where "changed since" starts). */
export interface ProgrammeReportDate {
  date: CalendarDate
  title?: string | undefined
}

export const ProgrammeSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(PROGRAMME_SCHEMA_VERSION),
    id: IdSchema,
    name: NameSchema,
    notice: TextSchema.optional().meta({
      description: 'Shown at the top of every report, e.g. that the data is an example',
    }),
    regions: z.array(RegionCodeSchema).min(1).meta({
      description: 'Codes of the safety regions the programme covers, e.g. ["VR25", "VR14"]',
    }),
    pillars: z.array(PillarSchema),
    goals: z.array(GoalSchema),
    actions: z.array(ProgrammeActionSchema).default([]),
    decisions: z.array(DecisionSchema).default([]),
    indicators: z.array(IndicatorSchema).default([]),
    reports: z.array(ProgrammeReportSchema).optional().meta({
      description: 'Dates of the progress reports given to the board',
    }),
  })
  .strict()

export interface Programme {
  $schema?: string | undefined
  schemaVersion: typeof PROGRAMME_SCHEMA_VERSION
  id: string
  name: string
  /** Shown at the top of every report, e.g. that the data is an example. */
  notice?: string | undefined
  /** Codes of the safety regions the programme covers. */
  regions: string[]
  pillars: Pillar[]
  goals: Goal[]
  actions: ProgrammeAction[]
  decisions: Decision[]
  indicators: Indicator[]
  reports?: ProgrammeReportDate[] | undefined
}

/** A goal as written: `risks` may be left out (default none). */
export interface GoalInput extends Omit<Goal, 'risks'> {
  risks?: string[] | undefined
}

/** A manual indicator as written: `values` may be left out (default none). */
export interface ManualIndicatorInput extends Omit<ManualIndicator, 'values'> {
  values?: ManualValue[] | undefined
}

/** An indicator as written in the programme file. */
export type IndicatorInput = ManualIndicatorInput | LiveIndicator

/** The file as written: the lists with defaults may be left out. */
export interface ProgrammeInput
  extends Omit<Programme, 'goals' | 'actions' | 'decisions' | 'indicators'> {
  goals: GoalInput[]
  actions?: ProgrammeAction[] | undefined
  decisions?: Decision[] | undefined
  indicators?: IndicatorInput[] | undefined
}
