import type { Assessment } from '../region/schema.ts'
import type { AgreementEvidence } from './evidence.ts'

/**
 * `YYYY-MM-DD` as the integer YYYYMMDD: compares like the date. Only for dates the region
 * schema has validated.
 */
export function dateKey(date: string): number {
  return (
    (date.charCodeAt(0) * 1000 +
      date.charCodeAt(1) * 100 +
      date.charCodeAt(2) * 10 +
      date.charCodeAt(3) -
      53328) *
      10000 +
    (date.charCodeAt(5) * 10 + date.charCodeAt(6) - 528) * 100 +
    date.charCodeAt(8) * 10 +
    date.charCodeAt(9) -
    528
  )
}

/** The result of an assessment as a small integer. */
export const RESULT_MET = 0
export const RESULT_PARTIAL = 1
export const RESULT_NOT_MET = 2
export const RESULT_NOT_APPLICABLE = 3
export const RESULT_NONE = 4

export function resultCode(result: Assessment['result']): number {
  switch (result) {
    case 'met':
      return RESULT_MET
    case 'partial':
      return RESULT_PARTIAL
    case 'not_met':
      return RESULT_NOT_MET
    case 'not_applicable':
      return RESULT_NOT_APPLICABLE
    default:
      return RESULT_NONE
  }
}

/**
 * The assessment used per point × requirement slot (`point index × R + requirement index`),
 * with the fields scoring needs copied into typed arrays while the assessment is at hand, so
 * scoring never has to visit the assessment objects again.
 */
export interface Selection {
  /** Index into the assessments, -1 for none, -2 - e for agreement `evidence[e]`. */
  index: Int32Array
  /** `dateKey` of its date. */
  key: Int32Array
  /** `resultCode` of its result. */
  result: Uint8Array
  /** Its value, NaN when it has none. */
  value: Float64Array
  /**
   * The agreements standing in for assessments (`readiness/evidence.ts`): an index of
   * `-2 - e` means `evidence[e]`.
   */
  evidence?: readonly AgreementEvidence[] | undefined
}

export function createSelection(slots: number): Selection {
  return {
    index: new Int32Array(slots).fill(-1),
    key: new Int32Array(slots),
    result: new Uint8Array(slots),
    value: new Float64Array(slots),
  }
}

export function record(
  selection: Selection,
  slot: number,
  index: number,
  key: number,
  a: Assessment,
): void {
  selection.index[slot] = index
  selection.key[slot] = key
  selection.result[slot] = resultCode(a.result)
  selection.value[slot] = a.value ?? NaN
}

/** `record` from fields already extracted (see the engine's assessment index). */
export function recordFields(
  selection: Selection,
  slot: number,
  index: number,
  key: number,
  result: number,
  value: number,
): void {
  selection.index[slot] = index
  selection.key[slot] = key
  selection.result[slot] = result
  selection.value[slot] = value
}
