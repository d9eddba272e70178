import type { PointLevel, Region, RegionReadiness } from '@weerbaar/core'

export interface MapPoint {
  id: string
  name: string
  level: PointLevel
  lat: number
  lon: number
  /** Draw the coverage radius around it (it counts for coverage). */
  qualifies?: boolean
}

export interface MapCell {
  lat: number
  lon: number
  population: number
  /** South-west and north-east corners, when the grid has square cells. */
  bounds?: [[number, number], [number, number]]
}

export interface MapProposal {
  id: string
  name: string
  lat: number
  lon: number
  rank: number
}

/** Joins the region's locations with core's levels, for the map. */
export function toMapPoints(
  region: Pick<Region, 'points'>,
  report: Pick<RegionReadiness, 'points'>,
  filter: (municipality: string) => boolean = () => true,
): MapPoint[] {
  const levels = new Map(report.points.map((p) => [p.id, p.level]))
  return region.points
    .filter((p) => filter(p.municipality))
    .map((p) => {
      const level = levels.get(p.id) ?? 'unknown'
      return {
        id: p.id,
        name: p.name,
        level,
        lat: p.location.lat,
        lon: p.location.lon,
        qualifies: level === 'ready',
      }
    })
}

/** Each municipality's name at the middle of its points: a label when there is no base map. */
export function municipalityLabels(
  region: Pick<Region, 'points' | 'municipalities'>,
): Array<{ name: string; lat: number; lon: number }> {
  return region.municipalities.flatMap((m) => {
    const own = region.points.filter((p) => p.municipality === m.code)
    if (own.length === 0) return []
    const lat = own.reduce((s, p) => s + p.location.lat, 0) / own.length
    const lon = own.reduce((s, p) => s + p.location.lon, 0) / own.length
    return [{ name: m.name, lat, lon }]
  })
}
