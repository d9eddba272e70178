import Papa from 'papaparse'
import { emptyFileIssue, type Issue, type Lang } from '../shared/issues.ts'
import { csvMessage } from './csv-messages.ts'
import { BOM, withoutBom } from '../shared/text.ts'

export const CSV_DELIMITERS = [';', ',', '\t'] as const
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number]

/** One non-blank row of a CSV file, with where it sits in the text. */
export interface CsvRow {
  /** 1-based line of each cell's start; a quoted cell can span lines, moving the cells after it down. */
  cellLines: number[]
  cells: string[]
  /** 1-based line where the row starts. */
  line: number
}

export interface CsvTable {
  delimiter: CsvDelimiter
  header: CsvRow
  /** Data rows; blank rows (all cells empty) are left out. */
  rows: CsvRow[]
}

/** Offsets at which lines start; `\r\n`, `\n` and a lone `\r` all end a line, as spreadsheets treat them. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return starts
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

const LINE_BREAK = /\r\n|\r|\n/g
const countLineBreaks = (value: string) => value.match(LINE_BREAK)?.length ?? 0

const normalizeHeader = (cell: string) => cell.trim().toLowerCase()

/**
 * Picks the delimiter under which the header row names the most known columns. Header names
 * hold neither ';' nor ',', so the header decides even when data cells carry decimal commas,
 * which fool frequency-based guessing.
 */
function detectDelimiter(text: string, knownHeaders: ReadonlySet<string>): CsvDelimiter {
  const firstLine = text.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, '').split(/\r\n|\r|\n/, 1)[0] ?? ''
  let best: { delimiter: CsvDelimiter; known: number; fields: number } | undefined
  for (const delimiter of CSV_DELIMITERS) {
    const fields = Papa.parse<string[]>(firstLine, { delimiter, preview: 1 }).data[0] ?? []
    const known = fields.filter((f) => knownHeaders.has(normalizeHeader(f))).length
    if (!best || known > best.known || (known === best.known && fields.length > best.fields)) {
      best = { delimiter, known, fields: fields.length }
    }
  }
  return best!.delimiter
}

/** 1-based field number at `offset` in a row starting at `rowStart`: delimiters outside quotes, counted. */
function fieldAt(text: string, rowStart: number, offset: number, delimiter: string): number {
  let field = 1
  let quoted = false
  for (let i = rowStart; i < offset; i++) {
    const c = text[i]
    if (c === '"') quoted = !quoted
    else if (!quoted && c === delimiter) field++
  }
  return field
}

export interface ReadCsvTableResult {
  issues: Issue[]
  table?: CsvTable | undefined
}

/**
 * Splits CSV text into rows with papaparse, keeping the line of every cell. A UTF-8 BOM is
 * dropped; the delimiter is detected from the header row. Quote errors are returned as issues;
 * the rows papaparse recovered are still returned so that later checks can run.
 */
export function readCsvTable(
  text: string,
  knownHeaders: ReadonlySet<string>,
  lang: Lang,
): ReadCsvTableResult {
  const source = withoutBom(text)
  if (source.trim() === '') {
    return { issues: [emptyFileIssue(csvMessage('empty_file', lang))] }
  }
  const delimiter = detectDelimiter(source, knownHeaders)
  const starts = lineStarts(source)
  const rows: CsvRow[] = []
  const issues: Issue[] = []
  let rowStart = 0

  Papa.parse<string[]>(source, {
    delimiter,
    step: (results) => {
      const cells = results.data
      const line = lineOf(starts, rowStart)
      for (const error of results.errors) {
        // Papaparse reports quote errors at the character after the opening quote.
        const at = typeof error.index === 'number' ? Math.max(error.index - 1, rowStart) : rowStart
        const code =
          error.code === 'MissingQuotes'
            ? 'missing_quotes'
            : error.code === 'InvalidQuotes'
              ? 'invalid_quotes'
              : undefined
        issues.push({
          severity: 'error',
          code: code ?? 'csv_syntax',
          path: '',
          message: code ? csvMessage(code, lang) : error.message,
          line: lineOf(starts, at),
          column: fieldAt(source, rowStart, at, delimiter),
        })
      }
      if (cells.some((cell) => cell.trim() !== '')) {
        const cellLines: number[] = []
        let cellLine = line
        for (const cell of cells) {
          cellLines.push(cellLine)
          cellLine += countLineBreaks(cell)
        }
        rows.push({ cells, cellLines, line })
      }
      rowStart = results.meta.cursor
    },
  })

  const [header, ...data] = rows
  if (!header) {
    return { issues: [...issues, emptyFileIssue(csvMessage('empty_file', lang))] }
  }
  return { issues, table: { delimiter, header, rows: data } }
}

export interface CsvWriteOptions {
  /** Cell separator; `;` (default) is what Dutch Excel expects. */
  delimiter?: CsvDelimiter | undefined
  /** Decimal separator of numbers; `,` (default) is what Dutch Excel expects. */
  decimalSeparator?: ',' | '.' | undefined
  /** Start with a UTF-8 byte order mark (default true), so Excel reads the file as UTF-8. */
  bom?: boolean | undefined
  /** Line ending; `\r\n` (default) as Excel writes it. */
  newline?: '\r\n' | '\n' | undefined
  /** Language of yes/no cells: `ja`/`nee` (nl, default) or `true`/`false` (en). */
  lang?: Lang | undefined
}

export type ResolvedCsvWriteOptions = {
  [K in keyof CsvWriteOptions]-?: Exclude<CsvWriteOptions[K], undefined>
}

/** The defaults open correctly in Dutch Excel: BOM, `;`, decimal comma, CRLF. */
export function resolveCsvWriteOptions(options: CsvWriteOptions = {}): ResolvedCsvWriteOptions {
  // `?? default` per option, not a spread: `{ delimiter: undefined }` means the default.
  return {
    delimiter: options.delimiter ?? ';',
    decimalSeparator: options.decimalSeparator ?? ',',
    bom: options.bom ?? true,
    newline: options.newline ?? '\r\n',
    lang: options.lang ?? 'nl',
  }
}

/** Writes a table; papaparse quotes cells holding the delimiter, quotes, line breaks or edge spaces. */
export function writeCsvTable(
  header: readonly string[],
  rows: readonly string[][],
  options: ResolvedCsvWriteOptions,
): string {
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((row) => [...row]) },
    {
      delimiter: options.delimiter,
      newline: options.newline,
      quotes: false,
      escapeFormulae: false,
      header: true,
    },
  )
  return (options.bom ? BOM : '') + body + options.newline
}

/** Result of decoding file bytes for the CSV readers. */
export interface DecodedText {
  encoding: 'utf-8' | 'windows-1252'
  text: string
}

/**
 * Decodes file bytes as UTF-8 (a BOM is dropped), falling back to Windows-1252 for bytes that
 * are not valid UTF-8: Dutch Excel's plain "CSV (gescheiden door lijstscheidingsteken)" is saved
 * in that encoding.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { encoding: 'windows-1252', text: decodeWindows1252(bytes) }
  }
}

// Bytes 0x80–0x9F of Windows-1252; the rest equals Latin-1. Decoded here because Node's
// TextDecoder treats "windows-1252" as Latin-1 and would lose €, ‘, ’ and friends.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) {
    text +=
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte)
  }
  return text
}
