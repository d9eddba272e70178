import { isCalendarDate, type CalendarDate } from '@weerbaar/core'
import { UsageError } from './errors.ts'
import { isLang, t, type Lang } from './i18n.ts'
import { FORMATS, type Format } from './output/table.ts'

/**
 * Parsers for option values. They run while commander parses, before `--lang` is known, so
 * they take the language found by `langFromArgv`.
 */
export function optionParsers(lang: Lang) {
  const choice =
    <T extends string>(option: string, choices: readonly T[]) =>
    (value: string): T => {
      if ((choices as readonly string[]).includes(value)) return value as T
      throw new UsageError(t(lang, 'badChoice', { option, value, choices: choices.join('|') }))
    }
  return {
    lang: (value: string): Lang => {
      if (isLang(value)) return value
      throw new UsageError(t(lang, 'badLang', { value }))
    },
    date:
      (option: string) =>
      (value: string): CalendarDate => {
        if (isCalendarDate(value)) return value
        throw new UsageError(t(lang, 'badDate', { option, value }))
      },
    format: choice<Format>('--format', FORMATS),
    choice,
    positiveNumber:
      (option: string) =>
      (value: string): number => {
        const n = Number(value)
        if (value.trim() !== '' && Number.isFinite(n) && n > 0) return n
        throw new UsageError(t(lang, 'badPositiveNumber', { option, value }))
      },
    nonNegativeNumber:
      (option: string) =>
      (value: string): number => {
        const n = Number(value)
        if (value.trim() !== '' && Number.isFinite(n) && n >= 0) return n
        throw new UsageError(t(lang, 'badNonNegativeNumber', { option, value }))
      },
    positiveInteger:
      (option: string) =>
      (value: string): number => {
        const n = Number(value)
        if (/^\d+$/.test(value.trim()) && Number.isSafeInteger(n) && n > 0) return n
        throw new UsageError(t(lang, 'badPositiveInteger', { option, value }))
      },
  }
}
export type OptionParsers = ReturnType<typeof optionParsers>

/**
 * The language asked for with `--lang`, read before commander parses so that even usage
 * errors come in that language. A bad value falls back to Dutch; the parser then reports it.
 */
export function langFromArgv(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--') break
    const value =
      arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined
    if (value !== undefined && isLang(value)) return value
  }
  return 'nl'
}
