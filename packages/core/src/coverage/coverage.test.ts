import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeCoverage, DEFAULT_HISTOGRAM_EDGES } from './coverage.ts'
import { distanceMeters } from './distance.ts'
import { createPopulationGrid, prepareGrid } from './grid.ts'
import { computeCoverageAllPairs } from './reference.ts'
import { randomInstance } from './test-instances.ts'

describe('computeCoverage', () => {
  it('counts a cell at exactly the radius as covered, and one a millimetre further as not', () => {
    const grid = createPopulationGrid([
      { x: 150_000, y: 450_000, population: 10, municipality: 'GM0001' },
      { x: 151_000, y: 450_000, population: 20, municipality: 'GM0001' },
      { x: 150_000, y: 451_000.001, population: 40, municipality: 'GM0002' },
    ])
    const result = computeCoverage(
      grid,
      { x: Float64Array.of(150_000), y: Float64Array.of(450_000) },
      { radius: 1000 },
    )
    expect([...result.covered]).toEqual([1, 1, 0])
    expect([...result.nearestDistance].slice(0, 2)).toEqual([0, 1000])
    expect(result.nearestDistance[2]).toBeCloseTo(1000.001, 9)
    expect(result.total).toEqual({
      population: 70,
      covered: 30,
      uncovered: 40,
      percentage: (100 * 30) / 70,
      cells: 3,
      coveredCells: 2,
    })
    expect(result.municipalities.map((m) => [m.code, m.covered, m.population])).toEqual([
      ['GM0001', 30, 30],
      ['GM0002', 0, 40],
    ])
  })

  it('covers across municipality borders: a point serves every cell within reach', () => {
    const grid = createPopulationGrid([
      { x: 150_500, y: 450_000, population: 5, municipality: 'GM0002' },
    ])
    const result = computeCoverage(
      grid,
      { x: Float64Array.of(150_000), y: Float64Array.of(450_000) },
      { radius: 1000 },
    )
    expect(result.total.covered).toBe(5)
  })

  it('without points nothing is covered and every cell is in the open bin', () => {
    const { grid } = randomInstance(1, {
      cells: 200,
      points: 0,
      extent: 10_000,
      cellSize: 100,
      municipalities: 2,
      towns: 3,
    })
    const result = computeCoverage(
      grid,
      { x: new Float64Array(0), y: new Float64Array(0) },
      { radius: 1000 },
    )
    expect(result.total.covered).toBe(0)
    expect(result.histogram.at(-1)!.cells).toBe(200)
    expect([...result.nearestPoint].every((p) => p === -1)).toBe(true)
  })

  it('reports a percentage of null for an empty population', () => {
    const grid = createPopulationGrid([
      { x: 150_000, y: 450_000, population: 0, municipality: 'GM0001' },
    ])
    const result = computeCoverage(
      grid,
      { x: Float64Array.of(150_000), y: Float64Array.of(450_000) },
      { radius: 1000 },
    )
    expect(result.total.percentage).toBeNull()
  })

  it('adds the radius to the histogram edges, so the bins up to it sum to the covered population', () => {
    const { grid, points } = randomInstance(2, {
      cells: 2000,
      points: 15,
      extent: 20_000,
      cellSize: 100,
      municipalities: 3,
      towns: 5,
    })
    const result = computeCoverage(grid, points, { radius: 1200 })
    expect(result.histogram.map((b) => b.to)).toEqual([
      250,
      500,
      750,
      1000,
      1200,
      1500,
      2000,
      3000,
      5000,
      null,
    ])
    const upToRadius = result.histogram
      .filter((b) => b.to !== null && b.to <= 1200)
      .reduce((s, b) => s + b.population, 0)
    expect(upToRadius).toBe(result.total.covered)
  })

  it('rejects a negative radius and points of unequal length', () => {
    const grid = createPopulationGrid([])
    expect(() =>
      computeCoverage(grid, { x: new Float64Array(1), y: new Float64Array(1) }, { radius: -1 }),
    ).toThrow(/Radius/)
    expect(() =>
      computeCoverage(grid, { x: new Float64Array(2), y: new Float64Array(1) }, { radius: 1 }),
    ).toThrow(/same length/)
  })
})

describe('computeCoverage equals the all-pairs reference exactly', () => {
  const shapes = [
    {
      name: '100 m lattice, dense towns',
      cells: 6000,
      points: 40,
      extent: 25_000,
      cellSize: 100,
      municipalities: 4,
      towns: 6,
    },
    {
      name: '500 m lattice (demo-like)',
      cells: 1500,
      points: 60,
      extent: 40_000,
      cellSize: 500,
      municipalities: 6,
      towns: 12,
    },
    {
      name: 'cells anywhere, few points',
      cells: 3000,
      points: 3,
      extent: 60_000,
      cellSize: 0,
      municipalities: 5,
      towns: 4,
    },
    {
      name: 'one point',
      cells: 800,
      points: 1,
      extent: 10_000,
      cellSize: 100,
      municipalities: 1,
      towns: 2,
    },
    {
      name: 'more points than cells',
      cells: 50,
      points: 400,
      extent: 10_000,
      cellSize: 100,
      municipalities: 2,
      towns: 2,
    },
  ]
  for (const shape of shapes) {
    it(
      shape.name,
      () => {
        for (let seed = 1; seed <= 3; seed++) {
          const { grid, points } = randomInstance(seed * 7919, shape)
          for (const radius of [0, 350, 1000, 2500]) {
            const fast = computeCoverage(prepareGrid(grid), points, { radius })
            const slow = computeCoverageAllPairs(grid, points, { radius })
            expect(fast.total).toEqual(slow.total)
            expect(fast.municipalities).toEqual(slow.municipalities)
            expect(fast.histogram).toEqual(slow.histogram)
            expect(fast.covered).toEqual(slow.covered)
            expect(fast.nearestDistance).toEqual(slow.nearestDistance)
            // On exactly equal distances either point is a right answer; its distance must match.
            const wrong = [...fast.nearestPoint.keys()].filter((c) => {
              const p = fast.nearestPoint[c]!
              return p < 0
                ? points.x.length > 0
                : distanceMeters(grid.x[c]!, grid.y[c]!, points.x[p]!, points.y[p]!) !==
                    fast.nearestDistance[c]
            })
            expect(wrong).toEqual([])
          }
        }
      },
      60_000,
    )
  }

  it('on cells and points that share positions and distances (ties)', () => {
    // Points on the lattice itself: many cells at exactly equal distances from two points.
    const cells = []
    for (let i = 0; i < 40; i++)
      for (let j = 0; j < 40; j++)
        cells.push({
          x: 150_050 + i * 100,
          y: 450_050 + j * 100,
          population: (i * 7 + j * 3) % 11,
          municipality: i < 20 ? 'GM0001' : 'GM0002',
        })
    const grid = createPopulationGrid(cells, 100)
    const points = {
      x: Float64Array.of(150_050, 152_050, 151_050, 150_050),
      y: Float64Array.of(450_050, 450_050, 452_050, 450_050),
    }
    for (const radius of [0, 100, 1000, 1414.2135623730951]) {
      const fast = computeCoverage(grid, points, { radius })
      const slow = computeCoverageAllPairs(grid, points, { radius })
      expect({ ...fast, nearestPoint: undefined }).toEqual({ ...slow, nearestPoint: undefined })
    }
  })
})

describe('coverage properties', () => {
  const instance = fc.record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    cells: fc.integer({ min: 0, max: 400 }),
    points: fc.integer({ min: 0, max: 30 }),
    radius: fc.integer({ min: 0, max: 3000 }),
  })
  const build = (i: { seed: number; cells: number; points: number }) =>
    randomInstance(i.seed, {
      cells: i.cells,
      points: i.points,
      extent: 15_000,
      cellSize: 100,
      municipalities: 3,
      towns: 3,
    })

  it('covered never exceeds the population, and the histogram adds up to it', () => {
    fc.assert(
      fc.property(instance, (i) => {
        const { grid, points } = build(i)
        const r = computeCoverage(grid, points, { radius: i.radius })
        expect(r.total.covered).toBeLessThanOrEqual(r.total.population)
        expect(r.histogram.reduce((s, b) => s + b.population, 0)).toBe(r.total.population)
        expect(r.histogram.reduce((s, b) => s + b.cells, 0)).toBe(grid.x.length)
        expect(r.municipalities.reduce((s, m) => s + m.covered, 0)).toBe(r.total.covered)
      }),
      { numRuns: 60 },
    )
  })

  it('a larger radius or an extra point never lowers coverage', () => {
    fc.assert(
      fc.property(
        instance,
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 140_000, max: 155_000 }),
        (i, more, ex) => {
          const { grid, points } = build(i)
          const base = computeCoverage(grid, points, { radius: i.radius })
          const wider = computeCoverage(grid, points, { radius: i.radius + more })
          expect(wider.total.covered).toBeGreaterThanOrEqual(base.total.covered)
          const extra = {
            x: Float64Array.of(...points.x, ex),
            y: Float64Array.of(...points.y, 455_000),
          }
          const added = computeCoverage(grid, extra, { radius: i.radius })
          expect(added.total.covered).toBeGreaterThanOrEqual(base.total.covered)
          for (let c = 0; c < grid.x.length; c++)
            expect(added.nearestDistance[c]!).toBeLessThanOrEqual(base.nearestDistance[c]!)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('the order of the points does not matter', () => {
    fc.assert(
      fc.property(instance, (i) => {
        const { grid, points } = build(i)
        const order = [...points.x.keys()].reverse()
        const shuffled = {
          x: Float64Array.from(order, (k) => points.x[k]!),
          y: Float64Array.from(order, (k) => points.y[k]!),
        }
        const a = computeCoverage(grid, points, { radius: i.radius })
        const b = computeCoverage(grid, shuffled, { radius: i.radius })
        expect(b.total).toEqual(a.total)
        expect(b.nearestDistance).toEqual(a.nearestDistance)
        expect(b.histogram).toEqual(a.histogram)
      }),
      { numRuns: 40 },
    )
  })

  it('uses the default histogram edges', () => {
    const { grid, points } = build({ seed: 3, cells: 100, points: 5 })
    const r = computeCoverage(grid, points, { radius: 1000 })
    expect(r.histogram.map((b) => b.to)).toEqual([...DEFAULT_HISTOGRAM_EDGES, null])
  })
})
