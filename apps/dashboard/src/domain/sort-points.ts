import type { PointLevel, PointReadiness } from '@weerbaar/core'

export type PointSortKey = 'name' | 'municipality' | 'level' | 'score' | 'completeness'
export type SortDirection = 'ascending' | 'descending'

/** Worst first: a point that is not ready needs attention before one that is unknown. */
const LEVEL_ORDER: Record<PointLevel, number> = {
  not_ready: 0,
  unknown: 1,
  ready: 2,
  planned: 3,
  inactive: 4,
}

/** The direction a column starts in: scores and levels worst first (lowest), names A–Z. */
export const FIRST_DIRECTION: Record<PointSortKey, SortDirection> = {
  name: 'ascending',
  municipality: 'ascending',
  level: 'ascending',
  score: 'ascending',
  completeness: 'ascending',
}

/**
 * The points in the order of a column. A missing score sorts as the worst (no data is not
 * good news); ties keep name order, so the list is stable between clicks.
 */
export function sortPoints(
  points: readonly PointReadiness[],
  key: PointSortKey,
  direction: SortDirection,
  municipalityName: (code: string) => string = (c) => c,
): PointReadiness[] {
  const sign = direction === 'ascending' ? 1 : -1
  const byName = (a: PointReadiness, b: PointReadiness) => a.name.localeCompare(b.name, 'nl')
  const value = (p: PointReadiness): number | string => {
    switch (key) {
      case 'name':
        return p.name
      case 'municipality':
        return municipalityName(p.municipality)
      case 'level':
        return LEVEL_ORDER[p.level]
      case 'score':
        return p.score ?? -1
      case 'completeness':
        return p.completeness ?? -1
    }
  }
  return [...points].sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    const c =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : String(va).localeCompare(String(vb), 'nl')
    return sign * c || byName(a, b)
  })
}
