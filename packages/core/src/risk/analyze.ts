import type { Municipality } from '../region/schema.ts'
import { InvalidArgumentError } from '../shared/errors.ts'
import {
  riskMethodLabel,
  type GradedClass,
  type LikelihoodClass,
  type RiskMethod,
} from './method.ts'
import type { RiskProfile, Scenario } from './schema.ts'
import {
  likelihoodPosition,
  resolveRiskParameters,
  scenarioImpact,
  type RiskParameters,
  type ScenarioImpact,
} from './score.ts'

/** Where a scenario sits in the risk diagram. Both axes run 0–5, one cell per class. */
export interface DiagramPosition {
  likelihood: number
  impact: number
  /** The horizontal coordinate, by the method's orientation (likelihood by default). */
  x: number
  y: number
}

export interface RankedScenario {
  /** 1 = the highest risk. Ranks are unique: ties are broken (see `compareRisks`). */
  rank: number
  id: string
  title: string
  theme: string
  tags: Scenario['tags']
  likelihood: {
    class: LikelihoodClass
    label: string
    /** Probability range over `horizonYears`, as fractions. */
    probability: { min: number; max: number }
    horizonYears: number
  }
  impact: ScenarioImpact & { label: string }
  diagram: DiagramPosition
  /**
   * Impact position + likelihood position (0–9): the distance along the diagram's diagonal,
   * so one class step on either axis counts the same. The ranking sorts on it.
   */
  riskPosition: number
  /** GM codes of the municipalities it concerns; null = all municipalities of the region. */
  municipalities: string[] | null
  scenario: Scenario
}

export interface RiskAnalysis {
  /** `nrb@2026.1` */
  method: string
  parameters: RiskParameters
  /** All scenarios, highest risk first. */
  scenarios: RankedScenario[]
}

/**
 * A total order on scenarios, highest risk first: by `riskPosition`, then impact score,
 * then likelihood, then id, then title. Returns < 0 when `a` ranks above `b`.
 */
export function compareRisks(
  a: Pick<RankedScenario, 'riskPosition' | 'impact' | 'likelihood' | 'id' | 'title'>,
  b: Pick<RankedScenario, 'riskPosition' | 'impact' | 'likelihood' | 'id' | 'title'>,
): number {
  return (
    b.riskPosition - a.riskPosition ||
    b.impact.score - a.impact.score ||
    (b.likelihood.class < a.likelihood.class
      ? -1
      : b.likelihood.class > a.likelihood.class
        ? 1
        : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
    (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)
  )
}

function impactLabel(method: RiskMethod, k: GradedClass): string {
  return method.impactClasses.find((c) => c.id === k)?.label ?? k
}

/**
 * Scores and ranks every scenario of a risk profile with its method (`getRiskMethod` of
 * `@weerbaar/guidelines`): weighted impact score and class, position in the risk diagram, rank.
 */
export function analyzeRiskProfile(profile: RiskProfile, method: RiskMethod): RiskAnalysis {
  if (profile.method.id !== method.id || profile.method.version !== method.version) {
    throw new InvalidArgumentError(
      `The risk profile follows ${riskMethodLabel(profile.method)}, not ${riskMethodLabel(method)}`,
    )
  }
  const parameters = resolveRiskParameters(method, profile)
  const horizonYears = parameters.horizonYears.value
  const scored = profile.scenarios.map((scenario): Omit<RankedScenario, 'rank'> => {
    const impact = scenarioImpact(scenario, method, parameters)
    const likelihoodClass = method.likelihoodClasses.find((c) => c.id === scenario.likelihood)!
    const likelihood = likelihoodPosition(scenario.likelihood)
    const horizontal = parameters.horizontalAxis === 'likelihood'
    return {
      id: scenario.id,
      title: scenario.title,
      theme: scenario.theme,
      tags: scenario.tags,
      likelihood: {
        class: scenario.likelihood,
        label: likelihoodClass.label,
        probability: { ...likelihoodClass.probability },
        horizonYears,
      },
      impact: { ...impact, label: impactLabel(method, impact.class) },
      diagram: {
        likelihood,
        impact: impact.position,
        x: horizontal ? likelihood : impact.position,
        y: horizontal ? impact.position : likelihood,
      },
      riskPosition: impact.position + likelihood,
      municipalities: scenario.municipalities ? [...scenario.municipalities] : null,
      scenario,
    }
  })
  const scenarios = scored.sort(compareRisks).map((s, i) => ({ rank: i + 1, ...s }))
  return { method: parameters.method, parameters, scenarios }
}

/** Whether a scenario concerns a municipality: it names it, or names none (then all). */
export function concernsMunicipality(
  scenario: Pick<Scenario, 'municipalities'>,
  code: string,
): boolean {
  return !scenario.municipalities || scenario.municipalities.includes(code)
}

/** The ranked scenarios that concern one municipality, highest risk first (ranks stay regional). */
export function risksForMunicipality(analysis: RiskAnalysis, code: string): RankedScenario[] {
  return analysis.scenarios.filter((s) => concernsMunicipality(s.scenario, code))
}

export interface MunicipalityRisks {
  code: string
  name: string
  scenarios: RankedScenario[]
}

/** For every municipality, in the given order, the scenarios that concern it. */
export function risksByMunicipality(
  analysis: RiskAnalysis,
  municipalities: ReadonlyArray<Pick<Municipality, 'code' | 'name'>>,
): MunicipalityRisks[] {
  return municipalities.map((m) => ({
    code: m.code,
    name: m.name,
    scenarios: risksForMunicipality(analysis, m.code),
  }))
}
