/**
 * Where the demo files are on disk, for Node (the CLI, scripts, tests). Not for the browser:
 * import the data from `@weerbaar/demo-data` there.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEMO_PROGRAMME_FILE, DEMO_REGION_FILES, type DemoRegionFiles } from './regions.ts'

/** Absolute path of the package's `data/` folder. */
export const demoDataDir = fileURLToPath(new URL('../data/', import.meta.url))

export interface DemoRegionPaths {
  code: DemoRegionFiles['code']
  /** Absolute path of the region file (JSON). */
  region: string
  /** Absolute paths of the CSV exports of its points and assessments. */
  pointsCsv: string
  assessmentsCsv: string
}

/** Absolute paths of both demo regions' files. */
export const demoRegionPaths: readonly DemoRegionPaths[] = DEMO_REGION_FILES.map((r) => ({
  code: r.code,
  region: join(demoDataDir, r.file),
  pointsCsv: join(demoDataDir, r.pointsCsv),
  assessmentsCsv: join(demoDataDir, r.assessmentsCsv),
}))

/** Absolute path of a demo region file by code (`VR25`, `vr14`…); undefined for any other code. */
export function demoRegionPath(code: string): string | undefined {
  return demoRegionPaths.find((r) => r.code === code.toUpperCase())?.region
}

/** Absolute path of the demo programme file (VR25 and VR14). */
export const demoProgrammePath = join(demoDataDir, DEMO_PROGRAMME_FILE)
