import type { Assessment, Region } from "../region/schema.ts";
import { createContext, type ReadinessContext } from "./context.ts";
import { municipalityReadiness, regionSummary, tallyMunicipality, type Tally } from "./aggregate.ts";
import { scorePoint } from "./point.ts";
import type { Ruleset } from "./ruleset.ts";
import type { MunicipalityReadiness, PointReadiness, ReadinessOptions, RegionReadiness } from "./types.ts";

/**
 * For every point × requirement pair, the index of the assessment used on `ctx.asOf`: the
 * latest dated on or before it, on equal dates the later in the file (-1 for none). One pass.
 */
export function selectAssessments(
  ctx: ReadinessContext,
  pointIndex: ReadonlyMap<string, number>,
  assessments: readonly Assessment[],
): Int32Array {
  const R = ctx.requirements.length;
  const best = new Int32Array(pointIndex.size * R).fill(-1);
  const asOf = ctx.asOf;
  // Files usually list a point's assessments together; remembering the last lookup saves most of them.
  let lastPoint: string | undefined;
  let lastIndex = -1;
  for (let j = 0; j < assessments.length; j++) {
    const a = assessments[j]!;
    if (a.date > asOf) continue;
    if (a.point !== lastPoint) {
      lastPoint = a.point;
      lastIndex = pointIndex.get(a.point) ?? -1;
    }
    if (lastIndex < 0) continue;
    const k = ctx.requirementIndex.get(a.requirement);
    if (k === undefined) continue;
    const slot = lastIndex * R + k;
    const current = best[slot]!;
    if (current < 0 || a.date >= assessments[current]!.date) best[slot] = j;
  }
  return best;
}

/** Assembles the report from scored points: municipality tallies in file order, then the region. */
export function assemble(
  ctx: ReadinessContext,
  region: Pick<Region, "region" | "municipalities">,
  points: PointReadiness[],
): { report: RegionReadiness; tallies: Tally[] } {
  const byMunicipality = new Map<string, PointReadiness[]>();
  for (const m of region.municipalities) byMunicipality.set(m.code, []);
  for (const p of points) byMunicipality.get(p.municipality)?.push(p);
  const tallies = region.municipalities.map((m) => tallyMunicipality(ctx, m, byMunicipality.get(m.code)!));
  const municipalities: MunicipalityReadiness[] = region.municipalities.map((m, i) => municipalityReadiness(ctx, m, tallies[i]!));
  return {
    report: {
      asOf: ctx.asOf,
      guideline: ctx.label,
      scenario: ctx.scenario?.id ?? null,
      region: regionSummary(ctx, region, municipalities, tallies),
      municipalities,
      points,
    },
    tallies,
  };
}

/**
 * The readiness of every point, municipality and of the region on `options.asOf`, under
 * `ruleset` (from `resolveRuleset(region)` in `@weerbaar/guidelines`, or `createRuleset`).
 * Pure and independent of the time zone. For repeated edits use `createReadinessEngine`.
 */
export function computeReadiness(region: Region, ruleset: Ruleset, options: ReadinessOptions): RegionReadiness {
  const ctx = createContext(region, ruleset, options);
  const pointIndex = new Map<string, number>();
  region.points.forEach((p, i) => pointIndex.set(p.id, i));
  const best = selectAssessments(ctx, pointIndex, region.assessments);
  const R = ctx.requirements.length;
  const points = region.points.map((p, i) => scorePoint(ctx, p, { best, base: i * R, items: region.assessments }));
  return assemble(ctx, region, points).report;
}
