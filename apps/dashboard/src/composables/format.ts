import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { CalendarDate, Lang } from '@weerbaar/core'
import { formatCalendarDateIn, toUTCDate } from '@weerbaar/core/internal'
import { format, type Locale } from 'date-fns'
import { enGB, nl } from 'date-fns/locale'
import { duePhrase, endsPhrase, expiresPhrase } from '#/domain/relative-dates.ts'

const tags: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' }
/** date-fns locales: British English, as the rest of the English interface (day before month). */
const locales: Record<Lang, Locale> = { nl, en: enGB }

/** Numbers, percentages and dates in the interface language. */
export function createFormat(lang: Lang) {
  const tag = tags[lang]
  const locale = locales[lang]
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })
  const decimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, minimumFractionDigits: 0 })
  return {
    int: (n: number | null | undefined) => (n == null ? '—' : integer.format(n)),
    dec: (n: number | null | undefined) => (n == null ? '—' : decimal.format(n)),
    pct: (n: number | null | undefined) => (n == null ? '—' : `${decimal.format(n)}%`),
    /** A calendar date (`2026-09-14`) as `14 september 2026`, never shifted by the time zone. */
    date: (d: string | null | undefined) => (d ? formatCalendarDateIn(d, lang) : '—'),
    /** The month of a calendar date, for chart axes: `sep. 2026`, `Sep 2026`. */
    month: (d: string) => format(toUTCDate(d), 'MMM yyyy', { locale }),
    distance: (meters: number) =>
      meters >= 1000 ? `${decimal.format(meters / 1000)} km` : `${integer.format(meters)} m`,
    /** A moment (ISO timestamp) in the machine's own time zone: `3 dec. 2026 14:02`. */
    dateTime: (iso: string) => (iso ? format(new Date(iso), 'PP p', { locale }) : '—'),
    /** When something valid through `validUntil` expires, seen from `asOf`: "verloopt over 3 weken". */
    expires: (asOf: CalendarDate, validUntil: CalendarDate) =>
      expiresPhrase(asOf, validUntil, lang),
    /** When an agreement in force through `validUntil` ends: "loopt af over 2 maanden". */
    ends: (asOf: CalendarDate, validUntil: CalendarDate) => endsPhrase(asOf, validUntil, lang),
    /** A due date seen from `asOf`: "3 dagen te laat", "over 2 weken". */
    due: (asOf: CalendarDate, due: CalendarDate) => duePhrase(asOf, due, lang),
  }
}

export type Format = ReturnType<typeof createFormat>

/** The formatters for the current language; a computed ref, unwrapped in templates (`f.pct(x)`). */
export function useFormat(): ComputedRef<Format> {
  const { locale } = useI18n()
  return computed(() => createFormat(locale.value as Lang))
}
