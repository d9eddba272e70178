import Papa from 'papaparse'
import type { Lang } from '../i18n.ts'
import { formatCsvNumber, formatNumber, formatPercent } from './format.ts'

export const FORMATS = ['table', 'json', 'csv', 'md'] as const
export type Format = (typeof FORMATS)[number]

/** How a column's values are shown: numbers are right-aligned in a terminal. */
export type ColumnKind = 'text' | 'integer' | 'number' | 'percent'

export interface Column {
  /** Stable name: the CSV header, equal to the JSON field where there is one. */
  key: string
  /** Label for people (terminal and Markdown). */
  label: Record<Lang, string>
  kind?: ColumnKind
  /** Decimals shown to people (default 1; integers 0). CSV and JSON are never rounded. */
  digits?: number
}

export type Cell = string | number | boolean | null | undefined

/** Rows of data; every renderer below prints the same table its own way. */
export interface Table {
  columns: Column[]
  rows: Cell[][]
}

function humanCell(cell: Cell, column: Column, lang: Lang): string {
  if (cell === null || cell === undefined) return '–'
  if (typeof cell === 'boolean') return lang === 'nl' ? (cell ? 'ja' : 'nee') : cell ? 'yes' : 'no'
  if (typeof cell === 'string') return cell
  const digits = column.digits ?? (column.kind === 'integer' ? 0 : 1)
  if (column.kind === 'percent') return formatPercent(cell, lang, digits)
  return formatNumber(cell, lang, digits)
}

const isNumeric = (kind: ColumnKind | undefined) => kind !== undefined && kind !== 'text'

/** Display width: code points, so `Noordoostpolder` and `Zoë` line up. */
const width = (text: string) => [...text].length
const pad = (text: string, size: number, right: boolean) => {
  const fill = ' '.repeat(Math.max(0, size - width(text)))
  return right ? fill + text : text + fill
}

/** A table for a terminal: columns aligned, numbers right-aligned and rounded, a rule under the header. */
export function renderTerminalTable(table: Table, lang: Lang): string {
  const header = table.columns.map((c) => c.label[lang])
  const body = table.rows.map((row) => table.columns.map((c, i) => humanCell(row[i], c, lang)))
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i]!))))
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, isNumeric(table.columns[i]!.kind)))
      .join('  ')
      .trimEnd()
  const rule = widths.map((w) => '─'.repeat(w)).join('  ')
  return [line(header), rule, ...body.map(line)].join('\n') + '\n'
}

function escapeMarkdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** A GitHub-flavoured Markdown table, numbers right-aligned and rounded as in the terminal. */
export function renderMarkdownTable(table: Table, lang: Lang): string {
  const header = table.columns.map((c) => escapeMarkdownCell(c.label[lang]))
  const align = table.columns.map((c) => (isNumeric(c.kind) ? '---:' : '---'))
  const body = table.rows.map((row) =>
    table.columns.map((c, i) => escapeMarkdownCell(humanCell(row[i], c, lang))),
  )
  return [header, align, ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n') + '\n'
}

function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return formatCsvNumber(cell)
  if (typeof cell === 'boolean') return cell ? 'true' : 'false'
  return cell
}

/**
 * CSV that opens correctly in Dutch Excel, as core writes its CSV: UTF-8 with a BOM, `;`
 * between cells, decimal commas, CRLF. Headers are the stable column keys and numbers are not
 * rounded, so the file also serves scripts.
 */
export function renderCsvTable(table: Table): string {
  const body = Papa.unparse(
    { fields: table.columns.map((c) => c.key), data: table.rows.map((row) => row.map(csvCell)) },
    { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false, header: true },
  )
  return `\uFEFF${body}\r\n`
}
