import { publicPoints, type Region } from '@weerbaar/core'

/**
 * The open GeoJSON of a region's noodsteunpunten: core's `publicPoints` (never one with
 * `public: false`), and of those only the active ones, as the issue asks of open data. Only
 * name, address, municipality and tier go out: no capacity, no internal ids of people.
 */
export function publicPointsGeoJson(region: Region) {
  const names = new Map(region.municipalities.map((m) => [m.code, m.name]))
  return {
    type: 'FeatureCollection' as const,
    features: publicPoints(region.points)
      .filter((p) => p.status === 'active')
      .map((p) => ({
        type: 'Feature' as const,
        id: p.id,
        geometry: { type: 'Point' as const, coordinates: [p.location.lon, p.location.lat] },
        properties: {
          name: p.name,
          address: p.address ?? null,
          municipality: p.municipality,
          municipalityName: names.get(p.municipality) ?? null,
          tier: p.tier,
        },
      })),
  }
}
