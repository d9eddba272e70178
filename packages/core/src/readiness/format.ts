import { format } from 'date-fns'
import { enGB, nl } from 'date-fns/locale'
import { isCalendarDate, toUTCDate, type CalendarDate } from '../shared/date.ts'
import type { Lang } from '../shared/issues.ts'
import type { Outcome, PointLevel } from './types.ts'

/**
 * Dutch number formatting without depending on the ICU data of the runtime:
 * `4.2` → `4,2`, `5000` → `5.000`, `3` → `3`. Rounds to `maxFractionDigits`.
 */
export function formatNumberNl(value: number, maxFractionDigits = 1): string {
  const factor = 10 ** maxFractionDigits
  const rounded = Math.round(Math.abs(value) * factor) / factor
  const [whole = '0', fraction = ''] = rounded.toFixed(maxFractionDigits).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  const trimmed = fraction.replace(/0+$/, '')
  const sign = value < 0 && rounded !== 0 ? '-' : ''
  return sign + grouped + (trimmed ? `,${trimmed}` : '')
}

/** `2026-09-14` → `14 september 2026` (date-fns with its `nl` locale, in UTC). */
export function formatDateNl(date: CalendarDate): string {
  return formatCalendarDateIn(date, 'nl')
}

const LOCALES = { nl, en: enGB } as const

/**
 * A date as people read it: `14 september 2026`, `14 September 2026` (British order, as the
 * dashboard's English). Anything that is not a calendar date is returned as it is.
 */
export function formatCalendarDateIn(date: CalendarDate, lang: Lang): string {
  if (!isCalendarDate(date)) return date
  return format(toUTCDate(date), 'd MMMM yyyy', { locale: LOCALES[lang] })
}

export const OUTCOME_NL: Record<Outcome, string> = {
  met: 'voldaan',
  partial: 'deels voldaan',
  not_met: 'niet voldaan',
  unknown: 'niet beoordeeld',
  expired: 'verlopen',
  not_applicable: 'niet van toepassing',
}

export const LEVEL_NL: Record<PointLevel, string> = {
  ready: 'gereed',
  not_ready: 'niet gereed',
  unknown: 'onbekend',
  planned: 'gepland',
  inactive: 'niet actief',
}

/** `1 punt`, `4,2 punten` */
export function formatPointsNl(points: number): string {
  const text = formatNumberNl(points)
  return `${text} ${text === '1' ? 'punt' : 'punten'}`
}
