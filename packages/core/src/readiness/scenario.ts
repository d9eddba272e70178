import type { ScenarioTag } from '../guideline/schema.ts'
import type { Region } from '../region/schema.ts'
import { municipalityReadiness, regionSummary, tallyMunicipality } from './aggregate.ts'
import { selectAssessments } from './compute.ts'
import { applyEvidence, indexEvidence } from './evidence.ts'
import { createContext } from './context.ts'
import { formatNumberNl } from './format.ts'
import { scorePoint, type ScoredPoint } from './point.ts'
import type { Ruleset } from './ruleset.ts'
import type { MunicipalityReadiness, ReadinessOptions, ReadinessSummary } from './types.ts'

export interface ScenarioReadiness extends ReadinessSummary {
  scenario: { id: string; title: string; tags: ScenarioTag[] }
  /** Codes of the municipalities the scenario concerns (all when it names none). */
  municipalities: string[]
  /** Dutch: "Langdurige stroomuitval: 14 van 22 actieve punten gereed (nodig: 30)". */
  sentence: string
}

/**
 * Readiness under each scenario of the region's risk profile, over the municipalities it
 * concerns: only untagged requirements and those tagged with the scenario's tags count.
 * Empty without a risk profile.
 */
export function scenarioReadiness(
  region: Region,
  ruleset: Ruleset,
  options: Omit<ReadinessOptions, 'scenario'>,
): ScenarioReadiness[] {
  const scenarios = region.riskProfile?.scenarios ?? []
  if (scenarios.length === 0) return []
  const base = createContext(region, ruleset, options)
  const pointIndex = new Map<string, number>()
  region.points.forEach((p, i) => pointIndex.set(p.id, i))
  // The assessment used does not depend on the scenario: select once.
  const selection = selectAssessments(base, pointIndex, region.assessments)
  applyEvidence(base, indexEvidence(base, pointIndex, region.agreements), selection)
  const R = base.requirements.length
  const codes = new Uint8Array(region.points.length * R)

  return scenarios.map((s) => {
    const ctx = createContext(region, ruleset, { ...options, scenario: s.id })
    const concerned = region.municipalities.filter(
      (m) => !s.municipalities || s.municipalities.includes(m.code),
    )
    const concernedCodes = new Set(concerned.map((m) => m.code))
    const byMunicipality = new Map(concerned.map((m) => [m.code, [] as ScoredPoint[]]))
    region.points.forEach((p, i) => {
      if (concernedCodes.has(p.municipality))
        byMunicipality
          .get(p.municipality)!
          .push(scorePoint(ctx, p, selection, i * R, region.assessments, codes))
    })
    const tallies = concerned.map((m) =>
      tallyMunicipality(ctx, m, byMunicipality.get(m.code)!, codes),
    )
    const municipalities: MunicipalityReadiness[] = concerned.map((m, i) =>
      municipalityReadiness(ctx, m, tallies[i]!),
    )
    const {
      code: _code,
      name: _name,
      coordination: _coordination,
      ...summary
    } = regionSummary(ctx, region, municipalities, tallies)
    return {
      scenario: { id: s.id, title: s.title, tags: s.tags },
      municipalities: concerned.map((m) => m.code),
      ...summary,
      sentence: `${s.title}: ${formatNumberNl(summary.readyPoints, 0)} van ${formatNumberNl(summary.activePoints, 0)} actieve punten gereed (nodig: ${formatNumberNl(summary.requiredPoints, 0)})`,
    }
  })
}
