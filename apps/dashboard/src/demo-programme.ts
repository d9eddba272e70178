import { validateProgramme, type Region } from '@weerbaar/core'
import type { Programme } from '#/domain/programme-types.ts'
import { DEMO_CODES, isDemoRegion } from '#/demo.ts'
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

/**
 * Whether the demo programme belongs next to these regions: a demo region is loaded, in this
 * browser or from a server that serves the demo (the demo's code and its "fictieve demodata" name).
 */
export async function isDemoProgrammeFor(regions: readonly RegionListItem[]): Promise<boolean> {
  for (const r of regions) {
    if (!DEMO_CODES.includes(r.code)) continue
    const header = { region: { code: r.code, name: r.name } } as Pick<Region, 'region'>
    if (await isDemoRegion(header, r.origin)) return true
  }
  return false
}
