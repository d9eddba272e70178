import { parseRegion, type CalendarDate, type Region } from '@weerbaar/core'
import { shiftDemoDates } from '@weerbaar/demo-data/dates'
import { catalog } from '@weerbaar/guidelines'
import { todayCalendarDate } from '#/composables/today.ts'
import type { RegionOrigin } from '#/storage/repository.ts'

/**
 * The demo regions, loaded lazily: each file becomes its own chunk, precached for offline use
 * but never part of the first view's JavaScript.
 */
const DEMO_FILES: Record<string, () => Promise<{ default: unknown }>> = {
  VR25: () => import('@weerbaar/demo-data/data/vr25-flevoland.json'),
  VR14: () => import('@weerbaar/demo-data/data/vr14-gooi-en-vechtstreek.json'),
}

export const DEMO_CODES = Object.keys(DEMO_FILES)

/**
 * One demo region, parsed and checked like any imported file, its assessment dates moved
 * forward as if it had been made `today` (see `shiftDemoDates`): a demo opened months later
 * still shows points that are ready.
 */
export async function loadDemoRegion(
  code: string,
  today: CalendarDate = todayCalendarDate(),
): Promise<Region> {
  const load = DEMO_FILES[code]
  if (!load) throw new Error(`No demo region ${code}`)
  const data = (await load()).default as { assessments?: { date: string }[] }
  const result = parseRegion(shiftDemoDates(data, today), { lang: 'nl', catalog })
  if (!result.ok) {
    throw new Error(`Demo region ${code} does not parse: ${result.issues[0]?.message ?? ''}`)
  }
  return result.value
}

export function loadDemoRegions(today: CalendarDate = todayCalendarDate()): Promise<Region[]> {
  return Promise.all(DEMO_CODES.map((code) => loadDemoRegion(code, today)))
}

/**
 * Whether a region is one of the demo regions, which get the synthetic demo population grid and
 * candidate sites: loaded as the demo, or imported back (an exported demo) with the demo's code
 * and name, a name that says "fictieve demodata". VR25 and VR14 are real regions' codes: a
 * region's own file with that code is not the demo and must never be shown synthetic figures.
 */
export async function isDemoRegion(
  region: Pick<Region, 'region'>,
  origin: RegionOrigin,
): Promise<boolean> {
  const load = DEMO_FILES[region.region.code]
  if (!load) return false
  if (origin === 'demo') return true
  const demo = (await load()).default as { region?: { name?: unknown } }
  return demo.region?.name === region.region.name
}

/** The demo population grid for a region code (text), or null when there is none. */
export async function loadDemoGrid(code: string): Promise<string | null> {
  // Synthetic grids from @weerbaar/demo-data, each its own chunk, parsed in the coverage worker
  // and matched by the region code that starts the file name. (Inside the function, so Node
  // tools that import this module without Vite never meet `import.meta.glob`.)
  const files = import.meta.glob<string>(
    '../../../packages/demo-data/data/population/*.{csv,geojson}',
    {
      query: '?raw',
      import: 'default',
    },
  )
  const entry = Object.entries(files).find(([path]) =>
    path.split('/').at(-1)!.toLowerCase().startsWith(code.toLowerCase()),
  )
  return entry ? entry[1]() : null
}

/** The demo candidate locations for new points (CSV text), or null when there are none. */
export async function loadDemoCandidates(code: string): Promise<string | null> {
  const files = import.meta.glob<string>('../../../packages/demo-data/data/candidates/*.csv', {
    query: '?raw',
    import: 'default',
  })
  const entry = Object.entries(files).find(([path]) =>
    path.split('/').at(-1)!.toLowerCase().startsWith(code.toLowerCase()),
  )
  return entry ? entry[1]() : null
}
