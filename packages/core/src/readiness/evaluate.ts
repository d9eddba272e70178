import type { Assessment } from "../region/schema.ts";
import type { CompiledRequirement } from "./context.ts";
import type { RequirementReadiness } from "./types.ts";

/**
 * The outcome and fraction of one requirement given the assessment used (see the readiness
 * reference): none → unknown; too old → expired; `not_applicable` → left out when allowed,
 * else unknown; a minimum check with a value → by the value; otherwise by the result.
 */
export function evaluateRequirement(c: CompiledRequirement, a: Assessment | undefined): RequirementReadiness {
  const base = { id: c.id, weight: c.weight, mandatory: c.mandatory };
  if (a === undefined) return { ...base, outcome: "unknown", fraction: 0, assessment: null };
  if (c.validFrom !== undefined && a.date < c.validFrom) return { ...base, outcome: "expired", fraction: 0, assessment: a };
  if (a.result === "not_applicable") {
    return c.allowNotApplicable
      ? { ...base, outcome: "not_applicable", fraction: null, assessment: a }
      : { ...base, outcome: "unknown", fraction: 0, assessment: a, rejectedNotApplicable: true };
  }
  if (c.min !== undefined && a.value !== undefined) {
    const v = a.value;
    if (v >= c.min) return { ...base, outcome: "met", fraction: 1, assessment: a };
    if (v > 0) return { ...base, outcome: "partial", fraction: v / c.min, assessment: a };
    return { ...base, outcome: "not_met", fraction: 0, assessment: a };
  }
  switch (a.result) {
    case "met":
      return { ...base, outcome: "met", fraction: 1, assessment: a };
    case "partial":
      return { ...base, outcome: "partial", fraction: 0.5, assessment: a };
    case "not_met":
      return { ...base, outcome: "not_met", fraction: 0, assessment: a };
    default:
      // Only a value, on a requirement without a minimum check: nothing to judge it by.
      return { ...base, outcome: "unknown", fraction: 0, assessment: a };
  }
}

/** Whether `candidate` (later in the file) replaces `current` as the assessment used: dated on or after it. */
export function supersedes(candidate: Assessment, current: Assessment | undefined): boolean {
  return current === undefined || candidate.date >= current.date;
}
