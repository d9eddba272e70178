import { addMonths, format } from 'date-fns'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calendarDate } from '../../test/fixtures/readiness/load.ts'
import { expiryCutoff, isExpired, validUntil } from './expiry.ts'

describe('expiry', { timeout: 60_000 }, () => {
  it('is valid through addMonths(date, months) and expired the day after', () => {
    expect(validUntil('2025-09-14', 12)).toBe('2026-09-14')
    expect(isExpired('2025-09-14', 12, { asOf: '2026-09-14' })).toBe(false)
    expect(isExpired('2025-09-14', 12, { asOf: '2026-09-15' })).toBe(true)
  })

  it('clamps to the end of the month like date-fns addMonths', () => {
    expect(validUntil('2026-01-31', 1)).toBe('2026-02-28')
    expect(validUntil('2023-08-31', 6)).toBe('2024-02-29')
    expect(isExpired('2026-01-31', 1, { asOf: '2026-03-01' })).toBe(true)
    expect(isExpired('2026-01-29', 1, { asOf: '2026-03-01' })).toBe(true)
    expect(isExpired('2026-01-31', 1, { asOf: '2026-02-28' })).toBe(false)
  })

  it('adds months exactly as date-fns addMonths, in any time zone (property)', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 120 }), (date, months) => {
        const [year, month, day] = date.split('-').map(Number) as [number, number, number]
        const local = new Date(year, month - 1, day)
        expect(validUntil(date, months)).toBe(format(addMonths(local, months), 'yyyy-MM-dd'))
      }),
      { numRuns: 2000 },
    )
  })

  it('finds the cut-off around month ends: every date of 29–31 January maps to 28 February', () => {
    // On 2026-03-01 all of 2026-01-29..31 (+1 month = 02-28) are expired; 2026-02-01 is not.
    expect(expiryCutoff(1, { asOf: '2026-03-01' })).toBe('2026-02-01')
    expect(expiryCutoff(1, { asOf: '2026-02-28' })).toBe('2026-01-28')
  })

  it('the cut-off agrees with the definition for any dates (property)', () => {
    fc.assert(
      fc.property(
        calendarDate,
        calendarDate,
        fc.integer({ min: 1, max: 48 }),
        (date, asOf, months) => {
          expect(date < expiryCutoff(months, { asOf })).toBe(isExpired(date, months, { asOf }))
          // The deprecated positional forms give the same answers until they are removed.
          expect(expiryCutoff(asOf, months)).toBe(expiryCutoff(months, { asOf }))
          expect(isExpired(date, months, asOf)).toBe(isExpired(date, months, { asOf }))
        },
      ),
      { numRuns: 2000 },
    )
  })
})
