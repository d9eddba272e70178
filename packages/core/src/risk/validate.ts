import { formatPath, type Issue, type Lang } from '../shared/issues.ts'
import type { ActionLibrary } from './actions.ts'
import { actionsForScenario, knownActionIds, resolveCommunication } from './communication.ts'
import { GRADED_CLASSES, isStrictlyIncreasing, riskMethodLabel, type RiskMethod } from './method.ts'
import { riskMessage, type RiskMessageCode } from './messages.ts'
import type { RiskProfile } from './schema.ts'

export interface ValidateRiskProfileOptions {
  /** The method the profile names (`getRiskMethod` of `@weerbaar/guidelines`). */
  method: RiskMethod
  /** The handelingsperspectieven library; without it action ids are not checked. */
  library?: ActionLibrary | undefined
  /** GM codes of the region's municipalities; without them municipality codes are not checked. */
  municipalities?: Iterable<string> | undefined
  lang?: Lang | undefined
  /** Path of the profile in the document; default `riskProfile`. */
  path?: PropertyKey[] | undefined
}

/**
 * Checks a (shape-valid) risk profile against its method, the action library and the region:
 * unknown criteria, municipalities and actions, duplicate ids, class scores and weights that
 * cannot be scored (errors); unscored criteria, criteria without weight, scenarios without
 * impact or without anything for residents to do (warnings). Classes outside A–E/X and unknown
 * tags are already rejected by `RiskProfileSchema`.
 */
export function validateRiskProfile(
  profile: RiskProfile,
  options: ValidateRiskProfileOptions,
): Issue[] {
  const lang = options.lang ?? 'nl'
  const base = options.path ?? ['riskProfile']
  const { method, library } = options
  const methodRef = riskMethodLabel(method)
  const out: Issue[] = []
  const add = (
    severity: Issue['severity'],
    code: RiskMessageCode,
    path: PropertyKey[],
    params: Record<string, string | number> = {},
  ) =>
    out.push({
      severity,
      code,
      path: formatPath([...base, ...path]),
      message: riskMessage(code, lang, params),
    })

  const criteria = new Map(method.criteria.map((c) => [c.id, c]))
  const municipalities = options.municipalities ? new Set(options.municipalities) : undefined

  // Parameters: the method's defaults with the region's overrides must still be scorable.
  const scores = GRADED_CLASSES.map(
    (k) => profile.classScores?.[k] ?? method.classScores.values[k] ?? Number.NaN,
  )
  if (profile.classScores && !isStrictlyIncreasing(scores)) {
    add('error', 'class_scores_not_increasing', ['classScores'], {
      scores: GRADED_CLASSES.map((k, i) => `${k}=${scores[i]}`).join(', '),
    })
  }
  const weight = (id: string) => profile.weights?.[id] ?? method.weights.values[id] ?? 0
  for (const id of Object.keys(profile.weights ?? {})) {
    if (!criteria.has(id))
      add('error', 'unknown_criterion', ['weights', id], { id, method: methodRef })
  }
  if (method.criteria.every((c) => weight(c.id) === 0))
    add('error', 'weights_all_zero', ['weights'])

  const seen = new Map<string, number>()
  profile.scenarios.forEach((s, index) => {
    const first = seen.get(s.id)
    if (first === undefined) seen.set(s.id, index)
    else
      add('error', 'duplicate_id', ['scenarios', index, 'id'], {
        what: lang === 'nl' ? 'scenario-id' : 'scenario id',
        id: s.id,
        first: formatPath([...base, 'scenarios', first]),
      })

    const unknown = Object.keys(s.impact).filter((id) => !criteria.has(id))
    for (const id of unknown)
      add('error', 'unknown_criterion', ['scenarios', index, 'impact', id], {
        id,
        method: methodRef,
      })
    const unscored = method.criteria
      .filter((c) => !c.optional && s.impact[c.id] === undefined)
      .map((c) => c.id)
    if (unscored.length)
      add('warning', 'criteria_unscored', ['scenarios', index, 'impact'], {
        id: s.id,
        criteria: unscored.join(', '),
      })
    for (const [id, k] of Object.entries(s.impact)) {
      if (criteria.has(id) && k !== 'X' && weight(id) === 0) {
        add('warning', 'criterion_without_weight', ['scenarios', index, 'impact', id], { id })
      }
    }
    const known = Object.entries(s.impact).filter(([id]) => criteria.has(id))
    if (known.length > 0 && known.every(([, k]) => k === 'X'))
      add('warning', 'no_impact', ['scenarios', index, 'impact'], { id: s.id })

    if (municipalities) {
      s.municipalities?.forEach((code, j) => {
        if (!municipalities.has(code))
          add('error', 'unknown_municipality', ['scenarios', index, 'municipalities', j], { code })
      })
    }
    const listed = new Set<string>()
    s.municipalities?.forEach((code, j) => {
      if (listed.has(code))
        add('warning', 'duplicate_municipality', ['scenarios', index, 'municipalities', j], {
          code,
        })
      listed.add(code)
    })
  })

  if (library) {
    const ids = knownActionIds(library, profile)
    const national = new Set(library.actions.map((a) => a.id))
    const regionIds = new Map<string, number>()
    profile.communication?.actions?.forEach((a, index) => {
      const first = regionIds.get(a.id)
      if (first !== undefined) {
        add('error', 'duplicate_id', ['communication', 'actions', index, 'id'], {
          what: lang === 'nl' ? 'handelingsperspectief' : 'action',
          id: a.id,
          first: formatPath([...base, 'communication', 'actions', first]),
        })
      } else regionIds.set(a.id, index)
      if (!national.has(a.id) && (!a.title || !(a.steps || a.addSteps))) {
        add('error', 'new_action_incomplete', ['communication', 'actions', index], { id: a.id })
      }
    })
    const communication = resolveCommunication(library, profile)
    profile.scenarios.forEach((s, index) => {
      s.actions?.forEach((id, j) => {
        if (!ids.has(id)) add('error', 'unknown_action', ['scenarios', index, 'actions', j], { id })
      })
      if (actionsForScenario(communication, s).length === 0) {
        add('warning', 'no_actions_for_residents', ['scenarios', index], { id: s.id })
      }
    })
  }

  if (municipalities) {
    profile.communication?.informationPoints?.forEach((p, index) => {
      if (p.municipality !== undefined && !municipalities.has(p.municipality)) {
        add(
          'error',
          'unknown_municipality',
          ['communication', 'informationPoints', index, 'municipality'],
          {
            code: p.municipality,
          },
        )
      }
    })
  }
  return out
}
