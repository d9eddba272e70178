import type { PopulationGrid } from '../coverage/grid.ts'
import { levelsFromReadiness, regionCoverage } from '../coverage/region.ts'
import { isAgreementValid } from '../network/validity.ts'
import { computeReadiness } from '../readiness/compute.ts'
import { createRuleset, type Ruleset } from '../readiness/ruleset.ts'
import type { RegionReadiness } from '../readiness/types.ts'
import type { RulesCatalog } from '../region/parse.ts'
import type { Region } from '../region/schema.ts'
import { concernsMunicipality } from '../risk/analyze.ts'
import { publicPoints } from '../risk/communication.ts'
import type { CalendarDate } from '../shared/date.ts'
import type { LiveMeasure } from './schema.ts'
import type { UnavailableCode } from './types.ts'

/**
 * The live indicators' figures for one region on one date, each the numerator and denominator
 * of its definition, so that regions combine exactly (a combined share is Σ numerators /
 * Σ denominators, not a mean of percentages).
 */
export interface RegionFigures {
  /** Ready active points (all tiers) / required points (ceil(population / inhabitantsPerPoint)). */
  readyPoints: number
  requiredPoints: number
  /** Σ per municipality min(counted ready, required): networkCompleteness × required / 100. */
  completeRequired: number
  /** The readiness report's `region.networkCompleteness`, for one region exactly as reported. */
  networkCompleteness: number
  /** Residents of the grid's cells within reach of a ready point / residents in the grid. */
  coverage: { covered: number; population: number } | null
  /** Municipalities whose risicowijzer names at least one risk and one point to go to. */
  municipalitiesWithRisicowijzer: number
  municipalities: number
  /** Requirements of active and planned points whose assessment has expired. */
  expiredAssessments: number
  /** Agreements in force on the date. */
  validAgreements: number
}

export type FiguresResult =
  | { ok: true; figures: RegionFigures }
  | { ok: false; code: UnavailableCode; params: Record<string, string> }

/**
 * Whether a municipality has a risicowijzer worth the name: the page (`buildRisicowijzer`)
 * names at least one risk that concerns it and at least one public, active noodsteunpunt with
 * an address where residents can go. Points have no dates in the region file, so this part of
 * the figure is the file's current state on every date.
 */
export function hasRisicowijzer(region: Region, municipality: string): boolean {
  const risks = (region.riskProfile?.scenarios ?? []).some((s) =>
    concernsMunicipality(s, municipality),
  )
  if (!risks) return false
  return publicPoints(region.points, municipality).some(
    (p) => p.status === 'active' && (p.address?.trim() ?? '') !== '',
  )
}

/** Requirements of active and planned points whose outcome on the date is `expired`. */
export function expiredAssessments(readiness: RegionReadiness): number {
  let count = 0
  for (const point of readiness.points) {
    if (point.status === 'inactive') continue
    for (const r of point.requirements) if (r.outcome === 'expired') count++
  }
  return count
}

/** Computes and remembers a region's figures per date: the trend asks for many dates. */
export class LiveFigures {
  private readonly rulesets = new Map<string, Ruleset | undefined>()
  private readonly cache = new Map<string, FiguresResult>()
  private readonly readinessCache = new Map<string, RegionReadiness>()

  constructor(
    private readonly regions: ReadonlyMap<string, Region>,
    private readonly catalog: RulesCatalog,
    private readonly grids: Readonly<Record<string, PopulationGrid>>,
  ) {}

  private ruleset(region: Region): Ruleset | undefined {
    const code = region.region.code
    if (!this.rulesets.has(code)) {
      const edition = this.catalog.getGuideline(region.guideline.id, region.guideline.version)
      this.rulesets.set(code, edition ? createRuleset(edition, region) : undefined)
    }
    return this.rulesets.get(code)
  }

  figures(code: string, date: CalendarDate, needsCoverage: boolean): FiguresResult {
    const key = `${code}|${date}`
    let result = this.cache.get(key)
    if (!result) {
      result = this.compute(code, date)
      this.cache.set(key, result)
    }
    if (!result.ok || !needsCoverage || result.figures.coverage) return result
    const coverage = this.coverage(code, date)
    if (!coverage.ok) return coverage
    result.figures.coverage = coverage.value
    return result
  }

  /** Readiness on the date, shared by every measure of the region on that date. */
  private readiness(region: Region, ruleset: Ruleset, date: CalendarDate): RegionReadiness {
    const key = `${region.region.code}|${date}`
    let readiness = this.readinessCache.get(key)
    if (!readiness) {
      readiness = computeReadiness(region, ruleset, { asOf: date })
      this.readinessCache.set(key, readiness)
    }
    return readiness
  }

  private coverage(
    code: string,
    date: CalendarDate,
  ):
    | { ok: true; value: NonNullable<RegionFigures['coverage']> }
    | { ok: false; code: UnavailableCode; params: Record<string, string> } {
    const region = this.regions.get(code)!
    const ruleset = this.ruleset(region)!
    const grid = this.grids[code]
    if (!grid) return { ok: false, code: 'grid_missing', params: { code } }
    const result = regionCoverage(region, grid, {
      radius: ruleset.norms.maxDistanceMeters.value,
      include: 'ready',
      levels: levelsFromReadiness(this.readiness(region, ruleset, date)),
    })
    return {
      ok: true,
      value: { covered: result.total.covered, population: result.total.population },
    }
  }

  private compute(code: string, date: CalendarDate): FiguresResult {
    const region = this.regions.get(code)
    if (!region) return { ok: false, code: 'region_missing', params: { code } }
    const ruleset = this.ruleset(region)
    if (!ruleset)
      return {
        ok: false,
        code: 'guideline_unknown',
        params: { code, ref: `${region.guideline.id}@${region.guideline.version}` },
      }
    const readiness = this.readiness(region, ruleset, date)
    const summary = readiness.region
    return {
      ok: true,
      figures: {
        readyPoints: summary.readyPoints,
        requiredPoints: summary.requiredPoints,
        completeRequired: (summary.networkCompleteness * summary.requiredPoints) / 100,
        networkCompleteness: summary.networkCompleteness,
        coverage: null,
        municipalitiesWithRisicowijzer: region.municipalities.filter((m) =>
          hasRisicowijzer(region, m.code),
        ).length,
        municipalities: region.municipalities.length,
        expiredAssessments: expiredAssessments(readiness),
        validAgreements: (region.agreements ?? []).filter((a) => isAgreementValid(a, date)).length,
      },
    }
  }

  /**
   * The measure over the given regions on the date: a share in percent (0–100) or a count.
   * Null with a reason when a region, its rules or its grid is missing, or a share has no
   * denominator.
   */
  value(
    measure: LiveMeasure,
    codes: readonly string[],
    date: CalendarDate,
  ): { value: number } | { value: null; code: UnavailableCode; params: Record<string, string> } {
    // A missing region says more than a missing grid of another one: look for it first.
    const absent = codes.find((code) => !this.regions.has(code))
    if (absent !== undefined)
      return { value: null, code: 'region_missing', params: { code: absent } }
    const all: RegionFigures[] = []
    for (const code of codes) {
      const result = this.figures(code, date, measure === 'population-coverage')
      if (!result.ok) return { value: null, code: result.code, params: result.params }
      all.push(result.figures)
    }
    const sum = (f: (figures: RegionFigures) => number) => all.reduce((s, x) => s + f(x), 0)
    const share = (numerator: number, denominator: number) =>
      denominator > 0
        ? { value: (100 * numerator) / denominator }
        : { value: null, code: 'no_value' as const, params: {} }
    switch (measure) {
      case 'ready-points-share':
        return share(
          sum((f) => f.readyPoints),
          sum((f) => f.requiredPoints),
        )
      case 'network-completeness':
        if (all.length === 1) return { value: all[0]!.networkCompleteness }
        return share(
          sum((f) => f.completeRequired),
          sum((f) => f.requiredPoints),
        )
      case 'population-coverage':
        return share(
          sum((f) => f.coverage?.covered ?? 0),
          sum((f) => f.coverage?.population ?? 0),
        )
      case 'risicowijzer-share':
        return share(
          sum((f) => f.municipalitiesWithRisicowijzer),
          sum((f) => f.municipalities),
        )
      case 'assessments-expired':
        return { value: sum((f) => f.expiredAssessments) }
      case 'agreements-valid':
        return { value: sum((f) => f.validAgreements) }
    }
  }
}
