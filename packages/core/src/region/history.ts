import type { GuidelineEdition } from '../guideline/schema.ts'

/** What `parseRegion` needs to tell history from a typo: the other editions of the guideline. */
export interface EditionLister {
  getGuideline(id: string, version: string): GuidelineEdition | undefined
  /** Every edition of guideline `id` the catalog knows, in any order. */
  listGuidelineEditions?(id: string): readonly GuidelineEdition[]
}

/**
 * The requirement ids that other editions of guideline `id` have and edition `version` does
 * not, each with the versions that have it (oldest first). An assessment of such a requirement
 * is **history**: it was made under another edition, is kept in the file, and does not count
 * for readiness under this one. An id no edition knows is not in the map: that is a typo.
 */
export function historicalRequirementIds(
  catalog: EditionLister,
  id: string,
  version: string,
): Map<string, string[]> {
  const edition = catalog.getGuideline(id, version)
  const current = new Set(edition?.requirements.map((r) => r.id))
  const others = (catalog.listGuidelineEditions?.(id) ?? [])
    .filter((e) => e.version !== version)
    .map((e) => e.version)
    .sort(compareCalendarVersions)
  const history = new Map<string, string[]>()
  for (const other of others) {
    for (const r of catalog.getGuideline(id, other)?.requirements ?? []) {
      if (current.has(r.id)) continue
      const versions = history.get(r.id)
      if (versions) versions.push(other)
      else history.set(r.id, [other])
    }
  }
  return history
}

/** `YYYY.N` versions compared as numbers (2026.10 after 2026.9). */
function compareCalendarVersions(a: string, b: string): number {
  const [ay = 0, an = 0] = a.split('.').map(Number)
  const [by = 0, bn = 0] = b.split('.').map(Number)
  return ay - by || an - bn
}

export interface HistoricalRequirement {
  /** The requirement id, unknown to the ruleset the region is judged by. */
  requirement: string
  /** How many assessments of it the region file keeps. */
  assessments: number
  /** The points that have such assessments, in file order. */
  points: string[]
}

/**
 * The assessments a ruleset does not judge, grouped by requirement (in order of first
 * appearance). For a region that `parseRegion` accepted with the catalog these are history
 * (assessments of requirements of another edition); they never count towards readiness.
 */
export function historicalAssessments(
  assessments: readonly { point: string; requirement: string }[],
  ruleset: { requirements: readonly { id: string }[] },
): HistoricalRequirement[] {
  const known = new Set(ruleset.requirements.map((r) => r.id))
  const byRequirement = new Map<string, { assessments: number; points: Set<string> }>()
  for (const a of assessments) {
    if (known.has(a.requirement)) continue
    let entry = byRequirement.get(a.requirement)
    if (!entry) byRequirement.set(a.requirement, (entry = { assessments: 0, points: new Set() }))
    entry.assessments++
    entry.points.add(a.point)
  }
  return [...byRequirement].map(([requirement, e]) => ({
    requirement,
    assessments: e.assessments,
    points: [...e.points],
  }))
}
