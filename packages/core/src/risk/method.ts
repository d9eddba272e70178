import { z } from 'zod'
import { BasisSchema, SourceSchema, type Basis, type Source } from '../guideline/schema.ts'
import { IdSchema, RationaleSchema, SourceRefsSchema } from '../guideline/fields.ts'

/** Impact classes per criterion: A (limited) to E (catastrophic), X = not applicable. */
export const IMPACT_CLASSES = ['A', 'B', 'C', 'D', 'E', 'X'] as const
export const ImpactClassSchema = z.enum(IMPACT_CLASSES)
export type ImpactClass = z.infer<typeof ImpactClassSchema>

/** The five graded classes, in order; `X` is not graded. */
export const GRADED_CLASSES = ['A', 'B', 'C', 'D', 'E'] as const
export const GradedClassSchema = z.enum(GRADED_CLASSES)
export type GradedClass = z.infer<typeof GradedClassSchema>

export const LIKELIHOOD_CLASSES = GRADED_CLASSES
export const LikelihoodClassSchema = GradedClassSchema
export type LikelihoodClass = GradedClass

export const VitalInterestSchema = z
  .object({ id: z.string().min(1), title: z.string().min(1) })
  .strict()
/** A vital (security) interest of the national method. */
export interface VitalInterest {
  id: string
  title: string
}

export const ImpactCriterionSchema = z
  .object({
    id: IdSchema.meta({ description: 'Criterion id as numbered in the NRB, e.g. 2.1' }),
    title: z.string().min(1).meta({ description: 'Dutch name of the criterion' }),
    vitalInterest: z.string().min(1).optional().meta({
      description: 'Id of the vital interest; absent for a regional criterion outside the NRB',
    }),
    optional: z.boolean().default(false).meta({
      description: 'A regional addition that counts only when the region gives it a weight',
    }),
    sources: SourceRefsSchema,
  })
  .strict()
/** An impact criterion of the national method, e.g. 2.1. */
export interface ImpactCriterion {
  /** Criterion id as numbered in the NRB, e.g. `2.1`. */
  id: string
  /** Dutch name of the criterion. */
  title: string
  vitalInterest?: string | undefined
  /** Default false. */
  optional: boolean
  sources: string[]
}

const ClassLabelSchema = z.object({ id: ImpactClassSchema, label: z.string().min(1) }).strict()

export const LikelihoodClassDefinitionSchema = z
  .object({
    id: LikelihoodClassSchema,
    label: z.string().min(1),
    probability: z
      .object({
        min: z.number().min(0).max(1),
        max: z.number().min(0).max(1),
      })
      .strict()
      .meta({ description: 'Probability range as a fraction (0.005 = 0.5%) over the horizon' }),
  })
  .strict()
/** A likelihood class with its probability range over the method's horizon. */
export interface LikelihoodClassDefinition {
  id: LikelihoodClass
  label: string
  /** Probability range as a fraction (0.005 = 0.5%) over the horizon. */
  probability: { min: number; max: number }
}

/** A number (or set of numbers) with its provenance, like a guideline norm. */
const assumed = <T extends z.ZodType>(values: T) =>
  z
    .object({
      values,
      basis: BasisSchema,
      sources: SourceRefsSchema,
      rationale: RationaleSchema,
    })
    .strict()

/**
 * Which edition of the national method the data follows. The NRB has changed over time (five
 * vital interests in the 2009 method that regional profiles use, six security interests in the
 * current national method), so the data must say which one it encodes.
 */
export const MethodEditionSchema = z
  .object({
    name: z.string().min(1).meta({ description: 'The edition of the national method followed' }),
    vitalInterests: z.number().int().positive().meta({
      description:
        'How many vital (security) interests that edition has; must match vitalInterests',
    }),
    sources: SourceRefsSchema,
    note: z.string().min(1).optional().meta({
      description: 'How it relates to the current national method',
    }),
  })
  .strict()
/** Which edition of the national method the data follows. */
export interface MethodEdition {
  name: string
  vitalInterests: number
  sources: string[]
  note?: string | undefined
}

export const RiskMethodSchema = z
  .object({
    $schema: z.string().optional(),
    id: IdSchema,
    version: z.string().regex(/^\d{4}\.\d+$/, { error: 'Use calendar versioning: YYYY.N' }),
    title: z.string().min(1),
    description: z.string().min(1).optional(),
    sources: z.array(SourceSchema),
    methodEdition: MethodEditionSchema.optional(),
    vitalInterests: z.array(VitalInterestSchema).min(1),
    criteria: z.array(ImpactCriterionSchema).min(1),
    impactClasses: z.array(ClassLabelSchema).length(IMPACT_CLASSES.length).meta({
      description: 'Dutch label of each impact class A–E and X',
    }),
    likelihoodClasses: z.array(LikelihoodClassDefinitionSchema).length(LIKELIHOOD_CLASSES.length),
    horizon: assumed(z.number().positive()).meta({
      description: 'Years over which the likelihood classes express a probability',
    }),
    classScores: assumed(z.record(GradedClassSchema, z.number().positive())).meta({
      description: 'Numeric score of each impact class A–E; X scores 0',
    }),
    weights: assumed(z.record(z.string(), z.number().nonnegative())).meta({
      description: 'Weight of each criterion in the weighted impact score',
    }),
    diagram: assumed(z.object({ horizontal: z.enum(['likelihood', 'impact']) }).strict()).meta({
      description: 'Orientation of the risk diagram',
    }),
  })
  .strict()
  .superRefine((method, ctx) => {
    const criterionIds = new Set(method.criteria.map((c) => c.id))
    const interestIds = new Set(method.vitalInterests.map((v) => v.id))
    const sourceIds = new Set(method.sources.map((s) => s.id))
    method.criteria.forEach((c, i) => {
      if (c.vitalInterest !== undefined && !interestIds.has(c.vitalInterest)) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', i, 'vitalInterest'],
          message: `Unknown vital interest ${c.vitalInterest}`,
        })
      }
      c.sources.forEach((s, j) => {
        if (!sourceIds.has(s))
          ctx.addIssue({
            code: 'custom',
            path: ['criteria', i, 'sources', j],
            message: `Unknown source ${s}`,
          })
      })
    })
    if (
      method.methodEdition &&
      method.methodEdition.vitalInterests !== method.vitalInterests.length
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['methodEdition', 'vitalInterests'],
        message: `The method edition has ${method.methodEdition.vitalInterests} vital interests but the data lists ${method.vitalInterests.length}`,
      })
    }
    method.methodEdition?.sources.forEach((s, j) => {
      if (!sourceIds.has(s))
        ctx.addIssue({
          code: 'custom',
          path: ['methodEdition', 'sources', j],
          message: `Unknown source ${s}`,
        })
    })
    if (criterionIds.size !== method.criteria.length) {
      ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'Criterion ids must be unique' })
    }
    for (const id of criterionIds) {
      if (method.weights.values[id] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['weights', 'values'],
          message: `No weight for criterion ${id}`,
        })
      }
    }
    for (const id of Object.keys(method.weights.values)) {
      if (!criterionIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['weights', 'values', id],
          message: `Unknown criterion ${id}`,
        })
      }
    }
    const scores = GRADED_CLASSES.map((k) => method.classScores.values[k])
    if (scores.some((s) => s === undefined) || !isStrictlyIncreasing(scores as number[])) {
      ctx.addIssue({
        code: 'custom',
        path: ['classScores', 'values'],
        message: 'Give a score for every class A–E, strictly increasing',
      })
    }
    const ordered = (
      list: ReadonlyArray<{ id: string }>,
      expected: readonly string[],
      path: string,
    ) => {
      if (list.map((x) => x.id).join() !== expected.join()) {
        ctx.addIssue({
          code: 'custom',
          path: [path],
          message: `List the classes in the order ${expected.join(', ')}`,
        })
      }
    }
    ordered(method.impactClasses, IMPACT_CLASSES, 'impactClasses')
    ordered(method.likelihoodClasses, LIKELIHOOD_CLASSES, 'likelihoodClasses')
    method.likelihoodClasses.forEach((c, i) => {
      const previous = method.likelihoodClasses[i - 1]
      if (
        c.probability.min > c.probability.max ||
        (previous && previous.probability.max !== c.probability.min)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['likelihoodClasses', i, 'probability'],
          message: 'Probability ranges must run from low to high and join up',
        })
      }
    })
    for (const key of ['horizon', 'classScores', 'weights', 'diagram'] as const) {
      method[key].sources.forEach((s, j) => {
        if (!sourceIds.has(s))
          ctx.addIssue({
            code: 'custom',
            path: [key, 'sources', j],
            message: `Unknown source ${s}`,
          })
      })
    }
  })
/** A number (or set of numbers) of the risk method with its provenance. */
export interface AssumedValue<T> {
  values: T
  basis: Basis
  sources: string[]
  rationale?: string | undefined
}

/** The national risk method (NRB) as data: criteria, classes, scores and weights with sources. */
export interface RiskMethod {
  $schema?: string | undefined
  id: string
  /** Calendar versioning `YYYY.N`. */
  version: string
  title: string
  description?: string | undefined
  sources: Source[]
  methodEdition?: MethodEdition | undefined
  vitalInterests: VitalInterest[]
  criteria: ImpactCriterion[]
  impactClasses: Array<{ id: ImpactClass; label: string }>
  likelihoodClasses: LikelihoodClassDefinition[]
  /** Years over which the likelihood classes hold. */
  horizon: AssumedValue<number>
  classScores: AssumedValue<Record<GradedClass, number>>
  weights: AssumedValue<Record<string, number>>
  diagram: AssumedValue<{ horizontal: 'likelihood' | 'impact' }>
}
/** An impact criterion as written in the method file: `optional` may be left out (default false). */
export interface ImpactCriterionInput extends Omit<ImpactCriterion, 'optional' | 'sources'> {
  optional?: boolean | undefined
  /** Ids into the sources; default none. */
  sources?: string[] | undefined
}

/** An assumed value as written: `sources` may be left out. */
export interface AssumedValueInput<T> extends Omit<AssumedValue<T>, 'sources'> {
  /** Ids into the sources; default none. */
  sources?: string[] | undefined
}

/** A method edition as written: `sources` may be left out. */
export interface MethodEditionInput extends Omit<MethodEdition, 'sources'> {
  /** Ids into the sources; default none. */
  sources?: string[] | undefined
}

/** The risk method as written in its file, before `RiskMethodSchema` fills in the defaults. */
export interface RiskMethodInput
  extends Omit<
    RiskMethod,
    'methodEdition' | 'criteria' | 'horizon' | 'classScores' | 'weights' | 'diagram'
  > {
  methodEdition?: MethodEditionInput | undefined
  criteria: ImpactCriterionInput[]
  horizon: AssumedValueInput<number>
  classScores: AssumedValueInput<Record<GradedClass, number>>
  weights: AssumedValueInput<Record<string, number>>
  diagram: AssumedValueInput<{ horizontal: 'likelihood' | 'impact' }>
}

export function isStrictlyIncreasing(values: readonly number[]): boolean {
  return values.every((v, i) => i === 0 || v > values[i - 1]!)
}

/** `nrb@2026.1` */
export function riskMethodLabel(method: { id: string; version: string }): string {
  return `${method.id}@${method.version}`
}
