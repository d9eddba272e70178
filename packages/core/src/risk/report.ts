import type { RiskReadiness } from './readiness.ts'

/**
 * The JSON of `weerbaar risk --format json` and the server's `GET /regions/{code}/risk`: the
 * analysis without the echoed scenario input. One definition for both.
 */
export function toRiskReport(result: RiskReadiness) {
  return {
    asOf: result.asOf,
    method: result.analysis?.method ?? null,
    scenarios: result.scenarios.map(({ risk, readiness, priority }) => ({
      rank: risk.rank,
      id: risk.id,
      title: risk.title,
      theme: risk.theme,
      tags: risk.tags,
      impact: {
        score: risk.impact.score,
        class: risk.impact.class,
        label: risk.impact.label,
        position: risk.impact.position,
      },
      likelihood: risk.likelihood,
      diagram: risk.diagram,
      riskPosition: risk.riskPosition,
      municipalities: risk.municipalities,
      readiness: {
        population: readiness.population,
        requiredPoints: readiness.requiredPoints,
        activePoints: readiness.activePoints,
        readyPoints: readiness.readyPoints,
        networkCompleteness: readiness.networkCompleteness,
        meanScore: readiness.meanScore,
        completeness: readiness.completeness,
      },
      priority,
    })),
  }
}
