/**
 * The one place that says how far a resident is from a point. Today: the straight line between
 * two positions in RD New metres. A detour factor or a walking-network distance would be swapped
 * in here; everything else (the coverage test, the histogram, siting) goes through these two
 * functions.
 *
 * The spatial indexes search by straight-line distance, so a replacement must never be shorter
 * than the straight line (`straightLineReach` then bounds the search), and the nearest point
 * must stay the nearest by straight line (true for a detour factor; a network distance would
 * need its own nearest-point search).
 */

/** Distance in metres between two positions in RD New. */
export function distanceMeters(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax
  const dy = by - ay
  return Math.sqrt(dx * dx + dy * dy)
}

/**
 * The largest straight-line distance at which `distanceMeters` can still be `radius` or less:
 * how far the spatial index must search. With a detour factor `f` this would be `radius / f`.
 */
export function straightLineReach(radius: number): number {
  return radius
}
