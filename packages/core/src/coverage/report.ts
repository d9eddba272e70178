import type { CoverageInclude, RegionCoverage } from './region.ts'
import type { CoverageTotals, HistogramBin } from './coverage.ts'

/** One municipality in the coverage report. */
export interface CoverageReportMunicipality extends CoverageTotals {
  code: string
  name: string
  /** The population the region file gives, next to the grid's count. */
  registeredPopulation: number
}

/**
 * The JSON contract of `weerbaar coverage --format json` and of the server's
 * `GET /regions/{code}/coverage`: core's figures without the per-cell arrays. The command line
 * puts the versions it bundles in front (`versions`); the server leaves them out.
 */
export interface CoverageReport {
  asOf: string
  radius: number
  include: CoverageInclude
  points: number
  qualifying: string[]
  total: CoverageTotals
  municipalities: CoverageReportMunicipality[]
  histogram: HistogramBin[]
}

/** The coverage report of `result`, computed on `asOf` (the date the points were judged). */
export function toCoverageReport(result: RegionCoverage, asOf: string): CoverageReport {
  return {
    asOf,
    radius: result.radius,
    include: result.include,
    points: result.points,
    qualifying: result.qualifying,
    total: result.total,
    municipalities: result.municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      registeredPopulation: m.registeredPopulation,
      population: m.population,
      covered: m.covered,
      uncovered: m.uncovered,
      percentage: m.percentage,
      cells: m.cells,
      coveredCells: m.coveredCells,
    })),
    histogram: result.histogram,
  }
}
