import type { Assessment, Point, Region } from "../region/schema.ts";
import { InvalidArgumentError, NotFoundError } from "../shared/errors.ts";
import { municipalityReadiness, regionSummary, tallyMunicipality, type Tally } from "./aggregate.ts";
import { assemble } from "./compute.ts";
import { createContext, type ReadinessContext } from "./context.ts";
import { scorePoint, type ScoredPoint } from "./point.ts";
import { createSelection, dateKey, record } from "./selection.ts";
import type { Ruleset } from "./ruleset.ts";
import type { PointReadiness, ReadinessOptions, RegionReadiness } from "./types.ts";

/**
 * Readiness that stays current while a user edits assessments or points, for the dashboard.
 * Building it costs one full computation; after that an edit re-scores only the point it
 * touches and re-aggregates its municipality and the region. Every result equals
 * `computeReadiness` on the edited region.
 */
export interface ReadinessEngine {
  /** The current report. A new object after every edit; unchanged parts are shared. */
  readonly result: RegionReadiness;
  /** The current readiness of one point. */
  point(id: string): PointReadiness | undefined;
  /** Replaces the assessment at `index` of the region's `assessments`. */
  setAssessment(index: number, assessment: Assessment): RegionReadiness;
  /** Appends an assessment (it is the latest in the file). */
  addAssessment(assessment: Assessment): RegionReadiness;
  /** Removes the assessment at `index`; later ones move up, as with `Array.prototype.splice`. */
  removeAssessment(index: number): RegionReadiness;
  /** Replaces the point with the same id (status, tier, kind, municipality…). */
  setPoint(point: Point): RegionReadiness;
  /** The region with every edit applied. */
  toRegion(): Region;
}

export function createReadinessEngine(region: Region, ruleset: Ruleset, options: ReadinessOptions): ReadinessEngine {
  const ctx: ReadinessContext = createContext(region, ruleset, options);
  const R = ctx.requirements.length;
  const asOf = ctx.asOf;
  const points = [...region.points];
  const pointIndex = new Map<string, number>();
  points.forEach((p, i) => pointIndex.set(p.id, i));
  const municipalityIndex = new Map<string, number>();
  region.municipalities.forEach((m, i) => municipalityIndex.set(m.code, i));

  // Assessments are stored by a stable internal id that grows with the position in the file,
  // so "later in the file" stays a comparison of ids whatever is removed.
  const items: Array<Assessment | undefined> = [];
  const slotOf: number[] = [];
  const next: number[] = [];
  const positions: number[] = [];
  const head = new Int32Array(points.length * R).fill(-1);
  const selection = createSelection(points.length * R);
  const best = selection.index;

  const slotFor = (a: Assessment): number => {
    const i = pointIndex.get(a.point);
    const k = ctx.requirementIndex.get(a.requirement);
    return i === undefined || k === undefined ? -1 : i * R + k;
  };
  const link = (id: number, slot: number) => {
    slotOf[id] = slot;
    if (slot < 0) return;
    next[id] = head[slot]!;
    head[slot] = id;
  };
  const unlink = (id: number) => {
    const slot = slotOf[id]!;
    if (slot < 0) return;
    if (head[slot] === id) head[slot] = next[id]!;
    else {
      let cur = head[slot]!;
      while (cur >= 0 && next[cur] !== id) cur = next[cur]!;
      if (cur >= 0) next[cur] = next[id]!;
    }
    next[id] = -1;
  };
  const refreshBest = (slot: number) => {
    let chosen = -1;
    for (let id = head[slot]!; id >= 0; id = next[id]!) {
      const a = items[id]!;
      if (a.date > asOf) continue;
      if (chosen < 0) chosen = id;
      else {
        const c = items[chosen]!;
        if (a.date > c.date || (a.date === c.date && id > chosen)) chosen = id;
      }
    }
    if (chosen < 0) best[slot] = -1;
    else record(selection, slot, chosen, dateKey(items[chosen]!.date), items[chosen]!);
  };

  region.assessments.forEach((a, id) => {
    items.push(a);
    positions.push(id);
    next.push(-1);
    const slot = slotFor(a);
    link(id, slot);
    if (slot < 0) return;
    const key = dateKey(a.date);
    if (key <= ctx.asOfKey && (best[slot]! < 0 || key >= selection.key[slot]!)) record(selection, slot, id, key, a);
  });

  const codes = new Uint8Array(points.length * R);
  // Snapshots: a report handed out earlier must not change when the selection does.
  const score = (i: number) => scorePoint(ctx, points[i]!, selection, i * R, items, codes, true);
  const scored: ScoredPoint[] = points.map((_, i) => score(i));
  const built = assemble(ctx, region, scored, codes);
  let result = built.report;
  const tallies: Tally[] = built.tallies;
  const members: number[][] = region.municipalities.map(() => []);
  points.forEach((p, i) => {
    const m = municipalityIndex.get(p.municipality);
    if (m !== undefined) members[m]!.push(i);
  });

  /** Re-scores the given points and re-aggregates the municipalities they are (or were) in. */
  const update = (pointIdxs: Iterable<number>, extraMunicipalities: Iterable<string> = []): RegionReadiness => {
    const pointResults = result.points.slice();
    const touched = new Set<number>();
    for (const i of pointIdxs) {
      scored[i] = score(i);
      pointResults[i] = scored[i].readiness;
      const m = municipalityIndex.get(points[i]!.municipality);
      if (m !== undefined) touched.add(m);
    }
    for (const code of extraMunicipalities) {
      const m = municipalityIndex.get(code);
      if (m !== undefined) touched.add(m);
    }
    const municipalities = result.municipalities.slice();
    for (const m of touched) {
      const municipality = region.municipalities[m]!;
      tallies[m] = tallyMunicipality(ctx, municipality, members[m]!.map((i) => scored[i]!), codes);
      municipalities[m] = municipalityReadiness(ctx, municipality, tallies[m]!);
    }
    result = { ...result, region: regionSummary(ctx, region, municipalities, tallies), municipalities, points: pointResults };
    return result;
  };

  const checkIndex = (index: number, allowEnd = false) => {
    const max = allowEnd ? positions.length : positions.length - 1;
    if (!Number.isInteger(index) || index < 0 || index > max) {
      throw new InvalidArgumentError(`No assessment at index ${index} (there are ${positions.length})`);
    }
  };
  const pointOfSlot = (slot: number) => Math.floor(slot / R);

  const replace = (id: number, assessment: Assessment | undefined): RegionReadiness => {
    const oldSlot = slotOf[id]!;
    unlink(id);
    items[id] = assessment;
    const newSlot = assessment ? slotFor(assessment) : -1;
    if (assessment) link(id, newSlot);
    else slotOf[id] = -1;
    const affected = new Set<number>();
    for (const slot of [oldSlot, newSlot]) {
      if (slot < 0) continue;
      refreshBest(slot);
      affected.add(pointOfSlot(slot));
    }
    return affected.size > 0 ? update(affected) : result;
  };

  return {
    get result() {
      return result;
    },
    point(id) {
      const i = pointIndex.get(id);
      return i === undefined ? undefined : result.points[i];
    },
    setAssessment(index, assessment) {
      checkIndex(index, true);
      if (index === positions.length) return this.addAssessment(assessment);
      return replace(positions[index]!, assessment);
    },
    addAssessment(assessment) {
      const id = items.length;
      items.push(undefined);
      next.push(-1);
      slotOf.push(-1);
      positions.push(id);
      return replace(id, assessment);
    },
    removeAssessment(index) {
      checkIndex(index);
      const [id] = positions.splice(index, 1);
      return replace(id!, undefined);
    },
    setPoint(point) {
      const i = pointIndex.get(point.id);
      if (i === undefined) throw new NotFoundError(`No point with id ${JSON.stringify(point.id)}`);
      const before = points[i]!.municipality;
      if (before !== point.municipality) {
        const from = municipalityIndex.get(before);
        const to = municipalityIndex.get(point.municipality);
        if (from !== undefined) members[from] = members[from]!.filter((x) => x !== i);
        if (to !== undefined) members[to] = [...members[to]!, i].sort((a, b) => a - b);
      }
      points[i] = point;
      return update([i], [before]);
    },
    toRegion() {
      return { ...region, points: [...points], assessments: positions.map((id) => items[id]!) };
    },
  };
}
