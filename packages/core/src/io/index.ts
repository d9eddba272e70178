export { parseJsonText, locateIssues, parseRegionJson } from './json.ts'
export {
  decodeCsvBytes,
  CSV_DELIMITERS,
  type CsvDelimiter,
  type CsvWriteOptions,
  type DecodedText,
} from './csv-table.ts'
export type { CsvMessageCode } from './csv-messages.ts'
export {
  POINTS_CSV_COLUMNS,
  parsePointsCsv,
  pointsToCsv,
  type CsvReadOptions,
} from './csv-points.ts'
export {
  ASSESSMENTS_CSV_COLUMNS,
  parseAssessmentsCsv,
  assessmentsToCsv,
} from './csv-assessments.ts'
export { mergeRegionCsv, regionToCsv, type RegionCsvFiles } from './csv-region.ts'
export {
  PARTNERS_CSV_COLUMNS,
  AGREEMENTS_CSV_COLUMNS,
  parsePartnersCsv,
  partnersToCsv,
  parseAgreementsCsv,
  agreementsToCsv,
  STAFFING_CSV_COLUMNS,
  parseStaffingCsv,
  staffingToCsv,
} from './csv-network.ts'
