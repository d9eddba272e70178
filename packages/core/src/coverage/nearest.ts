import type KDBush from 'kdbush'
import type { RdCoordinates } from './projection.ts'

/**
 * An index with scratch space for `nearestItem`, so that a search for each of hundreds of
 * thousands of cells allocates nothing per cell. One per caller.
 */
export interface NearestSearch {
  index: KDBush
  /** The indexed positions, by item number (kdbush keeps them only in kd-sorted order). */
  positions: RdCoordinates
  /** Stack frames of left, right, axis. */
  frames: Int32Array
  /** Lower bound of the squared distance to anything in each frame. */
  bounds: Float64Array
  /** Squared straight-line distance of the last result. */
  d2: number
}

export function createNearestSearch(index: KDBush, positions: RdCoordinates): NearestSearch {
  // At most 32 levels for 2^32 items; the stack grows by at most one frame per level.
  return {
    index,
    positions,
    frames: new Int32Array(3 * 80),
    bounds: new Float64Array(80),
    d2: Infinity,
  }
}

/**
 * The item nearest to (qx, qy) by straight-line distance; on equal distances the smallest item
 * number. `startId` (or -1) is an item likely to be near, e.g. the answer for a neighbouring
 * cell: it starts the search with a tight bound, so most of the tree is pruned. Returns -1 for
 * an empty index; the squared distance is left in `search.d2`.
 *
 * kdbush stores a kd-tree in sorted arrays (`ids`, `coords`, `nodeSize`, split on x first, the
 * median of each range at its middle); this walks it depth-first, the nearer half first,
 * skipping halves that cannot hold anything closer than the best so far.
 */
export function nearestItem(
  search: NearestSearch,
  qx: number,
  qy: number,
  startId: number,
): number {
  const { index, frames, bounds, positions } = search
  const { ids, coords, nodeSize } = index
  const n = ids.length
  let bestId = -1
  let best = Infinity
  if (n === 0) {
    search.d2 = best
    return bestId
  }
  if (startId >= 0) {
    const dx = positions.x[startId]! - qx
    const dy = positions.y[startId]! - qy
    bestId = startId
    best = dx * dx + dy * dy
  }
  frames[0] = 0
  frames[1] = n - 1
  frames[2] = 0
  bounds[0] = 0
  let sp = 1
  while (sp > 0) {
    sp--
    // Equal bounds are still searched, so that ties resolve to the smallest item number.
    if (bounds[sp]! > best) continue
    const bound = bounds[sp]!
    const left = frames[3 * sp]!
    const right = frames[3 * sp + 1]!
    const axis = frames[3 * sp + 2]!
    if (right - left <= nodeSize) {
      for (let i = left; i <= right; i++) {
        const dx = coords[2 * i]! - qx
        const dy = coords[2 * i + 1]! - qy
        const d2 = dx * dx + dy * dy
        if (d2 < best || (d2 === best && ids[i]! < bestId)) {
          best = d2
          bestId = ids[i]!
        }
      }
      continue
    }
    const m = (left + right) >> 1
    const x = coords[2 * m]!
    const y = coords[2 * m + 1]!
    const dx = x - qx
    const dy = y - qy
    const d2 = dx * dx + dy * dy
    if (d2 < best || (d2 === best && ids[m]! < bestId)) {
      best = d2
      bestId = ids[m]!
    }
    // Items before the median are ≤ it on this axis, items after it ≥: the far half lies at
    // least |diff| away along the axis.
    const diff = axis === 0 ? qx - x : qy - y
    const farBound = Math.max(bound, diff * diff)
    const next = 1 - axis
    // The far half is pushed first, so the near half is searched first and tightens `best`.
    let farLeft = left
    let farRight = m - 1
    let nearLeft = m + 1
    let nearRight = right
    if (diff < 0) {
      farLeft = m + 1
      farRight = right
      nearLeft = left
      nearRight = m - 1
    }
    if (farLeft <= farRight && farBound <= best) {
      frames[3 * sp] = farLeft
      frames[3 * sp + 1] = farRight
      frames[3 * sp + 2] = next
      bounds[sp] = farBound
      sp++
    }
    if (nearLeft <= nearRight) {
      frames[3 * sp] = nearLeft
      frames[3 * sp + 1] = nearRight
      frames[3 * sp + 2] = next
      bounds[sp] = bound
      sp++
    }
  }
  search.d2 = best
  return bestId
}
