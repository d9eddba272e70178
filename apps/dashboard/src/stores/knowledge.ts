import {
  isInformativeNote,
  type Municipality,
  type RegionReadiness,
  type Ruleset,
  type RulesetRequirement,
} from '@weerbaar/core'
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useReadinessStore } from './readiness.ts'
import { useRegionStore } from './regions.ts'

// The test of a useful note lives in core: the server's knowledge sharing uses the same one.
export { isInformativeNote }

export interface Practice {
  point: string
  pointName: string
  municipality: string
  municipalityName: string
  note: string
  date: string
  assessor?: string
}

/** One way of meeting a requirement: a note, and every point whose assessment gives it. */
export interface Approach {
  note: string
  points: Practice[]
  municipalities: string[]
}

export interface RequirementPractices {
  requirement: RulesetRequirement
  /** Active points where core judges the requirement met. */
  metPoints: number
  municipalities: number
  /** Their assessment notes: how they did it, most used first. */
  approaches: Approach[]
}

/**
 * "Hoe doen anderen het?": per requirement, the points where core's readiness says it is met,
 * with the note of the assessment that met it. A grouping of core's results, nothing scored here.
 */
export function collectPractices(
  report: Pick<RegionReadiness, 'points'>,
  ruleset: Pick<Ruleset, 'requirements'>,
  municipalities: readonly Pick<Municipality, 'code' | 'name'>[],
): RequirementPractices[] {
  const names = new Map(municipalities.map((m) => [m.code, m.name]))
  const byRequirement = new Map<
    string,
    { points: number; municipalities: Set<string>; examples: Practice[] }
  >()
  for (const p of report.points) {
    if (p.status !== 'active') continue
    for (const r of p.requirements) {
      if (r.outcome !== 'met') continue
      const entry = byRequirement.get(r.id) ?? {
        points: 0,
        municipalities: new Set<string>(),
        examples: [],
      }
      entry.points++
      entry.municipalities.add(p.municipality)
      const note = r.assessment?.note?.trim()
      if (note && r.assessment && isInformativeNote(note)) {
        entry.examples.push({
          point: p.id,
          pointName: p.name,
          municipality: p.municipality,
          municipalityName: names.get(p.municipality) ?? p.municipality,
          note,
          date: r.assessment.date,
          ...(r.assessment.assessor ? { assessor: r.assessment.assessor } : {}),
        })
      }
      byRequirement.set(r.id, entry)
    }
  }
  return ruleset.requirements.map((requirement) => {
    const entry = byRequirement.get(requirement.id)
    const byNote = new Map<string, Practice[]>()
    for (const e of entry?.examples ?? []) byNote.set(e.note, [...(byNote.get(e.note) ?? []), e])
    const approaches = [...byNote.entries()]
      .map(([note, points]) => ({
        note,
        points: points.sort(
          (a, b) => b.date.localeCompare(a.date) || a.pointName.localeCompare(b.pointName),
        ),
        municipalities: [...new Set(points.map((p) => p.municipalityName))].sort(),
      }))
      .sort((a, b) => b.points.length - a.points.length || a.note.localeCompare(b.note))
    return {
      requirement,
      metPoints: entry?.points ?? 0,
      municipalities: entry?.municipalities.size ?? 0,
      approaches,
    }
  })
}

export const useKnowledgeStore = defineStore('knowledge', () => {
  const regions = useRegionStore()
  const readiness = useReadinessStore()
  const practices = computed(() => {
    const report = readiness.report
    const rules = readiness.ruleset
    if (!report || !rules || !regions.region) return []
    return collectPractices(report, rules, regions.region.municipalities)
  })
  return { practices }
})
