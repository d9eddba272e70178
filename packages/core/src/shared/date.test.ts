import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { formatCalendarDateIn } from '../readiness/format.ts'
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDaysBetween,
  endOfCalendarMonth,
  formatCalendarDate,
  fromEpochDay,
  isCalendarDate,
  toEpochDay,
} from './date.ts'

const original = process.env.TZ
afterAll(() => {
  if (original === undefined) delete process.env.TZ
  else process.env.TZ = original
})

/**
 * UTC+14 (Kiritimati: a local midnight is the previous day in UTC), UTC−10/−9 with DST
 * (Adak), the Netherlands (DST switches on 2027-03-28 and 2027-10-31) and UTC itself. Node
 * re-reads TZ when it is assigned, so each case runs in each zone within one process.
 */
const ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Europe/Amsterdam']

/** The integer arithmetic core used before date-fns, kept here as an independent oracle. */
function oracleEpochDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000)
}

describe.each(ZONES)('calendar dates in TZ=%s', (zone) => {
  const inZone = <T>(fn: () => T): T => {
    process.env.TZ = zone
    return fn()
  }

  it('adds days across month ends, the leap day and both DST switches of 2027', () =>
    inZone(() => {
      expect(addCalendarDays('2026-01-31', 1)).toBe('2026-02-01')
      expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01')
      expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29')
      expect(addCalendarDays('2028-02-29', 1)).toBe('2028-03-01')
      expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01')
      // Europe/Amsterdam: 2027-03-28 has 23 hours, 2027-10-31 has 25.
      expect(addCalendarDays('2027-03-27', 1)).toBe('2027-03-28')
      expect(addCalendarDays('2027-03-28', 1)).toBe('2027-03-29')
      expect(addCalendarDays('2027-10-30', 1)).toBe('2027-10-31')
      expect(addCalendarDays('2027-10-31', 1)).toBe('2027-11-01')
      expect(addCalendarDays('2027-11-01', -2)).toBe('2027-10-30')
      expect(calendarDaysBetween('2027-03-27', '2027-03-29')).toBe(2)
      expect(calendarDaysBetween('2027-10-30', '2027-11-01')).toBe(2)
      expect(calendarDaysBetween('2027-11-01', '2027-10-30')).toBe(-2)
      expect(calendarDaysBetween('2028-02-01', '2028-03-01')).toBe(29)
      expect(calendarDaysBetween('2027-01-01', '2028-01-01')).toBe(365)
      expect(calendarDaysBetween('2028-01-01', '2029-01-01')).toBe(366)
    }))

  it('adds months clamped to the month end, including to and from 2028-02-29', () =>
    inZone(() => {
      expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28')
      expect(addCalendarMonths('2027-08-31', 6)).toBe('2028-02-29')
      expect(addCalendarMonths('2028-02-29', 12)).toBe('2029-02-28')
      expect(addCalendarMonths('2028-02-29', 48)).toBe('2032-02-29')
      expect(addCalendarMonths('2028-03-31', -1)).toBe('2028-02-29')
      expect(addCalendarMonths('2027-03-28', 7)).toBe('2027-10-28')
      expect(addCalendarMonths('2027-10-31', -7)).toBe('2027-03-31')
      expect(addCalendarMonths('2026-12-15', 1)).toBe('2027-01-15')
    }))

  it('finds month ends', () =>
    inZone(() => {
      expect(endOfCalendarMonth('2028-02-10')).toBe('2028-02-29')
      expect(endOfCalendarMonth('2027-02-01')).toBe('2027-02-28')
      expect(endOfCalendarMonth('2100-02-01')).toBe('2100-02-28')
      expect(endOfCalendarMonth('2000-02-01')).toBe('2000-02-29')
      expect(endOfCalendarMonth('2027-04-30')).toBe('2027-04-30')
      expect(endOfCalendarMonth('2027-10-31')).toBe('2027-10-31')
    }))

  it('counts epoch days like the integer oracle, both ways (property)', () =>
    inZone(() => {
      fc.assert(
        fc.property(fc.integer({ min: -25_000, max: 60_000 }), (day) => {
          const date = fromEpochDay(day)
          expect(isCalendarDate(date)).toBe(true)
          expect(oracleEpochDay(date)).toBe(day)
          expect(toEpochDay(date)).toBe(day)
        }),
        { numRuns: 500 },
      )
    }))

  it('formats dates in Dutch and English with date-fns locales', () =>
    inZone(() => {
      expect(formatCalendarDateIn('2028-02-29', 'nl')).toBe('29 februari 2028')
      expect(formatCalendarDateIn('2027-03-28', 'nl')).toBe('28 maart 2027')
      expect(formatCalendarDateIn('2027-10-31', 'nl')).toBe('31 oktober 2027')
      expect(formatCalendarDateIn('2027-10-31', 'en')).toBe('31 October 2027')
      expect(formatCalendarDateIn('2026-01-01', 'en')).toBe('1 January 2026')
      expect(formatCalendarDateIn('not a date', 'nl')).toBe('not a date')
    }))
})

describe('formatCalendarDate', () => {
  it('pads years, months and days, and keeps years below 100 where they are', () => {
    expect(formatCalendarDate({ year: 2028, month: 2, day: 29 })).toBe('2028-02-29')
    expect(formatCalendarDate({ year: 7, month: 1, day: 5 })).toBe('0007-01-05')
  })

  it('refuses a day the month does not have instead of rolling over', () => {
    expect(() => formatCalendarDate({ year: 2027, month: 2, day: 29 })).toThrow(RangeError)
    expect(() => formatCalendarDate({ year: 2026, month: 13, day: 1 })).toThrow(RangeError)
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError)
  })
})
