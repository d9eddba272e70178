import { InvalidArgumentError } from '../shared/errors.ts'
import {
  GRADED_CLASSES,
  isStrictlyIncreasing,
  riskMethodLabel,
  type GradedClass,
  type ImpactClass,
  type LikelihoodClass,
  type RiskMethod,
} from './method.ts'
import type { RiskProfile, Scenario } from './schema.ts'

/** Where a number comes from: a cited source, the method's assumption, or the region's own override. */
export type ParameterBasis = 'source' | 'assumption' | 'region'

export interface RiskParameter<T> {
  value: T
  basis: ParameterBasis
}

/** The numbers a risk profile is scored with: the method's defaults after the region's overrides. */
export interface RiskParameters {
  /** `nrb@2026.1` */
  method: string
  classScores: Record<GradedClass, RiskParameter<number>>
  /** Per criterion id of the method, in the method's order. */
  weights: Record<string, RiskParameter<number>>
  horizonYears: RiskParameter<number>
  horizontalAxis: 'likelihood' | 'impact'
  /** Σ of all weights: the denominator of the weighted impact score. */
  totalWeight: number
}

/**
 * Merges the region's `classScores`, `weights` and `horizonYears` over the method's documented
 * defaults. Throws `InvalidArgumentError` when the result cannot be scored (class scores not
 * strictly increasing, all weights zero); `validateRiskProfile` reports those as data problems.
 */
export function resolveRiskParameters(
  method: RiskMethod,
  profile?: Pick<RiskProfile, 'classScores' | 'weights' | 'horizonYears'>,
): RiskParameters {
  const methodBasis = (basis: RiskMethod['weights']['basis']): ParameterBasis => basis
  const classScores = {} as Record<GradedClass, RiskParameter<number>>
  for (const k of GRADED_CLASSES) {
    const override = profile?.classScores?.[k]
    classScores[k] =
      override === undefined
        ? {
            value: method.classScores.values[k] ?? Number.NaN,
            basis: methodBasis(method.classScores.basis),
          }
        : { value: override, basis: 'region' }
  }
  if (!isStrictlyIncreasing(GRADED_CLASSES.map((k) => classScores[k].value))) {
    throw new InvalidArgumentError(
      `Class scores must increase strictly from A to E: ${GRADED_CLASSES.map((k) => `${k}=${classScores[k].value}`).join(', ')}`,
    )
  }
  const weights: Record<string, RiskParameter<number>> = {}
  let totalWeight = 0
  for (const c of method.criteria) {
    const override = profile?.weights?.[c.id]
    weights[c.id] =
      override === undefined
        ? { value: method.weights.values[c.id] ?? 0, basis: methodBasis(method.weights.basis) }
        : { value: override, basis: 'region' }
    totalWeight += weights[c.id]!.value
  }
  if (!(totalWeight > 0)) {
    throw new InvalidArgumentError(
      `The weights of ${riskMethodLabel(method)} add up to 0: nothing would count`,
    )
  }
  const horizonYears: RiskParameter<number> =
    profile?.horizonYears === undefined
      ? { value: method.horizon.values, basis: methodBasis(method.horizon.basis) }
      : { value: profile.horizonYears, basis: 'region' }
  return {
    method: riskMethodLabel(method),
    classScores,
    weights,
    horizonYears,
    horizontalAxis: method.diagram.values.horizontal,
    totalWeight,
  }
}

export interface CriterionContribution {
  criterion: string
  /** The class given; `null` when the scenario does not score this criterion (counted as X). */
  class: ImpactClass | null
  weight: number
  /** Class score (0 for X or unscored). */
  score: number
  /** weight × score / totalWeight: this criterion's share of the impact score. */
  contribution: number
}

export interface ScenarioImpact {
  /** Σ weight·score(class) / Σ weight over all criteria of the method; X and unscored count 0. */
  score: number
  /**
   * Position on the impact axis of the risk diagram, 0–5: the centre of class K (A = 0) is
   * K + 0.5, logarithmic between the class scores, linear from 0 to the score of A.
   */
  position: number
  /** The aggregate impact class: the cell of the diagram the position falls in. */
  class: GradedClass
  criteria: CriterionContribution[]
  /** Criteria of the method (non-optional) that the scenario leaves unscored. */
  unscored: string[]
}

/** The weighted impact score of one scenario and its place on the impact axis. */
export function scenarioImpact(
  scenario: Pick<Scenario, 'impact'>,
  method: RiskMethod,
  parameters: RiskParameters,
): ScenarioImpact {
  let sum = 0
  const unscored: string[] = []
  const criteria = method.criteria.map((c): CriterionContribution => {
    const given = scenario.impact[c.id]
    const weight = parameters.weights[c.id]?.value ?? 0
    const score = given === undefined || given === 'X' ? 0 : parameters.classScores[given].value
    if (given === undefined && !c.optional) unscored.push(c.id)
    sum += weight * score
    return {
      criterion: c.id,
      class: given ?? null,
      weight,
      score,
      contribution: (weight * score) / parameters.totalWeight,
    }
  })
  const score = sum / parameters.totalWeight
  const position = impactPosition(score, parameters)
  return { score, position, class: classAt(position), criteria, unscored }
}

/**
 * Maps an impact score to the impact axis (0–5). Class scores sit at the cell centres
 * (A at 0.5 … E at 4.5); between two classes the axis is logarithmic, so a cell boundary lies at
 * the geometric mean of the two class scores. The score of an all-X scenario (0) maps to 0.
 */
export function impactPosition(
  score: number,
  parameters: Pick<RiskParameters, 'classScores'>,
): number {
  const s = GRADED_CLASSES.map((k) => parameters.classScores[k].value)
  const first = s[0]!
  if (score <= 0) return 0
  if (score <= first) return (0.5 * score) / first
  for (let k = 0; k < s.length - 1; k++) {
    const low = s[k]!
    const high = s[k + 1]!
    if (score <= high) return k + 0.5 + Math.log(score / low) / Math.log(high / low)
  }
  return GRADED_CLASSES.length - 0.5
}

/** The class (cell) a position on a 0–5 axis falls in; a boundary belongs to the higher class. */
export function classAt(position: number): GradedClass {
  const index = Math.min(GRADED_CLASSES.length - 1, Math.max(0, Math.floor(position)))
  return GRADED_CLASSES[index]!
}

/** Position of a likelihood class on its axis: the centre of its cell (A = 0.5 … E = 4.5). */
export function likelihoodPosition(likelihood: LikelihoodClass): number {
  return GRADED_CLASSES.indexOf(likelihood) + 0.5
}
