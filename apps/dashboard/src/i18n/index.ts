import { watch } from 'vue'
import { createI18n } from 'vue-i18n'
import { readPreference, writePreference } from '#/composables/preferences.ts'
import { en } from './en.ts'
import { nl, type Messages } from './nl.ts'

export type Locale = 'nl' | 'en'
export const LOCALES: readonly Locale[] = ['nl', 'en']

function initialLocale(): Locale {
  const saved = readPreference('lang')
  return saved === 'en' ? 'en' : 'nl'
}

export function createAppI18n(locale: Locale = initialLocale()) {
  const i18n = createI18n<[Messages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'nl',
    messages: { nl, en },
  })
  // The page's language follows the interface, so screen readers pronounce it right.
  watch(
    i18n.global.locale,
    (lang) => {
      if (typeof document !== 'undefined') document.documentElement.lang = lang
      writePreference('lang', lang)
    },
    { immediate: true },
  )
  return i18n
}
