import type { ImprovementAction } from './schema.ts'

/**
 * Whether an action is overdue on `today` (a calendar date, `YYYY-MM-DD`): still open and due
 * before today. Due today is not yet overdue. Calendar dates compare as text, so the result
 * does not depend on the machine's time zone.
 */
export function isActionOverdue(action: ImprovementAction, options: { today: string }): boolean {
  return action.status === 'open' && action.due < options.today
}

/**
 * The open actions, overdue first, then by due date (earliest first), then by id, so lists and
 * calendars read the same on every machine.
 */
export function openActionsByDue(actions: readonly ImprovementAction[]): ImprovementAction[] {
  return actions
    .filter((a) => a.status === 'open')
    .sort((a, b) => (a.due === b.due ? a.id.localeCompare(b.id) : a.due < b.due ? -1 : 1))
}
