import type { PointKind, Tier } from '../guideline/schema.ts'
import type { Assessment, PointStatus } from '../region/schema.ts'
import type { CalendarDate } from '../shared/date.ts'
import type { AgreementEvidence } from './evidence.ts'

/**
 * The outcome of one requirement at one point. `not_applicable` appears only where the
 * requirement allows it; the requirement is then left out of the point's sums.
 */
export type Outcome = 'met' | 'partial' | 'not_met' | 'unknown' | 'expired' | 'not_applicable'

export const OUTCOMES: readonly Outcome[] = [
  'met',
  'partial',
  'not_met',
  'unknown',
  'expired',
  'not_applicable',
]

/** The readiness of a point judged on its assessments. */
export type ReadinessLevel = 'ready' | 'not_ready' | 'unknown'

/** What a point reports as its level: active points their readiness, others their status. */
export type PointLevel = ReadinessLevel | Exclude<PointStatus, 'active'>

export const READINESS_LEVELS: readonly ReadinessLevel[] = ['not_ready', 'unknown', 'ready']

/** Higher is better: not_ready 0, unknown 1, ready 2. */
export function levelRank(level: ReadinessLevel): number {
  return level === 'ready' ? 2 : level === 'unknown' ? 1 : 0
}

export interface ReadinessOptions {
  /** The date readiness is judged on (calendar date). Assessments dated later are ignored. */
  asOf: CalendarDate
  /**
   * Id of a scenario of the region's risk profile. When set, only untagged requirements and
   * those tagged with this scenario's tags apply (and the latter only in the municipalities the
   * scenario concerns). When absent, every scenario of the profile counts where it applies.
   */
  scenario?: string | undefined
  /** How many requirements `topGaps` lists; default 5. */
  topGaps?: number | undefined
}

export interface RequirementReadiness {
  id: string
  outcome: Outcome
  /** 0..1; null when the requirement is left out (`not_applicable`, allowed). */
  fraction: number | null
  weight: number
  mandatory: boolean
  /** The assessment used: the latest dated on or before `asOf` (on equal dates the later in the file). */
  assessment: Assessment | null
  /** The assessment said `not_applicable` where the requirement does not allow it: counted as unknown. */
  rejectedNotApplicable: boolean
  /**
   * Present when a valid agreement, not an assessment, shows the requirement is met
   * ("aangetoond door afspraak …"); `assessment` is then null.
   */
  evidence?: AgreementEvidence | undefined
}

export interface PointReadiness {
  id: string
  name: string
  municipality: string
  tier: Tier
  kind: PointKind
  status: PointStatus
  public: boolean
  /** For active points their readiness; planned and inactive points report their status. */
  level: PointLevel
  /** The readiness the assessments give, whatever the status (what a planned point would be). */
  assessedLevel: ReadinessLevel
  /** 100 × Σ weight·fraction / Σ weight over applicable, counted requirements; null when there are none. */
  score: number | null
  /** 100 × Σ weight of assessed (met, partial, not_met) / Σ weight; null when there are none. */
  completeness: number | null
  /** Every applicable requirement, in ruleset order. */
  requirements: RequirementReadiness[]
}

export interface LevelCounts {
  ready: number
  not_ready: number
  unknown: number
}

export interface Gap {
  requirement: string
  /** Active points for which the requirement applies, counts, and is not met. */
  points: number
}

export interface CoordinationMinimum {
  /** minCoordinationPointsPerMunicipality of the ruleset. */
  minimum: number
  /** Ready (active) coordination points. */
  ready: number
  met: boolean
}

/** The figures shared by a municipality, a region and a scenario. */
export interface ReadinessSummary {
  population: number
  /** ceil(population / inhabitantsPerPoint), summed over municipalities. */
  requiredPoints: number
  activePoints: number
  readyPoints: number
  /**
   * Ready active points of the tiers that count towards `inhabitantsPerPoint` (the norm's
   * `countedTiers`; every tier when the edition does not say). The network completeness uses these.
   */
  countedReadyPoints: number
  /** Municipality: 100 × min(1, counted ready / required). Region: 100 × Σ min(ready_m, required_m) / Σ required_m. */
  networkCompleteness: number
  /** Mean score over active points with a score; null when there are none. */
  meanScore: number | null
  /** Mean completeness over active points; null when there are none. */
  completeness: number | null
  levels: LevelCounts
  topGaps: Gap[]
}

export interface MunicipalityReadiness extends ReadinessSummary {
  code: string
  name: string
  coordination: CoordinationMinimum
}

export interface RegionSummary extends ReadinessSummary {
  code: string
  name: string
  coordination: { minimum: number; municipalitiesMeetingMinimum: number; municipalities: number }
}

export interface RegionReadiness {
  asOf: CalendarDate
  /** `noodsteunpunten@2026.1` */
  guideline: string
  /** The scenario the report is restricted to, or null. */
  scenario: string | null
  region: RegionSummary
  municipalities: MunicipalityReadiness[]
  /** In the order of the region file. */
  points: PointReadiness[]
}
