import { historicalAssessments, type HistoricalRequirement } from '../region/history.ts'
import type { Region } from '../region/schema.ts'
import { computeReadiness } from './compute.ts'
import { rulesetLabel, type Ruleset } from './ruleset.ts'
import {
  levelRank,
  type PointLevel,
  type ReadinessLevel,
  type ReadinessOptions,
  type RegionSummary,
} from './types.ts'

export interface PointStanding {
  level: PointLevel
  assessedLevel: ReadinessLevel
  score: number | null
}

export interface PointImpact {
  id: string
  name: string
  municipality: string
  status: Region['points'][number]['status']
  from: PointStanding
  to: PointStanding
  /** Comparing the assessed levels. */
  change: 'up' | 'same' | 'down'
}

export interface GuidelineImpact {
  asOf: string
  from: string
  to: string
  region: { from: RegionSummary; to: RegionSummary }
  points: PointImpact[]
  /** Ids of active points whose level would drop. */
  drops: string[]
  /**
   * Assessments that would become history: of requirements `from` judges and `to` does not.
   * They stay in the file and no longer count.
   */
  history: { assessments: number; requirements: HistoricalRequirement[] }
  /** Assessments that history would count again: of requirements `to` judges and `from` does not. */
  restored: { assessments: number; requirements: HistoricalRequirement[] }
}

function sumAssessments(requirements: HistoricalRequirement[]) {
  return { assessments: requirements.reduce((n, r) => n + r.assessments, 0), requirements }
}

/**
 * What moving the region from one ruleset to another does, on the same assessments: per
 * point the level and score under each, and which active points would drop a level.
 * `@weerbaar/guidelines` resolves both rulesets for a region (`resolveRuleset(region, { version })`).
 */
export function guidelineImpact(
  region: Region,
  from: Ruleset,
  to: Ruleset,
  options: ReadinessOptions,
): GuidelineImpact {
  const before = computeReadiness(region, from, options)
  const after = computeReadiness(region, to, options)
  const points = before.points.map((p, i): PointImpact => {
    const q = after.points[i]!
    const delta = levelRank(q.assessedLevel) - levelRank(p.assessedLevel)
    return {
      id: p.id,
      name: p.name,
      municipality: p.municipality,
      status: p.status,
      from: { level: p.level, assessedLevel: p.assessedLevel, score: p.score },
      to: { level: q.level, assessedLevel: q.assessedLevel, score: q.score },
      change: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same',
    }
  })
  return {
    asOf: options.asOf,
    from: rulesetLabel(from),
    to: rulesetLabel(to),
    region: { from: before.region, to: after.region },
    points,
    drops: points.filter((p) => p.status === 'active' && p.change === 'down').map((p) => p.id),
    history: sumAssessments(
      historicalAssessments(region.assessments, to).filter((r) => judges(from, r.requirement)),
    ),
    restored: sumAssessments(
      historicalAssessments(region.assessments, from).filter((r) => judges(to, r.requirement)),
    ),
  }
}

function judges(ruleset: Ruleset, requirement: string): boolean {
  return ruleset.requirements.some((r) => r.id === requirement)
}
