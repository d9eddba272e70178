import { InvalidArgumentError } from '../shared/errors.ts'
import { assertRadius } from './coverage.ts'
import { distanceMeters, straightLineReach } from './distance.ts'
import { asPrepared, assertCoordinates, type PopulationGrid, type PreparedGrid } from './grid.ts'
import type { RdCoordinates } from './projection.ts'

export interface SitingOptions {
  /** A cell is covered when a point lies within this many metres of its centre. */
  radius: number
  /** How many new points to choose (k). Fewer are chosen when no candidate adds anyone. */
  count: number
  /** Candidate ids, to break ties: on equal gains the smallest id (by code unit) wins. Default: the candidate order. */
  ids?: readonly string[] | undefined
  /** After greedy, exchange a pick for a non-pick while that raises coverage. */
  improve?: boolean | undefined
  /** Stop the swap pass after this many exchanges (default 10,000; each one raises coverage). */
  maxSwaps?: number | undefined
}

/** One chosen candidate, with what it adds on top of the points before it. */
export interface SitingPick {
  /** Position of the candidate in the input. */
  candidate: number
  /** Inhabitants newly covered by this pick. */
  gain: number
  /** Inhabitants covered after this pick (existing points and every pick so far). */
  covered: number
  /** 100 × covered / population; null when the population is 0. */
  percentage: number | null
}

/** One exchange of the swap pass. */
export interface SitingSwap {
  removed: number
  added: number
  /** Inhabitants gained by the exchange (> 0). */
  gain: number
  covered: number
}

export interface SitingResult {
  radius: number
  /** Inhabitants of all cells. */
  population: number
  /** Covered by the existing (qualifying) points alone. */
  baseline: { covered: number; percentage: number | null }
  /**
   * The chosen candidates, in the order greedy would add them: each with its gain and the
   * coverage after it. Without `improve` these are exactly the greedy picks.
   */
  picks: SitingPick[]
  /** The greedy picks before the swap pass (equal to `picks` without `improve`). */
  greedy: SitingPick[]
  /** Exchanges made by the swap pass, in order. */
  swaps: SitingSwap[]
  /** Covered after all picks. */
  covered: number
  percentage: number | null
  /** Per cell: 0 uncovered, 1 covered by the existing points, 2 covered only thanks to the picks. */
  cellCoverage: Uint8Array
  /** Gains computed by the lazy greedy (a measure of the work saved: plain greedy needs count × candidates). */
  evaluations: number
}

/**
 * Chooses `count` new points among candidates to cover as many not yet covered inhabitants as
 * possible, the existing points fixed. Greedy: each step takes the candidate with the largest
 * gain, on equal gains the smallest id. Lazily evaluated (Minoux's accelerated greedy): gains
 * only shrink as picks are added, so a candidate's last computed gain bounds its current one,
 * and only the candidate on top of the queue is recomputed. Greedy is within 1 − 1/e of the
 * optimum (Nemhauser, Wolsey and Fisher, 1978); `improve` adds a swap pass.
 */
export function siteNewPoints(
  grid: PopulationGrid | PreparedGrid,
  existing: RdCoordinates,
  candidates: RdCoordinates,
  options: SitingOptions,
): SitingResult {
  const prepared = asPrepared(grid)
  const cells = prepared.grid
  assertRadius(options.radius)
  assertCoordinates(existing, 'existing points')
  assertCoordinates(candidates, 'candidates')
  if (!Number.isInteger(options.count) || options.count < 0)
    throw new InvalidArgumentError(`count ${options.count} is not a whole number ≥ 0`)
  const candidateCount = candidates.x.length
  if (options.ids && options.ids.length !== candidateCount)
    throw new InvalidArgumentError('ids must name every candidate')

  const population = cells.population
  let total = 0
  for (let c = 0; c < population.length; c++) total += population[c]!
  const percentage = (covered: number) => (total > 0 ? (100 * covered) / total : null)

  const baselineCells = coveredBy(prepared, existing, options.radius)
  let baseline = 0
  for (let c = 0; c < population.length; c++) if (baselineCells[c]) baseline += population[c]!

  const reach = reachLists(prepared, candidates, options.radius, baselineCells)
  const rank = ranks(candidateCount, options.ids)
  // Times each cell is covered by the current picks (cells the existing points cover are never listed).
  const coverCount = new Int32Array(population.length)

  const greedy = lazyGreedy(
    reach,
    population,
    rank,
    coverCount,
    options.count,
    baseline,
    percentage,
  )
  let picks = greedy.picks
  const swaps: SitingSwap[] = []
  if (options.improve && picks.length > 0) {
    const selected = picks.map((p) => p.candidate)
    const covered = picks[picks.length - 1]!.covered
    swapPass(
      reach,
      population,
      rank,
      coverCount,
      selected,
      covered,
      options.maxSwaps ?? 10_000,
      swaps,
    )
    picks = orderGreedily(reach, population, rank, selected, baseline, percentage)
  }

  const covered = picks.length > 0 ? picks[picks.length - 1]!.covered : baseline
  const cellCoverage = new Uint8Array(population.length)
  for (let c = 0; c < cellCoverage.length; c++) cellCoverage[c] = baselineCells[c] ? 1 : 0
  for (const pick of picks) {
    for (let e = reach.offsets[pick.candidate]!; e < reach.offsets[pick.candidate + 1]!; e++)
      cellCoverage[reach.cells[e]!] = 2
  }
  return {
    radius: options.radius,
    population: total,
    baseline: { covered: baseline, percentage: percentage(baseline) },
    picks,
    greedy: greedy.picks,
    swaps,
    covered,
    percentage: percentage(covered),
    cellCoverage,
    evaluations: greedy.evaluations,
  }
}

/** Per cell, 1 when some point lies within the radius. */
export function coveredBy(
  prepared: PreparedGrid,
  points: RdCoordinates,
  radius: number,
): Uint8Array {
  const { grid, index } = prepared
  const n = grid.x.length
  const covered = new Uint8Array(n)
  if (n === 0) return covered
  const found = new Uint32Array(n)
  const query = indexQueryRadius(radius)
  for (let p = 0; p < points.x.length; p++) {
    const px = points.x[p]!
    const py = points.y[p]!
    const count = index.withinInto(px, py, query, found)
    for (let k = 0; k < count; k++) {
      const c = found[k]!
      if (!covered[c] && distanceMeters(grid.x[c]!, grid.y[c]!, px, py) <= radius) covered[c] = 1
    }
  }
  return covered
}

/** The straight-line radius to ask the index for, a hair wide so rounding never drops a cell; `distanceMeters` decides. */
function indexQueryRadius(radius: number): number {
  return straightLineReach(radius) * (1 + 1e-9) + 1e-6
}

/**
 * For each candidate, the cells it would cover that nothing covers yet and where people live
 * (compressed rows: the cells of candidate j are `cells[offsets[j] .. offsets[j+1]]`, ascending);
 * and the reverse, the candidates that reach each cell.
 */
interface ReachLists {
  offsets: Uint32Array
  cells: Uint32Array
  cellOffsets: Uint32Array
  cellCandidates: Uint32Array
}

function reachLists(
  prepared: PreparedGrid,
  candidates: RdCoordinates,
  radius: number,
  excluded: Uint8Array,
): ReachLists {
  const { grid, index } = prepared
  const n = grid.x.length
  const m = candidates.x.length
  const offsets = new Uint32Array(m + 1)
  let cells = new Uint32Array(Math.max(1024, m * 16))
  let size = 0
  const found = new Uint32Array(Math.max(n, 1))
  const query = indexQueryRadius(radius)
  for (let j = 0; j < m; j++) {
    offsets[j] = size
    if (n === 0) continue
    const qx = candidates.x[j]!
    const qy = candidates.y[j]!
    const count = index.withinInto(qx, qy, query, found)
    if (size + count > cells.length) {
      const grown = new Uint32Array(Math.max(cells.length * 2, size + count))
      grown.set(cells.subarray(0, size))
      cells = grown
    }
    const first = size
    for (let k = 0; k < count; k++) {
      const c = found[k]!
      if (excluded[c] || grid.population[c]! <= 0) continue
      if (distanceMeters(grid.x[c]!, grid.y[c]!, qx, qy) <= radius) cells[size++] = c
    }
    // Ascending cell order makes every sum over a candidate's cells add up in one fixed order.
    cells.subarray(first, size).sort()
  }
  offsets[m] = size
  cells = cells.slice(0, size)

  const cellOffsets = new Uint32Array(n + 1)
  for (let e = 0; e < size; e++) cellOffsets[cells[e]! + 1]!++
  for (let c = 0; c < n; c++) cellOffsets[c + 1]! += cellOffsets[c]!
  const cellCandidates = new Uint32Array(size)
  const fill = cellOffsets.slice(0, n)
  for (let j = 0; j < m; j++) {
    for (let e = offsets[j]!; e < offsets[j + 1]!; e++) cellCandidates[fill[cells[e]!]!++] = j
  }
  return { offsets, cells, cellOffsets, cellCandidates }
}

/** Position of each candidate in id order (code unit order, as `<` compares strings); without ids, its own position. */
function ranks(count: number, ids: readonly string[] | undefined): Int32Array {
  const rank = new Int32Array(count)
  const order = Array.from({ length: count }, (_, j) => j)
  if (ids) order.sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b))
  order.forEach((j, r) => (rank[j] = r))
  return rank
}

/** Population of a candidate's cells that no pick covers yet. */
function gainOf(
  reach: ReachLists,
  population: Float64Array,
  coverCount: Int32Array,
  j: number,
): number {
  let gain = 0
  for (let e = reach.offsets[j]!; e < reach.offsets[j + 1]!; e++) {
    const c = reach.cells[e]!
    if (coverCount[c] === 0) gain += population[c]!
  }
  return gain
}

function cover(reach: ReachLists, coverCount: Int32Array, j: number, delta: 1 | -1): void {
  for (let e = reach.offsets[j]!; e < reach.offsets[j + 1]!; e++)
    coverCount[reach.cells[e]!]! += delta
}

/** `a` before `b`: larger gain, then smaller rank. */
function better(gainA: number, rankA: number, gainB: number, rankB: number): boolean {
  return gainA > gainB || (gainA === gainB && rankA < rankB)
}

function lazyGreedy(
  reach: ReachLists,
  population: Float64Array,
  rank: Int32Array,
  coverCount: Int32Array,
  count: number,
  baseline: number,
  percentage: (covered: number) => number | null,
): { picks: SitingPick[]; evaluations: number } {
  const m = rank.length
  const gain = new Float64Array(m)
  // Step at which each gain was computed; a gain from an earlier step is an upper bound.
  const fresh = new Int32Array(m)
  const heap = new Int32Array(m)
  let size = 0
  let evaluations = 0
  const above = (a: number, b: number) => better(gain[a]!, rank[a]!, gain[b]!, rank[b]!)
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let top = i
      if (l < size && above(heap[l]!, heap[top]!)) top = l
      if (r < size && above(heap[r]!, heap[top]!)) top = r
      if (top === i) return
      const t = heap[i]!
      heap[i] = heap[top]!
      heap[top] = t
      i = top
    }
  }
  for (let j = 0; j < m; j++) {
    gain[j] = gainOf(reach, population, coverCount, j)
    evaluations++
    heap[size++] = j
  }
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(i)

  const picks: SitingPick[] = []
  let covered = baseline
  for (let step = 0; step < count && size > 0; ) {
    const top = heap[0]!
    if (fresh[top] === step) {
      // Its gain is current and every other bound is below it: this is greedy's choice.
      if (gain[top]! <= 0) break
      heap[0] = heap[--size]!
      siftDown(0)
      cover(reach, coverCount, top, 1)
      covered += gain[top]!
      picks.push({ candidate: top, gain: gain[top]!, covered, percentage: percentage(covered) })
      step++
      continue
    }
    gain[top] = gainOf(reach, population, coverCount, top)
    fresh[top] = step
    evaluations++
    siftDown(0)
  }
  return { picks, evaluations }
}

/**
 * Local search: exchange a pick for a non-pick while that raises coverage, the best exchange
 * first (ties: earliest pick, then smallest id). Gains of non-picks are kept current as cells
 * change hands; the loss of removing a pick and the cells a newcomer would take over from it
 * come from the cells only that pick covers.
 */
function swapPass(
  reach: ReachLists,
  population: Float64Array,
  rank: Int32Array,
  coverCount: Int32Array,
  selected: number[],
  covered: number,
  maxSwaps: number,
  swaps: SitingSwap[],
): void {
  const m = rank.length
  const isSelected = new Uint8Array(m)
  for (const j of selected) isSelected[j] = 1
  // Population a non-pick would add now.
  const gain = new Float64Array(m)
  for (let j = 0; j < m; j++) if (!isSelected[j]) gain[j] = gainOf(reach, population, coverCount, j)
  const bonus = new Float64Array(m)
  const touched = new Int32Array(m)

  const changeCount = (j: number, delta: 1 | -1) => {
    for (let e = reach.offsets[j]!; e < reach.offsets[j + 1]!; e++) {
      const c = reach.cells[e]!
      const before = coverCount[c]!
      coverCount[c] = before + delta
      // A cell that becomes covered or uncovered changes the gain of every candidate reaching it.
      if ((before === 0 && delta === 1) || (before === 1 && delta === -1)) {
        const p = delta === 1 ? -population[c]! : population[c]!
        for (let f = reach.cellOffsets[c]!; f < reach.cellOffsets[c + 1]!; f++)
          gain[reach.cellCandidates[f]!]! += p
      }
    }
  }

  while (swaps.length < maxSwaps) {
    // The non-pick with the largest gain, for picks whose cells it does not share.
    let bestFree = -1
    for (let j = 0; j < m; j++) {
      if (
        !isSelected[j] &&
        (bestFree < 0 || better(gain[j]!, rank[j]!, gain[bestFree]!, rank[bestFree]!))
      )
        bestFree = j
    }
    if (bestFree < 0) return
    let bestDelta = 0
    let bestOut = -1
    let bestIn = -1
    for (let s = 0; s < selected.length; s++) {
      const i = selected[s]!
      let loss = 0
      let touchedCount = 0
      for (let e = reach.offsets[i]!; e < reach.offsets[i + 1]!; e++) {
        const c = reach.cells[e]!
        if (coverCount[c] !== 1) continue
        const p = population[c]!
        loss += p
        for (let f = reach.cellOffsets[c]!; f < reach.cellOffsets[c + 1]!; f++) {
          const j = reach.cellCandidates[f]!
          if (isSelected[j]) continue
          if (bonus[j] === 0) touched[touchedCount++] = j
          bonus[j]! += p
        }
      }
      let inJ = bestFree
      let inValue = gain[bestFree]!
      for (let t = 0; t < touchedCount; t++) {
        const j = touched[t]!
        const value = gain[j]! + bonus[j]!
        if (better(value, rank[j]!, inValue, rank[inJ]!)) {
          inJ = j
          inValue = value
        }
        bonus[j] = 0
      }
      const delta = inValue - loss
      if (delta > bestDelta) {
        bestDelta = delta
        bestOut = s
        bestIn = inJ
      }
    }
    if (bestOut < 0) return

    // Applied only if an exact recount confirms it (sums kept up to date could drift with fractional populations).
    const out = selected[bestOut]!
    const before = covered
    changeCount(out, -1)
    isSelected[out] = 0
    gain[out] = gainOf(reach, population, coverCount, out)
    const added = gainOf(reach, population, coverCount, bestIn)
    const lost = lostBy(reach, population, coverCount, out)
    const after = before - lost + added
    if (!(after > before)) {
      changeCount(out, 1)
      isSelected[out] = 1
      return
    }
    changeCount(bestIn, 1)
    isSelected[bestIn] = 1
    selected[bestOut] = bestIn
    covered = after
    swaps.push({ removed: out, added: bestIn, gain: after - before, covered })
  }
}

/** Population that became uncovered when `out` was removed: its cells no pick covers now. */
function lostBy(
  reach: ReachLists,
  population: Float64Array,
  coverCount: Int32Array,
  out: number,
): number {
  let lost = 0
  for (let e = reach.offsets[out]!; e < reach.offsets[out + 1]!; e++) {
    const c = reach.cells[e]!
    if (coverCount[c] === 0) lost += population[c]!
  }
  return lost
}

/** The picks in the order greedy would add them, with gains and coverage after each. */
function orderGreedily(
  reach: ReachLists,
  population: Float64Array,
  rank: Int32Array,
  selected: readonly number[],
  baseline: number,
  percentage: (covered: number) => number | null,
): SitingPick[] {
  const coverCount = new Int32Array(population.length)
  const left = [...selected]
  const picks: SitingPick[] = []
  let covered = baseline
  while (left.length > 0) {
    let best = -1
    let bestGain = -1
    for (let s = 0; s < left.length; s++) {
      const g = gainOf(reach, population, coverCount, left[s]!)
      if (best < 0 || better(g, rank[left[s]!]!, bestGain, rank[left[best]!]!)) {
        best = s
        bestGain = g
      }
    }
    const j = left.splice(best, 1)[0]!
    cover(reach, coverCount, j, 1)
    covered += bestGain
    picks.push({ candidate: j, gain: bestGain, covered, percentage: percentage(covered) })
  }
  return picks
}
