import { formatPath, type Issue, type Lang } from '../shared/issues.ts'
import { actionListMessage, type ActionListMessageCode } from './messages.ts'

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined
}

/**
 * The whole-document checks of a region's action list: unique ids, every action pointing at a
 * point the file has and at a requirement its edition (or supplement) knows. A requirement of
 * another edition of the guideline (`historical`) is accepted: the action was made before the
 * region moved editions and stays as history. Reads the raw document defensively, so it also runs
 * on a file with shape errors and one run reports every problem.
 */
export function checkActions(
  actions: unknown,
  known: {
    points: ReadonlySet<string>
    /** Undefined when the rules are not available (no catalog): requirements are not checked. */
    requirements?: ReadonlySet<string> | undefined
    historical?: ReadonlySet<string> | undefined
    guideline: string
  },
  lang: Lang,
): Issue[] {
  const out: Issue[] = []
  const issue = (
    code: ActionListMessageCode,
    path: PropertyKey[],
    params: Record<string, string>,
  ) =>
    out.push({
      severity: 'error',
      code,
      path: formatPath(path),
      message: actionListMessage(code, lang, params),
    })
  if (!Array.isArray(actions)) return out
  const seen = new Map<string, number>()
  actions.forEach((action, index) => {
    const id = field(action, 'id')
    if (typeof id === 'string') {
      const first = seen.get(id)
      if (first === undefined) seen.set(id, index)
      else
        issue('duplicate_action', ['actions', index, 'id'], {
          id,
          first: formatPath(['actions', first]),
        })
    }
    const point = field(action, 'point')
    if (typeof point === 'string' && !known.points.has(point))
      issue('unknown_action_point', ['actions', index, 'point'], { id: point })
    const requirement = field(action, 'requirement')
    if (
      typeof requirement === 'string' &&
      known.requirements &&
      !known.requirements.has(requirement) &&
      !known.historical?.has(requirement)
    )
      issue('unknown_action_requirement', ['actions', index, 'requirement'], {
        id: requirement,
        guideline: known.guideline,
      })
    const completed = field(action, 'completed')
    if (field(action, 'status') === 'open' && typeof completed === 'string')
      issue('completed_while_open', ['actions', index, 'completed'], { completed })
  })
  return out
}
