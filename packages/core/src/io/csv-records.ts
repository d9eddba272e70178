import type { z } from 'zod'
import { safeParseIn, zodIssuesToIssues } from '../region/parse.ts'
import { formatPath, type Issue, type Lang, type Result } from '../shared/issues.ts'
import { csvMessage, type CsvMessageCode } from './csv-messages.ts'
import {
  readCsvTable,
  resolveCsvWriteOptions,
  writeCsvTable,
  type CsvDelimiter,
  type CsvRow,
  type CsvWriteOptions,
  type ResolvedCsvWriteOptions,
} from './csv-table.ts'

/**
 * How a cell is read and written. `text` keeps the cell as written (free text); `code` trims it
 * (ids, codes, enum values); `list` is codes separated by `,` or `|` (`a1, a2`); the others
 * convert, accepting Dutch spreadsheet habits.
 */
export type CsvCellType = 'text' | 'code' | 'number' | 'integer' | 'boolean' | 'date' | 'list'

/** One column of a CSV file and the field of the record it fills. */
export interface CsvFieldSpec {
  column: string
  path: readonly string[]
  type: CsvCellType
  required?: boolean | undefined
  /** Other accepted header names (lower case), e.g. Dutch ones: `naam` for `name`. */
  aliases?: readonly string[] | undefined
  /** Accepted cell values (lower case) and the code each stands for; unknown values go to the schema as written. */
  values?: Readonly<Record<string, string>> | undefined
}

export interface CsvRecordSpec<T> {
  /** Name of the array in the region file, used as the path prefix: `points[3].name`. */
  collection: string
  fields: readonly CsvFieldSpec[]
  schema: z.ZodType<T>
  /** Column whose values must be unique. */
  idColumn?: string | undefined
}

/** Accepted values of an enum column: the codes themselves in any case, plus aliases. */
export function enumValues(
  codes: readonly string[],
  aliases: Record<string, string> = {},
): Record<string, string> {
  return { ...Object.fromEntries(codes.map((c) => [c.toLowerCase(), c])), ...aliases }
}

export interface CsvRecord<T> {
  /** Index among the data rows (blank rows not counted), as in the issue paths. */
  index: number
  row: CsvRow
  /** The record as read from the cells, before validation. */
  raw: Record<string, unknown>
  /** Set when the row is valid. */
  value?: T | undefined
}

export interface CsvRecords<T> {
  /** 0-based field number of each canonical column present in the header. */
  columns: Map<string, number>
  delimiter?: CsvDelimiter | undefined
  errors: Issue[]
  records: CsvRecord<T>[]
  warnings: Issue[]
}

// Cells that a spreadsheet would run as a formula are written with a leading quote; a text
// that already starts with quotes before such a character gets one more, so reading strips
// exactly one and every text survives the round trip.
const FORMULA_START = /^'*[=+\-@\t\r]/
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$/
const INTEGER = /^[+-]?\d+$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
// Dutch Excel rewrites 2026-09-14 as 14-9-2026 when it saves a CSV; day first, always.
const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/
const TRUE_WORDS = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1'])
const FALSE_WORDS = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0'])

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

export function unescapeFormula(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell
}

type Converted = { ok: true; value: unknown } | { ok: false; code: CsvMessageCode }

function convertCell(cell: string, field: CsvFieldSpec): Converted {
  const trimmed = cell.trim()
  switch (field.type) {
    case 'text':
      return { ok: true, value: cell }
    case 'list':
      return {
        ok: true,
        value: trimmed
          .split(/[,|]/)
          .map((item) => item.trim())
          .filter((item) => item !== '')
          .map((item) => field.values?.[item.toLowerCase()] ?? item),
      }
    case 'code':
      return { ok: true, value: field.values?.[trimmed.toLowerCase()] ?? trimmed }
    case 'number':
      return NUMBER.test(trimmed)
        ? { ok: true, value: Number(trimmed.replace(',', '.')) }
        : { ok: false, code: 'invalid_number' }
    case 'integer':
      return INTEGER.test(trimmed)
        ? { ok: true, value: Number(trimmed) }
        : { ok: false, code: 'invalid_integer' }
    case 'boolean': {
      const word = trimmed.toLowerCase()
      if (TRUE_WORDS.has(word)) return { ok: true, value: true }
      if (FALSE_WORDS.has(word)) return { ok: true, value: false }
      return { ok: false, code: 'invalid_boolean' }
    }
    case 'date': {
      if (ISO_DATE.test(trimmed)) return { ok: true, value: trimmed }
      const dutch = DUTCH_DATE.exec(trimmed)
      if (dutch)
        return {
          ok: true,
          value: `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`,
        }
      return { ok: false, code: 'invalid_date' }
    }
  }
}

function formatNumber(value: number, decimalSeparator: ',' | '.'): string {
  const text = Object.is(value, -0) ? '-0' : String(value)
  return decimalSeparator === ',' ? text.replace('.', ',') : text
}

/** Writes one cell. Numbers are never formula-escaped: a negative number stays a number. */
export function formatCell(
  value: unknown,
  type: CsvCellType,
  options: ResolvedCsvWriteOptions,
): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return escapeFormula(value.map(String).join(', '))
  if (typeof value === 'number') return formatNumber(value, options.decimalSeparator)
  if (typeof value === 'boolean') {
    if (options.lang === 'nl') return value ? 'ja' : 'nee'
    return value ? 'true' : 'false'
  }
  const text = String(value)
  return type === 'number' || type === 'integer' ? text : escapeFormula(text)
}

function getPath(record: unknown, path: readonly string[]): unknown {
  let current = record
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

function setPath(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = record
  for (const key of path.slice(0, -1)) {
    current[key] ??= {}
    current = current[key] as Record<string, unknown>
  }
  current[path[path.length - 1]!] = value
}

/** Cells of one record, in the order of `fields`. */
export function recordToCells(
  record: unknown,
  fields: readonly CsvFieldSpec[],
  options: ResolvedCsvWriteOptions,
): string[] {
  return fields.map((field) => formatCell(getPath(record, field.path), field.type, options))
}

/**
 * The column of a path inside a record: the field whose path is the longest prefix of it, or
 * the first field under it (`location` → `lat`).
 */
export function columnForPath(
  fields: readonly CsvFieldSpec[],
  path: readonly PropertyKey[],
): CsvFieldSpec | undefined {
  const isPrefix = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
    a.length <= b.length && a.every((s, i) => s === b[i])
  let best: CsvFieldSpec | undefined
  for (const field of fields) {
    if (isPrefix(field.path, path) && (!best || field.path.length > best.path.length)) best = field
  }
  return best ?? fields.find((field) => isPrefix(path, field.path))
}

/**
 * Reads CSV text into records: header by name (any order, Dutch aliases accepted), every cell
 * converted and validated with the record's zod schema. Every problem becomes an issue with
 * path, line, column (the 1-based field number, as a spreadsheet counts) and the column's name.
 */
export function readCsvRecords<T>(text: string, spec: CsvRecordSpec<T>, lang: Lang): CsvRecords<T> {
  const errors: Issue[] = []
  const warnings: Issue[] = []
  const columns = new Map<string, number>()
  const byHeader = new Map<string, CsvFieldSpec>()
  for (const field of spec.fields) {
    for (const name of [field.column, ...(field.aliases ?? [])])
      byHeader.set(name.toLowerCase(), field)
  }

  const { issues, table } = readCsvTable(text, new Set(byHeader.keys()), lang)
  errors.push(...issues)
  if (!table) return { columns, errors, records: [], warnings }

  const expected = spec.fields.map((f) => f.column).join(table.delimiter)
  const header = table.header
  header.cells.forEach((cell, j) => {
    const name = cell.trim()
    if (name === '') return
    const field = byHeader.get(name.toLowerCase())
    const at = { line: header.cellLines[j]!, column: j + 1 }
    if (!field) {
      warnings.push({
        severity: 'warning',
        code: 'unknown_column',
        path: '',
        message: csvMessage('unknown_column', lang, { column: name }),
        ...at,
      })
    } else if (columns.has(field.column)) {
      const first = columns.get(field.column)! + 1
      errors.push({
        severity: 'error',
        code: 'duplicate_column',
        path: '',
        message: csvMessage('duplicate_column', lang, { column: name, first }),
        ...at,
      })
    } else {
      columns.set(field.column, j)
    }
  })
  if (columns.size === 0) {
    // One clear issue instead of a warning per unknown column.
    errors.push({
      severity: 'error',
      code: 'not_this_csv',
      path: '',
      message: csvMessage('not_this_csv', lang, { expected }),
      line: header.line,
      column: 1,
    })
    return { columns, delimiter: table.delimiter, errors, records: [], warnings: [] }
  }
  for (const field of spec.fields) {
    if (field.required && !columns.has(field.column)) {
      errors.push({
        severity: 'error',
        code: 'missing_column',
        path: spec.collection,
        message: csvMessage('missing_column', lang, { column: field.column, expected }),
        line: header.line,
      })
    }
  }
  if (table.rows.length === 0) {
    warnings.push({
      severity: 'warning',
      code: 'no_data_rows',
      path: spec.collection,
      message: csvMessage('no_data_rows', lang),
      line: header.line,
    })
  }

  const headerWidth = header.cells.length
  const records: CsvRecord<T>[] = table.rows.map((row, index) => {
    const rowErrors: Issue[] = []
    const cellIssue = (field: CsvFieldSpec, code: string, message: string): Issue => {
      const j = columns.get(field.column)
      return {
        severity: 'error',
        code,
        path: formatPath([spec.collection, index, ...field.path]),
        message: csvMessage('column_prefix', lang, { column: field.column, message }),
        line: j === undefined ? row.line : row.cellLines[j]!,
        ...(j === undefined ? {} : { column: j + 1 }),
      }
    }

    const extra = row.cells.slice(headerWidth).findIndex((cell) => cell.trim() !== '')
    if (extra >= 0) {
      rowErrors.push({
        severity: 'error',
        code: 'too_many_cells',
        path: formatPath([spec.collection, index]),
        message: csvMessage('too_many_cells', lang, {
          count: row.cells.length,
          expected: headerWidth,
        }),
        line: row.cellLines[headerWidth + extra]!,
        column: headerWidth + extra + 1,
      })
      // The cells no longer line up with the header: what they would say about columns is noise.
      errors.push(...rowErrors)
      const raw: Record<string, unknown> = {}
      const idField = spec.fields.find((f) => f.column === spec.idColumn)
      const idIndex = idField ? columns.get(idField.column) : undefined
      if (idField && idIndex !== undefined)
        setPath(raw, idField.path, (row.cells[idIndex] ?? '').trim())
      return { index, row, raw }
    }

    // Columns already reported (missing, empty or unreadable) are not reported again by the schema.
    const reported = new Set<CsvFieldSpec>()
    const raw: Record<string, unknown> = {}
    for (const field of spec.fields) {
      const j = columns.get(field.column)
      if (j === undefined) {
        if (field.required) reported.add(field)
        continue
      }
      const cell = unescapeFormula(row.cells[j] ?? '')
      if (cell.trim() === '') {
        if (field.required) {
          rowErrors.push(cellIssue(field, 'cell_required', csvMessage('cell_required', lang)))
          reported.add(field)
        }
        continue
      }
      const converted = convertCell(cell, field)
      if (converted.ok) setPath(raw, field.path, converted.value)
      else {
        rowErrors.push(
          cellIssue(
            field,
            converted.code,
            csvMessage(converted.code, lang, { value: cell.trim() }),
          ),
        )
        reported.add(field)
      }
    }

    const parsed = safeParseIn(spec.schema, raw, lang)
    if (!parsed.success) {
      const mapped = zodIssuesToIssues(parsed.error, lang, [spec.collection, index])
      parsed.error.issues.forEach((zodIssue, k) => {
        const field = columnForPath(spec.fields, zodIssue.path)
        if (field && reported.has(field)) return
        if (field)
          rowErrors.push({
            ...cellIssue(field, mapped[k]!.code, mapped[k]!.message),
            path: mapped[k]!.path,
          })
        else rowErrors.push({ ...mapped[k]!, line: row.line })
      })
    }
    errors.push(...rowErrors)
    const record: CsvRecord<T> = { index, row, raw }
    if (parsed.success && rowErrors.length === 0) record.value = parsed.data
    return record
  })

  if (spec.idColumn !== undefined) {
    const field = spec.fields.find((f) => f.column === spec.idColumn)!
    const j = columns.get(field.column)
    const seen = new Map<unknown, CsvRecord<T>>()
    for (const record of records) {
      const id = getPath(record.raw, field.path)
      if (typeof id !== 'string' || j === undefined) continue
      const first = seen.get(id)
      if (!first) {
        seen.set(id, record)
        continue
      }
      errors.push({
        severity: 'error',
        code: 'duplicate_id',
        path: formatPath([spec.collection, record.index, ...field.path]),
        message: csvMessage('column_prefix', lang, {
          column: field.column,
          message: csvMessage('duplicate_id', lang, { id, first: first.row.cellLines[j]! }),
        }),
        line: record.row.cellLines[j]!,
        column: j + 1,
      })
      delete record.value
    }
  }

  return {
    columns,
    delimiter: table.delimiter,
    errors: errors.sort(byPosition),
    records,
    warnings: warnings.sort(byPosition),
  }
}

/** Issues in reading order, as a user works through the file. */
function byPosition(a: Issue, b: Issue): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

/**
 * Reads a CSV file of records of one kind: the valid records, or every problem (path, line and
 * column) when a row is not. What each `parseXxxCsv` does, written once.
 */
export function parseCsvRecords<T>(text: string, spec: CsvRecordSpec<T>, lang: Lang): Result<T[]> {
  const { errors, records, warnings } = readCsvRecords(text, spec, lang)
  if (errors.length > 0) return { ok: false, issues: [...errors, ...warnings] }
  return { ok: true, value: records.map((r) => r.value!), warnings }
}

/** Writes records of one kind under `columns`; Dutch Excel by default. */
export function writeCsvRecords<T>(
  columns: readonly string[],
  records: readonly T[],
  spec: CsvRecordSpec<T>,
  options: CsvWriteOptions = {},
): string {
  const resolved = resolveCsvWriteOptions(options)
  return writeCsvTable(
    columns,
    records.map((r) => recordToCells(r, spec.fields, resolved)),
    resolved,
  )
}
