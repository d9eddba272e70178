import { formatNumberNl } from '../readiness/format.ts'
import type { Ruleset } from '../readiness/ruleset.ts'
import { scenarioReadiness, type ScenarioReadiness } from '../readiness/scenario.ts'
import type { ReadinessOptions } from '../readiness/types.ts'
import type { Region } from '../region/schema.ts'
import { InvalidArgumentError } from '../shared/errors.ts'
import { analyzeRiskProfile, type RankedScenario, type RiskAnalysis } from './analyze.ts'
import type { RiskMethod } from './method.ts'

/** The largest `riskPosition` (both axes at the centre of their top class: 4.5 + 4.5). */
export const MAX_RISK_POSITION = 9

export interface ScenarioRiskReadiness {
  risk: RankedScenario
  /** Readiness of the network under this scenario, over the municipalities it concerns. */
  readiness: ScenarioReadiness
  /**
   * 0–1: high when the risk ranks high and the network is not prepared for it.
   * (riskPosition / 9) × (1 − networkCompleteness / 100).
   */
  priority: number
  /** Dutch: "1. Langdurige stroomuitval (zeer ernstig, mogelijk): 14 van 22 actieve punten gereed (nodig: 30)". */
  sentence: string
}

export interface RiskReadiness {
  asOf: string
  /** null without a risk profile. */
  analysis: RiskAnalysis | null
  /** In risk order: highest risk first. Sort by `priority` for "high risk and unprepared" first. */
  scenarios: ScenarioRiskReadiness[]
}

/** Priority of a scenario: how high it ranks, times how much of its network is missing. */
export function riskPriority(riskPosition: number, networkCompleteness: number): number {
  const risk = Math.min(1, Math.max(0, riskPosition / MAX_RISK_POSITION))
  const missing = 1 - Math.min(100, Math.max(0, networkCompleteness)) / 100
  return risk * missing
}

/**
 * Risk × readiness: every scenario of the region's risk profile with its rank and impact, and
 * the readiness of the network under it (only untagged requirements and the scenario's own).
 * Empty without a risk profile.
 */
export function riskReadiness(
  region: Region,
  ruleset: Ruleset,
  method: RiskMethod,
  options: Omit<ReadinessOptions, 'scenario'>,
): RiskReadiness {
  const profile = region.riskProfile
  if (!profile || profile.scenarios.length === 0) {
    return { asOf: options.asOf, analysis: null, scenarios: [] }
  }
  const analysis = analyzeRiskProfile(profile, method)
  const readiness = new Map(
    scenarioReadiness(region, ruleset, options).map((r) => [r.scenario.id, r]),
  )
  const scenarios = analysis.scenarios.map((risk): ScenarioRiskReadiness => {
    const r = readiness.get(risk.id)
    if (!r)
      throw new InvalidArgumentError(
        `No readiness for scenario ${risk.id}: are scenario ids unique?`,
      )
    return {
      risk,
      readiness: r,
      priority: riskPriority(risk.riskPosition, r.networkCompleteness),
      sentence:
        `${risk.rank}. ${risk.title} (${risk.impact.label}, ${risk.likelihood.label}): ` +
        `${formatNumberNl(r.readyPoints, 0)} van ${formatNumberNl(r.activePoints, 0)} actieve punten gereed ` +
        `(nodig: ${formatNumberNl(r.requiredPoints, 0)})`,
    }
  })
  return { asOf: options.asOf, analysis, scenarios }
}
