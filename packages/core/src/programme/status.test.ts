import { describe, expect, it } from 'vitest'
import { expectedValue, isTargetReached, shortfallOf, statusFromReasons } from './status.ts'

const baseline = { date: '2026-01-01', value: 20 }
const target = { date: '2026-12-31', value: 80 }

describe('expectedValue: the linear trajectory', () => {
  it('is the baseline up to its date and the target from its date on', () => {
    expect(expectedValue(baseline, target, '2025-06-01')).toBe(20)
    expect(expectedValue(baseline, target, '2026-01-01')).toBe(20)
    expect(expectedValue(baseline, target, '2026-12-31')).toBe(80)
    expect(expectedValue(baseline, target, '2027-03-01')).toBe(80)
  })

  it('is linear by calendar day in between (hand-computed)', () => {
    // 2026-01-01 → 2026-12-31 is 364 days; 2026-07-02 is day 182: 20 + 60 × 182/364 = 50.
    expect(expectedValue(baseline, target, '2026-07-02')).toBe(50)
    // 2026-04-01 is day 90: 20 + 60 × 90/364 = 34.835…
    expect(expectedValue(baseline, target, '2026-04-01')).toBeCloseTo(20 + (60 * 90) / 364, 12)
    // Decreasing: 10 → 0 over 2026-01-01..2026-01-11, on 2026-01-04: 10 − 10 × 3/10 = 7.
    expect(
      expectedValue(
        { date: '2026-01-01', value: 10 },
        { date: '2026-01-11', value: 0 },
        '2026-01-04',
      ),
    ).toBe(7)
  })

  it('counts days across a leap day and a month end the same in every time zone', () => {
    // 2028-02-28 → 2028-03-01 is 2 days (29 February); on 2028-02-29 half way.
    expect(
      expectedValue(
        { date: '2028-02-28', value: 0 },
        { date: '2028-03-01', value: 10 },
        '2028-02-29',
      ),
    ).toBe(5)
  })
})

describe('shortfallOf: the lag as a share of the planned change', () => {
  it('is 0 on and ahead of the trajectory, in both directions', () => {
    expect(shortfallOf(50, 50, 'increase', 20, 80)).toBe(0)
    expect(shortfallOf(55, 50, 'increase', 20, 80)).toBe(0)
    expect(shortfallOf(7, 7, 'decrease', 10, 0)).toBe(0)
    expect(shortfallOf(6, 7, 'decrease', 10, 0)).toBe(0)
  })

  it('divides the lag by |target − baseline| (hand-computed)', () => {
    // expected 50, value 35: lag 15 of a planned 60 = 0.25.
    expect(shortfallOf(35, 50, 'increase', 20, 80)).toBe(0.25)
    // decreasing 10 → 0, expected 7, value 9: lag 2 of 10 = 0.2.
    expect(shortfallOf(9, 7, 'decrease', 10, 0)).toBeCloseTo(0.2, 12)
  })

  it('does not count a lag from rounding in a computed share', () => {
    expect(shortfallOf(50 - 1e-12, 50, 'increase', 20, 80)).toBe(0)
  })

  it('treats any lag as the whole change when target and baseline are equal', () => {
    expect(shortfallOf(4, 5, 'increase', 5, 5)).toBe(1)
    expect(shortfallOf(5, 5, 'increase', 5, 5)).toBe(0)
  })
})

describe('isTargetReached and statusFromReasons', () => {
  it('reaches the target at exactly its value', () => {
    expect(isTargetReached(80, 80, 'increase')).toBe(true)
    expect(isTargetReached(79.9, 80, 'increase')).toBe(false)
    expect(isTargetReached(0, 0, 'decrease')).toBe(true)
    expect(isTargetReached(1, 0, 'decrease')).toBe(false)
  })

  it('takes the worst reason', () => {
    expect(statusFromReasons([])).toBe('on_track')
    expect(statusFromReasons([{ status: 'at_risk' }])).toBe('at_risk')
    expect(statusFromReasons([{ status: 'at_risk' }, { status: 'behind' }])).toBe('behind')
  })
})
