import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_STAFFING_NORMS } from './norms.ts'
import { shiftNormFor, staffingHours } from './staffing.ts'

const local = { peopleOnDuty: 2, maxShiftHours: 8 }
const people = (...counts: number[]) => counts.map((n) => ({ people: n }))

describe('staffingHours', () => {
  it('two on duty in 8-hour shifts: six people cover 72 hours, fewer cover whole shifts only', () => {
    expect(staffingHours(people(6), local)).toBe(72)
    expect(staffingHours(people(3, 3), local)).toBe(72)
    // Shifts 0–8 and 8–16 take four people; the third shift would need two who worked 16 h ago.
    expect(staffingHours(people(5), local)).toBe(16)
    expect(staffingHours(people(4), local)).toBe(16)
    expect(staffingHours(people(3), local)).toBe(8)
    expect(staffingHours(people(2), local)).toBe(8)
    expect(staffingHours(people(1), local)).toBe(0)
    expect(staffingHours([], local)).toBe(0)
  })

  it('people who arrive later take shifts from their arrival; the point opens when that gives the longest run', () => {
    // Opening at hour 0, the second shift (8–16) lacks two people; opening at hour 10 it runs on.
    expect(staffingHours([{ people: 2 }, { people: 4, availableWithinHours: 10 }], local)).toBe(72)
    expect(staffingHours([{ people: 2 }, { people: 4, availableWithinHours: 8 }], local)).toBe(72)
    expect(staffingHours([{ people: 6, availableWithinHours: 1 }], local)).toBe(72)
    // Two now, two more only after 8 hours: 0–8 and 8–16, then the first two worked < 24 h ago.
    expect(staffingHours([{ people: 2 }, { people: 2, availableWithinHours: 8 }], local)).toBe(16)
    // Two now, two after 12 hours: opening at 0 gives one shift; opening at 12 gives two.
    expect(staffingHours([{ people: 2 }, { people: 2, availableWithinHours: 12 }], local)).toBe(16)
    expect(staffingHours([{ people: 2 }, { people: 1, availableWithinHours: 20 }], local)).toBe(8)
  })

  it('shifts longer than 24 hours need one crew at a time; a last short shift caps at 72', () => {
    expect(staffingHours(people(2), { peopleOnDuty: 2, maxShiftHours: 30 })).toBe(72)
    expect(staffingHours(people(3), { peopleOnDuty: 1, maxShiftHours: 10 })).toBe(72)
    expect(staffingHours(people(2), { peopleOnDuty: 1, maxShiftHours: 10 })).toBe(20)
  })

  it('the default norms are assumptions: 4 on duty at coordination points, 2 at local points, 8-hour shifts', () => {
    expect(shiftNormFor(DEFAULT_STAFFING_NORMS, 'coordination')).toEqual({
      peopleOnDuty: 4,
      maxShiftHours: 8,
    })
    expect(shiftNormFor(DEFAULT_STAFFING_NORMS, 'local').peopleOnDuty).toBe(2)
    expect(DEFAULT_STAFFING_NORMS.maxShiftHours.basis).toBe('assumption')
  })

  const entry = fc.record({
    people: fc.integer({ min: 0, max: 20 }),
    availableWithinHours: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
  })
  const norm = fc.record({
    peopleOnDuty: fc.integer({ min: 1, max: 6 }),
    maxShiftHours: fc.integer({ min: 1, max: 36 }),
  })

  it('property: more people never give fewer hours', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), entry, norm, (entries, extra, n) => {
        const before = staffingHours(entries, n)
        expect(staffingHours([...entries, extra], n)).toBeGreaterThanOrEqual(before)
        if (entries.length > 0) {
          const more = entries.map((e, i) => (i === 0 ? { ...e, people: e.people + 1 } : e))
          expect(staffingHours(more, n)).toBeGreaterThanOrEqual(before)
        }
      }),
    )
  })

  it('property: hours are between 0 and 72, and whole shifts unless 72', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), norm, (entries, n) => {
        const hours = staffingHours(entries, n)
        expect(hours).toBeGreaterThanOrEqual(0)
        expect(hours).toBeLessThanOrEqual(72)
        if (hours < 72) expect(hours % n.maxShiftHours).toBe(0)
      }),
    )
  })
})
