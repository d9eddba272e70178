import type { Point, PointReadiness } from '@weerbaar/core'
import { publishablePoints } from './public.ts'

export interface PointFeature {
  type: 'Feature'
  geometry: { type: 'Point'; coordinates: [number, number] }
  properties: Record<string, string | number | boolean | null>
}

export interface FeatureCollection {
  type: 'FeatureCollection'
  features: PointFeature[]
}

/**
 * The points as GeoJSON (RFC 7946: WGS84, longitude first) with their level and score. With
 * `publicOnly`, only what residents may see (`publishablePoints`): no non-public, planned or
 * inactive point leaves the building in a public export.
 */
export function pointsToGeoJson(
  points: readonly Point[],
  readiness: ReadonlyMap<string, Pick<PointReadiness, 'level' | 'score'>>,
  options: { publicOnly?: boolean } = {},
): FeatureCollection {
  const selected = options.publicOnly ? publishablePoints(points) : points
  return {
    type: 'FeatureCollection',
    features: selected.map((p) => {
      const r = readiness.get(p.id)
      const properties: PointFeature['properties'] = options.publicOnly
        ? {
            id: p.id,
            name: p.name,
            municipality: p.municipality,
            address: p.address ?? null,
            status: p.status,
          }
        : {
            id: p.id,
            name: p.name,
            municipality: p.municipality,
            tier: p.tier,
            kind: p.kind,
            status: p.status,
            address: p.address ?? null,
            capacity: p.capacity ?? null,
            public: p.public,
            level: r?.level ?? null,
            score: r?.score ?? null,
          }
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.location.lon, p.location.lat] },
        properties,
      }
    }),
  }
}
