import {
  DEFAULT_COUNTED_TIERS,
  POINT_KINDS,
  type PointKind,
  type ScenarioTag,
  type Tier,
} from '../guideline/schema.ts'
import type { Point, Region } from '../region/schema.ts'
import type { Scenario } from '../risk/schema.ts'
import { isCalendarDate, type CalendarDate } from '../shared/date.ts'
import { InvalidArgumentError, NotFoundError } from '../shared/errors.ts'
import { expiryCutoff } from './expiry.ts'
import { dateKey } from './selection.ts'
import { rulesetLabel, type Ruleset, type RulesetRequirement } from './ruleset.ts'
import type { ReadinessOptions } from './types.ts'

/** A requirement prepared for fast evaluation at one `asOf`. */
export interface CompiledRequirement {
  index: number
  id: string
  requirement: RulesetRequirement
  weight: number
  mandatory: boolean
  allowNotApplicable: boolean
  /** The minimum of a `minimum` check. */
  min: number | undefined
  /** Assessments dated before this are expired on `asOf`; undefined when they never expire. */
  validFrom: CalendarDate | undefined
  /** `dateKey(validFrom)`, or 0 when they never expire. */
  validFromKey: number
  tiers: readonly Tier[] | undefined
  kinds: readonly PointKind[] | undefined
  scenarios: readonly ScenarioTag[] | undefined
}

/** Everything about a ruleset, a region's risk profile and a date that does not depend on one point. */
export interface ReadinessContext {
  asOf: CalendarDate
  asOfKey: number
  ruleset: Ruleset
  label: string
  scenario: Scenario | undefined
  requirements: CompiledRequirement[]
  requirementIndex: Map<string, number>
  inhabitantsPerPoint: number
  /** The tiers whose ready points count towards `inhabitantsPerPoint` (the norm's `countedTiers`). */
  countedTiers: ReadonlySet<Tier>
  minCoordinationPoints: number
  topGaps: number
  /** Scenario tags per municipality code (see `scenarioTagsFor`). */
  tags: Map<string, ReadonlySet<ScenarioTag>>
  scenarios: readonly Scenario[]
  /** Per municipality code, the applicable requirement indices per tier and kind (`profileSlot`). */
  applicable: Map<string, (number[] | undefined)[]>
}

export function createContext(
  region: Pick<Region, 'riskProfile'>,
  ruleset: Ruleset,
  options: ReadinessOptions,
): ReadinessContext {
  const { asOf } = options
  if (typeof asOf !== 'string' || !isCalendarDate(asOf)) {
    throw new InvalidArgumentError(
      `asOf is not a calendar date (YYYY-MM-DD): ${JSON.stringify(asOf)}`,
    )
  }
  const profileScenarios = region.riskProfile?.scenarios ?? []
  let scenario: Scenario | undefined
  if (options.scenario !== undefined) {
    scenario = profileScenarios.find((s) => s.id === options.scenario)
    if (!scenario)
      throw new NotFoundError(
        `The risk profile has no scenario ${JSON.stringify(options.scenario)}`,
      )
  }
  const cutoffs = new Map<number, CalendarDate>()
  const requirements = ruleset.requirements.map((r, index): CompiledRequirement => {
    let validFrom: CalendarDate | undefined
    if (r.validForMonths !== undefined) {
      validFrom = cutoffs.get(r.validForMonths)
      if (validFrom === undefined) {
        validFrom = expiryCutoff(r.validForMonths, { asOf })
        cutoffs.set(r.validForMonths, validFrom)
      }
    }
    return {
      index,
      id: r.id,
      requirement: r,
      weight: r.weight,
      mandatory: r.level === 'mandatory',
      allowNotApplicable: r.allowNotApplicable,
      min: r.check.type === 'minimum' ? r.check.min : undefined,
      validFrom,
      validFromKey: validFrom === undefined ? 0 : dateKey(validFrom),
      tiers: r.appliesTo?.tiers,
      kinds: r.appliesTo?.kinds,
      scenarios: r.appliesTo?.scenarios,
    }
  })
  const topGaps = options.topGaps ?? 5
  if (!Number.isInteger(topGaps) || topGaps < 0)
    throw new InvalidArgumentError(`topGaps must be a non-negative integer: ${topGaps}`)
  return {
    asOf,
    asOfKey: dateKey(asOf),
    ruleset,
    label: rulesetLabel(ruleset),
    scenario,
    requirements,
    requirementIndex: new Map(requirements.map((r) => [r.id, r.index])),
    inhabitantsPerPoint: ruleset.norms.inhabitantsPerPoint.value,
    countedTiers: new Set(
      ruleset.norms.inhabitantsPerPoint.countedTiers?.tiers ?? DEFAULT_COUNTED_TIERS,
    ),
    minCoordinationPoints: ruleset.norms.minCoordinationPointsPerMunicipality.value,
    topGaps,
    tags: new Map(),
    scenarios: scenario ? [scenario] : profileScenarios,
    applicable: new Map(),
  }
}

/**
 * The scenario tags that concern a municipality: those of every scenario of the risk profile
 * (or only the chosen one) whose municipality list includes it or that has no list.
 */
export function scenarioTagsFor(
  ctx: ReadinessContext,
  municipality: string,
): ReadonlySet<ScenarioTag> {
  let tags = ctx.tags.get(municipality)
  if (!tags) {
    const set = new Set<ScenarioTag>()
    for (const s of ctx.scenarios) {
      if (!s.municipalities || s.municipalities.includes(municipality))
        for (const t of s.tags) set.add(t)
    }
    tags = set
    ctx.tags.set(municipality, tags)
  }
  return tags
}

/** Whether every filter of the requirement matches the point. */
export function requirementApplies(
  requirement: Pick<CompiledRequirement, 'tiers' | 'kinds' | 'scenarios'>,
  point: Pick<Point, 'tier' | 'kind'>,
  tags: ReadonlySet<ScenarioTag>,
): boolean {
  if (requirement.tiers && !requirement.tiers.includes(point.tier)) return false
  if (requirement.kinds && !requirement.kinds.includes(point.kind)) return false
  if (requirement.scenarios && !requirement.scenarios.some((t) => tags.has(t))) return false
  return true
}

const KIND_INDEX: ReadonlyMap<PointKind, number> = new Map(POINT_KINDS.map((k, i) => [k, i]))

/**
 * The position of a tier × kind pair in a municipality's cache of applicable lists; -1 for a
 * tier or kind outside the schema (such a point is not cached, so it cannot share a list).
 */
function profileSlot(point: Pick<Point, 'tier' | 'kind'>): number {
  const kind = KIND_INDEX.get(point.kind)
  if (kind === undefined || (point.tier !== 'coordination' && point.tier !== 'local')) return -1
  return (point.tier === 'coordination' ? POINT_KINDS.length : 0) + kind
}

/** Indices of the requirements that apply to the point, in ruleset order (cached per municipality, tier and kind). */
export function applicableRequirements(
  ctx: ReadinessContext,
  point: Pick<Point, 'tier' | 'kind' | 'municipality'>,
): number[] {
  let lists = ctx.applicable.get(point.municipality)
  if (!lists) {
    lists = []
    ctx.applicable.set(point.municipality, lists)
  }
  const slot = profileSlot(point)
  let list = slot < 0 ? undefined : lists[slot]
  if (!list) {
    const tags = scenarioTagsFor(ctx, point.municipality)
    list = ctx.requirements.filter((r) => requirementApplies(r, point, tags)).map((r) => r.index)
    if (slot >= 0) lists[slot] = list
  }
  return list
}
