/**
 * The JSON printed by `weerbaar report --format json`: a documented, stable contract
 * (docs/guide/cli.md). It is defined in `@weerbaar/core` (readiness/report.ts), so the server's
 * `GET /regions/{code}/readiness` gives the same JSON.
 */
export {
  ReportMunicipalitySchema,
  ReportPointSchema,
  ReportRegionSchema,
  ReportRequirementSchema,
  ReportSchema,
  toReport,
  type Report,
} from '@weerbaar/core'
