import Papa from 'papaparse'
import { csvMessage } from '../io/csv-messages.ts'
import { locateIssues, parseJsonText } from '../io/json.ts'
import { emptyFileIssue, formatPath, type Issue, type Lang, type Result } from '../shared/issues.ts'
import type { PopulationGrid } from './grid.ts'
import { coverageMessage, type CoverageMessageCode } from './messages.ts'
import { wgs84ToRd } from './projection.ts'
import { withoutBom } from '../shared/text.ts'

export interface PopulationGridReadOptions {
  /** Language of the messages; default `nl`. */
  lang?: Lang | undefined
  /**
   * Inhabitants to count for a CBS confidentiality code (a population of -99997 or below, which
   * CBS writes where a count is secret or missing). Default: such codes are errors.
   */
  confidential?: number | undefined
  /** Edge of the square cells in metres; default: recognised from the cell centres (RD New only). */
  cellSize?: number | undefined
  /** Most issues reported per kind; the rest are counted in one closing issue. Default 50. */
  maxIssuesPerKind?: number | undefined
}

/** A population grid read from a file. */
export interface PopulationGridFile {
  grid: PopulationGrid
  format: 'csv' | 'geojson'
  /** How the file gave positions: x/y in RD New, or lat/lon in WGS84 (then projected to RD New). */
  coordinates: 'rd' | 'wgs84'
  /** The `#` comment lines at the top of a CSV file (without the `#`), e.g. that the data are synthetic. */
  comments: string[]
}

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$/
/**
 * "1.270" is 1270 inhabitants to a Dutch reader and 1.27 to an English one. A count written with
 * one separator followed by exactly three digits is refused rather than guessed.
 */
const AMBIGUOUS_COUNT = /^[+-]?\d{1,3}[.,]\d{3}$/

/** A number as written in a CSV cell or a string property: decimal comma or point. */
function readNumber(text: string, count: boolean): number | 'invalid_number' | 'ambiguous_count' {
  const trimmed = text.trim()
  if (count && AMBIGUOUS_COUNT.test(trimmed)) return 'ambiguous_count'
  if (!NUMBER.test(trimmed)) return 'invalid_number'
  return Number(trimmed.replace(',', '.'))
}
const MUNICIPALITY = /^GM\d{4}$/
// CBS writes -99997 (secret), -99998 and the like where a count may not be published.
const CBS_CODE_BELOW = -99990
// Where the Netherlands lies, generously: RD New metres and WGS84 degrees.
const RD_X = [-10_000, 300_000] as const
const RD_Y = [280_000, 630_000] as const
const LAT = [50.5, 53.8] as const
const LON = [3.0, 7.5] as const
const CELL_SIZES = [1000, 500, 250, 100, 50, 25]

type Column = 'x' | 'y' | 'lat' | 'lon' | 'population' | 'municipality'
const HEADERS: Record<Column, readonly string[]> = {
  x: ['x', 'rd_x', 'x_rd', 'rdx'],
  y: ['y', 'rd_y', 'y_rd', 'rdy'],
  lat: ['lat', 'latitude', 'breedtegraad'],
  lon: ['lon', 'lng', 'longitude', 'lengtegraad'],
  population: ['population', 'inwoners', 'aantal_inwoners', 'bevolking'],
  municipality: ['municipality', 'gemeente', 'gemeentecode', 'gm_code'],
}
const COLUMN_OF = new Map<string, Column>(
  (Object.entries(HEADERS) as [Column, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [name, column] as const),
  ),
)

/** Reads a population grid from CSV or GeoJSON text (recognised by its first character). */
export function parsePopulationGrid(
  text: string,
  options: PopulationGridReadOptions = {},
): Result<PopulationGridFile> {
  const start = withoutBom(text).trimStart()
  return start.startsWith('{')
    ? parsePopulationGeoJson(text, options)
    : parsePopulationCsv(text, options)
}

/** Collects issues, at most `max` per code, and says how many more there were. */
class IssueList {
  readonly errors: Issue[] = []
  readonly warnings: Issue[] = []
  private readonly counts = new Map<string, { count: number; severity: Issue['severity'] }>()
  constructor(
    private readonly max: number,
    private readonly lang: Lang,
  ) {}
  add(issue: Issue): void {
    const seen = this.counts.get(issue.code) ?? { count: 0, severity: issue.severity }
    seen.count++
    this.counts.set(issue.code, seen)
    if (seen.count <= this.max)
      (issue.severity === 'error' ? this.errors : this.warnings).push(issue)
  }
  finish(): void {
    for (const [code, { count, severity }] of this.counts) {
      if (count > this.max) {
        ;(severity === 'error' ? this.errors : this.warnings).push({
          severity,
          code: 'more_issues',
          path: '',
          message: `${code}: ${coverageMessage('more_issues', this.lang, { count: count - this.max })}`,
        })
      }
    }
  }
}

/** Grows typed arrays as cells are read. */
class CellBuffer {
  x = new Float64Array(1024)
  y = new Float64Array(1024)
  population = new Float64Array(1024)
  municipality = new Int32Array(1024)
  municipalities: string[] = []
  size = 0
  private readonly indexOf = new Map<string, number>()
  push(x: number, y: number, population: number, municipality: string): void {
    if (this.size === this.x.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2)
        b.set(a)
        return b
      }
      this.x = grow(this.x)
      this.y = grow(this.y)
      this.population = grow(this.population)
      this.municipality = grow(this.municipality)
    }
    let m = this.indexOf.get(municipality)
    if (m === undefined) {
      m = this.municipalities.length
      this.indexOf.set(municipality, m)
      this.municipalities.push(municipality)
    }
    const i = this.size++
    this.x[i] = x
    this.y[i] = y
    this.population[i] = population
    this.municipality[i] = m
  }
  toGrid(cellSize: number | undefined): PopulationGrid {
    const n = this.size
    return {
      x: this.x.slice(0, n),
      y: this.y.slice(0, n),
      population: this.population.slice(0, n),
      municipality: this.municipality.slice(0, n),
      municipalities: this.municipalities,
      ...(cellSize === undefined ? {} : { cellSize }),
    }
  }
}

/** `GM0034`; `gm0034` and `34` are accepted too (spreadsheets drop leading zeros). */
export function normalizeMunicipalityCode(value: string): string | undefined {
  const code = value.trim().toUpperCase()
  if (MUNICIPALITY.test(code)) return code
  if (/^\d{1,4}$/.test(code)) return `GM${code.padStart(4, '0')}`
  return undefined
}

/** The edge of a square lattice on which every cell centre lies (centres at s/2 + k·s), largest first. */
export function recogniseCellSize(x: Float64Array, y: Float64Array): number | undefined {
  if (x.length === 0) return undefined
  return CELL_SIZES.find((s) => {
    for (let i = 0; i < x.length; i++) {
      if ((x[i]! - s / 2) % s !== 0 || (y[i]! - s / 2) % s !== 0) return false
    }
    return true
  })
}

interface PopulationCheck {
  value?: number | undefined
  code?: CoverageMessageCode | 'invalid_number' | 'cell_required' | undefined
}

function checkPopulation(raw: number, confidential: number | undefined): PopulationCheck {
  if (raw <= CBS_CODE_BELOW)
    return confidential === undefined ? { code: 'cbs_secret' } : { value: confidential }
  if (raw < 0) return { code: 'negative_population' }
  return { value: raw }
}

/**
 * Reads a population grid from CSV: `;`, `,` or tab separated (recognised from the header row),
 * UTF-8 with or without BOM, decimal commas accepted, `#` comment lines at the top kept as
 * `comments`. Columns: `x` and `y` (RD New, metres, cell centre) or `lat` and `lon` (WGS84),
 * `population` and `municipality` (CBS code), by name in any order, Dutch names accepted.
 * Every problem is reported with line and column (the field number, as a spreadsheet counts).
 */
export function parsePopulationCsv(
  text: string,
  options: PopulationGridReadOptions = {},
): Result<PopulationGridFile> {
  const lang = options.lang ?? 'nl'
  const issues = new IssueList(options.maxIssuesPerKind ?? 50, lang)
  const source = withoutBom(text)

  // Leading comment lines: kept, and counted so that line numbers stay those of the file.
  const comments: string[] = []
  let offset = 0
  let line = 1
  const commentLine = /[ \t]*#(.*)(?:\r\n|\r|\n|$)/y
  for (;;) {
    commentLine.lastIndex = offset
    const match = commentLine.exec(source)
    if (!match || match[0] === '') break
    comments.push(match[1]!.trim())
    offset = commentLine.lastIndex
    line++
  }
  const body = source.slice(offset)
  if (body.trim() === '') {
    return { ok: false, issues: [emptyFileIssue(csvMessage('empty_file', lang), line)] }
  }

  const reader = new CsvGridReader(body, line, issues, lang, options.confidential)
  Papa.parse<string[]>(body, {
    delimiter: detectDelimiter(body),
    step: (results) => reader.step(results.data, results.errors, results.meta.cursor),
  })
  const header = reader.header
  if (header && reader.rows === 0 && issues.errors.length === 0) {
    issues.add({
      severity: 'error',
      code: 'no_cells',
      path: 'cells',
      message: coverageMessage('no_cells', lang),
      line: reader.line,
    })
  }
  if (header) reader.reportDuplicates()
  if (reader.secretReplaced > 0) {
    issues.add({
      severity: 'warning',
      code: 'cbs_secret_replaced',
      path: 'cells',
      message: coverageMessage('cbs_secret_replaced', lang, {
        count: reader.secretReplaced,
        value: options.confidential ?? 0,
      }),
    })
  }
  issues.finish()
  if (issues.errors.length > 0 || !header)
    return { ok: false, issues: [...issues.errors, ...issues.warnings] }
  const grid = reader.cells.toGrid(undefined)
  const cellSize =
    options.cellSize ?? (header.mode === 'rd' ? recogniseCellSize(grid.x, grid.y) : undefined)
  if (cellSize !== undefined) grid.cellSize = cellSize
  return {
    ok: true,
    value: { grid, format: 'csv', coordinates: header.mode, comments },
    warnings: issues.warnings,
  }
}

/**
 * Turns the rows papaparse hands over into cells. A class rather than closures per row: a
 * national grid has hundreds of thousands of rows.
 */
class CsvGridReader {
  header: CsvHeader | undefined
  private headerFailed = false
  readonly cells = new CellBuffer()
  /** Line and data-row number of each cell read, for the duplicate check. */
  private cellLines = new Uint32Array(1024)
  private cellRows = new Uint32Array(1024)
  rows = 0
  secretReplaced = 0
  // Line counting as papaparse moves on: `line` is known up to offset `scanned`.
  private scanned = 0
  private rowStart = 0
  private readonly codes = new Map<string, string | undefined>()
  // The row being read.
  private row: string[] = []
  private rowLine = 0
  private index = 0

  constructor(
    private readonly body: string,
    public line: number,
    private readonly issues: IssueList,
    private readonly lang: Lang,
    private readonly confidential: number | undefined,
  ) {}

  private lineAt(to: number): number {
    const body = this.body
    let line = this.line
    for (let i = this.scanned; i < to; i++) {
      const c = body.charCodeAt(i)
      if (c === 10 || (c === 13 && body.charCodeAt(i + 1) !== 10)) line++
    }
    this.scanned = Math.max(this.scanned, to)
    this.line = line
    return line
  }

  step(cells: string[], errors: readonly Papa.ParseError[], cursor: number): void {
    const rowLine = this.lineAt(this.rowStart)
    this.rowStart = cursor
    for (const error of errors) {
      const code =
        error.code === 'MissingQuotes'
          ? 'missing_quotes'
          : error.code === 'InvalidQuotes'
            ? 'invalid_quotes'
            : undefined
      this.issues.add({
        severity: 'error',
        code: code ?? 'csv_syntax',
        path: '',
        message: code ? csvMessage(code, this.lang) : error.message,
        line: rowLine,
      })
    }
    if (this.headerFailed || !cells.some((cell) => cell.trim() !== '')) return
    if (!this.header) {
      this.header = readHeader(cells, rowLine, this.issues, this.lang)
      if (!this.header) this.headerFailed = true
      return
    }
    this.row = cells
    this.rowLine = rowLine
    this.index = this.rows++
    this.readRow(this.header)
  }

  private readRow(header: CsvHeader): void {
    const cells = this.row
    for (let j = header.width; j < cells.length; j++) {
      if (cells[j]!.trim() === '') continue
      this.issues.add({
        severity: 'error',
        code: 'too_many_cells',
        path: formatPath(['cells', this.index]),
        message: csvMessage('too_many_cells', this.lang, {
          count: cells.length,
          expected: header.width,
        }),
        line: this.cellLine(j),
        column: j + 1,
      })
      return
    }
    const rd = header.mode === 'rd'
    const a = this.number(header, rd ? 'x' : 'lat')
    const b = this.number(header, rd ? 'y' : 'lon')
    const raw = this.number(header, 'population')
    const municipality = this.municipality(header)
    let population: number | undefined
    if (raw !== undefined) {
      const checked = checkPopulation(raw, this.confidential)
      if (checked.code) {
        const code = checked.code as CoverageMessageCode
        this.cellIssue(header, 'population', code, coverageMessage(code, this.lang, { value: raw }))
      } else {
        population = checked.value
        if (raw <= CBS_CODE_BELOW) this.secretReplaced++
      }
    }
    if (a === undefined || b === undefined) return
    let x = a
    let y = b
    if (rd) {
      if (x < RD_X[0] || x > RD_X[1] || y < RD_Y[0] || y > RD_Y[1]) {
        this.cellIssue(
          header,
          'x',
          'outside_rd',
          coverageMessage('outside_rd', this.lang, { x, y }),
        )
        return
      }
    } else {
      if (a < LAT[0] || a > LAT[1] || b < LON[0] || b > LON[1]) {
        const message = coverageMessage('outside_netherlands', this.lang, { lat: a, lon: b })
        this.cellIssue(header, 'lat', 'outside_netherlands', message)
        return
      }
      ;({ x, y } = wgs84ToRd({ lat: a, lon: b }))
    }
    if (population === undefined || municipality === undefined) return
    const i = this.cells.size
    if (i === this.cellLines.length) {
      const lines = new Uint32Array(i * 2)
      lines.set(this.cellLines)
      this.cellLines = lines
      const rows = new Uint32Array(i * 2)
      rows.set(this.cellRows)
      this.cellRows = rows
    }
    this.cellLines[i] = this.rowLine
    this.cellRows[i] = this.index
    this.cells.push(x, y, population, municipality)
  }

  private number(header: CsvHeader, column: Column): number | undefined {
    const cell = (this.row[header.columns.get(column)!] ?? '').trim()
    if (cell === '') {
      this.cellIssue(header, column, 'cell_required', csvMessage('cell_required', this.lang))
      return undefined
    }
    const read = readNumber(cell, column === 'population')
    if (typeof read === 'number') return read
    const message =
      read === 'ambiguous_count'
        ? coverageMessage(read, this.lang, { value: cell })
        : csvMessage(read, this.lang, { value: cell })
    this.cellIssue(header, column, read, message)
    return undefined
  }

  private municipality(header: CsvHeader): string | undefined {
    const cell = (this.row[header.columns.get('municipality')!] ?? '').trim()
    if (cell === '') {
      this.cellIssue(
        header,
        'municipality',
        'cell_required',
        csvMessage('cell_required', this.lang),
      )
      return undefined
    }
    let code = this.codes.get(cell)
    if (code === undefined && !this.codes.has(cell)) {
      code = normalizeMunicipalityCode(cell)
      this.codes.set(cell, code)
    }
    if (!code) {
      const message = coverageMessage('invalid_municipality', this.lang, { value: cell })
      this.cellIssue(header, 'municipality', 'invalid_municipality', message)
    }
    return code
  }

  /** Line of cell `j` of the current row: a quoted cell may span lines. */
  private cellLine(j: number): number {
    return this.rowLine + countLineBreaks(this.row.slice(0, j).join(''))
  }

  private cellIssue(
    header: CsvHeader,
    column: Column,
    code: string,
    message: string,
    severity: Issue['severity'] = 'error',
  ): void {
    const j = header.columns.get(column)!
    this.issues.add({
      severity,
      code,
      path: formatPath(['cells', this.index, column]),
      message: csvMessage('column_prefix', this.lang, { column: header.names[j]!.trim(), message }),
      line: this.cellLine(j),
      column: j + 1,
    })
  }

  /** Warns about a cell (position and municipality) that appears more than once: both count. */
  reportDuplicates(): void {
    const { x, y, municipality, size } = this.cells
    const order = new Uint32Array(size)
    for (let i = 0; i < size; i++) order[i] = i
    order.sort(
      (a, b) => x[a]! - x[b]! || y[a]! - y[b]! || municipality[a]! - municipality[b]! || a - b,
    )
    const header = this.header!
    const first = header.mode === 'rd' ? 'x' : 'lat'
    const j = header.columns.get(first)!
    // Equal cells sit together in `order`, the first in the file first.
    const found: { i: number; first: number }[] = []
    let groupStart = order[0] ?? 0
    for (let k = 1; k < size; k++) {
      const i = order[k]!
      const previous = order[k - 1]!
      if (
        x[i] === x[previous] &&
        y[i] === y[previous] &&
        municipality[i] === municipality[previous]
      ) {
        found.push({ i, first: groupStart })
      } else groupStart = i
    }
    found.sort((p, q) => p.i - q.i)
    for (const { i, first: f } of found) {
      const code = this.cells.municipalities[municipality[i]!]!
      const message = coverageMessage('duplicate_cell', this.lang, {
        municipality: code,
        first: this.cellLines[f]!,
      })
      this.issues.add({
        severity: 'warning',
        code: 'duplicate_cell',
        path: formatPath(['cells', this.cellRows[i]!, first]),
        message: csvMessage('column_prefix', this.lang, {
          column: header.names[j]!.trim(),
          message,
        }),
        line: this.cellLines[i]!,
        column: j + 1,
      })
    }
  }
}

interface CsvHeader {
  columns: Map<Column, number>
  /** The header cells as written, for messages. */
  names: string[]
  width: number
  mode: 'rd' | 'wgs84'
}

function readHeader(
  cells: string[],
  line: number,
  issues: IssueList,
  lang: Lang,
): CsvHeader | undefined {
  const columns = new Map<Column, number>()
  const unknown: Issue[] = []
  let failed = false
  cells.forEach((cell, j) => {
    const name = cell.trim()
    if (name === '') return
    const column = COLUMN_OF.get(name.toLowerCase())
    const at = { line, column: j + 1 }
    if (!column) {
      unknown.push({
        severity: 'warning',
        code: 'unknown_column',
        path: '',
        message: csvMessage('unknown_column', lang, { column: name }),
        ...at,
      })
    } else if (columns.has(column)) {
      failed = true
      issues.add({
        severity: 'error',
        code: 'duplicate_column',
        path: '',
        message: csvMessage('duplicate_column', lang, {
          column: name,
          first: columns.get(column)! + 1,
        }),
        ...at,
      })
    } else columns.set(column, j)
  })
  const expected = 'x;y;population;municipality (of lat;lon;population;municipality)'
  if (columns.size === 0) {
    // One clear issue instead of a warning per unknown column.
    issues.add({
      severity: 'error',
      code: 'not_this_csv',
      path: '',
      message: csvMessage('not_this_csv', lang, { expected }),
      line,
      column: 1,
    })
    return undefined
  }
  for (const issue of unknown) issues.add(issue)
  const rd = columns.has('x') || columns.has('y')
  const wgs84 = columns.has('lat') || columns.has('lon')
  if (rd && wgs84)
    issues.add({
      severity: 'warning',
      code: 'both_coordinates',
      path: '',
      message: coverageMessage('both_coordinates', lang),
      line,
    })
  const mode = rd ? 'rd' : 'wgs84'
  if (!rd && !wgs84) {
    failed = true
    issues.add({
      severity: 'error',
      code: 'no_coordinates',
      path: 'cells',
      message: coverageMessage('no_coordinates', lang),
      line,
    })
  }
  const required: Column[] = [
    ...(rd ? (['x', 'y'] as const) : wgs84 ? (['lat', 'lon'] as const) : []),
    'population',
    'municipality',
  ]
  for (const column of required) {
    if (!columns.has(column)) {
      failed = true
      issues.add({
        severity: 'error',
        code: 'missing_column',
        path: 'cells',
        message: csvMessage('missing_column', lang, { column, expected }),
        line,
      })
    }
  }
  return failed ? undefined : { columns, names: cells, width: cells.length, mode }
}

function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? ''
  let best = { delimiter: ';', known: -1, fields: 0 }
  for (const delimiter of [';', ',', '\t']) {
    const fields = Papa.parse<string[]>(firstLine, { delimiter, preview: 1 }).data[0] ?? []
    const known = fields.filter((f) => COLUMN_OF.has(f.trim().toLowerCase())).length
    if (known > best.known || (known === best.known && fields.length > best.fields))
      best = { delimiter, known, fields: fields.length }
  }
  return best.delimiter
}

const countLineBreaks = (value: string) => value.match(/\r\n|\r|\n/g)?.length ?? 0

type Json = unknown
const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The coordinate system a GeoJSON file declares (the 2008 `crs` member); none means WGS84. */
function crsOf(collection: Record<string, Json>): 'rd' | 'wgs84' | { unknown: string } {
  const crs = collection.crs
  if (!isObject(crs) || !isObject(crs.properties) || typeof crs.properties.name !== 'string')
    return 'wgs84'
  const name = crs.properties.name
  if (/28992/.test(name)) return 'rd'
  if (/CRS84|4326/i.test(name)) return 'wgs84'
  return { unknown: name }
}

/** Centre of a Point, or of the bounding box of a (Multi)Polygon's rings. */
function geometryCentre(geometry: Json): [number, number] | undefined {
  if (!isObject(geometry)) return undefined
  const position = (p: Json): [number, number] | undefined =>
    Array.isArray(p) &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1])
      ? [p[0], p[1]]
      : undefined
  if (geometry.type === 'Point') return position(geometry.coordinates)
  const rings: Json[] = []
  if (geometry.type === 'Polygon' && Array.isArray(geometry.coordinates))
    rings.push(...geometry.coordinates)
  else if (geometry.type === 'MultiPolygon' && Array.isArray(geometry.coordinates)) {
    for (const polygon of geometry.coordinates) if (Array.isArray(polygon)) rings.push(...polygon)
  } else return undefined
  let x0 = Infinity
  let x1 = -Infinity
  let y0 = Infinity
  let y1 = -Infinity
  for (const ring of rings) {
    if (!Array.isArray(ring)) return undefined
    for (const p of ring) {
      const xy = position(p)
      if (!xy) return undefined
      x0 = Math.min(x0, xy[0])
      x1 = Math.max(x1, xy[0])
      y0 = Math.min(y0, xy[1])
      y1 = Math.max(y1, xy[1])
    }
  }
  return x0 <= x1 ? [(x0 + x1) / 2, (y0 + y1) / 2] : undefined
}

const PROPERTY_NAMES: Record<'population' | 'municipality', readonly string[]> = {
  population: HEADERS.population,
  municipality: HEADERS.municipality,
}

/**
 * Reads a population grid from GeoJSON: a FeatureCollection of Point features (cell centres) or
 * Polygon features (the cells; their centre is used), with the properties `population` and
 * `municipality`. Coordinates are WGS84 [lon, lat] as the standard says, or RD New when the file
 * declares `"crs": { "type": "name", "properties": { "name": "EPSG:28992" } }` (as QGIS writes).
 * Problems carry their path (`features[3].properties.population`), line and column.
 */
export function parsePopulationGeoJson(
  text: string,
  options: PopulationGridReadOptions = {},
): Result<PopulationGridFile> {
  const lang = options.lang ?? 'nl'
  const json = parseJsonText(text, lang)
  if (!json.ok) return json
  const issues = new IssueList(options.maxIssuesPerKind ?? 50, lang)
  const collection = json.value
  const fail = (list: Issue[]): Result<PopulationGridFile> => ({
    ok: false,
    issues: locateIssues(text, list),
  })
  if (
    !isObject(collection) ||
    collection.type !== 'FeatureCollection' ||
    !Array.isArray(collection.features)
  ) {
    return fail([
      {
        severity: 'error',
        code: 'not_feature_collection',
        path: '',
        message: coverageMessage('not_feature_collection', lang),
      },
    ])
  }
  const crs = crsOf(collection)
  if (typeof crs === 'object') {
    return fail([
      {
        severity: 'error',
        code: 'unknown_crs',
        path: 'crs',
        message: coverageMessage('unknown_crs', lang, { name: crs.unknown }),
      },
    ])
  }
  const buffer = new CellBuffer()
  let secretReplaced = 0
  collection.features.forEach((feature, i) => {
    const at = (...path: (string | number)[]) => formatPath(['features', i, ...path])
    if (!isObject(feature)) {
      issues.add({
        severity: 'error',
        code: 'not_feature_collection',
        path: at(),
        message: coverageMessage('not_feature_collection', lang),
      })
      return
    }
    const properties = isObject(feature.properties) ? feature.properties : {}
    const property = (
      name: 'population' | 'municipality',
    ): { key: string; value: Json } | undefined => {
      for (const key of Object.keys(properties)) {
        if (PROPERTY_NAMES[name].includes(key.toLowerCase())) return { key, value: properties[key] }
      }
      issues.add({
        severity: 'error',
        code: 'property_required',
        path: at('properties'),
        message: coverageMessage('property_required', lang, { name }),
      })
      return undefined
    }
    const centre = geometryCentre(feature.geometry)
    if (!centre)
      issues.add({
        severity: 'error',
        code: 'invalid_geometry',
        path: at('geometry'),
        message: coverageMessage('invalid_geometry', lang),
      })

    let population: number | undefined
    const populationProperty = property('population')
    if (populationProperty) {
      const { key, value } = populationProperty
      const raw =
        typeof value === 'number'
          ? value
          : typeof value === 'string'
            ? readNumber(value, true)
            : 'invalid_number'
      if (raw === 'ambiguous_count') {
        issues.add({
          severity: 'error',
          code: 'ambiguous_count',
          path: at('properties', key),
          message: coverageMessage('ambiguous_count', lang, { value: String(value).trim() }),
        })
      } else if (typeof raw !== 'number' || !Number.isFinite(raw)) {
        issues.add({
          severity: 'error',
          code: 'property_not_number',
          path: at('properties', key),
          message: coverageMessage('property_not_number', lang, {
            name: key,
            value: JSON.stringify(value),
          }),
        })
      } else {
        const checked = checkPopulation(raw, options.confidential)
        if (checked.code) {
          issues.add({
            severity: 'error',
            code: checked.code,
            path: at('properties', key),
            message: coverageMessage(checked.code as CoverageMessageCode, lang, { value: raw }),
          })
        } else {
          population = checked.value
          if (raw <= CBS_CODE_BELOW) secretReplaced++
        }
      }
    }
    let municipality: string | undefined
    const municipalityProperty = property('municipality')
    if (municipalityProperty) {
      const { key, value } = municipalityProperty
      municipality =
        typeof value === 'string' || typeof value === 'number'
          ? normalizeMunicipalityCode(String(value))
          : undefined
      if (!municipality) {
        issues.add({
          severity: 'error',
          code: 'invalid_municipality',
          path: at('properties', key),
          message: coverageMessage('invalid_municipality', lang, { value: String(value) }),
        })
      }
    }
    if (!centre) return
    let [x, y] = centre
    if (crs === 'rd') {
      if (x < RD_X[0] || x > RD_X[1] || y < RD_Y[0] || y > RD_Y[1]) {
        issues.add({
          severity: 'error',
          code: 'outside_rd',
          path: at('geometry', 'coordinates'),
          message: coverageMessage('outside_rd', lang, { x, y }),
        })
        return
      }
    } else {
      const [lon, lat] = centre
      if (lat < LAT[0] || lat > LAT[1] || lon < LON[0] || lon > LON[1]) {
        issues.add({
          severity: 'error',
          code: 'outside_netherlands',
          path: at('geometry', 'coordinates'),
          message: coverageMessage('outside_netherlands', lang, { lat, lon }),
        })
        return
      }
      ;({ x, y } = wgs84ToRd({ lat, lon }))
    }
    if (population !== undefined && municipality !== undefined)
      buffer.push(x, y, population, municipality)
  })
  if (collection.features.length === 0)
    issues.add({
      severity: 'error',
      code: 'no_cells',
      path: 'features',
      message: coverageMessage('no_cells', lang),
    })
  if (secretReplaced > 0) {
    issues.add({
      severity: 'warning',
      code: 'cbs_secret_replaced',
      path: 'features',
      message: coverageMessage('cbs_secret_replaced', lang, {
        count: secretReplaced,
        value: options.confidential ?? 0,
      }),
    })
  }
  issues.finish()
  if (issues.errors.length > 0) return fail([...issues.errors, ...issues.warnings])
  const grid = buffer.toGrid(undefined)
  const cellSize =
    options.cellSize ?? (crs === 'rd' ? recogniseCellSize(grid.x, grid.y) : undefined)
  if (cellSize !== undefined) grid.cellSize = cellSize
  return {
    ok: true,
    value: { grid, format: 'geojson', coordinates: crs, comments: [] },
    warnings: locateIssues(text, issues.warnings),
  }
}
