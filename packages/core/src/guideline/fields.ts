import { z } from 'zod'

/**
 * Field schemas shared by the guideline, the risk method, the risk profile and the action
 * library. Internal: the published schemas are built from them.
 */

/** A stable id that other data refers to. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: "Use lower-case letters, digits, '.', '_' or '-'" })

/** Ids into the `sources` of the edition, method or library that holds the rule or value. */
export const SourceRefsSchema = z.array(z.string().min(1)).default([])

/** Why a rule or value was chosen, where its basis is an assumption. */
export const RationaleSchema = z.string().min(1).optional()
