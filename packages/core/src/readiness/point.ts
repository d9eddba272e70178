import type { Assessment, Point } from "../region/schema.ts";
import { applicableRequirements, type ReadinessContext } from "./context.ts";
import { evaluateRequirement } from "./evaluate.ts";
import type { PointReadiness, ReadinessLevel, RequirementReadiness } from "./types.ts";

/**
 * Where the engine finds the assessment used for point × requirement: `best[base + k]` is an
 * index into `items`, or -1 for none.
 */
export interface AssessmentLookup {
  best: Int32Array;
  base: number;
  items: ReadonlyArray<Assessment | undefined>;
}

/** Scores one point: applicability, outcomes, score, completeness and level. */
export function scorePoint(ctx: ReadinessContext, point: Point, lookup: AssessmentLookup): PointReadiness {
  const applicable = applicableRequirements(ctx, point);
  const requirements = new Array<RequirementReadiness>(applicable.length);
  let weightSum = 0;
  let weightedFraction = 0;
  let assessedWeight = 0;
  let blocking = false;
  let open = false;
  for (let i = 0; i < applicable.length; i++) {
    const k = applicable[i]!;
    const c = ctx.requirements[k]!;
    const index = lookup.best[lookup.base + k]!;
    const r = evaluateRequirement(c, index < 0 ? undefined : lookup.items[index]);
    requirements[i] = r;
    if (r.fraction === null) continue;
    weightSum += c.weight;
    weightedFraction += c.weight * r.fraction;
    const assessed = r.outcome === "met" || r.outcome === "partial" || r.outcome === "not_met";
    if (assessed) assessedWeight += c.weight;
    if (c.mandatory) {
      if (r.outcome === "partial" || r.outcome === "not_met") blocking = true;
      else if (!assessed) open = true;
    }
  }
  const assessedLevel: ReadinessLevel = blocking ? "not_ready" : open ? "unknown" : "ready";
  return {
    id: point.id,
    name: point.name,
    municipality: point.municipality,
    tier: point.tier,
    kind: point.kind,
    status: point.status,
    public: point.public,
    level: point.status === "active" ? assessedLevel : point.status,
    assessedLevel,
    score: weightSum > 0 ? (100 * weightedFraction) / weightSum : null,
    completeness: weightSum > 0 ? (100 * assessedWeight) / weightSum : null,
    requirements,
  };
}

/** Whether an active point lacks the requirement (for `topGaps`): counted and not met. */
export function lacks(r: RequirementReadiness): boolean {
  return r.fraction !== null && r.outcome !== "met";
}
