import { z } from 'zod'
import {
  BasisSchema,
  ScenarioTagSchema,
  SourceSchema,
  type Basis,
  type ScenarioTag,
  type Source,
} from '../guideline/schema.ts'
import { IdSchema, RationaleSchema, SourceRefsSchema } from '../guideline/fields.ts'

/**
 * A handelingsperspectief: what residents can do themselves in one kind of emergency, as short
 * Dutch steps at language level B1, with the sources they come from.
 */
export const ActionSchema = z
  .object({
    id: IdSchema.meta({ description: 'Stable id that scenarios refer to, e.g. power-outage' }),
    title: z.string().min(1).meta({ description: 'Dutch heading, e.g. "Bij stroomuitval"' }),
    tags: z.array(ScenarioTagSchema).default([]).meta({
      description:
        'Scenarios with one of these tags get this action when they name no actions themselves',
    }),
    steps: z.array(z.string().min(1)).min(1).meta({ description: 'Short Dutch B1 sentences' }),
    sources: SourceRefsSchema,
    basis: BasisSchema.default('source'),
    rationale: RationaleSchema,
  })
  .strict()
/** A handelingsperspectief: what residents can do themselves, as Dutch B1 steps with sources. */
export interface Action {
  /** Stable id that scenarios refer to, e.g. `power-outage`. */
  id: string
  /** Dutch heading, e.g. "Bij stroomuitval". */
  title: string
  /** Scenarios with one of these tags get this action when they name no actions themselves. */
  tags: ScenarioTag[]
  /** Short Dutch B1 sentences. */
  steps: string[]
  sources: string[]
  basis: Basis
  rationale?: string | undefined
}

/** A titled list of Dutch B1 steps with provenance: the Denk Vooruit basics. */
export const GuidanceSchema = z
  .object({
    title: z.string().min(1),
    intro: z.string().min(1).optional(),
    steps: z.array(z.string().min(1)).min(1),
    sources: SourceRefsSchema,
    basis: BasisSchema.default('source'),
    rationale: RationaleSchema,
  })
  .strict()
/** A titled list of Dutch B1 steps with provenance: the Denk Vooruit basics. */
export interface Guidance {
  title: string
  intro?: string | undefined
  steps: string[]
  sources: string[]
  basis: Basis
  rationale?: string | undefined
}

export const INFORMATION_CHANNELS = [
  'calamity-radio',
  'nl-alert',
  'crisis-nl',
  'siren',
  'noodsteunpunt',
] as const
export const InformationChannelIdSchema = z.enum(INFORMATION_CHANNELS)
export type InformationChannelId = z.infer<typeof InformationChannelIdSchema>

export const InformationChannelSchema = z
  .object({
    id: InformationChannelIdSchema,
    title: z.string().min(1),
    text: z.string().min(1),
    address: z.string().url().optional(),
    sources: SourceRefsSchema,
  })
  .strict()
/** A channel through which residents are informed in a crisis (NL-Alert, calamity radio…). */
export interface InformationChannel {
  id: InformationChannelId
  title: string
  text: string
  address?: string | undefined
  sources: string[]
}

/** The national library of handelingsperspectieven and the Denk Vooruit basics, as data. */
export const ActionLibrarySchema = z
  .object({
    $schema: z.string().optional(),
    id: IdSchema,
    version: z.string().regex(/^\d{4}\.\d+$/, { error: 'Use calendar versioning: YYYY.N' }),
    title: z.string().min(1),
    sources: z.array(SourceSchema),
    actions: z.array(ActionSchema).min(1),
    basics: z
      .object({ noodpakket: GuidanceSchema, noodplan: GuidanceSchema, helpElkaar: GuidanceSchema })
      .strict()
      .meta({ description: 'The three steps of the national campaign Denk Vooruit' }),
    stayInformed: z.array(InformationChannelSchema).min(1),
  })
  .strict()
  .superRefine((library, ctx) => {
    const sourceIds = new Set(library.sources.map((s) => s.id))
    const check = (sources: string[], path: PropertyKey[]) =>
      sources.forEach((s, j) => {
        if (!sourceIds.has(s))
          ctx.addIssue({ code: 'custom', path: [...path, j], message: `Unknown source ${s}` })
      })
    const ids = new Set<string>()
    library.actions.forEach((a, i) => {
      if (ids.has(a.id))
        ctx.addIssue({
          code: 'custom',
          path: ['actions', i, 'id'],
          message: `Duplicate action id ${a.id}`,
        })
      ids.add(a.id)
      check(a.sources, ['actions', i, 'sources'])
      if (a.basis === 'source' && a.sources.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['actions', i, 'sources'],
          message: 'An action based on a source names it',
        })
      }
      if (a.basis === 'assumption' && !a.rationale) {
        ctx.addIssue({
          code: 'custom',
          path: ['actions', i, 'rationale'],
          message: 'Explain an assumed action',
        })
      }
    })
    for (const key of ['noodpakket', 'noodplan', 'helpElkaar'] as const) {
      check(library.basics[key].sources, ['basics', key, 'sources'])
    }
    library.stayInformed.forEach((c, i) => check(c.sources, ['stayInformed', i, 'sources']))
  })
/** The national library of handelingsperspectieven and the Denk Vooruit basics. */
export interface ActionLibrary {
  $schema?: string | undefined
  id: string
  /** Calendar versioning `YYYY.N`. */
  version: string
  title: string
  sources: Source[]
  actions: Action[]
  /** The three steps of the national campaign Denk Vooruit. */
  basics: { noodpakket: Guidance; noodplan: Guidance; helpElkaar: Guidance }
  stayInformed: InformationChannel[]
}
/** A handelingsperspectief as written: `tags` (default none) and `basis` (default `source`) may be left out. */
export interface ActionInput extends Omit<Action, 'tags' | 'basis' | 'sources'> {
  tags?: ScenarioTag[] | undefined
  basis?: Basis | undefined
  /** Ids into the sources; default none. */
  sources?: string[] | undefined
}

/** Guidance as written: `basis` may be left out (default `source`). */
export interface GuidanceInput extends Omit<Guidance, 'basis' | 'sources'> {
  basis?: Basis | undefined
  /** Ids into the sources; default none. */
  sources?: string[] | undefined
}

/** An information channel as written: `sources` may be left out. */
export interface InformationChannelInput extends Omit<InformationChannel, 'sources'> {
  /** Ids into the sources; default none. */
  sources?: string[] | undefined
}

/** The action library as written in its file, before `ActionLibrarySchema` fills in the defaults. */
export interface ActionLibraryInput
  extends Omit<ActionLibrary, 'actions' | 'basics' | 'stayInformed'> {
  actions: ActionInput[]
  stayInformed: InformationChannelInput[]
  basics: { noodpakket: GuidanceInput; noodplan: GuidanceInput; helpElkaar: GuidanceInput }
}
