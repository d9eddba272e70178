/**
 * Calendar dates said relative to the peildatum, as a coordinator reads them: "verloopt over 3
 * weken", "3 dagen te laat", "expires in 3 weeks". The distance is counted in calendar days with
 * date-fns on `UTCDate`s (so the machine's time zone never moves a day) and said with date-fns'
 * `formatDuration` in the interface language (`nl`, `enGB`).
 */
import type { CalendarDate, Lang } from '@weerbaar/core'
import { addCalendarDays, toUTCDate } from '@weerbaar/core/internal'
import {
  differenceInCalendarDays,
  differenceInMonths,
  differenceInYears,
  formatDuration,
  type Duration,
} from 'date-fns'
import { enGB, nl } from 'date-fns/locale'

const LOCALES = { nl, en: enGB } as const

/**
 * The distance between two calendar dates in the unit people would say it in: days under two
 * weeks, whole weeks under nine, whole months under two years, then whole years. Rounded down:
 * "over 2 weken" for 20 days, never more time than there is.
 */
export function calendarDistance(from: CalendarDate, to: CalendarDate): Duration {
  const a = toUTCDate(from)
  const b = toUTCDate(to)
  const [earlier, later] = a <= b ? [a, b] : [b, a]
  const days = differenceInCalendarDays(later, earlier)
  if (days < 14) return { days }
  if (days < 63) return { weeks: Math.floor(days / 7) }
  const months = differenceInMonths(later, earlier)
  if (months < 24) return { months }
  return { years: differenceInYears(later, earlier) }
}

/** `3 weken`, `1 dag`, `3 weeks`: the distance in the interface language. */
export function formatCalendarDistance(from: CalendarDate, to: CalendarDate, lang: Lang): string {
  return formatDuration(calendarDistance(from, to), { locale: LOCALES[lang], zero: true })
}

type Phrases = Record<'past' | 'today' | 'tomorrow' | 'future', (duration: string) => string>

const PHRASES: Record<'expires' | 'due' | 'ends', Record<Lang, Phrases>> = {
  // An assessment: the day after its last valid day it is expired.
  expires: {
    nl: {
      past: (d) => `${d} geleden verlopen`,
      today: () => 'vandaag verlopen',
      tomorrow: () => 'verloopt morgen',
      future: (d) => `verloopt over ${d}`,
    },
    en: {
      past: (d) => `expired ${d} ago`,
      today: () => 'expired today',
      tomorrow: () => 'expires tomorrow',
      future: (d) => `expires in ${d}`,
    },
  },
  // A due date: late from the day after it.
  due: {
    nl: {
      past: (d) => `${d} te laat`,
      today: () => 'vandaag',
      tomorrow: () => 'morgen',
      future: (d) => `over ${d}`,
    },
    en: {
      past: (d) => `${d} overdue`,
      today: () => 'due today',
      tomorrow: () => 'due tomorrow',
      future: (d) => `due in ${d}`,
    },
  },
  // An agreement: the day after its last day in force it has ended.
  ends: {
    nl: {
      past: (d) => `${d} geleden afgelopen`,
      today: () => 'vandaag afgelopen',
      tomorrow: () => 'loopt morgen af',
      future: (d) => `loopt af over ${d}`,
    },
    en: {
      past: (d) => `ended ${d} ago`,
      today: () => 'ended today',
      tomorrow: () => 'ends tomorrow',
      future: (d) => `ends in ${d}`,
    },
  },
}

function phrase(
  kind: keyof typeof PHRASES,
  asOf: CalendarDate,
  date: CalendarDate,
  lang: Lang,
): string {
  const phrases = PHRASES[kind][lang]
  const days = differenceInCalendarDays(toUTCDate(date), toUTCDate(asOf))
  if (days === 0) return phrases.today('')
  if (days === 1) return phrases.tomorrow('')
  const duration = formatCalendarDistance(asOf, date, lang)
  return days < 0 ? phrases.past(duration) : phrases.future(duration)
}

/**
 * When an assessment (or anything valid through `validUntil`) expires, seen from `asOf`:
 * "verloopt over 3 weken", "verloopt morgen", "5 dagen geleden verlopen".
 */
export function expiresPhrase(asOf: CalendarDate, validUntil: CalendarDate, lang: Lang): string {
  return phrase('expires', asOf, addCalendarDays(validUntil, 1), lang)
}

/** An agreement in force through `validUntil`, seen from `asOf`: "loopt af over 2 maanden". */
export function endsPhrase(asOf: CalendarDate, validUntil: CalendarDate, lang: Lang): string {
  return phrase('ends', asOf, addCalendarDays(validUntil, 1), lang)
}

/** A due date seen from `asOf`: "3 dagen te laat", "vandaag", "over 2 weken". */
export function duePhrase(asOf: CalendarDate, due: CalendarDate, lang: Lang): string {
  return phrase('due', asOf, due, lang)
}
