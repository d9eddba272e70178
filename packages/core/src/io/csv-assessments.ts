import { ASSESSMENT_RESULTS, AssessmentSchema, type Assessment } from '../region/schema.ts'
import type { Result } from '../shared/issues.ts'
import type { CsvReadOptions } from './csv-points.ts'
import {
  enumValues,
  parseCsvRecords,
  writeCsvRecords,
  type CsvFieldSpec,
  type CsvRecordSpec,
} from './csv-records.ts'
import type { CsvWriteOptions } from './csv-table.ts'

/** Columns of the assessments CSV, in the order they are written. */
export const ASSESSMENTS_CSV_COLUMNS = [
  'point',
  'requirement',
  'date',
  'result',
  'value',
  'note',
  'assessor',
] as const

const assessmentFields: readonly CsvFieldSpec[] = [
  {
    column: 'point',
    path: ['point'],
    type: 'code',
    required: true,
    aliases: ['punt', 'noodsteunpunt'],
  },
  { column: 'requirement', path: ['requirement'], type: 'code', required: true, aliases: ['eis'] },
  { column: 'date', path: ['date'], type: 'date', required: true, aliases: ['datum'] },
  {
    column: 'result',
    path: ['result'],
    type: 'code',
    aliases: ['resultaat', 'uitkomst'],
    values: enumValues(ASSESSMENT_RESULTS, {
      voldaan: 'met',
      'deels voldaan': 'partial',
      deels: 'partial',
      gedeeltelijk: 'partial',
      'niet voldaan': 'not_met',
      nvt: 'not_applicable',
      'n.v.t.': 'not_applicable',
      'niet van toepassing': 'not_applicable',
    }),
  },
  { column: 'value', path: ['value'], type: 'number', aliases: ['waarde'] },
  { column: 'note', path: ['note'], type: 'text', aliases: ['opmerking', 'toelichting'] },
  { column: 'assessor', path: ['assessor'], type: 'text', aliases: ['beoordelaar'] },
]

export const assessmentsCsvSpec: CsvRecordSpec<Assessment> = {
  collection: 'assessments',
  fields: assessmentFields,
  schema: AssessmentSchema,
}

/**
 * Reads an assessments CSV (`point;requirement;date;result;value;note;assessor`), with the same
 * tolerance as `parsePointsCsv`. Dates may be `2026-09-14` or, as Dutch Excel saves them,
 * `14-9-2026`. Whether points and requirements exist is checked by `mergeRegionCsv`.
 */
export function parseAssessmentsCsv(
  text: string,
  options: CsvReadOptions = {},
): Result<Assessment[]> {
  return parseCsvRecords(text, assessmentsCsvSpec, options.lang ?? 'nl')
}

/** Writes assessments as CSV; the defaults open correctly in Dutch Excel (BOM, `;`, decimal comma, CRLF). */
export function assessmentsToCsv(
  assessments: readonly Assessment[],
  options: CsvWriteOptions = {},
): string {
  return writeCsvRecords(ASSESSMENTS_CSV_COLUMNS, assessments, assessmentsCsvSpec, options)
}
