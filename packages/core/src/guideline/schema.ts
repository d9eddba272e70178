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
export type RequirementCheck = z.infer<typeof RequirementCheckSchema>

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
export type RequirementEvidence = z.infer<typeof RequirementEvidenceSchema>

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
export type Requirement = z.infer<typeof RequirementSchema>
export type RequirementInput = z.input<typeof RequirementSchema>

export const SourceSchema = z
  .object({
    id: IdSchema,
    publisher: z.string().min(1),
    title: z.string().min(1),
    date: CalendarDateSchema.optional(),
    address: z.string().url().optional(),
  })
  .strict()
export type Source = z.infer<typeof SourceSchema>

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
export type CountedTiers = z.infer<typeof CountedTiersSchema>

/** What a norm aims at in the words of a source, where the number itself is not sourced. */
export const NormIntentSchema = z
  .object({
    text: z.string().min(1).meta({ description: 'The aim as the source states it' }),
    sources: SourceRefsSchema,
  })
  .strict()
export type NormIntent = z.infer<typeof NormIntentSchema>

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
export type Norm = z.infer<typeof NormSchema>

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
export type GuidelineNorms = z.infer<typeof GuidelineNormsSchema>

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
export type StaffingNorms = z.infer<typeof StaffingNormsSchema>

export const GuidelineFunctionSchema = z
  .object({ id: IdSchema, title: z.string().min(1), description: z.string().min(1).optional() })
  .strict()
export type GuidelineFunction = z.infer<typeof GuidelineFunctionSchema>

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
export type EditionNote = z.infer<typeof EditionNoteSchema>

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
export type GuidelineEdition = z.infer<typeof GuidelineEditionSchema>
export type GuidelineEditionInput = z.input<typeof GuidelineEditionSchema>

/** Where a region names the guideline edition it follows. */
export const GuidelineRefSchema = z
  .object({
    id: IdSchema,
    version: z.string().regex(/^\d{4}\.\d+$/, { error: 'Use calendar versioning: YYYY.N' }),
  })
  .strict()
export type GuidelineRef = z.infer<typeof GuidelineRefSchema>
