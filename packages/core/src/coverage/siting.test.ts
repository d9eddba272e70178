import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { distanceMeters } from './distance.ts'
import { createPopulationGrid, prepareGrid, type PopulationGrid } from './grid.ts'
import type { RdCoordinates } from './projection.ts'
import { siteNewPoints } from './siting.ts'
import { prng, randomInstance } from './test-instances.ts'

/** Covered population by brute force: every cell against every point. */
function coveredPopulation(grid: PopulationGrid, sets: RdCoordinates[], radius: number): number {
  let covered = 0
  for (let c = 0; c < grid.x.length; c++) {
    const hit = sets.some((s) =>
      s.x.some((x, p) => distanceMeters(grid.x[c]!, grid.y[c]!, x, s.y[p]!) <= radius),
    )
    if (hit) covered += grid.population[c]!
  }
  return covered
}

const subset = (points: RdCoordinates, chosen: readonly number[]): RdCoordinates => ({
  x: Float64Array.from(chosen, (j) => points.x[j]!),
  y: Float64Array.from(chosen, (j) => points.y[j]!),
})

/** Plain greedy: every gain recomputed at every step, ties to the smallest id. */
function plainGreedy(
  grid: PopulationGrid,
  existing: RdCoordinates,
  candidates: RdCoordinates,
  ids: readonly string[],
  count: number,
  radius: number,
) {
  const picks: number[] = []
  let covered = coveredPopulation(grid, [existing], radius)
  for (let step = 0; step < count; step++) {
    let best = -1
    let bestCovered = covered
    for (let j = 0; j < ids.length; j++) {
      if (picks.includes(j)) continue
      const value = coveredPopulation(grid, [existing, subset(candidates, [...picks, j])], radius)
      if (value > bestCovered || (best >= 0 && value === bestCovered && ids[j]! < ids[best]!)) {
        best = j
        bestCovered = value
      }
    }
    if (best < 0) break
    picks.push(best)
    covered = bestCovered
  }
  return { picks, covered }
}

function instance(seed: number, cells: number, existingCount: number, candidateCount: number) {
  const { grid, points } = randomInstance(seed, {
    cells,
    points: existingCount + candidateCount,
    extent: 12_000,
    cellSize: 100,
    municipalities: 2,
    towns: 4,
  })
  const existing = subset(points, [...Array(existingCount).keys()])
  const candidates = subset(
    points,
    [...Array(candidateCount).keys()].map((j) => j + existingCount),
  )
  // Ids in an order unrelated to the input order, so tie-breaking by id is really tested.
  const random = prng(seed + 1)
  const ids = [...Array(candidateCount).keys()].map(
    (j) => `site-${String(Math.floor(random() * 1000)).padStart(3, '0')}-${j}`,
  )
  return { grid, existing, candidates, ids }
}

describe('siteNewPoints', () => {
  it('picks the candidate covering most uncovered people first, and reports gains and coverage after each', () => {
    const grid = createPopulationGrid([
      { x: 150_000, y: 450_000, population: 100, municipality: 'GM0001' }, // covered by the existing point
      { x: 160_000, y: 450_000, population: 30, municipality: 'GM0001' },
      { x: 170_000, y: 450_000, population: 50, municipality: 'GM0001' },
      { x: 170_500, y: 450_000, population: 5, municipality: 'GM0001' },
    ])
    const existing = { x: Float64Array.of(150_000), y: Float64Array.of(450_000) }
    const candidates = {
      x: Float64Array.of(150_100, 160_000, 170_250),
      y: Float64Array.of(450_000, 450_000, 450_000),
    }
    const r = siteNewPoints(grid, existing, candidates, { radius: 1000, count: 3 })
    expect(r.baseline).toEqual({ covered: 100, percentage: (100 * 100) / 185 })
    expect(r.picks).toEqual([
      { candidate: 2, gain: 55, covered: 155, percentage: (100 * 155) / 185 },
      { candidate: 1, gain: 30, covered: 185, percentage: 100 },
    ])
    // The third candidate adds nobody and is not proposed.
    expect(r.covered).toBe(185)
    expect([...r.cellCoverage]).toEqual([1, 2, 2, 2])
  })

  it('breaks equal gains by the smallest candidate id', () => {
    const grid = createPopulationGrid([
      { x: 150_000, y: 450_000, population: 10, municipality: 'GM0001' },
      { x: 160_000, y: 450_000, population: 10, municipality: 'GM0001' },
    ])
    const candidates = {
      x: Float64Array.of(150_000, 160_000),
      y: Float64Array.of(450_000, 450_000),
    }
    const none = { x: new Float64Array(0), y: new Float64Array(0) }
    expect(
      siteNewPoints(grid, none, candidates, { radius: 500, count: 1, ids: ['b', 'a'] }).picks[0]!
        .candidate,
    ).toBe(1)
    expect(
      siteNewPoints(grid, none, candidates, { radius: 500, count: 1, ids: ['a', 'b'] }).picks[0]!
        .candidate,
    ).toBe(0)
    expect(
      siteNewPoints(grid, none, candidates, { radius: 500, count: 1 }).picks[0]!.candidate,
    ).toBe(0)
  })

  it('lazy greedy chooses exactly what plain greedy chooses', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const { grid, existing, candidates, ids } = instance(seed * 101, 500, 3, 25)
      const lazy = siteNewPoints(prepareGrid(grid), existing, candidates, {
        radius: 800,
        count: 6,
        ids,
      })
      const plain = plainGreedy(grid, existing, candidates, ids, 6, 800)
      expect(lazy.picks.map((p) => p.candidate)).toEqual(plain.picks.slice(0, lazy.picks.length))
      expect(lazy.covered).toBe(
        coveredPopulation(
          grid,
          [
            existing,
            subset(
              candidates,
              lazy.picks.map((p) => p.candidate),
            ),
          ],
          800,
        ),
      )
      if (lazy.picks.length < 6) expect(lazy.covered).toBe(plain.covered)
      // Lazy evaluation recomputes far fewer gains than plain greedy's count × candidates.
      expect(lazy.evaluations).toBeLessThan(25 + 6 * 25)
    }
  })

  it('the swap pass never lowers coverage, and every swap it reports is a real gain', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 8 }),
        (seed, count) => {
          const { grid, existing, candidates, ids } = instance(seed, 300, 2, 20)
          const greedy = siteNewPoints(grid, existing, candidates, { radius: 700, count, ids })
          const improved = siteNewPoints(grid, existing, candidates, {
            radius: 700,
            count,
            ids,
            improve: true,
          })
          expect(improved.greedy).toEqual(greedy.picks)
          expect(improved.covered).toBeGreaterThanOrEqual(greedy.covered)
          expect(improved.covered).toBe(
            coveredPopulation(
              grid,
              [
                existing,
                subset(
                  candidates,
                  improved.picks.map((p) => p.candidate),
                ),
              ],
              700,
            ),
          )
          let covered = greedy.covered
          for (const swap of improved.swaps) {
            expect(swap.gain).toBeGreaterThan(0)
            covered += swap.gain
            expect(swap.covered).toBe(covered)
          }
          expect(improved.covered).toBe(covered)
          // Picks are in greedy order over the final set: gains never grow.
          for (let i = 1; i < improved.picks.length; i++)
            expect(improved.picks[i]!.gain).toBeLessThanOrEqual(improved.picks[i - 1]!.gain)
          expect(new Set(improved.picks.map((p) => p.candidate)).size).toBe(improved.picks.length)
        },
      ),
      { numRuns: 40 },
    )
  })

  it('never picks more than count, and a candidate at most once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 30 }),
        (seed, count) => {
          const { grid, existing, candidates, ids } = instance(seed, 200, 1, 12)
          const r = siteNewPoints(grid, existing, candidates, {
            radius: 900,
            count,
            ids,
            improve: true,
          })
          expect(r.picks.length).toBeLessThanOrEqual(Math.min(count, 12))
          expect(new Set(r.picks.map((p) => p.candidate)).size).toBe(r.picks.length)
          expect(r.covered).toBeLessThanOrEqual(r.population)
          for (const p of r.picks) expect(p.gain).toBeGreaterThan(0)
        },
      ),
      { numRuns: 40 },
    )
  })

  it('rejects a count that is not a whole number and ids that do not match', () => {
    const grid = createPopulationGrid([])
    const none = { x: new Float64Array(0), y: new Float64Array(0) }
    expect(() => siteNewPoints(grid, none, none, { radius: 1000, count: 1.5 })).toThrow(/count/)
    expect(() => siteNewPoints(grid, none, none, { radius: 1000, count: 1, ids: ['a'] })).toThrow(
      /ids/,
    )
  })
})
