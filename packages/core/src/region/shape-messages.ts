import type { z } from 'zod'
import type { Lang } from '../shared/issues.ts'

/**
 * Messages for the shape errors zod finds, written for the people who edit region files: what
 * is missing and which values are allowed, with the field names and values as the data
 * specification spells them ("Verplicht veld ontbreekt: tier (coordination of local)"), never
 * zod's own "Invalid input: expected string, received undefined". Codes without a message
 * here (a custom refinement, a pattern with its own message) keep the schema's message.
 */

type Issue = z.core.$ZodIssue & { input?: unknown }

const words = {
  nl: {
    or: 'of',
    missing: (field: string, expected: string) =>
      `Verplicht veld ontbreekt: ${field}${expected ? ` (${expected})` : ''}`,
    choose: (value: string, list: string) => `Ongeldige waarde ${value}: kies ${list}`,
    expected: (expected: string, received: string) => `Verwacht ${expected}, niet ${received}`,
    unknownField: (key: string) =>
      `Onbekend veld "${key}": dit veld bestaat hier niet (let op de schrijfwijze; hoofdletters tellen)`,
    atLeast: (n: string) => `Moet ten minste ${n} zijn`,
    greaterThan: (n: string) => `Moet groter zijn dan ${n}`,
    atMost: (n: string) => `Mag hoogstens ${n} zijn`,
    lessThan: (n: string) => `Moet kleiner zijn dan ${n}`,
    notEmptyText: 'Mag niet leeg zijn',
    minChars: (n: string) => `Moet ten minste ${n} tekens hebben`,
    maxChars: (n: string) => `Mag hoogstens ${n} tekens hebben`,
    notEmptyList: 'Mag geen lege lijst zijn: geef er ten minste één',
    minItems: (n: string) => `Geef er ten minste ${n}`,
    maxItems: (n: string) => `Geef er hoogstens ${n}`,
    url: 'Verwacht een webadres, zoals https://www.voorbeeld.nl/',
    types: {
      string: 'tekst',
      number: 'een getal',
      int: 'een geheel getal',
      boolean: 'true of false',
      object: 'een object ({ … })',
      array: 'een lijst ([ … ])',
      null: 'null',
      nan: 'NaN',
    } as Record<string, string>,
  },
  en: {
    or: 'or',
    missing: (field: string, expected: string) =>
      `Required field missing: ${field}${expected ? ` (${expected})` : ''}`,
    choose: (value: string, list: string) => `Invalid value ${value}: choose ${list}`,
    expected: (expected: string, received: string) => `Expected ${expected}, got ${received}`,
    unknownField: (key: string) =>
      `Unknown field "${key}": it does not exist here (check the spelling; case matters)`,
    atLeast: (n: string) => `Must be at least ${n}`,
    greaterThan: (n: string) => `Must be greater than ${n}`,
    atMost: (n: string) => `Must be at most ${n}`,
    lessThan: (n: string) => `Must be less than ${n}`,
    notEmptyText: 'Must not be empty',
    minChars: (n: string) => `Must have at least ${n} characters`,
    maxChars: (n: string) => `Must have at most ${n} characters`,
    notEmptyList: 'Must not be an empty list: give at least one',
    minItems: (n: string) => `Give at least ${n}`,
    maxItems: (n: string) => `Give at most ${n}`,
    url: 'Expected a web address, such as https://www.example.org/',
    types: {
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'true or false',
      object: 'an object ({ … })',
      array: 'a list ([ … ])',
      null: 'null',
      nan: 'NaN',
    } as Record<string, string>,
  },
}

/** "a", "a of b", "a, b of c". */
function list(values: readonly unknown[], lang: Lang): string {
  const shown = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
  if (shown.length <= 1) return shown.join('')
  return `${shown.slice(0, -1).join(', ')} ${words[lang].or} ${shown.at(-1)}`
}

/** What a value is, in words, with the value itself when it is short: `tekst ("12")`. */
function describe(value: unknown, lang: Lang): string {
  const w = words[lang]
  if (value === null) return 'null'
  if (Array.isArray(value)) return w.types.array!
  if (typeof value === 'object') return w.types.object!
  const json = JSON.stringify(value)
  const kind =
    typeof value === 'string'
      ? w.types.string
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? w.types.int
          : w.types.number
        : typeof value === 'boolean'
          ? w.types.boolean
          : typeof value
  return json && json.length <= 40 ? `${kind} (${json})` : `${kind}`
}

const number = (n: unknown) => String(n)

/** The field a path ends in: `tier`, or `location.lat` when the last segment is not a name. */
function fieldName(path: readonly PropertyKey[]): string {
  const last = path.at(-1)
  if (typeof last === 'string') return last
  const name = [...path].reverse().find((s): s is string => typeof s === 'string')
  return name ?? ''
}

/**
 * The message for one zod issue, or undefined to keep the schema's own. `issue.input` is the
 * value found (zod reports it with `reportInput`); absent or undefined means the field is
 * missing.
 */
export function shapeMessage(issue: Issue, lang: Lang): string | undefined {
  const w = words[lang]
  const missing = !('input' in issue) || issue.input === undefined
  switch (issue.code) {
    case 'invalid_type': {
      const expected = w.types[issue.expected] ?? issue.expected
      if (missing) return w.missing(fieldName(issue.path), expected)
      return w.expected(expected, describe(issue.input, lang))
    }
    case 'invalid_value': {
      if (missing) return w.missing(fieldName(issue.path), list(issue.values, lang))
      return w.choose(JSON.stringify(issue.input) ?? String(issue.input), list(issue.values, lang))
    }
    case 'invalid_union': {
      // A discriminated union (`check`): zod names the discriminator and its options, and
      // reports the whole object as the input.
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string }
      if (!options || !discriminator) return undefined
      const value =
        typeof issue.input === 'object' && issue.input !== null
          ? (issue.input as Record<string, unknown>)[discriminator]
          : undefined
      if (value === undefined) return w.missing(discriminator, list(options, lang))
      return w.choose(JSON.stringify(value), list(options, lang))
    }
    case 'unrecognized_keys':
      return w.unknownField(issue.keys.join('", "'))
    case 'too_small': {
      const min = number(issue.minimum)
      if (issue.origin === 'string') return issue.minimum === 1 ? w.notEmptyText : w.minChars(min)
      if (issue.origin === 'array' || issue.origin === 'set')
        return issue.minimum === 1 ? w.notEmptyList : w.minItems(min)
      return issue.inclusive === false ? w.greaterThan(min) : w.atLeast(min)
    }
    case 'too_big': {
      const max = number(issue.maximum)
      if (issue.origin === 'string') return w.maxChars(max)
      if (issue.origin === 'array' || issue.origin === 'set') return w.maxItems(max)
      return issue.inclusive === false ? w.lessThan(max) : w.atMost(max)
    }
    case 'invalid_format':
      return issue.format === 'url' ? w.url : undefined
    default:
      return undefined
  }
}
