import { InvalidArgumentError } from '../shared/errors.ts'
import { distanceMeters } from './distance.ts'
import {
  asPrepared,
  assertCoordinates,
  buildIndex,
  type PopulationGrid,
  type PreparedGrid,
} from './grid.ts'
import { createNearestSearch, nearestItem } from './nearest.ts'
import type { RdCoordinates } from './projection.ts'

/** Upper edges (metres) of the distance histogram's bins, unless the caller gives others. */
export const DEFAULT_HISTOGRAM_EDGES: readonly number[] = [
  250, 500, 750, 1000, 1500, 2000, 3000, 5000,
]

export interface CoverageOptions {
  /** A cell is covered when a point lies within this many metres of its centre (distance ≤ radius). */
  radius: number
  /**
   * Upper edges of the histogram's bins in metres, ascending; the radius is always added, so
   * the bins up to it add up to the covered population. Default `DEFAULT_HISTOGRAM_EDGES`.
   */
  histogramEdges?: readonly number[] | undefined
}

/** Population and how much of it is covered. */
export interface CoverageTotals {
  /** Inhabitants of the cells. */
  population: number
  /** Inhabitants of the covered cells. */
  covered: number
  /** population − covered. */
  uncovered: number
  /** 100 × covered / population; null when the population is 0. */
  percentage: number | null
  cells: number
  coveredCells: number
}

export interface MunicipalityCoverage extends CoverageTotals {
  /** CBS code, from the grid's `municipalities`. */
  code: string
}

/**
 * One bin of the histogram of distances from each cell to its nearest point: the first bin is
 * [0, to], the next ones (from, to], the last (from, ∞) and holds cells with no point at all.
 */
export interface HistogramBin {
  from: number
  /** null for the last, open bin. */
  to: number | null
  population: number
  cells: number
}

export interface CoverageResult {
  radius: number
  /** Number of points that counted. */
  points: number
  /** All cells of the grid (the region, when the grid was cut to it). */
  total: CoverageTotals
  /** One entry per municipality of the grid, in the grid's order. */
  municipalities: MunicipalityCoverage[]
  histogram: HistogramBin[]
  /** Per cell: 1 when covered. */
  covered: Uint8Array
  /** Per cell: distance in metres to the nearest point; Infinity when there are no points. */
  nearestDistance: Float64Array
  /** Per cell: the nearest point (its position in the input); -1 when there are no points. */
  nearestPoint: Int32Array
}

/** Sorted, unique, positive histogram edges including the radius. */
export function histogramEdges(
  radius: number,
  edges: readonly number[] = DEFAULT_HISTOGRAM_EDGES,
): number[] {
  for (const edge of edges) {
    if (!(edge > 0) || !Number.isFinite(edge))
      throw new InvalidArgumentError(`Histogram edge ${edge} is not a positive number`)
  }
  return [...new Set([...edges, radius])].sort((a, b) => a - b)
}

export function assertRadius(radius: number): void {
  if (!(radius >= 0) || !Number.isFinite(radius))
    throw new InvalidArgumentError(`Radius ${radius} is not a distance in metres`)
}

/**
 * Coverage of a population grid by points, exactly: each cell's distance to its nearest point,
 * whether that is within the radius, and the sums per municipality, for the whole grid and per
 * distance bin.
 *
 * Plain data in and out: typed arrays per cell, plain objects for the sums, so it runs the same
 * in a Web Worker. See `nearestDistances` for how it avoids measuring every cell against every
 * point.
 */
export function computeCoverage(
  grid: PopulationGrid | PreparedGrid,
  points: RdCoordinates,
  options: CoverageOptions,
): CoverageResult {
  const prepared = asPrepared(grid)
  const cells = prepared.grid
  assertRadius(options.radius)
  assertCoordinates(points, 'points')
  const edges = histogramEdges(options.radius, options.histogramEdges)
  const nearest = nearestDistances(prepared, points)
  return summarizeCoverage(
    cells,
    nearest.distance,
    nearest.point,
    points.x.length,
    options.radius,
    edges,
  )
}

// Cells are taken in blocks of this many, in the grid index's kd order (neighbours in space).
const BLOCK = 32
// A block whose candidate list is longer than this searches the kd-tree per cell instead.
const MAX_CANDIDATES = 64

/**
 * Per cell, the distance to and number of the nearest point (Infinity and -1 without points);
 * on equal distances the point that comes first.
 *
 * Measuring every cell against every point costs cells × points. Instead the cells are taken
 * in blocks of neighbours (consecutive cells in the grid index's kd order). For a block with
 * centre b and half-diagonal h, the nearest point to b at distance d0 is at most d0 + h from
 * every cell of the block, so each cell's nearest point lies within d0 + 2h of b: the few points
 * there are the block's candidates, and each cell measures only those. Where the candidates
 * are many (sparse, spread-out blocks), each cell searches the points' kd-tree instead.
 */
export function nearestDistances(
  prepared: PreparedGrid,
  points: RdCoordinates,
): { distance: Float64Array; point: Int32Array } {
  const { grid, index } = prepared
  const n = grid.x.length
  const m = points.x.length
  const distance = new Float64Array(n).fill(Infinity)
  const point = new Int32Array(n).fill(-1)
  if (n === 0 || m === 0) return { distance, point }
  const px = points.x
  const py = points.y
  // The index keeps the cells' positions in kd order: read there, memory is walked in sequence.
  const order = index.ids
  const coords = index.coords as Float64Array
  const pointIndex = buildIndex(points, 16)
  const search = createNearestSearch(pointIndex, points)
  const candidates = new Uint32Array(m)
  const candidateX = new Float64Array(MAX_CANDIDATES)
  const candidateY = new Float64Array(MAX_CANDIDATES)
  let hint = -1

  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK)
    let x0 = Infinity
    let x1 = -Infinity
    let y0 = Infinity
    let y1 = -Infinity
    for (let i = start; i < end; i++) {
      const x = coords[2 * i]!
      const y = coords[2 * i + 1]!
      if (x < x0) x0 = x
      if (x > x1) x1 = x
      if (y < y0) y0 = y
      if (y > y1) y1 = y
    }
    const bx = (x0 + x1) / 2
    const by = (y0 + y1) / 2
    const halfDiagonal = Math.sqrt((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0)) / 2
    hint = nearestItem(search, bx, by, hint)
    // Widened a hair so that rounding never drops a candidate.
    const reach = (Math.sqrt(search.d2) + 2 * halfDiagonal) * (1 + 1e-9) + 1e-6
    const k = pointIndex.withinInto(bx, by, reach, candidates)

    if (k > MAX_CANDIDATES) {
      let previous = hint
      for (let i = start; i < end; i++) {
        const c = order[i]!
        const x = coords[2 * i]!
        const y = coords[2 * i + 1]!
        previous = nearestItem(search, x, y, previous)
        point[c] = previous
        distance[c] = distanceMeters(x, y, px[previous]!, py[previous]!)
      }
      continue
    }
    // In ascending point order, the first of equally near candidates is the smallest number.
    // Insertion sort: the lists are short, and a typed array's own sort is slow on short ones.
    for (let j = 1; j < k; j++) {
      const id = candidates[j]!
      let i = j - 1
      while (i >= 0 && candidates[i]! > id) {
        candidates[i + 1] = candidates[i]!
        i--
      }
      candidates[i + 1] = id
    }
    const list = candidates
    for (let j = 0; j < k; j++) {
      candidateX[j] = px[list[j]!]!
      candidateY[j] = py[list[j]!]!
    }
    for (let i = start; i < end; i++) {
      const x = coords[2 * i]!
      const y = coords[2 * i + 1]!
      let best = Infinity
      let bestJ = 0
      for (let j = 0; j < k; j++) {
        const dx = candidateX[j]! - x
        const dy = candidateY[j]! - y
        const d2 = dx * dx + dy * dy
        if (d2 < best) {
          best = d2
          bestJ = j
        }
      }
      const c = order[i]!
      point[c] = list[bestJ]!
      distance[c] = distanceMeters(x, y, candidateX[bestJ]!, candidateY[bestJ]!)
    }
  }
  return { distance, point }
}

/** Sums per municipality, for the grid and per distance bin, from each cell's nearest distance. */
export function summarizeCoverage(
  grid: PopulationGrid,
  distance: Float64Array,
  point: Int32Array,
  pointCount: number,
  radius: number,
  edges: readonly number[],
): CoverageResult {
  const n = grid.x.length
  const municipalityCount = grid.municipalities.length
  const population = new Float64Array(municipalityCount)
  const coveredPopulation = new Float64Array(municipalityCount)
  const cells = new Int32Array(municipalityCount)
  const coveredCells = new Int32Array(municipalityCount)
  const binPopulation = new Float64Array(edges.length + 1)
  const binCells = new Int32Array(edges.length + 1)
  const covered = new Uint8Array(n)
  for (let c = 0; c < n; c++) {
    const k = grid.municipality[c]!
    const p = grid.population[c]!
    const d = distance[c]!
    population[k]! += p
    cells[k]!++
    if (d <= radius) {
      covered[c] = 1
      coveredPopulation[k]! += p
      coveredCells[k]!++
    }
    const bin = binOf(edges, d)
    binPopulation[bin]! += p
    binCells[bin]!++
  }
  const municipalities = grid.municipalities.map((code, k) => ({
    code,
    ...totals(population[k]!, coveredPopulation[k]!, cells[k]!, coveredCells[k]!),
  }))
  let totalPopulation = 0
  let totalCovered = 0
  let totalCells = 0
  let totalCoveredCells = 0
  for (let k = 0; k < municipalityCount; k++) {
    totalPopulation += population[k]!
    totalCovered += coveredPopulation[k]!
    totalCells += cells[k]!
    totalCoveredCells += coveredCells[k]!
  }
  const histogram: HistogramBin[] = []
  for (let b = 0; b <= edges.length; b++) {
    histogram.push({
      from: b === 0 ? 0 : edges[b - 1]!,
      to: b < edges.length ? edges[b]! : null,
      population: binPopulation[b]!,
      cells: binCells[b]!,
    })
  }
  return {
    radius,
    points: pointCount,
    total: totals(totalPopulation, totalCovered, totalCells, totalCoveredCells),
    municipalities,
    histogram,
    covered,
    nearestDistance: distance,
    nearestPoint: point,
  }
}

export function totals(
  population: number,
  covered: number,
  cells: number,
  coveredCells: number,
): CoverageTotals {
  return {
    population,
    covered,
    uncovered: population - covered,
    percentage: population > 0 ? (100 * covered) / population : null,
    cells,
    coveredCells,
  }
}

/** The bin of a distance: the first edge it does not exceed, or the open last bin. */
function binOf(edges: readonly number[], d: number): number {
  let lo = 0
  let hi = edges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (d <= edges[mid]!) hi = mid
    else lo = mid + 1
  }
  return lo
}
