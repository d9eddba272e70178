import { asOfFrom, type AsOfOptions } from '../shared/as-of.ts'
import type { CalendarDate } from '../shared/date.ts'
import type { Agreement } from './schema.ts'

/**
 * Whether an agreement is in force on `asOf`: status `signed`, signed on or before `asOf`, and
 * `asOf` not after `validUntil` (the last day it is in force). Drafts and ended agreements never
 * are, and neither is a signed agreement without a signing date (`parseRegion` refuses one).
 */
export function isAgreementValid(
  agreement: Pick<Agreement, 'status' | 'signed' | 'validUntil'>,
  options: AsOfOptions,
): boolean
/** @deprecated Pass the date as options: `isAgreementValid(agreement, { asOf })`. Removed in 0.3. */
export function isAgreementValid(
  agreement: Pick<Agreement, 'status' | 'signed' | 'validUntil'>,
  asOf: CalendarDate,
): boolean
export function isAgreementValid(
  agreement: Pick<Agreement, 'status' | 'signed' | 'validUntil'>,
  asOfOrOptions: CalendarDate | AsOfOptions,
): boolean {
  const asOf = asOfFrom(asOfOrOptions)
  if (agreement.status !== 'signed' || agreement.signed === undefined) return false
  if (agreement.signed > asOf) return false
  return agreement.validUntil === undefined || asOf <= agreement.validUntil
}
