import {
  isInformativeNote,
  type AssessmentResult,
  type Region,
  type RegionReadiness,
} from '@weerbaar/core'

/** How a region shares its notes ("Hoe doen anderen het?"); default: with nobody. */
export interface SharingSettings {
  shareNotesWith: 'none' | 'installation' | string[]
  includeAssessorNames: boolean
}

export const NO_SHARING: SharingSettings = { shareNotesWith: 'none', includeAssessorNames: false }

/** Whether `from` shares its notes with `to`. */
export function sharesWith(settings: SharingSettings, to: string): boolean {
  const audience = settings.shareNotesWith
  return audience === 'installation' || (Array.isArray(audience) && audience.includes(to))
}

/** One way another point met a requirement: its note, where, and when. */
export interface KnowledgeExample {
  region: string
  regionName: string
  municipality: string
  municipalityName: string
  point: { id: string; name: string }
  requirement: string
  /** The assessment's result; `met` when only a value was measured. */
  result: AssessmentResult
  value?: number
  note: string
  assessedOn: string
  assessor?: string
}

export interface KnowledgeSource {
  region: Pick<Region, 'region' | 'municipalities'>
  readiness: Pick<RegionReadiness, 'points'>
  /** The asking region itself: its non-public points and assessor names are its own. */
  own: boolean
  includeAssessorNames: boolean
}

/**
 * The examples for "Hoe doen anderen het?": per active point where core's readiness says the
 * requirement is met, the note of the assessment that met it, if that note says how. From
 * another region only its public points, and the assessor's name only where that region
 * allows it; nothing else of a point (no contacts, no partners) is passed on.
 */
export function collectExamples(
  sources: readonly KnowledgeSource[],
  requirement?: string,
): KnowledgeExample[] {
  const examples: KnowledgeExample[] = []
  for (const source of sources) {
    const names = new Map(source.region.municipalities.map((m) => [m.code, m.name]))
    for (const p of source.readiness.points) {
      if (p.status !== 'active') continue
      if (!source.own && !p.public) continue
      for (const r of p.requirements) {
        if (requirement !== undefined && r.id !== requirement) continue
        if (r.outcome !== 'met' || !r.assessment) continue
        const note = r.assessment.note?.trim()
        if (!note || !isInformativeNote(note)) continue
        const assessor = r.assessment.assessor?.trim()
        examples.push({
          region: source.region.region.code,
          regionName: source.region.region.name,
          municipality: p.municipality,
          municipalityName: names.get(p.municipality) ?? p.municipality,
          point: { id: p.id, name: p.name },
          requirement: r.id,
          result: r.assessment.result ?? 'met',
          ...(r.assessment.value !== undefined ? { value: r.assessment.value } : {}),
          note,
          assessedOn: r.assessment.date,
          ...(assessor && (source.own || source.includeAssessorNames) ? { assessor } : {}),
        })
      }
    }
  }
  return examples.sort(
    (a, b) =>
      b.assessedOn.localeCompare(a.assessedOn) ||
      a.region.localeCompare(b.region) ||
      a.point.name.localeCompare(b.point.name),
  )
}
