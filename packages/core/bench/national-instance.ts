/**
 * A generated national-scale instance for the coverage benchmark: about 400,000 populated
 * 100 m cells holding about 18 million people (the Netherlands has ~17.9 million), 4,500 points
 * placed where people live (the "ruim 4.500 noodsteunpunten" of DOMAIN.md) and 20,000 candidate
 * sites. Seeded, so every run measures the same instance. Synthetic: towns are random, not real.
 */
import type { PopulationGrid } from '../src/coverage/grid.ts'
import type { RdCoordinates } from '../src/coverage/projection.ts'
import { prng } from '../src/coverage/test-instances.ts'

export interface NationalInstance {
  grid: PopulationGrid
  points: RdCoordinates
  candidates: RdCoordinates
}

export interface NationalInstanceOptions {
  cells?: number
  population?: number
  points?: number
  candidates?: number
  seed?: number
}

const CELL = 100
// RD New extent of the Netherlands (roughly; the sea is not cut out).
const X_MIN = 13_000
const X_MAX = 278_000
const Y_MIN = 306_000
const Y_MAX = 619_000
const MUNICIPALITIES = 342

export function generateNationalInstance(options: NationalInstanceOptions = {}): NationalInstance {
  const targetCells = options.cells ?? 400_000
  const targetPopulation = options.population ?? 18_000_000
  const random = prng(options.seed ?? 20261128)
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())

  // Cells on the CBS 100 m lattice, keyed by column and row so a cell is never made twice.
  const weight = new Map<number, number>()
  const columns = Math.ceil((X_MAX - X_MIN) / CELL)
  const key = (x: number, y: number) =>
    Math.floor((y - Y_MIN) / CELL) * columns + Math.floor((x - X_MIN) / CELL)
  const add = (x: number, y: number, w: number) => {
    if (x < X_MIN || x >= X_MAX || y < Y_MIN || y >= Y_MAX) return
    const k = key(x, y)
    weight.set(k, (weight.get(k) ?? 0) + w)
  }

  // A quarter of the cells are scattered rural addresses, the rest towns of Zipf-like sizes.
  const ruralCells = Math.round(targetCells * 0.25)
  for (let i = 0; i < ruralCells; i++) {
    add(
      X_MIN + random() * (X_MAX - X_MIN),
      Y_MIN + random() * (Y_MAX - Y_MIN),
      0.15 + random() * 0.3,
    )
  }
  for (let rank = 1; weight.size < targetCells; rank++) {
    const size = 2_000 / Math.pow(rank, 0.75) + 30 // cells in the town, before overlaps
    const spread = Math.sqrt(size) * CELL * 0.45
    const cx = X_MIN + random() * (X_MAX - X_MIN)
    const cy = Y_MIN + random() * (Y_MAX - Y_MIN)
    const cells = Math.min(Math.round(size), targetCells - weight.size)
    for (let i = 0; i < cells; i++) {
      const r = Math.abs(gauss())
      add(cx + gauss() * spread, cy + gauss() * spread, Math.exp(-r) * (1 + random()))
    }
  }

  const keys = [...weight.keys()].sort((a, b) => a - b)
  const n = keys.length
  const grid: PopulationGrid = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    population: new Float64Array(n),
    municipality: new Int32Array(n),
    municipalities: Array.from(
      { length: MUNICIPALITIES },
      (_, i) => `GM${String(i + 1).padStart(4, '0')}`,
    ),
    cellSize: CELL,
  }
  let totalWeight = 0
  for (const k of keys) totalWeight += weight.get(k)!
  // Municipalities as vertical-ish strips of the country, so each has a contiguous area.
  keys.forEach((k, i) => {
    const x = X_MIN + (k % columns) * CELL + CELL / 2
    const y = Y_MIN + Math.floor(k / columns) * CELL + CELL / 2
    grid.x[i] = x
    grid.y[i] = y
    grid.population[i] = Math.max(1, Math.round((weight.get(k)! / totalWeight) * targetPopulation))
    const col = Math.floor(((x - X_MIN) / (X_MAX - X_MIN)) * 19)
    const row = Math.floor(((y - Y_MIN) / (Y_MAX - Y_MIN)) * 18)
    grid.municipality[i] = Math.min(MUNICIPALITIES - 1, row * 19 + col)
  })

  // Points and candidates where people live: cells drawn in proportion to their population.
  const cumulative = new Float64Array(n)
  let sum = 0
  for (let i = 0; i < n; i++) cumulative[i] = sum += grid.population[i]!
  const drawCell = () => {
    const target = random() * sum
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! < target) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const place = (count: number, jitter: number): RdCoordinates => {
    const out = { x: new Float64Array(count), y: new Float64Array(count) }
    for (let i = 0; i < count; i++) {
      const c = drawCell()
      out.x[i] = grid.x[c]! + (random() - 0.5) * jitter
      out.y[i] = grid.y[c]! + (random() - 0.5) * jitter
    }
    return out
  }
  return {
    grid,
    points: place(options.points ?? 4_500, 200),
    candidates: place(options.candidates ?? 20_000, 800),
  }
}
