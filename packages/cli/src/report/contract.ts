import {
  ReportSchema as CoreReportSchema,
  toReport as toCoreReport,
  type RegionReadiness,
} from '@weerbaar/core'
import { z } from 'zod'
import { VERSIONS } from '../versions.ts'

/**
 * The JSON printed by `weerbaar report --format json`: a documented, stable contract
 * (docs/guide/cli.md). The readiness part is defined in `@weerbaar/core` (readiness/report.ts),
 * so the server's `GET /regions/{code}/readiness` gives the same figures; the command adds the
 * versions it bundles, first.
 */
export {
  ReportMunicipalitySchema,
  ReportPointSchema,
  ReportRegionSchema,
  ReportRequirementSchema,
} from '@weerbaar/core'

/** The versions of the command and of the core and guidelines bundled into it. */
export const VersionsSchema = z.strictObject({
  cli: z.string(),
  core: z.string(),
  guidelines: z.string(),
})

export const ReportSchema = z.strictObject({
  versions: VersionsSchema,
  ...CoreReportSchema.shape,
})
export type Report = z.infer<typeof ReportSchema>

/** Core's report with the bundled versions in front. */
export function toReport(
  readiness: RegionReadiness,
  supersededBy: Report['supersededBy'] = null,
): Report {
  return { versions: VERSIONS, ...toCoreReport(readiness, supersededBy) }
}
