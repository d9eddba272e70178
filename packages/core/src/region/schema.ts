import { z } from 'zod'
import type {
  GuidelineRef,
  PointKind,
  Requirement,
  RequirementInput,
  Tier,
} from '../guideline/schema.ts'
import type { RiskProfile, RiskProfileInput } from '../risk/schema.ts'
import type { Agreement, Partner, Staffing } from '../network/schema.ts'
import {
  CalendarDateSchema,
  GuidelineRefSchema,
  PointKindSchema,
  RequirementSchema,
  TierSchema,
} from '../guideline/schema.ts'
import { RiskProfileSchema } from '../risk/schema.ts'
import { AgreementSchema, PartnerSchema, StaffingSchema } from '../network/schema.ts'
import { ImprovementActionSchema, type ImprovementAction } from '../action-list/schema.ts'

/** The schema version this release of `@weerbaar/core` reads and writes. */
export const REGION_SCHEMA_VERSION = 1

const PointIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
  error: "Use letters, digits, '.', '_' or '-' (no spaces)",
})

export const MunicipalityCodeSchema = z
  .string()
  .regex(/^GM\d{4}$/, { error: 'Expected a CBS municipality code such as GM0034' })

export const RegionCodeSchema = z
  .string()
  .regex(/^VR\d{2}$/, { error: 'Expected a safety region code such as VR25' })

export const MunicipalitySchema = z
  .object({
    code: MunicipalityCodeSchema,
    name: z.string().min(1),
    population: z
      .number()
      .int()
      // zod leaves the check to parseRegion (population_not_positive); editors get it here.
      .meta({ description: 'Inhabitants; must be greater than 0', exclusiveMinimum: 0 }),
  })
  .strict()
/** A municipality of the region, as `MunicipalitySchema` reads it. */
export interface Municipality {
  /** CBS municipality code, e.g. `GM0034`. */
  code: string
  name: string
  /** Inhabitants; greater than 0. */
  population: number
}

export const LocationSchema = z
  .object({
    lat: z.number().min(-90).max(90).meta({ description: 'WGS84 latitude in degrees' }),
    lon: z.number().min(-180).max(180).meta({ description: 'WGS84 longitude in degrees' }),
  })
  .strict()
/** A WGS84 position in degrees. */
export interface Location {
  lat: number
  lon: number
}

export const POINT_STATUSES = ['planned', 'active', 'inactive'] as const
export const PointStatusSchema = z.enum(POINT_STATUSES)
export type PointStatus = z.infer<typeof PointStatusSchema>

export const PointSchema = z
  .object({
    id: PointIdSchema,
    name: z.string().min(1),
    municipality: MunicipalityCodeSchema,
    tier: TierSchema,
    kind: PointKindSchema,
    status: PointStatusSchema,
    location: LocationSchema,
    address: z.string().min(1).optional(),
    capacity: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta({ description: 'Number of people the location can receive' }),
    public: z.boolean().default(true).meta({
      description: 'false keeps the point out of everything meant for residents',
    }),
    statusReason: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Why the point has its status, e.g. why it was taken out of use' }),
    provenance: z.string().min(1).optional().meta({
      description: 'Where the point came from, e.g. the siting proposal it was planned from',
    }),
  })
  .strict()
/** A noodsteunpunt (emergency support point), as `PointSchema` reads it. */
export interface Point {
  /** Stable id, unique in the region file: letters, digits, `.`, `_`, `-`. */
  id: string
  name: string
  /** CBS code of the municipality the point lies in. */
  municipality: string
  tier: Tier
  kind: PointKind
  status: PointStatus
  location: Location
  address?: string | undefined
  /** Number of people the location can receive. */
  capacity?: number | undefined
  /** `false` keeps the point out of everything meant for residents (default `true`). */
  public: boolean
  /** Why the point has its status, e.g. why it was taken out of use. */
  statusReason?: string | undefined
  /** Where the point came from, e.g. the siting proposal it was planned from. */
  provenance?: string | undefined
}
/** A point as written in a region file: `public` may be left out (default true). */
export interface PointInput extends Omit<Point, 'public'> {
  public?: boolean | undefined
}

export const ASSESSMENT_RESULTS = ['met', 'partial', 'not_met', 'not_applicable'] as const
export const AssessmentResultSchema = z.enum(ASSESSMENT_RESULTS)
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>

export const AssessmentSchema = z
  .object({
    point: z.string().min(1).meta({ description: 'Id of the assessed point' }),
    requirement: z.string().min(1).meta({ description: 'Id of the requirement' }),
    date: CalendarDateSchema,
    result: AssessmentResultSchema.optional().meta({ description: 'Optional when value is given' }),
    value: z
      .number()
      .optional()
      .meta({ description: 'Measured value for a minimum check, in its unit' }),
    note: z.string().optional(),
    assessor: z.string().optional(),
  })
  .strict()
  .refine((a) => a.result !== undefined || a.value !== undefined, {
    error: 'Give a result, a value, or both',
    path: ['result'],
    params: { code: 'result_or_value' },
  })
/** One assessment of one requirement at one point on one date; `result`, `value` or both are given. */
export interface Assessment {
  /** Id of the assessed point. */
  point: string
  /** Id of the requirement. */
  requirement: string
  /** Calendar date `YYYY-MM-DD`. */
  date: string
  result?: AssessmentResult | undefined
  /** Measured value for a minimum check, in its unit. */
  value?: number | undefined
  note?: string | undefined
  assessor?: string | undefined
}

export const RegionNormsSchema = z
  .object({
    inhabitantsPerPoint: z.number().positive().optional(),
    maxDistanceMeters: z.number().positive().optional(),
    minCoordinationPointsPerMunicipality: z.number().int().nonnegative().optional(),
  })
  .strict()
  .meta({ description: "Regional overrides of the guideline's norms" })
/** Regional overrides of the guideline's norms. */
export interface RegionNorms {
  inhabitantsPerPoint?: number | undefined
  maxDistanceMeters?: number | undefined
  minCoordinationPointsPerMunicipality?: number | undefined
}

export const RegionSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(REGION_SCHEMA_VERSION),
    region: z.object({ code: RegionCodeSchema, name: z.string().min(1) }).strict(),
    guideline: GuidelineRefSchema,
    norms: RegionNormsSchema.optional(),
    supplement: z
      .object({ requirements: z.array(RequirementSchema).default([]) })
      .strict()
      .optional()
      .meta({ description: "Regional extra requirements, same shape as the guideline's" }),
    municipalities: z.array(MunicipalitySchema).min(1),
    points: z.array(PointSchema).default([]),
    assessments: z.array(AssessmentSchema).default([]),
    riskProfile: RiskProfileSchema.optional(),
    // The network (issue 15): optional, so files written before it keep loading.
    partners: z.array(PartnerSchema).optional().meta({
      description: 'Organisations and volunteer groups behind the points (netwerkpartners)',
    }),
    agreements: z.array(AgreementSchema).optional().meta({
      description: 'Agreements with partners: what they provide to which points, and until when',
    }),
    staffing: z.array(StaffingSchema).optional().meta({
      description: 'How many people each partner provides to staff a point (counts, not names)',
    }),
    // The action list: optional, so files written before it keep loading.
    actions: z.array(ImprovementActionSchema).optional().meta({
      description:
        'Action list (actielijst): per point that misses a requirement, the fix, its owner and due date',
    }),
  })
  .strict()
  .meta({
    title: 'Weerbaar region file',
    description:
      "One safety region's noodsteunpunten, assessments and risk profile (schema version 1)",
  })
/** A region file as `parseRegion` returns it: defaults filled in, everything checked. */
export interface Region {
  $schema?: string | undefined
  schemaVersion: typeof REGION_SCHEMA_VERSION
  region: { code: string; name: string }
  /** The guideline edition the region follows. */
  guideline: GuidelineRef
  norms?: RegionNorms | undefined
  /** Regional extra requirements, same shape as the guideline's. */
  supplement?: { requirements: Requirement[] } | undefined
  municipalities: Municipality[]
  points: Point[]
  assessments: Assessment[]
  riskProfile?: RiskProfile | undefined
  /** Organisations and volunteer groups behind the points (netwerkpartners). */
  partners?: Partner[] | undefined
  /** Agreements with partners: what they provide to which points, and until when. */
  agreements?: Agreement[] | undefined
  /** How many people each partner provides to staff a point (counts, not names). */
  staffing?: Staffing[] | undefined
  /** The action list: per point that misses a requirement, the fix, its owner and due date. */
  actions?: ImprovementAction[] | undefined
}
/** A region file as written, before `parseRegion` fills in the defaults. */
export interface RegionInput
  extends Omit<Region, 'supplement' | 'points' | 'assessments' | 'riskProfile'> {
  supplement?: { requirements?: RequirementInput[] | undefined } | undefined
  points?: PointInput[] | undefined
  assessments?: Assessment[] | undefined
  riskProfile?: RiskProfileInput | undefined
}
