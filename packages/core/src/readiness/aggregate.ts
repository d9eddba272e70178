import type { Municipality, Region } from '../region/schema.ts'
import type { ReadinessContext } from './context.ts'
import { lacksCode, type ScoredPoint } from './point.ts'
import type {
  Gap,
  LevelCounts,
  MunicipalityReadiness,
  ReadinessSummary,
  RegionSummary,
} from './types.ts'

/** The running totals of a group of points, from which every summary figure is derived. */
export interface Tally {
  population: number
  requiredPoints: number
  /** Σ min(ready of the counted tiers, required) over municipalities. */
  coveredRequired: number
  activePoints: number
  readyPoints: number
  /** Ready points of the tiers that count towards `inhabitantsPerPoint`. */
  readyCounted: number
  readyCoordination: number
  levels: LevelCounts
  scoreSum: number
  scoreCount: number
  completenessSum: number
  completenessCount: number
  /** Per requirement index: active points lacking it. */
  lacking: Int32Array
}

export function emptyTally(ctx: ReadinessContext): Tally {
  return {
    population: 0,
    requiredPoints: 0,
    coveredRequired: 0,
    activePoints: 0,
    readyPoints: 0,
    readyCounted: 0,
    readyCoordination: 0,
    levels: { ready: 0, not_ready: 0, unknown: 0 },
    scoreSum: 0,
    scoreCount: 0,
    completenessSum: 0,
    completenessCount: 0,
    lacking: new Int32Array(ctx.requirements.length),
  }
}

/** requiredPoints = ceil(population / inhabitantsPerPoint) */
export function requiredPointsFor(population: number, inhabitantsPerPoint: number): number {
  return Math.ceil(population / inhabitantsPerPoint)
}

/** Totals of one municipality's points (only active points count). */
export function tallyMunicipality(
  ctx: ReadinessContext,
  municipality: Municipality,
  points: readonly ScoredPoint[],
  codes: Uint8Array,
): Tally {
  const t = emptyTally(ctx)
  t.population = municipality.population
  t.requiredPoints = requiredPointsFor(municipality.population, ctx.inhabitantsPerPoint)
  for (const { readiness: p, applicable, base } of points) {
    if (p.status !== 'active') continue
    t.activePoints++
    t.levels[p.assessedLevel]++
    if (p.assessedLevel === 'ready') {
      t.readyPoints++
      if (ctx.countedTiers.has(p.tier)) t.readyCounted++
      if (p.tier === 'coordination') t.readyCoordination++
    }
    if (p.score !== null) {
      t.scoreSum += p.score
      t.scoreCount++
    }
    if (p.completeness !== null) {
      t.completenessSum += p.completeness
      t.completenessCount++
    }
    for (const k of applicable) {
      if (lacksCode(codes[base + k]!)) t.lacking[k]!++
    }
  }
  t.coveredRequired = Math.min(t.readyCounted, t.requiredPoints)
  return t
}

/** Sums the municipalities' totals (in the given order, so every path adds in the same order). */
export function sumTallies(ctx: ReadinessContext, tallies: readonly Tally[]): Tally {
  const t = emptyTally(ctx)
  for (const m of tallies) {
    t.population += m.population
    t.requiredPoints += m.requiredPoints
    t.coveredRequired += m.coveredRequired
    t.activePoints += m.activePoints
    t.readyPoints += m.readyPoints
    t.readyCounted += m.readyCounted
    t.readyCoordination += m.readyCoordination
    t.levels.ready += m.levels.ready
    t.levels.not_ready += m.levels.not_ready
    t.levels.unknown += m.levels.unknown
    t.scoreSum += m.scoreSum
    t.scoreCount += m.scoreCount
    t.completenessSum += m.completenessSum
    t.completenessCount += m.completenessCount
    for (let k = 0; k < t.lacking.length; k++) t.lacking[k]! += m.lacking[k]!
  }
  return t
}

/** Requirements ranked by how many active points lack them; ties: mandatory first, then by id. */
export function topGaps(ctx: ReadinessContext, lacking: Int32Array): Gap[] {
  const gaps: Array<Gap & { mandatory: boolean }> = []
  for (let k = 0; k < lacking.length; k++) {
    if (lacking[k]! > 0)
      gaps.push({
        requirement: ctx.requirements[k]!.id,
        points: lacking[k]!,
        mandatory: ctx.requirements[k]!.mandatory,
      })
  }
  gaps.sort(
    (a, b) =>
      b.points - a.points ||
      Number(b.mandatory) - Number(a.mandatory) ||
      (a.requirement < b.requirement ? -1 : a.requirement > b.requirement ? 1 : 0),
  )
  return gaps.slice(0, ctx.topGaps).map(({ requirement, points }) => ({ requirement, points }))
}

export function summarize(ctx: ReadinessContext, t: Tally): ReadinessSummary {
  return {
    population: t.population,
    requiredPoints: t.requiredPoints,
    activePoints: t.activePoints,
    readyPoints: t.readyPoints,
    countedReadyPoints: t.readyCounted,
    networkCompleteness: t.requiredPoints > 0 ? (100 * t.coveredRequired) / t.requiredPoints : 100,
    meanScore: t.scoreCount > 0 ? t.scoreSum / t.scoreCount : null,
    completeness: t.completenessCount > 0 ? t.completenessSum / t.completenessCount : null,
    levels: { ...t.levels },
    topGaps: topGaps(ctx, t.lacking),
  }
}

export function municipalityReadiness(
  ctx: ReadinessContext,
  municipality: Municipality,
  t: Tally,
): MunicipalityReadiness {
  return {
    code: municipality.code,
    name: municipality.name,
    ...summarize(ctx, t),
    coordination: {
      minimum: ctx.minCoordinationPoints,
      ready: t.readyCoordination,
      met: t.readyCoordination >= ctx.minCoordinationPoints,
    },
  }
}

export function regionSummary(
  ctx: ReadinessContext,
  region: Pick<Region, 'region'>,
  municipalities: readonly MunicipalityReadiness[],
  tallies: readonly Tally[],
): RegionSummary {
  return {
    code: region.region.code,
    name: region.region.name,
    ...summarize(ctx, sumTallies(ctx, tallies)),
    coordination: {
      minimum: ctx.minCoordinationPoints,
      municipalitiesMeetingMinimum: municipalities.filter((m) => m.coordination.met).length,
      municipalities: municipalities.length,
    },
  }
}
