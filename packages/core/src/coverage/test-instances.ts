/** Seeded random instances for the coverage tests and benchmark; not part of the package's API. */
import { createPopulationGrid, type PopulationGrid } from './grid.ts'
import type { RdCoordinates } from './projection.ts'

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface RandomInstanceOptions {
  cells: number
  points: number
  /** Side of the square area in metres. */
  extent: number
  /** Cell lattice in metres; 0 puts cells anywhere. */
  cellSize: number
  municipalities: number
  towns: number
}

/** Cells clustered around a few towns (unique lattice positions), integer populations, points near people. */
export function randomInstance(
  seed: number,
  options: RandomInstanceOptions,
): { grid: PopulationGrid; points: RdCoordinates } {
  const random = prng(seed)
  const x0 = 140_000
  const y0 = 450_000
  const towns = Array.from({ length: Math.max(1, options.towns) }, () => ({
    x: x0 + random() * options.extent,
    y: y0 + random() * options.extent,
    spread: options.extent * (0.03 + random() * 0.12),
  }))
  const seen = new Set<string>()
  const cells: { x: number; y: number; population: number; municipality: string }[] = []
  for (let tries = 0; cells.length < options.cells && tries < options.cells * 50; tries++) {
    const town = towns[Math.floor(random() * towns.length)]!
    let x = town.x + (random() + random() + random() - 1.5) * 2 * town.spread
    let y = town.y + (random() + random() + random() - 1.5) * 2 * town.spread
    if (options.cellSize > 0) {
      const s = options.cellSize
      x = Math.floor(x / s) * s + s / 2
      y = Math.floor(y / s) * s + s / 2
    }
    const key = `${x},${y}`
    if (seen.has(key)) continue
    seen.add(key)
    const municipality = `GM${String(1 + (Math.floor(((x - x0) / options.extent) * options.municipalities) % options.municipalities)).padStart(4, '0')}`
    cells.push({ x, y, population: Math.floor(random() * random() * 400), municipality })
  }
  const grid = createPopulationGrid(cells, options.cellSize > 0 ? options.cellSize : undefined)
  const points = { x: new Float64Array(options.points), y: new Float64Array(options.points) }
  for (let p = 0; p < options.points; p++) {
    const c = cells[Math.floor(random() * cells.length)]
    points.x[p] = (c?.x ?? x0) + (random() - 0.5) * 1500
    points.y[p] = (c?.y ?? y0) + (random() - 0.5) * 1500
  }
  return { grid, points }
}
