import { z } from 'zod'
import { CalendarDateSchema } from '../guideline/schema.ts'

// Not imported from region/schema.ts, which imports this file.
const EntityIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
  error: "Use letters, digits, '.', '_' or '-' (no spaces)",
})

export const IMPROVEMENT_ACTION_STATUSES = ['open', 'done'] as const
export const ImprovementActionStatusSchema = z.enum(IMPROVEMENT_ACTION_STATUSES)
export type ImprovementActionStatus = (typeof IMPROVEMENT_ACTION_STATUSES)[number]

/**
 * One fix on a municipality's action list (actielijst): a point that misses a requirement, what
 * will be done about it, who does it and by when. Plain contract data with an id, so a server
 * can store each action as it stores points and assessments.
 */
export const ImprovementActionSchema = z
  .object({
    id: EntityIdSchema.meta({ description: 'Stable id of the action, unique in the file' }),
    point: z.string().min(1).meta({ description: 'Id of the point the fix is for' }),
    requirement: z
      .string()
      .min(1)
      .meta({ description: 'Id of the requirement (guideline or supplement) the point misses' }),
    description: z.string().min(1).meta({ description: 'What will be done' }),
    owner: z.string().min(1).meta({
      description:
        'Who does it: preferably a role or organisation; a person’s name is personal data (AVG)',
    }),
    due: CalendarDateSchema.meta({ description: 'Date by which the fix should be done' }),
    status: ImprovementActionStatusSchema.meta({
      description: 'open: still to be done; done: the fix is in place (give completed)',
    }),
    completed: CalendarDateSchema.optional().meta({
      description: 'Date the fix was done (with status done)',
    }),
  })
  .strict()
  .meta({ description: 'A fix for a point that misses a requirement (action list)' })
/** One fix on a municipality's action list (actielijst), as `parseRegion` returns it. */
export interface ImprovementAction {
  /** Stable id of the action, unique in the file. */
  id: string
  /** Id of the point the fix is for. */
  point: string
  /** Id of the requirement (guideline or supplement) the point misses. */
  requirement: string
  /** What will be done. */
  description: string
  /** Who does it: preferably a role or organisation (a person's name is personal data). */
  owner: string
  /** Date by which the fix should be done. */
  due: string
  status: ImprovementActionStatus
  /** Date the fix was done (with status done). */
  completed?: string | undefined
}
