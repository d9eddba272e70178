import {
  isActionOverdue,
  type CalendarDate,
  type ImprovementAction,
  type Outcome,
  type PointReadiness,
  type Region,
} from '@weerbaar/core'

/** A gap on the action list: an active point where a requirement applies and is not met. */
export interface Gap {
  point: PointReadiness
  requirement: string
  outcome: Outcome
}

/**
 * The gaps of a municipality ('' for the whole region): per active point, every requirement that
 * is not met, expired, never assessed or only partly met. By point name, then requirement id.
 */
export function gapsOf(points: readonly PointReadiness[], municipality = ''): Gap[] {
  const gaps: Gap[] = []
  for (const point of points) {
    if (point.status !== 'active') continue
    if (municipality && point.municipality !== municipality) continue
    for (const r of point.requirements)
      if (r.outcome !== 'met' && r.outcome !== 'not_applicable')
        gaps.push({ point, requirement: r.id, outcome: r.outcome })
  }
  return gaps.sort(
    (a, b) =>
      a.point.name.localeCompare(b.point.name, 'nl') || a.requirement.localeCompare(b.requirement),
  )
}

export interface ActionRow {
  action: ImprovementAction
  pointName: string
  municipality: string
  overdue: boolean
}

/**
 * The action list of a municipality ('' for the region): open actions first (overdue ones on
 * top, then by due date), then the done ones (most recent first). Actions of points that are no
 * longer in the region still show, under their point id, so nothing silently disappears.
 */
export function actionRows(
  region: Pick<Region, 'points' | 'actions'>,
  options: { today: CalendarDate; municipality?: string; includeDone?: boolean },
): ActionRow[] {
  const points = new Map(region.points.map((p) => [p.id, p]))
  const rows: ActionRow[] = []
  for (const action of region.actions ?? []) {
    if (action.status === 'done' && !options.includeDone) continue
    const point = points.get(action.point)
    const municipality = point?.municipality ?? ''
    if (options.municipality && municipality !== options.municipality) continue
    rows.push({
      action,
      pointName: point?.name ?? action.point,
      municipality,
      overdue: isActionOverdue(action, { today: options.today }),
    })
  }
  const rank = (r: ActionRow) => (r.action.status === 'open' ? 0 : 1)
  return rows.sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b)
    const byDue =
      a.action.status === 'open'
        ? a.action.due.localeCompare(b.action.due)
        : (b.action.completed ?? b.action.due).localeCompare(a.action.completed ?? a.action.due)
    return byDue || a.action.id.localeCompare(b.action.id)
  })
}

export interface ActionDraft {
  gap: string
  description: string
  owner: string
  due: string
}

export type ActionDraftErrors = Partial<Record<keyof ActionDraft, 'required'>>

/** What is missing from the add form, per field; empty when the draft can be saved. */
export function checkActionDraft(draft: ActionDraft): ActionDraftErrors {
  const errors: ActionDraftErrors = {}
  if (!draft.gap) errors.gap = 'required'
  if (!draft.description.trim()) errors.description = 'required'
  if (!draft.owner.trim()) errors.owner = 'required'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.due)) errors.due = 'required'
  return errors
}

/** The key of a gap in the form's select: point and requirement. */
export const gapKey = (point: string, requirement: string) => `${point} ${requirement}`

/** A new action id, unique in the region: `actie-` and a random part. */
export function newActionId(
  existing: readonly { id: string }[],
  random: () => string = () => Math.random().toString(36).slice(2, 10),
): string {
  const taken = new Set(existing.map((a) => a.id))
  let id = `actie-${random()}`
  while (taken.has(id)) id = `actie-${random()}`
  return id
}

/** The region with one action added or replaced (by id). */
export function withAction(region: Region, action: ImprovementAction): Region {
  const actions = region.actions ?? []
  const index = actions.findIndex((a) => a.id === action.id)
  return {
    ...region,
    actions:
      index === -1 ? [...actions, action] : actions.map((a, i) => (i === index ? action : a)),
  }
}

/** The region without the action. */
export function withoutAction(region: Region, id: string): Region {
  return { ...region, actions: (region.actions ?? []).filter((a) => a.id !== id) }
}

/** Marks an action done today, or opens it again. */
export function setActionStatus(
  action: ImprovementAction,
  status: ImprovementAction['status'],
  today: CalendarDate,
): ImprovementAction {
  const { completed: _completed, ...rest } = action
  return status === 'done' ? { ...rest, status, completed: today } : { ...rest, status }
}
