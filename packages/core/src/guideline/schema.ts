import { z } from 'zod'
import { isCalendarDate } from '../shared/date.ts'
import { IdSchema, RationaleSchema, SourceRefsSchema } from './fields.ts'

/** A calendar date `YYYY-MM-DD`; impossible dates such as 2026-02-30 are rejected. */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Expected a calendar date YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, {
    error: 'This date does not exist',
    params: { code: 'impossible_date' },
  })
  .meta({ description: 'Calendar date YYYY-MM-DD, no time and no time zone' })

export const TIERS = ['coordination', 'local'] as const
export const TierSchema = z.enum(TIERS).meta({
  description:
    'coordination: regional coordination point (often a fire station); local: neighbourhood or village point',
})
export type Tier = z.infer<typeof TierSchema>

export const POINT_KINDS = [
  'fire_station',
  'community_centre',
  'school',
  'town_hall',
  'sports_hall',
  'library',
  'place_of_worship',
  'other',
] as const
export const PointKindSchema = z.enum(POINT_KINDS).meta({ description: 'Kind of building' })
export type PointKind = z.infer<typeof PointKindSchema>

/** Scenario tags shared by risk profiles and requirement applicability. */
export const SCENARIO_TAGS = [
  'power-outage',
  'telecom-outage',
  'flood',
  'drinking-water',
  'extreme-weather',
  'heat',
  'wildfire',
  'pandemic',
  'cyber',
  'hazardous-substances',
] as const
export const ScenarioTagSchema = z.enum(SCENARIO_TAGS).meta({ description: 'Scenario tag' })
export type ScenarioTag = z.infer<typeof ScenarioTagSchema>

export const BasisSchema = z.enum(['source', 'assumption']).meta({
  description:
    'source: taken from a cited source; assumption: chosen by Weerbaar where sources give no value',
})
export type Basis = z.infer<typeof BasisSchema>

export const RequirementCheckSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('boolean') }).strict(),
  z
    .object({
      type: z.literal('minimum'),
      unit: z.string().min(1).meta({ description: "Unit of the measured value, e.g. 'uur'" }),
      min: z.number().positive(),
    })
    .strict(),
])
/** How a requirement is assessed: met or not, or a measured value against a minimum. */
export type RequirementCheck =
  | { type: 'boolean' }
  | {
      type: 'minimum'
      /** Unit of the measured value, e.g. `uur`. */
      unit: string
      min: number
    }

/**
 * The provisions an agreement can cover; the same list as `PROVISIONS` in `network/schema.ts`
 * (kept here because the network schema builds on this file).
 */
export const EVIDENCE_PROVISIONS = [
  'location',
  'staffing',
  'power',
  'fuel',
  'water',
  'food',
  'first_aid',
  'communication',
  'transport',
] as const

export const RequirementEvidenceSchema = z
  .object({
    provides: z.enum(EVIDENCE_PROVISIONS).meta({
      description: 'A valid agreement providing this for the point counts as met (see readiness)',
    }),
  })
  .strict()
  .meta({ description: 'How an agreement can show that the requirement is met' })
/** How an agreement can show that the requirement is met. */
export interface RequirementEvidence {
  /** A valid agreement providing this for the point counts as met. */
  provides: (typeof EVIDENCE_PROVISIONS)[number]
}

export const RequirementSchema = z
  .object({
    id: IdSchema.meta({
      description: 'Stable id, e.g. power.backup. Removing or renaming one is a major change.',
    }),
    title: z.string().min(1).meta({ description: 'Short Dutch title' }),
    description: z.string().min(1).meta({ description: 'Dutch description of what must be true' }),
    function: z.string().min(1).meta({ description: 'Id of the function this requirement serves' }),
    level: z.enum(['mandatory', 'recommended']),
    weight: z.number().int().positive().default(1),
    appliesTo: z
      .object({
        tiers: z.array(TierSchema).min(1).optional(),
        kinds: z.array(PointKindSchema).min(1).optional(),
        scenarios: z.array(ScenarioTagSchema).min(1).optional(),
      })
      .strict()
      .optional(),
    check: RequirementCheckSchema.default({ type: 'boolean' }),
    validForMonths: z.number().int().positive().optional().meta({
      description: 'How long an assessment stays valid; absent means it does not expire',
    }),
    allowNotApplicable: z.boolean().optional().meta({
      description:
        "Whether 'not_applicable' is accepted; default true for recommended, false for mandatory",
    }),
    sources: SourceRefsSchema,
    basis: BasisSchema.default('source'),
    rationale: RationaleSchema.meta({ description: 'Why, where the basis is an assumption' }),
    evidence: RequirementEvidenceSchema.optional(),
  })
  .strict()
/** A requirement of a guideline edition (or a region's supplement), with its provenance. */
export interface Requirement {
  /** Stable id, e.g. `power.backup`. Removing or renaming one is a major change. */
  id: string
  /** Short Dutch title. */
  title: string
  /** Dutch description of what must be true. */
  description: string
  /** Id of the function this requirement serves. */
  function: string
  level: 'mandatory' | 'recommended'
  /** Default 1. */
  weight: number
  appliesTo?:
    | {
        tiers?: Tier[] | undefined
        kinds?: PointKind[] | undefined
        scenarios?: ScenarioTag[] | undefined
      }
    | undefined
  /** Default `{ type: 'boolean' }`. */
  check: RequirementCheck
  /** How long an assessment stays valid; absent means it does not expire. */
  validForMonths?: number | undefined
  /** Whether `not_applicable` is accepted; default true for recommended, false for mandatory. */
  allowNotApplicable?: boolean | undefined
  /** Ids into the edition's `sources`. */
  sources: string[]
  basis: Basis
  /** Why, where the basis is an assumption. */
  rationale?: string | undefined
  evidence?: RequirementEvidence | undefined
}
/** A requirement as written in an edition or a supplement: the fields with a default may be left out. */
export interface RequirementInput
  extends Omit<Requirement, 'weight' | 'check' | 'basis' | 'sources'> {
  /** Default 1. */
  weight?: number | undefined
  /** Default `{ type: 'boolean' }`. */
  check?: RequirementCheck | undefined
  /** Default `source`. */
  basis?: Basis | undefined
  /** Ids into the sources; default none. */
  sources?: string[] | undefined
}

export const SourceSchema = z
  .object({
    id: IdSchema,
    publisher: z.string().min(1),
    title: z.string().min(1),
    date: CalendarDateSchema.optional(),
    address: z.string().url().optional(),
  })
  .strict()
/** A cited source: a guideline, a report, a web page. */
export interface Source {
  id: string
  publisher: string
  title: string
  /** Calendar date `YYYY-MM-DD`. */
  date?: string | undefined
  /** URL. */
  address?: string | undefined
}

/**
 * Which tiers of points count towards `inhabitantsPerPoint` (the network's completeness), with
 * its own basis: the sources give the rule of thumb but not the tiers it counts.
 */
export const CountedTiersSchema = z
  .object({
    tiers: z.array(TierSchema).min(1).meta({
      description: 'The tiers whose ready points count towards the required number of points',
    }),
    basis: BasisSchema,
    sources: SourceRefsSchema,
    rationale: RationaleSchema,
  })
  .strict()
/** Which tiers of points count towards `inhabitantsPerPoint`, with its own basis. */
export interface CountedTiers {
  tiers: Tier[]
  basis: Basis
  sources: string[]
  rationale?: string | undefined
}

/** What a norm aims at in the words of a source, where the number itself is not sourced. */
export const NormIntentSchema = z
  .object({
    text: z.string().min(1).meta({ description: 'The aim as the source states it' }),
    sources: SourceRefsSchema,
  })
  .strict()
/** What a norm aims at in the words of a source. */
export interface NormIntent {
  /** The aim as the source states it. */
  text: string
  sources: string[]
}

export const NormSchema = z
  .object({
    value: z.number().positive(),
    basis: BasisSchema,
    sources: SourceRefsSchema,
    rationale: RationaleSchema,
    intent: NormIntentSchema.optional().meta({
      description:
        'The aim the norm serves, as a source states it (e.g. "within walking distance"); the value may still be an assumption',
    }),
    countedTiers: CountedTiersSchema.optional().meta({
      description:
        'Only for inhabitantsPerPoint: the tiers whose ready points count towards it; absent means every tier',
    }),
  })
  .strict()
/** A number of a guideline with its provenance. */
export interface Norm {
  value: number
  basis: Basis
  sources: string[]
  rationale?: string | undefined
  /** The aim the norm serves, as a source states it; the value may still be an assumption. */
  intent?: NormIntent | undefined
  /** Only for `inhabitantsPerPoint`: the tiers whose ready points count; absent means every tier. */
  countedTiers?: CountedTiers | undefined
}

/** The tiers that count towards `inhabitantsPerPoint` when an edition does not say (2025.1, 2026.1): all. */
export const DEFAULT_COUNTED_TIERS: readonly Tier[] = TIERS

export const NORM_KEYS = [
  'inhabitantsPerPoint',
  'maxDistanceMeters',
  'minCoordinationPointsPerMunicipality',
] as const
export type NormKey = (typeof NORM_KEYS)[number]

export const GuidelineNormsSchema = z
  .object({
    inhabitantsPerPoint: NormSchema,
    maxDistanceMeters: NormSchema,
    minCoordinationPointsPerMunicipality: NormSchema,
  })
  .strict()
  .superRefine((norms, ctx) => {
    for (const key of ['maxDistanceMeters', 'minCoordinationPointsPerMunicipality'] as const) {
      if (norms[key].countedTiers)
        ctx.addIssue({
          code: 'custom',
          path: [key, 'countedTiers'],
          message: 'countedTiers belongs to inhabitantsPerPoint only',
        })
    }
  })
/** The norms of a guideline edition. */
export interface GuidelineNorms {
  inhabitantsPerPoint: Norm
  maxDistanceMeters: Norm
  minCoordinationPointsPerMunicipality: Norm
}

/**
 * What 72 hours of staffing take (network analyses): people on duty at once per tier and the
 * longest shift. Optional: without it `@weerbaar/core` uses `DEFAULT_STAFFING_NORMS`, which are
 * assumptions (no source gives these numbers).
 */
export const StaffingNormsSchema = z
  .object({
    peopleOnDuty: z
      .object({
        coordination: NormSchema.meta({ description: 'People on duty at a coordination point' }),
        local: NormSchema.meta({ description: 'People on duty at a local point' }),
      })
      .strict()
      .meta({ description: 'People on duty at the same time, per tier' }),
    maxShiftHours: NormSchema.meta({ description: 'Longest shift one person works, in hours' }),
  })
  .strict()
  .meta({ description: 'Staffing norms for 72 hours of operation' })
/** Staffing norms for 72 hours of operation. */
export interface StaffingNorms {
  /** People on duty at the same time, per tier. */
  peopleOnDuty: { coordination: Norm; local: Norm }
  /** Longest shift one person works, in hours. */
  maxShiftHours: Norm
}

export const GuidelineFunctionSchema = z
  .object({ id: IdSchema, title: z.string().min(1), description: z.string().min(1).optional() })
  .strict()
/** A function of a noodsteunpunt (e.g. information, first aid) that requirements serve. */
export interface GuidelineFunction {
  id: string
  title: string
  description?: string | undefined
}

/**
 * A note of an edition for its history: a `change` (what changed from the previous edition and
 * why), a `correction` made after publication (dated), or something `contested` that the
 * edition leaves out or keeps regional on purpose.
 */
export const EditionNoteSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(['change', 'correction', 'contested']),
    date: CalendarDateSchema.optional().meta({ description: 'When a correction was made' }),
    text: z.string().min(1).meta({ description: 'The note, in Dutch' }),
    sources: SourceRefsSchema,
  })
  .strict()
/** A note of an edition for its history. */
export interface EditionNote {
  id: string
  kind: 'change' | 'correction' | 'contested'
  /** When a correction was made. */
  date?: string | undefined
  /** The note, in Dutch. */
  text: string
  sources: string[]
}

export const GuidelineEditionSchema = z
  .object({
    $schema: z.string().optional(),
    id: IdSchema,
    version: z.string().regex(/^\d{4}\.\d+$/, { error: 'Use calendar versioning: YYYY.N' }),
    title: z.string().min(1),
    status: z.enum(['concept', 'adopted', 'superseded']),
    effective: z.object({ from: CalendarDateSchema, to: CalendarDateSchema.optional() }).strict(),
    sources: z.array(SourceSchema),
    norms: GuidelineNormsSchema,
    staffing: StaffingNormsSchema.optional(),
    functions: z.array(GuidelineFunctionSchema).min(1),
    requirements: z.array(RequirementSchema).min(1),
    notes: z.array(EditionNoteSchema).optional().meta({
      description:
        'Why the edition is as it is: what changed and why, corrections, and choices that are contested',
    }),
  })
  .strict()
/** One edition of the national guideline, as data with sources. */
export interface GuidelineEdition {
  $schema?: string | undefined
  id: string
  /** Calendar versioning `YYYY.N`. */
  version: string
  title: string
  status: 'concept' | 'adopted' | 'superseded'
  effective: { from: string; to?: string | undefined }
  sources: Source[]
  norms: GuidelineNorms
  staffing?: StaffingNorms | undefined
  functions: GuidelineFunction[]
  requirements: Requirement[]
  /** What changed and why, corrections, and choices that are contested. */
  notes?: EditionNote[] | undefined
}
/** `CountedTiers` as written: `sources` may be left out. */
export interface CountedTiersInput extends Omit<CountedTiers, 'sources'> {
  /** Ids into the sources; default none. */
  sources?: string[] | undefined
}

/** `NormIntent` as written: `sources` may be left out. */
export interface NormIntentInput extends Omit<NormIntent, 'sources'> {
  /** Ids into the sources; default none. */
  sources?: string[] | undefined
}

/** A norm as written: `sources` may be left out. */
export interface NormInput extends Omit<Norm, 'sources' | 'intent' | 'countedTiers'> {
  /** Ids into the sources; default none. */
  sources?: string[] | undefined
  intent?: NormIntentInput | undefined
  countedTiers?: CountedTiersInput | undefined
}

/** The norms of an edition as written. */
export interface GuidelineNormsInput {
  inhabitantsPerPoint: NormInput
  maxDistanceMeters: NormInput
  minCoordinationPointsPerMunicipality: NormInput
}

/** The staffing norms of an edition as written. */
export interface StaffingNormsInput {
  peopleOnDuty: { coordination: NormInput; local: NormInput }
  maxShiftHours: NormInput
}

/** An edition note as written: `sources` may be left out. */
export interface EditionNoteInput extends Omit<EditionNote, 'sources'> {
  /** Ids into the sources; default none. */
  sources?: string[] | undefined
}

/** An edition as written in its file, before `GuidelineEditionSchema` fills in the defaults. */
export interface GuidelineEditionInput
  extends Omit<GuidelineEdition, 'norms' | 'staffing' | 'requirements' | 'notes'> {
  norms: GuidelineNormsInput
  staffing?: StaffingNormsInput | undefined
  requirements: RequirementInput[]
  notes?: EditionNoteInput[] | undefined
}

/** Where a region names the guideline edition it follows. */
export const GuidelineRefSchema = z
  .object({
    id: IdSchema,
    version: z.string().regex(/^\d{4}\.\d+$/, { error: 'Use calendar versioning: YYYY.N' }),
  })
  .strict()
/** Where a region names the guideline edition it follows. */
export interface GuidelineRef {
  id: string
  /** Calendar versioning `YYYY.N`. */
  version: string
}
