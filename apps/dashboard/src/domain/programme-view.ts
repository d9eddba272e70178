import type {
  ActionProgress,
  Decision,
  GoalProgress,
  GoalStatus,
  Indicator,
  IndicatorProgress,
  Programme,
  ProgrammeProgress,
} from './programme-types.ts'

export type { GoalStatus }

export interface IndicatorView {
  indicator: Indicator
  progress: IndicatorProgress | null
}

export interface ActionView {
  action: Programme['actions'][number]
  progress: ActionProgress | null
}

export interface GoalView {
  goal: Programme['goals'][number]
  progress: GoalProgress | null
  indicators: IndicatorView[]
  actions: ActionView[]
  /** Open and decided, in the plan's order; `overdue` from the progress. */
  decisions: Array<Decision & { overdue: boolean }>
}

export interface PillarView {
  pillar: Programme['pillars'][number]
  goals: GoalView[]
}

/**
 * The plan arranged for the view: pillars → goals, each with core's progress next to the
 * plan's own data. Only arranging: every figure and status comes from `computeProgrammeProgress`.
 */
export function programmeView(
  programme: Programme,
  progress: ProgrammeProgress | null,
): PillarView[] {
  const goals = new Map((progress?.goals ?? []).map((g) => [g.id, g]))
  return programme.pillars.map((pillar) => ({
    pillar,
    goals: programme.goals
      .filter((g) => g.pillar === pillar.id)
      .map((goal) => {
        const p = goals.get(goal.id) ?? null
        const indicators = new Map((p?.indicators ?? []).map((i) => [i.id, i]))
        const actions = new Map((p?.actions ?? []).map((a) => [a.id, a]))
        const overdue = new Set((p?.openDecisions ?? []).filter((d) => d.overdue).map((d) => d.id))
        return {
          goal,
          progress: p,
          indicators: programme.indicators
            .filter((i) => i.goal === goal.id)
            .map((indicator) => ({ indicator, progress: indicators.get(indicator.id) ?? null })),
          actions: programme.actions
            .filter((a) => a.goal === goal.id)
            .map((action) => ({ action, progress: actions.get(action.id) ?? null })),
          decisions: programme.decisions
            .filter((d) => d.goal === goal.id)
            .map((d) => ({ ...d, overdue: overdue.has(d.id) })),
        }
      }),
  }))
}

/** The board's decisions not tied to one goal. */
export function programmeDecisions(
  programme: Programme,
  progress: ProgrammeProgress | null,
): Array<Decision & { overdue: boolean }> {
  const overdue = new Set((progress?.openDecisions ?? []).filter((d) => d.overdue).map((d) => d.id))
  return programme.decisions
    .filter((d) => !d.goal)
    .map((d) => ({ ...d, overdue: overdue.has(d.id) }))
}

/**
 * The values to draw for an indicator: core's trend when there is progress, else (no progress
 * computed) the manual values as entered.
 */
export function trendOf(
  indicator: Indicator,
  progress: IndicatorProgress | null,
): Array<{ date: string; value: number | null }> {
  if (progress) return progress.trend
  return indicator.kind === 'manual' ? indicator.values : []
}
