import { parseCalendarDate, type CalendarDate } from '../shared/date.ts'
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

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]

/** `2026-09-14` → `14 september 2026` */
export function formatDateNl(date: CalendarDate): string {
  const parts = parseCalendarDate(date)
  if (!parts) return date
  return `${parts.day} ${MONTHS_NL[parts.month - 1]} ${parts.year}`
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
