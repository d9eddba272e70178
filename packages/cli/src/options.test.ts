import { describe, expect, it } from 'vitest'
import { localToday } from './dates.ts'
import { UsageError } from './errors.ts'
import { langFromArgv, optionParsers } from './options.ts'

describe('langFromArgv', () => {
  it('finds --lang anywhere before --, in both spellings; Dutch otherwise', () => {
    expect(langFromArgv(['report', 'x.json', '--lang', 'en'])).toBe('en')
    expect(langFromArgv(['--lang=en', 'validate'])).toBe('en')
    expect(langFromArgv(['validate', '--', '--lang', 'en'])).toBe('nl')
    expect(langFromArgv(['--lang', 'de'])).toBe('nl')
    expect(langFromArgv([])).toBe('nl')
  })
})

describe('option parsers', () => {
  const parsers = optionParsers('en')

  it('accept existing calendar dates only', () => {
    expect(parsers.date('--as-of')('2028-02-29')).toBe('2028-02-29')
    for (const bad of ['2026-02-29', '2026-1-01', '01-11-2026', '2026-11-01T00:00', '']) {
      expect(() => parsers.date('--as-of')(bad)).toThrow(UsageError)
    }
  })

  it('accept positive numbers and whole numbers', () => {
    expect(parsers.positiveNumber('--radius')('1000')).toBe(1000)
    expect(parsers.positiveNumber('--radius')('750.5')).toBe(750.5)
    for (const bad of ['0', '-5', 'abc', '', 'Infinity'])
      expect(() => parsers.positiveNumber('--radius')(bad)).toThrow(UsageError)
    expect(parsers.positiveInteger('--count')('12')).toBe(12)
    for (const bad of ['0', '1.5', '1e3', ' ', 'x'])
      expect(() => parsers.positiveInteger('--count')(bad)).toThrow(UsageError)
  })
})

describe('localToday', () => {
  it('is the date on the local calendar', () => {
    expect(localToday(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31')
    expect(localToday(new Date(2026, 11, 1, 0, 0))).toBe('2026-12-01')
  })
})
