import { distanceMeters } from './distance.ts'
import {
  DEFAULT_HISTOGRAM_EDGES,
  histogramEdges,
  totals,
  type CoverageResult,
  type HistogramBin,
} from './coverage.ts'
import type { PopulationGrid } from './grid.ts'
import type { RdCoordinates } from './projection.ts'

/**
 * Coverage the plain way: every cell measured against every point. Slow (cells × points) and
 * obviously right; the tests compare `computeCoverage` with it and the benchmark times it.
 * Not exported from the package.
 */
export function computeCoverageAllPairs(
  grid: PopulationGrid,
  points: RdCoordinates,
  options: { radius: number; histogramEdges?: readonly number[] },
): CoverageResult {
  const n = grid.x.length
  const m = points.x.length
  const edges = histogramEdges(options.radius, options.histogramEdges ?? DEFAULT_HISTOGRAM_EDGES)
  const nearestDistance = new Float64Array(n)
  const nearestPoint = new Int32Array(n)
  const covered = new Uint8Array(n)
  for (let c = 0; c < n; c++) {
    let best = Infinity
    let bestPoint = -1
    for (let p = 0; p < m; p++) {
      const d = distanceMeters(grid.x[c]!, grid.y[c]!, points.x[p]!, points.y[p]!)
      if (d < best) {
        best = d
        bestPoint = p
      }
    }
    nearestDistance[c] = best
    nearestPoint[c] = bestPoint
    covered[c] = best <= options.radius ? 1 : 0
  }

  const byMunicipality = grid.municipalities.map(() => ({
    population: 0,
    covered: 0,
    cells: 0,
    coveredCells: 0,
  }))
  const histogram: HistogramBin[] = [...edges, null].map((to, b) => ({
    from: b === 0 ? 0 : edges[b - 1]!,
    to,
    population: 0,
    cells: 0,
  }))
  for (let c = 0; c < n; c++) {
    const sums = byMunicipality[grid.municipality[c]!]!
    sums.population += grid.population[c]!
    sums.cells += 1
    if (covered[c]) {
      sums.covered += grid.population[c]!
      sums.coveredCells += 1
    }
    const bin = histogram.find((b) => b.to === null || nearestDistance[c]! <= b.to)!
    bin.population += grid.population[c]!
    bin.cells += 1
  }
  const all = byMunicipality.reduce(
    (a, s) => ({
      population: a.population + s.population,
      covered: a.covered + s.covered,
      cells: a.cells + s.cells,
      coveredCells: a.coveredCells + s.coveredCells,
    }),
    { population: 0, covered: 0, cells: 0, coveredCells: 0 },
  )
  return {
    radius: options.radius,
    points: m,
    total: totals(all.population, all.covered, all.cells, all.coveredCells),
    municipalities: grid.municipalities.map((code, k) => {
      const s = byMunicipality[k]!
      return { code, ...totals(s.population, s.covered, s.cells, s.coveredCells) }
    }),
    histogram,
    covered,
    nearestDistance,
    nearestPoint,
  }
}
