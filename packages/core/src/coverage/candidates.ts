import { pointsCsvSpec } from '../io/csv-points.ts'
import { readCsvRecords, recordToCells, type CsvRecordSpec } from '../io/csv-records.ts'
import { resolveCsvWriteOptions, writeCsvTable, type CsvWriteOptions } from '../io/csv-table.ts'
import { PointSchema, type Point } from '../region/schema.ts'
import type { Lang, Result } from '../shared/issues.ts'
import { withoutBom } from '../shared/text.ts'

/** A site where a new noodsteunpunt could come: from a candidate file or a region's planned points. */
export const CandidateSchema = PointSchema.pick({
  id: true,
  name: true,
  municipality: true,
  kind: true,
  location: true,
})
export type Candidate = Pick<Point, 'id' | 'name' | 'municipality' | 'kind' | 'location'>

/** Columns of the candidate file, in the order they are written. */
export const CANDIDATES_CSV_COLUMNS = ['id', 'name', 'lat', 'lon', 'municipality', 'kind'] as const

const candidatesCsvSpec: CsvRecordSpec<Candidate> = {
  collection: 'candidates',
  fields: CANDIDATES_CSV_COLUMNS.map(
    (column) => pointsCsvSpec.fields.find((f) => f.column === column)!,
  ),
  schema: CandidateSchema,
  idColumn: 'id',
}

export interface CandidatesReadResult {
  candidates: Candidate[]
  /** The `#` comment lines at the top of the file (without the `#`). */
  comments: string[]
}

/**
 * Reads a candidate file (`id;name;lat;lon;municipality;kind`) the way the points CSV is read:
 * `;`, `,` or tab, BOM, decimal comma, Dutch kind names (`sporthal`, `buurthuis`…), every problem
 * with path, line and column. `#` comment lines at the top are kept as `comments`.
 */
export function parseCandidatesCsv(
  text: string,
  options: { lang?: Lang } = {},
): Result<CandidatesReadResult> {
  const comments: string[] = []
  // Comment lines become blank lines, which the reader skips, so line numbers stay the file's.
  const lines = withoutBom(text).split(/(\r\n|\r|\n)/)
  for (let i = 0; i < lines.length; i += 2) {
    const match = /^[ \t]*#(.*)$/.exec(lines[i]!)
    if (!match) {
      if (lines[i]!.trim() === '') continue
      break
    }
    comments.push(match[1]!.trim())
    lines[i] = ''
  }
  const { errors, records, warnings } = readCsvRecords(
    lines.join(''),
    candidatesCsvSpec,
    options.lang ?? 'nl',
  )
  if (errors.length > 0) return { ok: false, issues: [...errors, ...warnings] }
  return { ok: true, value: { candidates: records.map((r) => r.value!), comments }, warnings }
}

/** Writes candidates as a candidate file; the defaults open correctly in Dutch Excel (BOM, `;`, decimal comma, CRLF). */
export function candidatesToCsv(
  candidates: readonly Candidate[],
  options: CsvWriteOptions = {},
): string {
  const resolved = resolveCsvWriteOptions(options)
  const rows = candidates.map((candidate) =>
    recordToCells(candidate, candidatesCsvSpec.fields, resolved),
  )
  return writeCsvTable(CANDIDATES_CSV_COLUMNS, rows, resolved)
}
