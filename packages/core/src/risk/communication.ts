import type { Basis, ScenarioTag, Source } from '../guideline/schema.ts'
import type { Point } from '../region/schema.ts'
import type { ActionLibrary, Guidance, InformationChannel } from './actions.ts'
import type { InformationPoint, RiskCommunication, RiskProfile, Scenario } from './schema.ts'

export interface ActionSource {
  publisher: string
  title: string
  date?: string | undefined
  address?: string | undefined
}

/** A handelingsperspectief after the region's changes. */
export interface ResolvedAction {
  id: string
  title: string
  tags: ScenarioTag[]
  steps: string[]
  /** `national`: as in the library; `changed`: a national action the region changed; `region`: the region's own. */
  origin: 'national' | 'changed' | 'region'
  /** `source` or `assumption` for the library's wording; `region` where the region wrote or changed it. */
  basis: Basis | 'region'
  sources: ActionSource[]
}

/** Everything a region tells its residents: the library after the region's changes, plus its channels. */
export interface ResolvedCommunication {
  /** `handelingsperspectieven@2026.1` */
  library: string
  actions: ResolvedAction[]
  basics: Record<
    'noodpakket' | 'noodplan' | 'helpElkaar',
    Guidance & { sourceDetails: ActionSource[] }
  >
  stayInformed: Array<InformationChannel & { sourceDetails: ActionSource[] }>
  calamityRadio: RiskCommunication['calamityRadio'] | undefined
  website: RiskCommunication['website'] | undefined
  informationPoints: InformationPoint[]
  notice: string | undefined
}

function toActionSource(s: Source): ActionSource {
  return {
    publisher: s.publisher,
    title: s.title,
    ...(s.date ? { date: s.date } : {}),
    ...(s.address ? { address: s.address } : {}),
  }
}

/**
 * Applies a region's `riskProfile.communication` to the national library: a region action with
 * a national id changes that action (`title`, `tags` or `steps` replace, `addSteps` append);
 * one with a new id is added when it has a title and steps (`validateRiskProfile` reports the rest).
 */
export function resolveCommunication(
  library: ActionLibrary,
  profile?: Pick<RiskProfile, 'communication'>,
): ResolvedCommunication {
  const sources = new Map(library.sources.map((s) => [s.id, toActionSource(s)]))
  const details = (ids: readonly string[]) =>
    ids.flatMap((id) => (sources.has(id) ? [sources.get(id)!] : []))
  const communication = profile?.communication
  const actions = new Map<string, ResolvedAction>(
    library.actions.map((a) => [
      a.id,
      {
        id: a.id,
        title: a.title,
        tags: [...a.tags],
        steps: [...a.steps],
        origin: 'national',
        basis: a.basis,
        sources: details(a.sources),
      },
    ]),
  )
  for (const change of communication?.actions ?? []) {
    const national = actions.get(change.id)
    if (national) {
      actions.set(change.id, {
        ...national,
        title: change.title ?? national.title,
        tags: change.tags ? [...change.tags] : national.tags,
        steps: [...(change.steps ?? national.steps), ...(change.addSteps ?? [])],
        origin: 'changed',
        basis: change.steps || change.title ? 'region' : national.basis,
        sources: [...national.sources, ...(change.sources ?? [])],
      })
    } else if (change.title && (change.steps || change.addSteps)) {
      actions.set(change.id, {
        id: change.id,
        title: change.title,
        tags: [...(change.tags ?? [])],
        steps: [...(change.steps ?? []), ...(change.addSteps ?? [])],
        origin: 'region',
        basis: 'region',
        sources: [...(change.sources ?? [])],
      })
    }
  }
  const basics = {} as ResolvedCommunication['basics']
  for (const key of ['noodpakket', 'noodplan', 'helpElkaar'] as const) {
    basics[key] = { ...library.basics[key], sourceDetails: details(library.basics[key].sources) }
  }
  return {
    library: `${library.id}@${library.version}`,
    actions: [...actions.values()],
    basics,
    stayInformed: library.stayInformed.map((c) => ({ ...c, sourceDetails: details(c.sources) })),
    calamityRadio: communication?.calamityRadio,
    website: communication?.website,
    informationPoints: communication?.informationPoints ?? [],
    notice: communication?.notice,
  }
}

/** Ids of every action a scenario of this profile may name: the library's and the region's own. */
export function knownActionIds(
  library: Pick<ActionLibrary, 'actions'>,
  profile?: Pick<RiskProfile, 'communication'>,
): Set<string> {
  return new Set([
    ...library.actions.map((a) => a.id),
    ...(profile?.communication?.actions ?? []).map((a) => a.id),
  ])
}

/**
 * The handelingsperspectieven for a scenario: the ones it names, in its order; when it names
 * none, every action sharing one of its tags, in library order.
 */
export function actionsForScenario(
  communication: Pick<ResolvedCommunication, 'actions'>,
  scenario: Pick<Scenario, 'actions' | 'tags'>,
): ResolvedAction[] {
  const byId = new Map(communication.actions.map((a) => [a.id, a]))
  if (scenario.actions)
    return scenario.actions.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
  return communication.actions.filter((a) => a.tags.some((t) => scenario.tags.includes(t)))
}

/**
 * The points residents may be told about: `public` is not false and the point is not inactive.
 * Every output for residents takes its points from here.
 */
export function publicPoints<
  P extends { public?: boolean; status: Point['status']; municipality: string },
>(points: readonly P[], municipality?: string): P[] {
  return points.filter(
    (p) =>
      p.public !== false &&
      p.status !== 'inactive' &&
      (municipality === undefined || p.municipality === municipality),
  )
}
