import { validateProgramme } from '@weerbaar/core'
import type { Programme } from '#/domain/programme-types.ts'
import { DEMO_CODES } from '#/demo.ts'
import type { RegionListItem } from '#/storage/repository.ts'

/**
 * The demo programme "Weerbaarheid en veerkracht" for the demo regions (@weerbaar/demo-data),
 * loaded lazily as its own chunk and checked like any imported programme file.
 */
export async function loadDemoProgramme(): Promise<Programme> {
  const data = (await import('@weerbaar/demo-data/data/programme-weerbaarheid-en-veerkracht.json'))
    .default
  const result = validateProgramme(data, { lang: 'nl' })
  if (!result.ok) {
    throw new Error(`Demo programme does not parse: ${result.issues[0]?.message ?? ''}`)
  }
  return result.value
}

/** Whether the demo programme belongs next to these regions: a demo region is loaded. */
export function isDemoProgrammeFor(regions: readonly RegionListItem[]): boolean {
  return regions.some((r) => r.origin === 'demo' && DEMO_CODES.includes(r.code))
}
