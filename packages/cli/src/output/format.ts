import { formatNumberNl } from '@weerbaar/core/internal'
import type { Lang } from '../i18n.ts'

/** A number for people: Dutch `1.234,5` or English `1,234.5`, rounded to `digits`. */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  const nl = formatNumberNl(value, digits)
  return lang === 'nl' ? nl : nl.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'))
}

/** `44,6%`; an en dash for a missing value (a score where nothing applies). */
export function formatPercent(value: number | null, lang: Lang, digits = 1): string {
  return value === null ? '–' : `${formatNumber(value, lang, digits)}%`
}

/** "1 kandidaat", "3 kandidaten": a count and its noun, singular for exactly one. */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** A number for a spreadsheet: not rounded, decimal comma (Dutch Excel), no grouping. */
export function formatCsvNumber(value: number): string {
  return String(value).replace('.', ',')
}
