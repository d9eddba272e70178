import type { Assessment, Point } from '../region/schema.ts'
import {
  applicableRequirements,
  type CompiledRequirement,
  type ReadinessContext,
} from './context.ts'
import { evaluateRequirement } from './evaluate.ts'
import { evidencedRequirement } from './evidence.ts'
import {
  RESULT_MET,
  RESULT_NOT_APPLICABLE,
  RESULT_NOT_MET,
  RESULT_PARTIAL,
  type Selection,
} from './selection.ts'
import type { PointReadiness, ReadinessLevel, RequirementReadiness } from './types.ts'

/** Outcome codes for the compact per-point record; indices into `OUTCOMES`. */
export const MET = 0
export const PARTIAL = 1
export const NOT_MET = 2
export const UNKNOWN = 3
export const EXPIRED = 4
export const NOT_APPLICABLE = 5

/**
 * The outcome code of the assessment selected for `slot`: the rules of `evaluateRequirement`
 * on the copied fields, without allocating. Keep the two in step (a property test checks).
 */
export function outcomeCode(c: CompiledRequirement, s: Selection, slot: number): number {
  const index = s.index[slot]!
  if (index < 0) return index === -1 ? UNKNOWN : MET
  if (s.key[slot]! < c.validFromKey) return EXPIRED
  const result = s.result[slot]!
  if (result === RESULT_NOT_APPLICABLE) return c.allowNotApplicable ? NOT_APPLICABLE : UNKNOWN
  const value = s.value[slot]!
  if (c.min !== undefined && value === value)
    return value >= c.min ? MET : value > 0 ? PARTIAL : NOT_MET
  return result === RESULT_MET
    ? MET
    : result === RESULT_PARTIAL
      ? PARTIAL
      : result === RESULT_NOT_MET
        ? NOT_MET
        : UNKNOWN
}

/** The fraction that goes with an outcome code (not for NOT_APPLICABLE). */
export function fractionOf(
  code: number,
  c: CompiledRequirement,
  s: Selection,
  slot: number,
): number {
  if (code === MET) return 1
  if (code !== PARTIAL) return 0
  const value = s.value[slot]!
  return c.min !== undefined && value === value ? value / c.min : 0.5
}

/** A scored point plus what the aggregates need to read its outcome codes. */
export interface ScoredPoint {
  readiness: PointReadiness
  /** Indices of the applicable requirements, in ruleset order. */
  applicable: readonly number[]
  /** Slot of requirement 0: the point's outcome codes are at `codes[base + k]`. */
  base: number
}

/**
 * Scores one point: applicability, outcomes, score, completeness and level. The hot path works
 * on the selection's typed arrays and writes outcome codes to `codes[base + k]`; the
 * `requirements` list is built with `evaluateRequirement` the first time it is read, so a
 * whole-region computation allocates a few objects per point, none per requirement.
 * The list reads `selection` and `items` when first read: a caller that later changes the
 * selection slots of this point, or the item they point at, must read `requirements` first
 * (the engine does).
 */
export function scorePoint(
  ctx: ReadinessContext,
  point: Point,
  selection: Selection,
  base: number,
  items: ReadonlyArray<Assessment | undefined>,
  codes: Uint8Array,
): ScoredPoint {
  const applicable = applicableRequirements(ctx, point)
  const n = applicable.length
  let weightSum = 0
  let weightedFraction = 0
  let assessedWeight = 0
  let blocking = false
  let open = false
  for (let i = 0; i < n; i++) {
    const c = ctx.requirements[applicable[i]!]!
    const slot = base + c.index
    const code = outcomeCode(c, selection, slot)
    codes[slot] = code
    if (code === NOT_APPLICABLE) continue
    weightSum += c.weight
    weightedFraction += c.weight * fractionOf(code, c, selection, slot)
    const assessed = code <= NOT_MET
    if (assessed) assessedWeight += c.weight
    if (c.mandatory) {
      if (code === PARTIAL || code === NOT_MET) blocking = true
      else if (!assessed) open = true
    }
  }
  const assessedLevel: ReadinessLevel = blocking ? 'not_ready' : open ? 'unknown' : 'ready'
  const readiness = new ScoredPointReadiness(
    point,
    point.status === 'active' ? assessedLevel : point.status,
    assessedLevel,
    weightSum > 0 ? (100 * weightedFraction) / weightSum : null,
    weightSum > 0 ? (100 * assessedWeight) / weightSum : null,
    { ctx, selection, base, items, applicable, requirements: undefined },
  )
  return { readiness, applicable, base }
}

/** Where a scored point keeps what its lazy `requirements` list is built from. */
const LAZY = Symbol('lazy requirements')

interface LazyRequirements {
  ctx: ReadinessContext
  selection: Selection
  base: number
  items: ReadonlyArray<Assessment | undefined>
  applicable: readonly number[]
  requirements: RequirementReadiness[] | undefined
}

/**
 * `PointReadiness` whose `requirements` list is built on first read. The list is a getter on
 * the prototype and the state behind it sits under a symbol, so `JSON.stringify` (through
 * `toJSON`), `Object.keys` and property access see an ordinary point; a spread copy
 * (`{ ...point }`) does not carry `requirements`: read it explicitly. A symbol rather than a
 * `#private` field: the getter must also work when a framework wraps the point in a proxy
 * (Vue's `reactive`); and a symbol rather than `Object.defineProperty`, which took 40 % of the
 * time scoring a region's points.
 */
class ScoredPointReadiness implements PointReadiness {
  id: string
  name: string
  municipality: string
  tier: PointReadiness['tier']
  kind: PointReadiness['kind']
  status: PointReadiness['status']
  public: boolean
  level: PointReadiness['level']
  assessedLevel: ReadinessLevel
  score: number | null
  completeness: number | null
  readonly [LAZY]: LazyRequirements

  constructor(
    point: Point,
    level: PointReadiness['level'],
    assessedLevel: ReadinessLevel,
    score: number | null,
    completeness: number | null,
    lazy: LazyRequirements,
  ) {
    this.id = point.id
    this.name = point.name
    this.municipality = point.municipality
    this.tier = point.tier
    this.kind = point.kind
    this.status = point.status
    this.public = point.public
    this.level = level
    this.assessedLevel = assessedLevel
    this.score = score
    this.completeness = completeness
    this[LAZY] = lazy
  }

  get requirements(): RequirementReadiness[] {
    const lazy = this[LAZY]
    if (!lazy.requirements) {
      const { ctx, selection, base, items, applicable } = lazy
      lazy.requirements = applicable.map((k) => {
        const index = selection.index[base + k]!
        if (index < -1)
          return evidencedRequirement(ctx.requirements[k]!, selection.evidence![-2 - index]!)
        return evaluateRequirement(ctx.requirements[k]!, index < 0 ? undefined : items[index])
      })
    }
    return lazy.requirements
  }

  toJSON(): PointReadiness {
    return { ...this, requirements: this.requirements }
  }
}

/** Whether an active point lacks the requirement (for `topGaps`): counted and not met. */
export function lacksCode(code: number): boolean {
  return code !== MET && code !== NOT_APPLICABLE
}
