import type { PopulationGrid } from './grid.ts'
import { rdToWgs84 } from './projection.ts'

/** A GeoJSON FeatureCollection (RFC 7946: WGS84, [lon, lat]). */
export interface FeatureCollection<P = Record<string, unknown>> {
  type: 'FeatureCollection'
  features: Feature<P>[]
}

export interface Feature<P = Record<string, unknown>> {
  type: 'Feature'
  geometry:
    | { type: 'Point'; coordinates: [number, number] }
    | { type: 'Polygon'; coordinates: [number, number][][] }
  properties: P
}

export interface UncoveredCellProperties {
  population: number
  municipality: string
  /** Metres to the nearest point, rounded; null when there is no point at all. */
  nearestDistance: number | null
}

export interface UncoveredCellsOptions {
  /** Draw cells as squares of this edge (metres); default the grid's `cellSize`. Without one, cells are points. */
  cellSize?: number | undefined
  /** Leave out cells without inhabitants (default true). */
  skipEmpty?: boolean | undefined
}

/** Longitude/latitude rounded to 6 decimals (about 0.1 m): enough for a map, half the bytes. */
function lonLat(x: number, y: number): [number, number] {
  const { lat, lon } = rdToWgs84({ x, y })
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]
}

/**
 * The cells no point covers, as GeoJSON for a map: squares when the cell size is known (corners
 * in RD New, projected to WGS84), otherwise the cell centres as points.
 */
export function uncoveredCellsGeoJson(
  grid: PopulationGrid,
  coverage: { covered: Uint8Array; nearestDistance: Float64Array },
  options: UncoveredCellsOptions = {},
): FeatureCollection<UncoveredCellProperties> {
  const size = options.cellSize ?? grid.cellSize
  const skipEmpty = options.skipEmpty ?? true
  const features: Feature<UncoveredCellProperties>[] = []
  for (let c = 0; c < grid.x.length; c++) {
    if (coverage.covered[c]) continue
    const population = grid.population[c]!
    if (skipEmpty && population <= 0) continue
    const x = grid.x[c]!
    const y = grid.y[c]!
    const d = coverage.nearestDistance[c]!
    const properties = {
      population,
      municipality: grid.municipalities[grid.municipality[c]!]!,
      nearestDistance: Number.isFinite(d) ? Math.round(d) : null,
    }
    if (size === undefined) {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: lonLat(x, y) },
        properties,
      })
      continue
    }
    const h = size / 2
    const ring = [
      lonLat(x - h, y - h),
      lonLat(x + h, y - h),
      lonLat(x + h, y + h),
      lonLat(x - h, y + h),
    ]
    // Counter-clockwise exterior ring, closed, as RFC 7946 asks.
    features.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]!]] },
      properties,
    })
  }
  return { type: 'FeatureCollection', features }
}
