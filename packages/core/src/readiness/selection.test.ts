import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calendarDate } from '../../test/fixtures/readiness/load.ts'
import { dateKey } from './selection.ts'

describe('dateKey', () => {
  it('is YYYYMMDD', () => {
    expect(dateKey('2026-10-01')).toBe(20261001)
    expect(dateKey('0999-01-31')).toBe(9990131)
  })

  it('orders like the date strings (property)', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (a, b) => {
        expect(Math.sign(dateKey(a) - dateKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0)
      }),
      { numRuns: 2000 },
    )
  })
})
