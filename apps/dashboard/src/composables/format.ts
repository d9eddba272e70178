import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Lang } from '@weerbaar/core'

const tags: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' }

/** Numbers, percentages and dates in the interface language. */
export function createFormat(lang: Lang) {
  const tag = tags[lang]
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })
  const decimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, minimumFractionDigits: 0 })
  const dateFormat = new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  const monthFormat = new Intl.DateTimeFormat(tag, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
  const toDate = (calendarDate: string) => new Date(`${calendarDate}T00:00:00Z`)
  return {
    int: (n: number | null | undefined) => (n == null ? '—' : integer.format(n)),
    dec: (n: number | null | undefined) => (n == null ? '—' : decimal.format(n)),
    pct: (n: number | null | undefined) => (n == null ? '—' : `${decimal.format(n)}%`),
    /** A calendar date (`2026-09-14`) as `14 september 2026`, never shifted by the time zone. */
    date: (d: string | null | undefined) => (d ? dateFormat.format(toDate(d)) : '—'),
    month: (d: string) => monthFormat.format(toDate(d)),
    distance: (meters: number) =>
      meters >= 1000 ? `${decimal.format(meters / 1000)} km` : `${integer.format(meters)} m`,
    dateTime: (iso: string) =>
      iso
        ? new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(
            new Date(iso),
          )
        : '—',
  }
}

export type Format = ReturnType<typeof createFormat>

/** The formatters for the current language; a computed ref, unwrapped in templates (`f.pct(x)`). */
export function useFormat(): ComputedRef<Format> {
  const { locale } = useI18n()
  return computed(() => createFormat(locale.value as Lang))
}
