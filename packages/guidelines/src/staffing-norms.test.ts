import { DEFAULT_STAFFING_NORMS } from '@weerbaar/core'
import { describe, expect, it } from 'vitest'
import { getGuideline } from './editions.ts'

describe('staffing norms in the edition data', () => {
  const edition = getGuideline('noodsteunpunten', '2026.2')!

  it('2026.2 states people on duty per tier and the longest shift, as assumptions with a rationale', () => {
    const staffing = edition.staffing!
    expect(staffing.peopleOnDuty.local.value).toBe(2)
    expect(staffing.peopleOnDuty.coordination.value).toBe(4)
    expect(staffing.maxShiftHours.value).toBe(8)
    for (const norm of [
      staffing.peopleOnDuty.local,
      staffing.peopleOnDuty.coordination,
      staffing.maxShiftHours,
    ]) {
      // No source gives these figures (DOMAIN.md §1): they may not claim one.
      expect(norm.basis).toBe('assumption')
      expect(norm.rationale?.length).toBeGreaterThan(40)
    }
    expect(edition.notes?.some((n) => n.id === 'staffing-norms')).toBe(true)
  })

  it('keeps the outcomes of older editions: their norms were the same defaults', () => {
    for (const version of ['2025.1', '2026.1']) {
      expect(getGuideline('noodsteunpunten', version)!.staffing).toBeUndefined()
    }
    const values = (n: typeof DEFAULT_STAFFING_NORMS) => [
      n.peopleOnDuty.local.value,
      n.peopleOnDuty.coordination.value,
      n.maxShiftHours.value,
    ]
    expect(values(edition.staffing!)).toEqual(values(DEFAULT_STAFFING_NORMS))
  })
})
