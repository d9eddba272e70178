/**
 * `@weerbaar/demo-data`: fictitious example data for VR25 Flevoland and VR14 Gooi en
 * Vechtstreek, shared by the dashboard, the CLI and the tests. Browser-safe: the region files
 * are imported as JSON; Node path helpers live in `@weerbaar/demo-data/paths`.
 *
 * The exports are the raw files: parse them with `parseRegion(data, { catalog })` to get
 * defaults applied (`public: true`, empty arrays) and typed values.
 */
import type { ProgrammeInput, RegionInput } from '@weerbaar/core'
import vr14Json from '../data/vr14-gooi-en-vechtstreek.json' with { type: 'json' }
import vr25Json from '../data/vr25-flevoland.json' with { type: 'json' }
import programmeJson from '../data/programme-weerbaarheid-en-veerkracht.json' with { type: 'json' }
import { DEMO_REGION_FILES, type DemoRegionCode, type DemoRegionFiles } from './regions.ts'

export {
  DEMO_NOTICE,
  DEMO_PROGRAMME_FILE,
  DEMO_REGION_CODES,
  DEMO_REGION_FILES,
  type DemoRegionCode,
  type DemoRegionFiles,
} from './regions.ts'

/** VR25 Flevoland: six municipalities, fictitious points and assessments. */
export const vr25Flevoland = vr25Json as unknown as RegionInput
/** VR14 Gooi en Vechtstreek: six municipalities, fictitious points and assessments. */
export const vr14GooiEnVechtstreek = vr14Json as unknown as RegionInput

/**
 * The programme "Weerbaarheid en veerkracht" for both demo regions, as the raw file: the goals
 * follow the memo; actions, owners, dates and values are fictitious (its `notice` says so).
 * Parse it with `validateProgramme(demoProgramme, { regions })`.
 */
export const demoProgramme = programmeJson as unknown as ProgrammeInput

export interface DemoRegion extends DemoRegionFiles {
  /** The raw region file. */
  data: RegionInput
}

const dataByCode: Record<DemoRegionCode, RegionInput> = {
  VR25: vr25Flevoland,
  VR14: vr14GooiEnVechtstreek,
}

/** Both demo regions, Flevoland first. */
export const demoRegions: readonly DemoRegion[] = DEMO_REGION_FILES.map((files) => ({
  ...files,
  data: dataByCode[files.code],
}))

/** A demo region by code (`VR25`, `vr14`…); undefined for any other code. */
export function getDemoRegion(code: string): DemoRegion | undefined {
  return demoRegions.find((r) => r.code === code.toUpperCase())
}
