import type {
  Basis,
  CountedTiers,
  GuidelineEdition,
  NormIntent,
  GuidelineFunction,
  GuidelineRef,
  NormKey,
  Requirement,
  Source,
  StaffingNorms,
} from '../guideline/schema.ts'
import { DEFAULT_STAFFING_NORMS } from '../network/norms.ts'
import { NORM_KEYS } from '../guideline/schema.ts'
import type { Region } from '../region/schema.ts'
import { InvalidArgumentError } from '../shared/errors.ts'

/** Where a norm's value comes from: the edition's source, the edition's assumption, or the region's own override. */
export type NormBasis = Basis | 'region'

export interface RulesetNorm {
  value: number
  basis: NormBasis
  sources: string[]
  rationale?: string | undefined
  /** The aim the norm serves, as a source states it. */
  intent?: NormIntent | undefined
  /** `inhabitantsPerPoint` only: the tiers that count towards it (absent: every tier). */
  countedTiers?: CountedTiers | undefined
}

/** A requirement with its defaults resolved: `allowNotApplicable` is always a boolean. */
export interface RulesetRequirement extends Requirement {
  allowNotApplicable: boolean
  /** `guideline` for the national edition's requirements, `supplement` for the region's own. */
  origin: 'guideline' | 'supplement'
}

/**
 * Everything the readiness engine needs to judge a region: the national edition's
 * requirements plus the region's supplement, and the norms after the region's overrides.
 */
export interface Ruleset {
  guideline: GuidelineRef
  title: string
  status: GuidelineEdition['status']
  effective: GuidelineEdition['effective']
  norms: Record<NormKey, RulesetNorm>
  requirements: RulesetRequirement[]
  functions: GuidelineFunction[]
  sources: Source[]
  /** The edition's staffing norms, or `DEFAULT_STAFFING_NORMS` (assumptions) when it has none. */
  staffing?: StaffingNorms | undefined
}

/** `noodsteunpunten@2026.1` */
export function rulesetLabel(ruleset: Pick<Ruleset, 'guideline'>): string {
  return `${ruleset.guideline.id}@${ruleset.guideline.version}`
}

/** `allowNotApplicable` defaults to true for recommended and false for mandatory requirements. */
export function resolveRequirement(
  requirement: Requirement,
  origin: RulesetRequirement['origin'],
): RulesetRequirement {
  return {
    ...requirement,
    allowNotApplicable: requirement.allowNotApplicable ?? requirement.level === 'recommended',
    origin,
  }
}

/**
 * Builds the ruleset of a region from a (parsed) guideline edition: the edition's
 * requirements and norms, the region's `supplement` requirements appended, and the region's
 * `norms` overriding the edition's. Pure; `@weerbaar/guidelines` wraps it as `resolveRuleset`.
 */
export function createRuleset(
  edition: GuidelineEdition,
  region?: Pick<Region, 'norms' | 'supplement'>,
): Ruleset {
  const norms = {} as Record<NormKey, RulesetNorm>
  for (const key of NORM_KEYS) {
    const national = edition.norms[key]
    const override = region?.norms?.[key]
    // A region overrides the number; which tiers count stays the edition's.
    const kept = {
      ...(national.intent ? { intent: national.intent } : {}),
      ...(national.countedTiers ? { countedTiers: national.countedTiers } : {}),
    }
    norms[key] =
      override === undefined
        ? {
            value: national.value,
            basis: national.basis,
            sources: [...national.sources],
            ...(national.rationale ? { rationale: national.rationale } : {}),
            ...kept,
          }
        : { value: override, basis: 'region', sources: [], ...kept }
  }
  const requirements = edition.requirements.map((r) => resolveRequirement(r, 'guideline'))
  const ids = new Set(requirements.map((r) => r.id))
  for (const r of region?.supplement?.requirements ?? []) {
    if (ids.has(r.id)) {
      throw new InvalidArgumentError(
        `Supplement requirement ${r.id} has the same id as a requirement of ${edition.id}@${edition.version}`,
      )
    }
    ids.add(r.id)
    requirements.push(resolveRequirement(r, 'supplement'))
  }
  return {
    guideline: { id: edition.id, version: edition.version },
    title: edition.title,
    status: edition.status,
    effective: edition.effective,
    norms,
    requirements,
    functions: edition.functions,
    sources: edition.sources,
    staffing: edition.staffing ?? DEFAULT_STAFFING_NORMS,
  }
}
