import { geocoderUrl } from '#/config.ts'

/** One address found by the address search. */
export interface AddressHit {
  label: string
  lat: number
  lon: number
  /** CBS municipality code (GM0034), when the service gives it. */
  municipality?: string
}

const POINT_WKT = /^POINT\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/

/**
 * Reads a PDOK Locatieserver answer (`response.docs[]` with `weergavenaam`, `centroide_ll` as
 * `POINT(lon lat)` in WGS84 and `gemeentecode` without the GM prefix). Entries it cannot read
 * are skipped: the answer comes from the network and is checked like any other input.
 */
export function parseLocatieserver(body: unknown): AddressHit[] {
  const docs = (body as { response?: { docs?: unknown } } | null)?.response?.docs
  if (!Array.isArray(docs)) return []
  const hits: AddressHit[] = []
  for (const doc of docs as Array<Record<string, unknown>>) {
    const label = doc?.weergavenaam
    const wkt = doc?.centroide_ll
    if (typeof label !== 'string' || typeof wkt !== 'string') continue
    const m = POINT_WKT.exec(wkt.trim())
    if (!m) continue
    const lon = Number(m[1])
    const lat = Number(m[2])
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) continue
    const code = doc.gemeentecode
    hits.push({
      label,
      lat,
      lon,
      ...(typeof code === 'string' && /^\d{4}$/.test(code) ? { municipality: `GM${code}` } : {}),
    })
  }
  return hits
}

export const geocoderAvailable = () => geocoderUrl !== ''

/** Looks an address up; throws when the service cannot be reached (offline: the form says so). */
export async function lookupAddress(query: string, signal?: AbortSignal): Promise<AddressHit[]> {
  const url = new URL(geocoderUrl)
  url.searchParams.set('q', query)
  url.searchParams.set('fq', 'type:adres')
  url.searchParams.set('rows', '5')
  url.searchParams.set('fl', 'weergavenaam,centroide_ll,gemeentecode')
  const response = await fetch(url, { signal, credentials: 'omit' })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return parseLocatieserver(await response.json())
}
