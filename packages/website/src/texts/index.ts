import en from './en.json' with { type: 'json' }
import nl from './nl.json' with { type: 'json' }

/**
 * Every text of the resident website in one language, as data. A new language (Arabic,
 * Turkish, Polish…) is one more object of this shape: no code changes, `dir: "rtl"` for a
 * right-to-left script. Dutch is the reference: `checkSiteTexts` reports what another lacks.
 */
export type SiteTexts = Omit<typeof nl, 'dir'> & { dir: 'ltr' | 'rtl' }

/** Dutch (B1, the default) and English. */
export const SITE_TEXTS: readonly SiteTexts[] = [nl as SiteTexts, en as SiteTexts]

export interface TextIssue {
  path: string
  message: string
}

/**
 * What a language file lacks compared with Dutch: every key, with a text of the same kind
 * (a text, or a list of as many entries for the months), and the placeholders the page fills in.
 */
export function checkSiteTexts(texts: unknown): TextIssue[] {
  const issues: TextIssue[] = []
  const walk = (reference: unknown, value: unknown, path: string) => {
    if (Array.isArray(reference)) {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        issues.push({ path, message: 'Expected a list of texts' })
      else if (path === 'months' && value.length !== 12)
        issues.push({ path, message: 'Expected 12 month names' })
      else if (value.length === 0) issues.push({ path, message: 'Expected at least one text' })
      return
    }
    if (typeof reference === 'object' && reference !== null) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        issues.push({ path, message: 'Expected an object' })
        return
      }
      for (const [key, sub] of Object.entries(reference))
        walk(sub, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key)
      return
    }
    if (typeof value !== 'string') {
      issues.push({ path, message: 'Expected a text' })
      return
    }
    for (const placeholder of String(reference).match(/\{[a-z]+\}/gi) ?? []) {
      if (!value.includes(placeholder))
        issues.push({ path, message: `Missing the placeholder ${placeholder}` })
    }
  }
  walk(nl, texts, '')
  const record = texts as Record<string, unknown> | null
  if (record && typeof record === 'object') {
    if (typeof record.lang === 'string' && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(record.lang))
      issues.push({ path: 'lang', message: 'Expected a language tag such as nl, en, ar, tr or pl' })
    if (record.dir !== 'ltr' && record.dir !== 'rtl')
      issues.push({ path: 'dir', message: 'Expected "ltr" or "rtl"' })
  }
  return issues
}

/** Fills `{name}` placeholders; a placeholder without a value stays visible, so a test finds it. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{([a-z]+)\}/gi, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}

/** A calendar date (YYYY-MM-DD) in words, in the language of the texts; no time zone involved. */
export function formatDate(texts: Pick<SiteTexts, 'months' | 'dateFormat'>, date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return fill(texts.dateFormat, { day, month: texts.months[month - 1] ?? String(month), year })
}
