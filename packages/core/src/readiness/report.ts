import { z } from 'zod'
import type {
  MunicipalityReadiness,
  PointReadiness,
  ReadinessSummary,
  RegionReadiness,
} from './types.ts'

/**
 * The JSON printed by `weerbaar report --format json`: a documented, stable contract
 * (docs/guide/cli.md). Fields are removed or renamed only in a major release; new fields may
 * be added in a minor one. Numbers are not rounded. The definitions are core's readiness ones.
 * It lives in core so the command line and the server give one and the same JSON.
 */
const Percentage = z.number().min(0).max(100)
const Count = z.number().int().nonnegative()

export const ReportRequirementSchema = z.strictObject({
  id: z.string(),
  outcome: z.enum(['met', 'partial', 'not_met', 'unknown', 'expired', 'not_applicable']),
  /** 0..1; null when the requirement is left out (`not_applicable`, where allowed). */
  fraction: z.number().min(0).max(1).nullable(),
  weight: z.number().positive(),
  mandatory: z.boolean(),
  /** Present when a valid agreement, not an assessment, shows the requirement is met. */
  evidence: z
    .strictObject({
      agreement: z.string().meta({ description: 'Id of the agreement' }),
      partner: z.string().meta({ description: 'Id of the partner' }),
      provides: z.string().meta({ description: "The provision, the requirement's evidence" }),
      signed: z.iso.date().meta({ description: 'Date the agreement was signed' }),
      validUntil: z.iso
        .date()
        .nullable()
        .meta({ description: 'Last day in force; null when open-ended' }),
    })
    .optional()
    .meta({
      description:
        'Present when a valid agreement, not an assessment, shows the requirement is met',
    }),
})

export const ReportPointSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  municipality: z.string(),
  status: z.enum(['planned', 'active', 'inactive']),
  /** Active points their readiness; planned and inactive points their status. */
  level: z.enum(['ready', 'not_ready', 'unknown', 'planned', 'inactive']),
  score: Percentage.nullable(),
  completeness: Percentage.nullable(),
  requirements: z.array(ReportRequirementSchema),
})

const LevelsSchema = z.strictObject({ ready: Count, not_ready: Count, unknown: Count })
const GapSchema = z.strictObject({ requirement: z.string(), points: Count })

const summaryShape = {
  code: z.string(),
  name: z.string(),
  population: z.number().int().positive(),
  requiredPoints: Count,
  activePoints: Count,
  readyPoints: Count,
  networkCompleteness: Percentage,
  meanScore: Percentage.nullable(),
  completeness: Percentage.nullable(),
  levels: LevelsSchema,
  topGaps: z.array(GapSchema),
}

/** The minimum of ready coordination points per municipality (norm minCoordinationPointsPerMunicipality). */
export const ReportRegionSchema = z.strictObject({
  ...summaryShape,
  coordination: z.strictObject({
    /** Ready coordination points each municipality needs at least. */
    minimum: Count,
    /** Municipalities with at least that many ready coordination points. */
    municipalitiesMeetingMinimum: Count,
    municipalities: Count,
  }),
})
export const ReportMunicipalitySchema = z.strictObject({
  ...summaryShape,
  coordination: z.strictObject({
    minimum: Count,
    /** Ready (active) coordination points in the municipality. */
    ready: Count,
    /** ready >= minimum */
    met: z.boolean(),
  }),
})

export const ReportSchema = z.strictObject({
  asOf: z.iso.date(),
  /** `noodsteunpunten@2026.1` */
  guideline: z.string().regex(/^[a-z0-9][a-z0-9._-]*@\d{4}\.\d+$/),
  /** The scenario the report is restricted to (`--scenario`), or null. */
  scenario: z.string().nullable(),
  /**
   * The newer edition that replaces the region's on `asOf` (`noodsteunpunten@2026.2` and its
   * first day), or null while the region follows the edition in effect. The figures are always
   * those of the region's own edition.
   */
  supersededBy: z
    .strictObject({
      guideline: z.string().regex(/^[a-z0-9][a-z0-9._-]*@\d{4}\.\d+$/),
      effectiveFrom: z.iso.date(),
    })
    .nullable(),
  region: ReportRegionSchema,
  municipalities: z.array(ReportMunicipalitySchema),
  points: z.array(ReportPointSchema),
})

/** How an agreement, not an assessment, shows a requirement is met (`ReportRequirement.evidence`). */
export interface ReportEvidence {
  /** Id of the agreement. */
  agreement: string
  /** Id of the partner. */
  partner: string
  /** The provision, the requirement's evidence. */
  provides: string
  /** Date the agreement was signed. */
  signed: string
  /** Last day in force; null when open-ended. */
  validUntil: string | null
}

/** One requirement of one point in the report. */
export interface ReportRequirement {
  id: string
  outcome: 'met' | 'partial' | 'not_met' | 'unknown' | 'expired' | 'not_applicable'
  /** 0..1; null when the requirement is left out (`not_applicable`, where allowed). */
  fraction: number | null
  weight: number
  mandatory: boolean
  /** Present when a valid agreement, not an assessment, shows the requirement is met. */
  evidence?: ReportEvidence | undefined
}

/** One point in the report. */
export interface ReportPoint {
  id: string
  name: string
  municipality: string
  status: 'planned' | 'active' | 'inactive'
  /** Active points their readiness; planned and inactive points their status. */
  level: 'ready' | 'not_ready' | 'unknown' | 'planned' | 'inactive'
  score: number | null
  completeness: number | null
  requirements: ReportRequirement[]
}

/** The figures the region and each municipality have in common. */
export interface ReportSummary {
  code: string
  name: string
  population: number
  requiredPoints: number
  activePoints: number
  readyPoints: number
  networkCompleteness: number
  meanScore: number | null
  completeness: number | null
  levels: { ready: number; not_ready: number; unknown: number }
  topGaps: { requirement: string; points: number }[]
}

/** The region in the report, with the coordination-point minimum across its municipalities. */
export interface ReportRegion extends ReportSummary {
  coordination: {
    /** Ready coordination points each municipality needs at least. */
    minimum: number
    /** Municipalities with at least that many ready coordination points. */
    municipalitiesMeetingMinimum: number
    municipalities: number
  }
}

/** One municipality in the report. */
export interface ReportMunicipality extends ReportSummary {
  coordination: {
    minimum: number
    /** Ready (active) coordination points in the municipality. */
    ready: number
    /** ready >= minimum */
    met: boolean
  }
}

/** The JSON of `weerbaar report --format json` (see `ReportSchema`). */
export interface Report {
  /** Calendar date `YYYY-MM-DD`. */
  asOf: string
  /** `noodsteunpunten@2026.1` */
  guideline: string
  /** The scenario the report is restricted to (`--scenario`), or null. */
  scenario: string | null
  /** The newer edition that replaces the region's on `asOf`, or null. */
  supersededBy: { guideline: string; effectiveFrom: string } | null
  region: ReportRegion
  municipalities: ReportMunicipality[]
  points: ReportPoint[]
}

function summary(s: ReadinessSummary & { code: string; name: string }) {
  return {
    code: s.code,
    name: s.name,
    population: s.population,
    requiredPoints: s.requiredPoints,
    activePoints: s.activePoints,
    readyPoints: s.readyPoints,
    networkCompleteness: s.networkCompleteness,
    meanScore: s.meanScore,
    completeness: s.completeness,
    levels: { ready: s.levels.ready, not_ready: s.levels.not_ready, unknown: s.levels.unknown },
    topGaps: s.topGaps.map((g) => ({ requirement: g.requirement, points: g.points })),
  }
}

function point(p: PointReadiness): Report['points'][number] {
  return {
    id: p.id,
    name: p.name,
    municipality: p.municipality,
    status: p.status,
    level: p.level,
    score: p.score,
    completeness: p.completeness,
    requirements: p.requirements.map((r) => ({
      id: r.id,
      outcome: r.outcome,
      fraction: r.fraction,
      weight: r.weight,
      mandatory: r.mandatory,
      ...(r.evidence
        ? {
            evidence: {
              agreement: r.evidence.agreement,
              partner: r.evidence.partner,
              provides: r.evidence.provides,
              signed: r.evidence.signed,
              validUntil: r.evidence.validUntil,
            },
          }
        : {}),
    })),
  }
}

/**
 * Core's readiness, projected onto the contract field by field, so a field added to core does
 * not silently become part of the report's promise (command line and server).
 */
export function toReport(
  readiness: RegionReadiness,
  supersededBy: Report['supersededBy'] = null,
): Report {
  const { region } = readiness
  return {
    asOf: readiness.asOf,
    guideline: readiness.guideline,
    scenario: readiness.scenario,
    supersededBy,
    region: {
      ...summary(region),
      coordination: {
        minimum: region.coordination.minimum,
        municipalitiesMeetingMinimum: region.coordination.municipalitiesMeetingMinimum,
        municipalities: region.coordination.municipalities,
      },
    },
    municipalities: readiness.municipalities.map((m: MunicipalityReadiness) => ({
      ...summary(m),
      coordination: {
        minimum: m.coordination.minimum,
        ready: m.coordination.ready,
        met: m.coordination.met,
      },
    })),
    points: readiness.points.map(point),
  }
}
