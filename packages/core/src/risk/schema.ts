import { z } from "zod";
import { ScenarioTagSchema } from "../guideline/schema.ts";

/** Impact classes per criterion: A (limited) to E (catastrophic), X = not applicable. */
export const IMPACT_CLASSES = ["A", "B", "C", "D", "E", "X"] as const;
export const ImpactClassSchema = z.enum(IMPACT_CLASSES);
export type ImpactClass = z.infer<typeof ImpactClassSchema>;

export const LIKELIHOOD_CLASSES = ["A", "B", "C", "D", "E"] as const;
export const LikelihoodClassSchema = z.enum(LIKELIHOOD_CLASSES);
export type LikelihoodClass = z.infer<typeof LikelihoodClassSchema>;

export const ScenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, { error: "Use lower-case letters, digits, '.', '_' or '-'" }),
    title: z.string().min(1),
    theme: z.string().min(1),
    tags: z.array(ScenarioTagSchema).default([]),
    impact: z.record(z.string(), ImpactClassSchema).meta({
      description: "Impact class per criterion id of the risk method, e.g. { \"2.1\": \"C\" }",
    }),
    likelihood: LikelihoodClassSchema,
    municipalities: z.array(z.string()).min(1).optional().meta({
      description: "GM codes of the municipalities this scenario concerns; absent means all",
    }),
    actions: z.array(z.string()).optional().meta({ description: "Ids of handelingsperspectieven" }),
    rationale: z.string().optional(),
  })
  .strict();
export type Scenario = z.infer<typeof ScenarioSchema>;

export const RiskProfileSchema = z
  .object({
    method: z
      .object({ id: z.string().min(1), version: z.string().min(1) })
      .strict()
      .default({ id: "nrb", version: "2026.1" }),
    /** Regional overrides of the method's assumed numbers. */
    classScores: z.partialRecord(z.enum(["A", "B", "C", "D", "E"]), z.number().nonnegative()).optional(),
    weights: z.record(z.string(), z.number().nonnegative()).optional(),
    scenarios: z.array(ScenarioSchema),
  })
  .strict();
export type RiskProfile = z.infer<typeof RiskProfileSchema>;
