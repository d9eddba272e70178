import KDBushExport from 'kdbush'

// kdbush is an ES module only. Required from the CommonJS build (Node's require of ES modules),
// its default export arrives wrapped one level deeper; unwrap it so both builds get the class.
const KDBush: typeof KDBushExport =
  (KDBushExport as unknown as { default?: typeof KDBushExport }).default ?? KDBushExport
import { InvalidArgumentError } from '../shared/errors.ts'
import type { RdCoordinates } from './projection.ts'

/**
 * Where people live: cells of a population grid as a structure of typed arrays, so that a
 * national grid of 400,000 cells is a handful of flat buffers (transferable to a Web Worker)
 * rather than 400,000 objects. Entry `i` of every array belongs to cell `i`.
 */
export interface PopulationGrid {
  /** RD New easting of each cell's centre, metres. */
  x: Float64Array
  /** RD New northing of each cell's centre, metres. */
  y: Float64Array
  /** Inhabitants of each cell (≥ 0). */
  population: Float64Array
  /** Index into `municipalities` of each cell's municipality. */
  municipality: Int32Array
  /** CBS codes (`GM0034`) of the municipalities the cells refer to. */
  municipalities: string[]
  /** Edge of the square cells in metres (CBS: 100 or 500), when the cells lie on such a lattice. */
  cellSize?: number | undefined
}

/** One cell, for building a grid from objects (tests, small files). */
export interface PopulationCell {
  x: number
  y: number
  population: number
  municipality: string
}

/** Builds a grid from cells; municipalities are numbered in order of first appearance. */
export function createPopulationGrid(
  cells: readonly PopulationCell[],
  cellSize?: number,
): PopulationGrid {
  const n = cells.length
  const grid: PopulationGrid = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    population: new Float64Array(n),
    municipality: new Int32Array(n),
    municipalities: [],
    ...(cellSize === undefined ? {} : { cellSize }),
  }
  const indexOf = new Map<string, number>()
  cells.forEach((cell, i) => {
    let m = indexOf.get(cell.municipality)
    if (m === undefined) {
      m = grid.municipalities.length
      indexOf.set(cell.municipality, m)
      grid.municipalities.push(cell.municipality)
    }
    grid.x[i] = cell.x
    grid.y[i] = cell.y
    grid.population[i] = cell.population
    grid.municipality[i] = m
  })
  return grid
}

/** Throws when a grid breaks its contract: arrays of one length, finite positions, population ≥ 0. */
export function assertPopulationGrid(grid: PopulationGrid): void {
  const n = grid.x.length
  if (grid.y.length !== n || grid.population.length !== n || grid.municipality.length !== n) {
    throw new InvalidArgumentError(
      'PopulationGrid: x, y, population and municipality must have the same length',
    )
  }
  const m = grid.municipalities.length
  for (let i = 0; i < n; i++) {
    const p = grid.population[i]!
    const k = grid.municipality[i]!
    if (!Number.isFinite(grid.x[i]!) || !Number.isFinite(grid.y[i]!)) {
      throw new InvalidArgumentError(`PopulationGrid: cell ${i} has no finite position`)
    }
    if (!(p >= 0) || !Number.isFinite(p))
      throw new InvalidArgumentError(`PopulationGrid: cell ${i} has population ${p}`)
    if (k < 0 || k >= m)
      throw new InvalidArgumentError(
        `PopulationGrid: cell ${i} refers to municipality ${k} of ${m}`,
      )
  }
}

/** Throws unless `x` and `y` have one length and finite values. */
export function assertCoordinates(points: RdCoordinates, what: string): void {
  if (points.x.length !== points.y.length)
    throw new InvalidArgumentError(`${what}: x and y must have the same length`)
  for (let i = 0; i < points.x.length; i++) {
    if (!Number.isFinite(points.x[i]!) || !Number.isFinite(points.y[i]!)) {
      throw new InvalidArgumentError(`${what}: entry ${i} has no finite position`)
    }
  }
}

/**
 * The cells of the given municipalities only, in their original order, with `municipalities`
 * renumbered to the given list (which may name municipalities without cells). Used to cut a
 * national grid down to a region.
 */
export function selectMunicipalities(
  grid: PopulationGrid,
  codes: readonly string[],
): PopulationGrid {
  const target = new Map(codes.map((code, i) => [code, i]))
  const remap = grid.municipalities.map((code) => target.get(code) ?? -1)
  let n = 0
  for (let i = 0; i < grid.x.length; i++) if (remap[grid.municipality[i]!]! >= 0) n++
  const out: PopulationGrid = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    population: new Float64Array(n),
    municipality: new Int32Array(n),
    municipalities: [...codes],
    ...(grid.cellSize === undefined ? {} : { cellSize: grid.cellSize }),
  }
  let j = 0
  for (let i = 0; i < grid.x.length; i++) {
    const m = remap[grid.municipality[i]!]!
    if (m < 0) continue
    out.x[j] = grid.x[i]!
    out.y[j] = grid.y[i]!
    out.population[j] = grid.population[i]!
    out.municipality[j] = m
    j++
  }
  return out
}

/** A grid with its spatial index built, to reuse across many coverage and siting runs. */
export interface PreparedGrid {
  grid: PopulationGrid
  /** kdbush index of the cell centres; item `i` is cell `i`. */
  index: KDBushExport
}

/** Builds the spatial index of a grid's cells (checked first). */
export function prepareGrid(grid: PopulationGrid): PreparedGrid {
  assertPopulationGrid(grid)
  return { grid, index: buildIndex(grid, 64) }
}

export function isPreparedGrid(value: PopulationGrid | PreparedGrid): value is PreparedGrid {
  return 'index' in value && 'grid' in value
}

/** The grid prepared, preparing it when needed. */
export function asPrepared(grid: PopulationGrid | PreparedGrid): PreparedGrid {
  return isPreparedGrid(grid) ? grid : prepareGrid(grid)
}

/** A kdbush index over positions; item `i` is position `i`. */
export function buildIndex(positions: RdCoordinates, nodeSize: number): KDBushExport {
  const n = positions.x.length
  const index = new KDBush(n, nodeSize, Float64Array)
  for (let i = 0; i < n; i++) index.add(positions.x[i]!, positions.y[i]!)
  return index.finish()
}
