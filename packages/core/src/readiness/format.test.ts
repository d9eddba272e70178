import { describe, expect, it } from 'vitest'
import { formatDateNl, formatNumberNl, formatPointsNl } from './format.ts'

describe('Dutch formatting', () => {
  it('uses a decimal comma and a thousands dot', () => {
    expect(formatNumberNl(4.1666)).toBe('4,2')
    expect(formatNumberNl(4)).toBe('4')
    expect(formatNumberNl(4.04)).toBe('4')
    expect(formatNumberNl(226000)).toBe('226.000')
    expect(formatNumberNl(1234.56, 2)).toBe('1.234,56')
    expect(formatNumberNl(-0.04)).toBe('0')
    expect(formatNumberNl(-2.5)).toBe('-2,5')
  })

  it('says punt or punten', () => {
    expect(formatPointsNl(1)).toBe('1 punt')
    expect(formatPointsNl(1.04)).toBe('1 punt')
    expect(formatPointsNl(4.2)).toBe('4,2 punten')
  })

  it('writes dates in Dutch', () => {
    expect(formatDateNl('2026-09-14')).toBe('14 september 2026')
    expect(formatDateNl('2026-03-01')).toBe('1 maart 2026')
  })
})
