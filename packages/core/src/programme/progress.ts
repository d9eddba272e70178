import { formatCalendarDateIn, formatNumberNl } from '../readiness/format.ts'
import type { Region } from '../region/schema.ts'
import {
  daysInMonth,
  formatCalendarDate,
  isCalendarDate,
  parseCalendarDate,
  type CalendarDate,
} from '../shared/date.ts'
import { InvalidArgumentError } from '../shared/errors.ts'
import { formatPath, type Issue, type Lang } from '../shared/issues.ts'
import { LiveFigures } from './live.ts'
import { programmeMessage, type ProgrammeMessageCode } from './messages.ts'
import type {
  DatedValue,
  Decision,
  Indicator,
  ManualIndicator,
  Programme,
  ProgrammeAction,
} from './schema.ts'
import {
  daysBetween,
  expectedValue,
  FAR_OFF_TRAJECTORY,
  isTargetReached,
  LONG_OVERDUE_DAYS,
  shortfallOf,
  statusFromReasons,
} from './status.ts'
import type {
  ActionProgress,
  ComputeProgrammeOptions,
  DecisionProgress,
  GoalProgress,
  IndicatorProgress,
  ProgrammeChange,
  ProgrammeProgress,
  StatusReason,
} from './types.ts'

/** A date as people read it: `31 oktober 2026`, `31 October 2026`. */
export function formatDay(date: CalendarDate, lang: Lang): string {
  return formatCalendarDateIn(date, lang)
}

function checkDate(name: string, value: unknown): void {
  if (typeof value !== 'string' || !isCalendarDate(value))
    throw new InvalidArgumentError(
      `${name} is not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`,
    )
}

/** The last day of every month from `from`'s month up to `to` (inclusive), oldest first. */
export function monthEnds(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const out: CalendarDate[] = []
  const start = parseCalendarDate(from)!
  let year = start.year
  let month = start.month
  for (;;) {
    const end = formatCalendarDate({ year, month, day: daysInMonth(year, month) })
    if (end > to) break
    if (end >= from) out.push(end)
    month++
    if (month > 12) {
      month = 1
      year++
    }
  }
  return out
}

/** The default `since`: the latest report date before `asOf`, or null. */
export function previousReportDate(
  programme: Pick<Programme, 'reports'>,
  asOf: CalendarDate,
): CalendarDate | null {
  let best: CalendarDate | null = null
  for (const r of programme.reports ?? [])
    if (r.date < asOf && (best === null || r.date > best)) best = r.date
  return best
}

/**
 * The action as it stood on `asOf`: the file holds today's state, so an action completed after
 * `asOf` was still running then. This keeps a report on a past date the same as it was.
 */
function actionOn(action: ProgrammeAction, asOf: CalendarDate): ProgrammeAction {
  if (action.status === 'done' && action.completedOn !== undefined && action.completedOn > asOf) {
    const { completedOn: _completed, ...rest } = action
    return {
      ...rest,
      status: action.start !== undefined && action.start > asOf ? 'not_started' : 'running',
    }
  }
  return action
}

function decisionOn(decision: Decision, asOf: CalendarDate): Decision {
  if (
    decision.status === 'decided' &&
    decision.decidedOn !== undefined &&
    decision.decidedOn > asOf
  ) {
    const { decision: _d, decidedOn: _on, ...rest } = decision
    return { ...rest, status: 'open' }
  }
  return decision
}

/** A manual indicator's value on `date`: the latest entered on or before it, else the baseline. */
function manualValueOn(indicator: ManualIndicator, date: CalendarDate): DatedValue | null {
  let best: DatedValue | null = indicator.baseline.date <= date ? indicator.baseline : null
  for (const v of indicator.values) {
    if (v.date < indicator.baseline.date || v.date > date) continue
    if (best === null || v.date >= best.date) best = { date: v.date, value: v.value }
  }
  return best
}

/**
 * Progress of the programme on `options.asOf`: per goal its indicators (value, trajectory,
 * trend), actions, open decisions, what changed since the previous report, and a status with
 * its reasons (the rule is in `status.ts`). Live indicators are computed from `regions` on each
 * date; regions not in the programme are ignored, missing ones make their indicators unknown.
 * Pure and independent of the time zone.
 */
export function computeProgrammeProgress(
  programme: Programme,
  regions: readonly Region[],
  options: ComputeProgrammeOptions,
): ProgrammeProgress {
  checkDate('asOf', options.asOf)
  if (options.since !== undefined) {
    checkDate('since', options.since)
    if (options.since >= options.asOf)
      throw new InvalidArgumentError(
        `since (${options.since}) must be before asOf (${options.asOf})`,
      )
  }
  const asOf = options.asOf
  const lang: Lang = options.lang ?? 'nl'
  const since = options.since ?? previousReportDate(programme, asOf)
  const message = (code: ProgrammeMessageCode, params: Record<string, string | number> = {}) =>
    programmeMessage(code, lang, params)
  const day = (date: CalendarDate) => formatDay(date, lang)
  const num = (value: number) =>
    lang === 'nl' ? formatNumberNl(value) : String(Math.round(value * 10) / 10)

  const byCode = new Map<string, Region>()
  for (const r of regions)
    if (programme.regions.includes(r.region.code)) byCode.set(r.region.code, r)
  const warnings: Issue[] = []
  programme.regions.forEach((code, index) => {
    if (!byCode.has(code))
      warnings.push({
        severity: 'warning',
        code: 'region_missing',
        path: formatPath(['regions', index]),
        message: message('region_missing', { code }),
      })
  })
  const live = new LiveFigures(byCode, options.catalog, options.grids ?? {})
  const reportDates = (programme.reports ?? []).map((r) => r.date)

  const indicatorProgress = (indicator: Indicator): IndicatorProgress => {
    const { baseline, target, direction } = indicator
    const common = {
      id: indicator.id,
      goal: indicator.goal,
      name: indicator.name,
      ...(indicator.unit !== undefined ? { unit: indicator.unit } : {}),
      kind: indicator.kind,
      ...(indicator.kind === 'live'
        ? {
            measure: indicator.measure,
            ...(indicator.region !== undefined ? { region: indicator.region } : {}),
          }
        : {}),
      direction,
      baseline,
      target,
    }
    let value: number | null
    let valueDate: CalendarDate | null
    let previous: number | null = null
    let trend: DatedValue[]
    let unavailable: IndicatorProgress['unavailable']
    if (indicator.kind === 'manual') {
      const on = manualValueOn(indicator, asOf)
      value = on?.value ?? null
      valueDate = on?.date ?? null
      if (since !== null) previous = manualValueOn(indicator, since)?.value ?? null
      const entered = indicator.values
        .filter((v) => v.date >= baseline.date && v.date <= asOf)
        .map((v) => ({ date: v.date, value: v.value }))
      trend = [
        ...(baseline.date <= asOf && !entered.some((v) => v.date === baseline.date)
          ? [baseline]
          : []),
        ...entered,
      ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      if (value === null)
        unavailable = {
          code: 'before_baseline',
          message: message('before_baseline', { date: day(baseline.date) }),
        }
    } else {
      const codes = indicator.region !== undefined ? [indicator.region] : programme.regions
      const at = (date: CalendarDate) => live.value(indicator.measure, codes, date)
      const now = at(asOf)
      value = now.value
      valueDate = now.value === null ? null : asOf
      if (now.value === null)
        unavailable = { code: now.code, message: message(now.code, now.params) }
      if (since !== null) previous = at(since).value
      const dates = new Set<CalendarDate>()
      if (baseline.date <= asOf) {
        dates.add(baseline.date)
        for (const d of monthEnds(baseline.date, asOf)) dates.add(d)
        for (const d of reportDates) if (d >= baseline.date && d <= asOf) dates.add(d)
        dates.add(asOf)
      }
      trend = [...dates].sort().flatMap((date) => {
        const v = date === asOf ? now : at(date)
        return v.value === null ? [] : [{ date, value: v.value }]
      })
    }
    const expected = expectedValue(baseline, target, asOf)
    const judged = value !== null && baseline.date <= asOf
    const shortfall = judged
      ? shortfallOf(value!, expected, direction, baseline.value, target.value)
      : null
    return {
      ...common,
      value,
      valueDate,
      expected,
      onTrajectory: shortfall === null ? null : shortfall === 0,
      shortfall,
      targetReached: value === null ? null : isTargetReached(value, target.value, direction),
      trend,
      previous,
      change: value !== null && previous !== null ? value - previous : null,
      ...(unavailable ? { unavailable } : {}),
    }
  }

  const actionProgress = (stored: ProgrammeAction): ActionProgress => {
    const action = actionOn(stored, asOf)
    const open = action.status === 'not_started' || action.status === 'running'
    const overdue = open && action.due < asOf
    return {
      ...action,
      overdue,
      daysOverdue: overdue ? daysBetween(action.due, asOf) : 0,
      lateStart:
        action.status === 'not_started' && action.start !== undefined && action.start < asOf,
    }
  }

  const decisionProgress = (stored: Decision): DecisionProgress => {
    const decision = decisionOn(stored, asOf)
    return {
      ...decision,
      overdue:
        decision.status === 'open' && decision.neededBy !== undefined && decision.neededBy < asOf,
    }
  }

  const indicatorReasons = (i: IndicatorProgress): StatusReason[] => {
    if (i.baseline.date > asOf) return []
    const base = { indicator: i.id }
    const unit = i.unit ? ` ${i.unit}` : ''
    if (i.value === null)
      return [
        {
          ...base,
          code: 'indicator_without_value',
          status: 'at_risk',
          message: message('indicator_without_value', {
            name: i.name,
            why: i.unavailable?.message ?? '',
          }),
        },
      ]
    const params = {
      name: i.name,
      value: `${num(i.value)}${unit}`,
      expected: `${num(i.expected)}${unit}`,
      target: `${num(i.target.value)}${unit}`,
      date: day(i.target.date),
      shortfall: num((i.shortfall ?? 0) * 100),
      limit: num(FAR_OFF_TRAJECTORY * 100),
    }
    if (asOf > i.target.date && !i.targetReached)
      return [
        {
          ...base,
          code: 'indicator_target_missed',
          status: 'behind',
          message: message('indicator_target_missed', params),
        },
      ]
    if (i.shortfall !== null && i.shortfall > FAR_OFF_TRAJECTORY)
      return [
        {
          ...base,
          code: 'indicator_far_off_trajectory',
          status: 'behind',
          message: message('indicator_far_off_trajectory', params),
        },
      ]
    if (i.shortfall !== null && i.shortfall > 0)
      return [
        {
          ...base,
          code: 'indicator_off_trajectory',
          status: 'at_risk',
          message: message('indicator_off_trajectory', params),
        },
      ]
    return []
  }

  const actionReasons = (a: ActionProgress): StatusReason[] => {
    const params = {
      name: a.name,
      owner: a.owner,
      days: a.daysOverdue,
      due: day(a.due),
      start: a.start ? day(a.start) : '',
    }
    if (a.overdue && a.daysOverdue > LONG_OVERDUE_DAYS)
      return [
        {
          code: 'action_long_overdue',
          status: 'behind',
          action: a.id,
          message: message('action_long_overdue', params),
        },
      ]
    if (a.overdue)
      return [
        {
          code: 'action_overdue',
          status: 'at_risk',
          action: a.id,
          message: message('action_overdue', params),
        },
      ]
    if (a.lateStart)
      return [
        {
          code: 'action_not_started',
          status: 'at_risk',
          action: a.id,
          message: message('action_not_started', params),
        },
      ]
    return []
  }

  const decisionReasons = (d: DecisionProgress): StatusReason[] =>
    d.overdue
      ? [
          {
            code: 'decision_overdue',
            status: 'at_risk',
            decision: d.id,
            message: message('decision_overdue', { date: day(d.neededBy!), question: d.question }),
          },
        ]
      : []

  const inWindow = (date: CalendarDate | undefined) =>
    since !== null && date !== undefined && date > since && date <= asOf

  const actionChanges = (a: ActionProgress): ProgrammeChange[] => {
    const out: ProgrammeChange[] = []
    const base = { goal: a.goal, action: a.id }
    if (a.status !== 'not_started' && inWindow(a.start))
      out.push({
        ...base,
        kind: 'action_started',
        date: a.start!,
        message: message('action_started', { name: a.name, date: day(a.start!) }),
      })
    if (a.status === 'done' && inWindow(a.completedOn))
      out.push({
        ...base,
        kind: 'action_completed',
        date: a.completedOn!,
        message: message('action_completed', { name: a.name, date: day(a.completedOn!) }),
      })
    // Overdue now, and not yet on `since`: its due date is on or after `since`.
    if (a.overdue && since !== null && a.due >= since)
      out.push({
        ...base,
        kind: 'action_became_overdue',
        date: a.due,
        message: message('action_became_overdue', { name: a.name, date: day(a.due) }),
      })
    return out
  }

  const decisionChanges = (d: DecisionProgress): ProgrammeChange[] =>
    d.status === 'decided' && inWindow(d.decidedOn)
      ? [
          {
            ...(d.goal !== undefined ? { goal: d.goal } : {}),
            decision: d.id,
            kind: 'decision_taken',
            date: d.decidedOn!,
            message: message('decision_taken', {
              date: day(d.decidedOn!),
              question: d.question,
              decision: d.decision ?? '',
            }),
          },
        ]
      : []

  const indicatorChanges = (i: IndicatorProgress): ProgrammeChange[] =>
    i.change !== null && i.change !== 0
      ? [
          {
            goal: i.goal,
            indicator: i.id,
            kind: 'indicator_changed',
            date: asOf,
            message: message('indicator_changed', {
              name: i.name,
              previous: `${num(i.previous!)}${i.unit ? ` ${i.unit}` : ''}`,
              value: `${num(i.value!)}${i.unit ? ` ${i.unit}` : ''}`,
            }),
          },
        ]
      : []

  const byDate = (a: ProgrammeChange, b: ProgrammeChange) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0
  const allActions = programme.actions.map(actionProgress)
  const allDecisions = programme.decisions.map(decisionProgress)

  const goals: GoalProgress[] = programme.goals.map((goal) => {
    const indicators = programme.indicators.filter((i) => i.goal === goal.id).map(indicatorProgress)
    const actions = allActions.filter((a) => a.goal === goal.id)
    const decisions = allDecisions.filter((d) => d.goal === goal.id)
    const reasons = [
      ...indicators.flatMap(indicatorReasons),
      ...actions.flatMap(actionReasons),
      ...decisions.flatMap(decisionReasons),
    ]
    // The reasons that decide the status first.
    reasons.sort((a, b) => (a.status === b.status ? 0 : a.status === 'behind' ? -1 : 1))
    return {
      id: goal.id,
      pillar: goal.pillar,
      name: goal.name,
      ...(goal.description !== undefined ? { description: goal.description } : {}),
      risks: goal.risks,
      status: statusFromReasons(reasons),
      reasons,
      indicators,
      actions,
      openDecisions: decisions.filter((d) => d.status === 'open'),
      changes: [
        ...actions.flatMap(actionChanges),
        ...decisions.flatMap(decisionChanges),
        ...indicators.flatMap(indicatorChanges),
      ].sort(byDate),
    }
  })

  const overdueActions = allActions
    .filter((a) => a.overdue)
    .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.id < b.id ? -1 : 1))
  const openDecisions = allDecisions
    .filter((d) => d.status === 'open')
    .sort((a, b) => {
      const x = a.neededBy ?? '9999-12-31'
      const y = b.neededBy ?? '9999-12-31'
      return x < y ? -1 : x > y ? 1 : 0
    })
  const riskTitles: Record<string, string> = {}
  const wanted = new Set(programme.goals.flatMap((g) => g.risks))
  for (const region of byCode.values())
    for (const s of region.riskProfile?.scenarios ?? [])
      if (wanted.has(s.id) && !(s.id in riskTitles)) riskTitles[s.id] = s.title
  const count = (status: GoalProgress['status']) => goals.filter((g) => g.status === status).length
  return {
    asOf,
    since,
    programme: { id: programme.id, name: programme.name },
    regions: programme.regions.map((code) => ({
      code,
      name: byCode.get(code)?.region.name ?? null,
    })),
    goals,
    riskTitles,
    totals: {
      on_track: count('on_track'),
      at_risk: count('at_risk'),
      behind: count('behind'),
      overdueActions: overdueActions.length,
      openDecisions: openDecisions.length,
    },
    overdueActions,
    openDecisions,
    changes: allDecisions
      .filter((d) => d.goal === undefined)
      .flatMap(decisionChanges)
      .sort(byDate),
    warnings,
  }
}
