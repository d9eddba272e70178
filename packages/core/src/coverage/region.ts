import type { Point, Region } from '../region/schema.ts'
import { InvalidArgumentError } from '../shared/errors.ts'
import type { Issue, Lang } from '../shared/issues.ts'
import type { Candidate } from './candidates.ts'
import { computeCoverage, type CoverageResult, type MunicipalityCoverage } from './coverage.ts'
import { selectMunicipalities, type PopulationGrid } from './grid.ts'
import { coverageMessage } from './messages.ts'
import { locationsToRd } from './projection.ts'
import { siteNewPoints, type SitingPick, type SitingResult, type SitingSwap } from './siting.ts'

/**
 * Which points count as covering:
 * - `ready`: active points whose readiness level is `ready` (the default);
 * - `active`: every active point, whatever its readiness;
 * - `planned`: the ready ones plus every planned point, "what if they were ready".
 */
export type CoverageInclude = 'ready' | 'active' | 'planned'
export const COVERAGE_INCLUDES: readonly CoverageInclude[] = ['ready', 'active', 'planned']

/** Readiness level by point id, e.g. from `levelsFromReadiness(computeReadiness(…))`. */
export type PointLevels = ReadonlyMap<string, string> | Readonly<Record<string, string>>

/** Levels by point id from anything that lists points with an id and a level (the readiness report does). */
export function levelsFromReadiness(readiness: {
  points: readonly { id: string; level: string }[]
}): Map<string, string> {
  return new Map(readiness.points.map((p) => [p.id, p.level]))
}

function levelOf(levels: PointLevels | undefined, id: string): string | undefined {
  if (!levels) return undefined
  return levels instanceof Map ? levels.get(id) : (levels as Readonly<Record<string, string>>)[id]
}

/** The points that count for coverage, in file order. `levels` is needed unless `include` is `active`. */
export function qualifyingPoints(
  region: Pick<Region, 'points'>,
  levels: PointLevels | undefined,
  include: CoverageInclude = 'ready',
): Point[] {
  if (include !== 'active' && !levels)
    throw new InvalidArgumentError(`Coverage of "${include}" points needs their readiness levels`)
  return region.points.filter((p) => {
    if (p.status === 'active') return include === 'active' || levelOf(levels, p.id) === 'ready'
    return include === 'planned' && p.status === 'planned'
  })
}

export interface RegionCoverageOptions {
  /** Metres; the resolved norm is `resolveRuleset(region).norms.maxDistanceMeters.value`. */
  radius: number
  include?: CoverageInclude | undefined
  /** Readiness level by point id; needed unless `include` is `active`. */
  levels?: PointLevels | undefined
  histogramEdges?: readonly number[] | undefined
  lang?: Lang | undefined
}

export interface RegionMunicipalityCoverage extends MunicipalityCoverage {
  name: string
  /** The population the region file gives, next to the grid's count. */
  registeredPopulation: number
}

export interface RegionCoverage extends Omit<CoverageResult, 'municipalities'> {
  include: CoverageInclude
  /** Ids of the points that counted; `nearestPoint` numbers refer to this list. */
  qualifying: string[]
  /** The region's municipalities, in the region file's order. */
  municipalities: RegionMunicipalityCoverage[]
  /** The grid cut to the region's municipalities; the per-cell arrays refer to its cells. */
  grid: PopulationGrid
  warnings: Issue[]
}

/** The grid cut to the region, with warnings for cells outside it and municipalities without cells. */
export function regionGrid(
  region: Pick<Region, 'municipalities'>,
  grid: PopulationGrid,
  lang: Lang = 'nl',
): { grid: PopulationGrid; warnings: Issue[] } {
  const codes = region.municipalities.map((m) => m.code)
  const inRegion = new Set(codes)
  const warnings: Issue[] = []
  const outside = grid.municipalities.map(() => ({ cells: 0, population: 0 }))
  for (let c = 0; c < grid.x.length; c++) {
    const k = grid.municipality[c]!
    if (inRegion.has(grid.municipalities[k]!)) continue
    outside[k]!.cells++
    outside[k]!.population += grid.population[c]!
  }
  grid.municipalities.forEach((code, k) => {
    const { cells, population } = outside[k]!
    if (cells > 0) {
      warnings.push({
        severity: 'warning',
        code: 'grid_outside_region',
        path: '',
        message: coverageMessage('grid_outside_region', lang, { cells, population, code }),
      })
    }
  })
  const cut = selectMunicipalities(grid, codes)
  const cellsPer = new Int32Array(codes.length)
  for (let c = 0; c < cut.x.length; c++) cellsPer[cut.municipality[c]!]!++
  region.municipalities.forEach((m, k) => {
    if (cellsPer[k] === 0) {
      warnings.push({
        severity: 'warning',
        code: 'municipality_without_cells',
        path: `municipalities[${k}]`,
        message: coverageMessage('municipality_without_cells', lang, {
          name: m.name,
          code: m.code,
        }),
      })
    }
  })
  return { grid: cut, warnings }
}

/** What coverage and siting read of a region: its points and municipalities, not its assessments. */
export type CoverageRegion = Pick<Region, 'points' | 'municipalities'>

/**
 * Coverage of a region: its qualifying points against the grid's cells in its municipalities.
 * A point covers cells in any municipality of the region.
 */
export function regionCoverage(
  region: CoverageRegion,
  grid: PopulationGrid,
  options: RegionCoverageOptions,
): RegionCoverage {
  const include = options.include ?? 'ready'
  const points = qualifyingPoints(region, options.levels, include)
  const { grid: cut, warnings } = regionGrid(region, grid, options.lang)
  const result = computeCoverage(cut, locationsToRd(points), {
    radius: options.radius,
    ...(options.histogramEdges ? { histogramEdges: options.histogramEdges } : {}),
  })
  return {
    ...result,
    include,
    qualifying: points.map((p) => p.id),
    municipalities: result.municipalities.map((m, k) => ({
      ...m,
      name: region.municipalities[k]!.name,
      registeredPopulation: region.municipalities[k]!.population,
    })),
    grid: cut,
    warnings,
  }
}

/** A candidate with where it came from. */
export interface SitingCandidate extends Candidate {
  source: 'planned' | 'file'
}

/**
 * Candidates for new points: the region's planned points that do not count yet, then the
 * candidate file's. An id seen before, or that of a point that already counts, is skipped
 * with a warning.
 */
export function sitingCandidates(
  region: CoverageRegion,
  qualifying: readonly Pick<Point, 'id'>[],
  fileCandidates: readonly Candidate[] = [],
  lang: Lang = 'nl',
): { candidates: SitingCandidate[]; warnings: Issue[] } {
  const counting = new Set(qualifying.map((p) => p.id))
  const municipalities = new Set(region.municipalities.map((m) => m.code))
  const seen = new Set<string>()
  const candidates: SitingCandidate[] = []
  const warnings: Issue[] = []
  for (const p of region.points) {
    if (p.status !== 'planned' || counting.has(p.id)) continue
    seen.add(p.id)
    candidates.push({
      id: p.id,
      name: p.name,
      municipality: p.municipality,
      kind: p.kind,
      location: p.location,
      source: 'planned',
    })
  }
  fileCandidates.forEach((c, i) => {
    const path = `candidates[${i}].id`
    if (counting.has(c.id)) {
      warnings.push({
        severity: 'warning',
        code: 'candidate_is_point',
        path,
        message: coverageMessage('candidate_is_point', lang, { id: c.id }),
      })
      return
    }
    if (seen.has(c.id)) {
      warnings.push({
        severity: 'warning',
        code: 'duplicate_candidate',
        path,
        message: coverageMessage('duplicate_candidate', lang, { id: c.id }),
      })
      return
    }
    if (!municipalities.has(c.municipality)) {
      warnings.push({
        severity: 'warning',
        code: 'candidate_outside_region',
        path: `candidates[${i}].municipality`,
        message: coverageMessage('candidate_outside_region', lang, {
          id: c.id,
          code: c.municipality,
        }),
      })
    }
    seen.add(c.id)
    candidates.push({
      id: c.id,
      name: c.name,
      municipality: c.municipality,
      kind: c.kind,
      location: c.location,
      source: 'file',
    })
  })
  return { candidates, warnings }
}

export interface RegionSitingOptions extends Omit<RegionCoverageOptions, 'histogramEdges'> {
  /** How many new points to choose. */
  count: number
  /** Candidates from a candidate file, added to the region's planned points. */
  candidates?: readonly Candidate[] | undefined
  improve?: boolean | undefined
}

export interface RegionSitingPick extends SitingPick {
  site: SitingCandidate
}

export interface RegionSiting extends Omit<SitingResult, 'picks' | 'greedy' | 'swaps'> {
  include: CoverageInclude
  qualifying: string[]
  /** Every candidate considered; `candidate` numbers refer to this list. */
  candidates: SitingCandidate[]
  picks: RegionSitingPick[]
  greedy: RegionSitingPick[]
  swaps: (SitingSwap & { removedId: string; addedId: string })[]
  grid: PopulationGrid
  warnings: Issue[]
}

/** Where `count` new points would cover the most inhabitants of the region not covered yet. */
export function regionSiting(
  region: CoverageRegion,
  grid: PopulationGrid,
  options: RegionSitingOptions,
): RegionSiting {
  const include = options.include ?? 'ready'
  const lang = options.lang ?? 'nl'
  const points = qualifyingPoints(region, options.levels, include)
  const { grid: cut, warnings } = regionGrid(region, grid, lang)
  const chosen = sitingCandidates(region, points, options.candidates, lang)
  const result = siteNewPoints(cut, locationsToRd(points), locationsToRd(chosen.candidates), {
    radius: options.radius,
    count: options.count,
    ids: chosen.candidates.map((c) => c.id),
    improve: options.improve ?? false,
  })
  const withSite = (pick: SitingPick): RegionSitingPick => ({
    ...pick,
    site: chosen.candidates[pick.candidate]!,
  })
  return {
    ...result,
    include,
    qualifying: points.map((p) => p.id),
    candidates: chosen.candidates,
    picks: result.picks.map(withSite),
    greedy: result.greedy.map(withSite),
    swaps: result.swaps.map((s) => ({
      ...s,
      removedId: chosen.candidates[s.removed]!.id,
      addedId: chosen.candidates[s.added]!.id,
    })),
    grid: cut,
    warnings: [...warnings, ...chosen.warnings],
  }
}
