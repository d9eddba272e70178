import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addCalendarDays } from '../shared/date.ts'
import type { Agreement } from './schema.ts'
import { isAgreementValid } from './validity.ts'

const signed = { status: 'signed' as const, signed: '2026-03-01', validUntil: '2026-12-31' }

describe('isAgreementValid', () => {
  it('is in force from the signing day through validUntil', () => {
    expect(isAgreementValid(signed, { asOf: '2026-02-28' })).toBe(false)
    expect(isAgreementValid(signed, { asOf: '2026-03-01' })).toBe(true)
    expect(isAgreementValid(signed, { asOf: '2026-12-31' })).toBe(true)
    expect(isAgreementValid(signed, { asOf: '2027-01-01' })).toBe(false)
    expect(isAgreementValid({ ...signed, validUntil: undefined }, { asOf: '2099-01-01' })).toBe(
      true,
    )
  })

  it('drafts, ended agreements and a signed one without a date are never in force', () => {
    expect(isAgreementValid({ ...signed, status: 'draft' }, { asOf: '2026-06-01' })).toBe(false)
    expect(isAgreementValid({ ...signed, status: 'ended' }, { asOf: '2026-06-01' })).toBe(false)
    expect(isAgreementValid({ status: 'signed' }, { asOf: '2026-06-01' })).toBe(false)
  })

  const day = fc.integer({ min: 0, max: 3000 }).map((d) => addCalendarDays('2024-01-01', d))
  const agreement = fc.record({
    status: fc.constantFrom<Agreement['status']>('draft', 'signed', 'ended'),
    signed: fc.option(day, { nil: undefined }),
    validUntil: fc.option(day, { nil: undefined }),
  })

  it('property: a later date never revives an agreement that has ended', () => {
    fc.assert(
      fc.property(agreement, day, fc.integer({ min: 1, max: 2000 }), (a, asOf, later) => {
        const wasValid = isAgreementValid(a, { asOf })
        expect(isAgreementValid(a, asOf)).toBe(wasValid) // the deprecated positional form
        const laterValid = isAgreementValid(a, { asOf: addCalendarDays(asOf, later) })
        // Once it was in force and no longer is, it stays out of force.
        if (wasValid && !isAgreementValid(a, { asOf: addCalendarDays(asOf, 1) }))
          expect(laterValid).toBe(false)
        // An ended agreement, or one past validUntil, is not in force on any later day.
        if (a.status === 'ended' || (a.validUntil !== undefined && asOf > a.validUntil))
          expect(laterValid).toBe(false)
      }),
    )
  })
})
