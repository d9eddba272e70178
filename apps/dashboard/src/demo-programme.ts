import { parseProgramme } from '@weerbaar/core'
import type { Programme } from '#/domain/programme-types.ts'
import { DEMO_CODES } from '#/demo.ts'
import type { RegionListItem } from '#/storage/repository.ts'

/**
 * The demo programme "Weerbaarheid en veerkracht" for the demo regions (@weerbaar/demo-data),
 * loaded lazily as its own chunk, checked like any imported programme file.
 */
function demoFiles() {
  // Inside the function, so Node tools that import this module without Vite never meet it.
  return import.meta.glob<unknown>('../../../packages/demo-data/data/programme*.json', {
    import: 'default',
  })
}

export async function loadDemoProgramme(): Promise<Programme> {
  const load = Object.values(demoFiles())[0]
  if (!load) throw new Error('No demo programme in @weerbaar/demo-data')
  const result = parseProgramme(JSON.stringify(await load()), { lang: 'nl' })
  if (!result.ok) {
    throw new Error(`Demo programme does not parse: ${result.issues[0]?.message ?? ''}`)
  }
  return result.value
}

/** Whether the demo programme belongs next to these regions: the demo regions are loaded. */
export async function isDemoProgrammeFor(regions: readonly RegionListItem[]): Promise<boolean> {
  if (Object.keys(demoFiles()).length === 0) return false
  return regions.some((r) => r.origin === 'demo' && DEMO_CODES.includes(r.code))
}
