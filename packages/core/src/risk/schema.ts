import { z } from 'zod'
import { ScenarioTagSchema } from '../guideline/schema.ts'
import { IdSchema } from '../guideline/fields.ts'
import {
  GradedClassSchema,
  ImpactClassSchema,
  LikelihoodClassSchema,
  type GradedClass,
  type ImpactClass,
  type LikelihoodClass,
} from './method.ts'
import type { ScenarioTag } from '../guideline/schema.ts'

export const ScenarioSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1).meta({ description: 'Dutch title, e.g. "Langdurige stroomuitval"' }),
    theme: z
      .string()
      .min(1)
      .meta({ description: 'Theme of the risk inventory, e.g. "Nutsvoorzieningen"' }),
    tags: z.array(ScenarioTagSchema).default([]).meta({
      description: 'Make requirements with the same tag in appliesTo.scenarios apply',
    }),
    impact: z.record(z.string(), ImpactClassSchema).meta({
      description:
        'Impact class per criterion id of the risk method, e.g. { "2.1": "C" }; X = not applicable',
    }),
    likelihood: LikelihoodClassSchema,
    municipalities: z.array(z.string()).min(1).optional().meta({
      description: 'GM codes of the municipalities this scenario concerns; absent means all',
    }),
    actions: z.array(z.string()).optional().meta({
      description:
        'Ids of handelingsperspectieven; absent means those whose tags match the scenario',
    }),
    description: z.string().min(1).optional().meta({
      description:
        'One or two Dutch sentences for residents (language level B1), shown in the risicowijzer',
    }),
    rationale: z
      .string()
      .optional()
      .meta({ description: 'Why these classes: for the coordinators' }),
  })
  .strict()
/** A scenario of the regional risk profile, classified with the national method. */
export interface Scenario {
  id: string
  /** Dutch title, e.g. "Langdurige stroomuitval". */
  title: string
  /** Theme of the risk inventory, e.g. "Nutsvoorzieningen". */
  theme: string
  /** Make requirements with the same tag in `appliesTo.scenarios` apply. */
  tags: ScenarioTag[]
  /** Impact class per criterion id of the risk method, e.g. `{ "2.1": "C" }`; X = not applicable. */
  impact: Record<string, ImpactClass>
  likelihood: LikelihoodClass
  /** GM codes of the municipalities this scenario concerns; absent means all. */
  municipalities?: string[] | undefined
  /** Ids of handelingsperspectieven; absent means those whose tags match the scenario. */
  actions?: string[] | undefined
  /** One or two Dutch sentences for residents (B1), shown in the risicowijzer. */
  description?: string | undefined
  /** Why these classes: for the coordinators. */
  rationale?: string | undefined
}
/** A scenario as written in a region file: `tags` may be left out (default none). */
export interface ScenarioInput extends Omit<Scenario, 'tags'> {
  tags?: ScenarioTag[] | undefined
}

const InlineSourceSchema = z
  .object({
    publisher: z.string().min(1),
    title: z.string().min(1),
    address: z.string().url().optional(),
  })
  .strict()
/** A source named where it is used, in a region's own action. */
export interface InlineSource {
  publisher: string
  title: string
  address?: string | undefined
}

/** A region's change to a national handelingsperspectief, or an action of its own. */
export const RegionActionSchema = z
  .object({
    id: IdSchema.meta({
      description: 'Id of a national action to change, or a new id for an action of the region',
    }),
    title: z.string().min(1).optional(),
    tags: z.array(ScenarioTagSchema).optional(),
    steps: z.array(z.string().min(1)).min(1).optional().meta({ description: 'Replaces the steps' }),
    addSteps: z.array(z.string().min(1)).min(1).optional().meta({
      description: 'Added after the (national) steps',
    }),
    sources: z.array(InlineSourceSchema).optional(),
  })
  .strict()
/** A region's change to a national handelingsperspectief, or an action of its own. */
export interface RegionAction {
  /** Id of a national action to change, or a new id for an action of the region. */
  id: string
  title?: string | undefined
  tags?: ScenarioTag[] | undefined
  /** Replaces the steps. */
  steps?: string[] | undefined
  /** Added after the (national) steps. */
  addSteps?: string[] | undefined
  sources?: InlineSource[] | undefined
}

export const InformationPointSchema = z
  .object({
    name: z.string().min(1),
    address: z.string().min(1).optional(),
    municipality: z
      .string()
      .optional()
      .meta({ description: 'GM code; absent means the whole region' }),
    note: z.string().min(1).optional(),
  })
  .strict()
/** A public place where residents get information (town hall desk, library). */
export interface InformationPoint {
  name: string
  address?: string | undefined
  /** GM code; absent means the whole region. */
  municipality?: string | undefined
  note?: string | undefined
}

/** How the region talks to residents: its calamity station, information points and own actions. */
export const RiskCommunicationSchema = z
  .object({
    notice: z.string().min(1).optional().meta({
      description: 'Shown at the top of every risicowijzer, e.g. that the data is an example',
    }),
    calamityRadio: z
      .object({
        name: z.string().min(1),
        frequency: z.string().min(1).optional().meta({ description: 'e.g. "FM 88,0"' }),
        address: z.string().url().optional(),
      })
      .strict()
      .optional()
      .meta({ description: "The region's calamity station (calamiteitenzender)" }),
    website: z
      .object({ title: z.string().min(1), address: z.string().url() })
      .strict()
      .optional()
      .meta({ description: "The region's own page on risks" }),
    informationPoints: z.array(InformationPointSchema).optional().meta({
      description: 'Other public places where residents get information (town hall desk, library)',
    }),
    actions: z.array(RegionActionSchema).optional(),
  })
  .strict()
/** How the region talks to residents: its calamity station, information points and own actions. */
export interface RiskCommunication {
  /** Shown at the top of every risicowijzer, e.g. that the data is an example. */
  notice?: string | undefined
  /** The region's calamity station (calamiteitenzender). */
  calamityRadio?:
    | { name: string; frequency?: string | undefined; address?: string | undefined }
    | undefined
  /** The region's own page on risks. */
  website?: { title: string; address: string } | undefined
  informationPoints?: InformationPoint[] | undefined
  actions?: RegionAction[] | undefined
}

/** The method a profile uses when it names none. */
export const DEFAULT_RISK_METHOD = { id: 'nrb', version: '2026.1' } as const

export const RiskProfileSchema = z
  .object({
    method: z
      .object({ id: z.string().min(1), version: z.string().min(1) })
      .strict()
      .default(() => ({ ...DEFAULT_RISK_METHOD })),
    /** Regional overrides of the method's assumed numbers. */
    classScores: z.partialRecord(GradedClassSchema, z.number().positive()).optional().meta({
      description:
        "Overrides the method's score per impact class (an assumption); must stay strictly increasing",
    }),
    weights: z.record(z.string(), z.number().nonnegative()).optional().meta({
      description: "Overrides the method's weight per criterion id (an assumption)",
    }),
    horizonYears: z.number().positive().optional().meta({
      description: 'Overrides the years over which the likelihood classes hold',
    }),
    notes: z.string().optional(),
    scenarios: z.array(ScenarioSchema),
    communication: RiskCommunicationSchema.optional(),
  })
  .strict()
/** The region's risk profile: scenarios classified with a risk method, and risk communication. */
export interface RiskProfile {
  /** The risk method the profile follows; default `DEFAULT_RISK_METHOD`. */
  method: { id: string; version: string }
  /** Overrides the method's score per impact class (an assumption); strictly increasing. */
  classScores?: Partial<Record<GradedClass, number>> | undefined
  /** Overrides the method's weight per criterion id (an assumption). */
  weights?: Record<string, number> | undefined
  /** Overrides the years over which the likelihood classes hold. */
  horizonYears?: number | undefined
  notes?: string | undefined
  scenarios: Scenario[]
  communication?: RiskCommunication | undefined
}
/** A risk profile as written in a region file: `method` may be left out (`DEFAULT_RISK_METHOD`). */
export interface RiskProfileInput extends Omit<RiskProfile, 'method' | 'scenarios'> {
  method?: { id: string; version: string } | undefined
  scenarios: ScenarioInput[]
}
