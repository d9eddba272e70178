import { regionToCsv, type Assessment, type Point, type Region } from '@weerbaar/core'

/**
 * The points residents may see in a publication: public and in use. A planned point is not a
 * place to go yet, and an inactive one no longer is, so neither is published.
 */
export function publishablePoints<P extends Pick<Point, 'public' | 'status'>>(
  points: readonly P[],
): P[] {
  return points.filter((p) => p.public !== false && p.status === 'active')
}

/**
 * The region as it may be published: only publishable points, only their assessments, and no
 * names of assessors or free-text notes (those can hold personal data and internal remarks).
 */
export function publicRegion(region: Region): Region {
  const points = publishablePoints(region.points)
  const ids = new Set(points.map((p) => p.id))
  const assessments = region.assessments
    .filter((a) => ids.has(a.point))
    .map(({ assessor: _assessor, note: _note, ...rest }): Assessment => rest)
  // The partner network is internal: who staffs or supplies a point, and contact persons
  // (personal data, AVG), never go into a file marked for publication.
  // The action list is internal work planning (owners may be named people): never published.
  const {
    partners: _partners,
    agreements: _agreements,
    staffing: _staffing,
    actions: _actions,
    ...rest
  } = region
  return { ...rest, points, assessments }
}

/** The region exports, whole or as published. Every path goes through `publicRegion`. */
export function regionExports(region: Region, options: { publicOnly: boolean }) {
  const selected = options.publicOnly ? publicRegion(region) : region
  const csv = regionToCsv(selected)
  return {
    json: `${JSON.stringify(selected, null, 2)}\n`,
    pointsCsv: csv.points,
    assessmentsCsv: csv.assessments,
    points: selected.points,
  }
}
