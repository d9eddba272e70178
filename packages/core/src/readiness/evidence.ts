import type { Agreement } from '../network/schema.ts'
import { isAgreementValid } from '../network/validity.ts'
import type { CompiledRequirement, ReadinessContext } from './context.ts'
import { dateKey, RESULT_MET, type Selection } from './selection.ts'
import { formatDateNl } from './format.ts'
import type { RequirementReadiness } from './types.ts'

/** The agreement that shows a requirement is met at a point (see the readiness reference). */
export interface AgreementEvidence {
  agreement: string
  partner: string
  provides: NonNullable<CompiledRequirement['requirement']['evidence']>['provides']
  signed: string
  validUntil: string | null
}

/**
 * Per point × requirement slot, the agreement that can stand in for an assessment on
 * `ctx.asOf`: valid on that date, covering the point and providing what the requirement's
 * `evidence.provides` names. Of several, the one signed last (on equal dates the later in the
 * file). Undefined when no requirement declares evidence or no agreement is valid, so regions
 * without a network pay one check.
 */
export interface EvidenceIndex {
  /** Slot → index into `records`. */
  bySlot: Map<number, number>
  records: AgreementEvidence[]
  /** `dateKey(signed)` per record. */
  signedKeys: number[]
}

export function indexEvidence(
  ctx: ReadinessContext,
  pointIndex: ReadonlyMap<string, number>,
  agreements: readonly Agreement[] | undefined,
): EvidenceIndex | undefined {
  if (!agreements || agreements.length === 0) return undefined
  const byProvision = new Map<string, number[]>()
  for (const c of ctx.requirements) {
    const provides = c.requirement.evidence?.provides
    if (provides === undefined) continue
    let list = byProvision.get(provides)
    if (!list) byProvision.set(provides, (list = []))
    list.push(c.index)
  }
  if (byProvision.size === 0) return undefined
  const R = ctx.requirements.length
  const index: EvidenceIndex = { bySlot: new Map(), records: [], signedKeys: [] }
  for (const agreement of agreements) {
    if (!isAgreementValid(agreement, { asOf: ctx.asOf })) continue
    const signedKey = dateKey(agreement.signed!)
    for (const provides of agreement.provides) {
      const requirements = byProvision.get(provides)
      if (!requirements) continue
      const record = index.records.length
      index.records.push({
        agreement: agreement.id,
        partner: agreement.partner,
        provides,
        signed: agreement.signed!,
        validUntil: agreement.validUntil ?? null,
      })
      index.signedKeys.push(signedKey)
      for (const point of agreement.points) {
        const i = pointIndex.get(point)
        if (i === undefined) continue
        for (const k of requirements) {
          const slot = i * R + k
          const before = index.bySlot.get(slot)
          // Later in the file wins on equal dates, as with assessments.
          if (before === undefined || index.signedKeys[before]! <= signedKey)
            index.bySlot.set(slot, record)
        }
      }
    }
  }
  return index.bySlot.size === 0 ? undefined : index
}

/**
 * Lets the agreement stand in for the assessment of `slot` unless an assessment dated after the
 * signing date, and not expired on `asOf`, was selected: the newer check wins. Evidence is
 * recorded as index `-2 - record`, with the key of `asOf` so it is never expired.
 */
export function applyEvidenceToSlot(
  ctx: ReadinessContext,
  evidence: EvidenceIndex,
  selection: Selection,
  slot: number,
): void {
  const record = evidence.bySlot.get(slot)
  if (record === undefined) return
  if (selection.index[slot]! >= 0) {
    const key = selection.key[slot]!
    const c = ctx.requirements[slot % ctx.requirements.length]!
    if (key > evidence.signedKeys[record]! && key >= c.validFromKey) return
  }
  selection.index[slot] = -2 - record
  selection.key[slot] = ctx.asOfKey
  selection.result[slot] = RESULT_MET
  selection.value[slot] = NaN
}

/** Applies the evidence to every slot it covers (after the assessments were selected). */
export function applyEvidence(
  ctx: ReadinessContext,
  evidence: EvidenceIndex | undefined,
  selection: Selection,
): void {
  if (!evidence) return
  selection.evidence = evidence.records
  for (const slot of evidence.bySlot.keys()) applyEvidenceToSlot(ctx, evidence, selection, slot)
}

/** The requirement result for a slot met by an agreement. */
export function evidencedRequirement(
  c: CompiledRequirement,
  evidence: AgreementEvidence,
): RequirementReadiness {
  return {
    id: c.id,
    outcome: 'met',
    fraction: 1,
    weight: c.weight,
    mandatory: c.mandatory,
    assessment: null,
    rejectedNotApplicable: false,
    evidence,
  }
}

/**
 * The Dutch phrase for an evidenced outcome: "aangetoond door afspraak brandstof-2026 met
 * Olie BV (geldig tot 31 december 2026)". `partnerName` when the caller has the partner list.
 */
export function evidencePhraseNl(evidence: AgreementEvidence, partnerName?: string): string {
  const until = evidence.validUntil ? ` (geldig tot ${formatDateNl(evidence.validUntil)})` : ''
  return `aangetoond door afspraak ${evidence.agreement} met ${partnerName ?? evidence.partner}${until}`
}
