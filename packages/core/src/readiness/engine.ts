import type { Assessment, Point, Region } from "../region/schema.ts";
import { InvalidArgumentError, NotFoundError } from "../shared/errors.ts";
import { municipalityReadiness, regionSummary, tallyMunicipality, type Tally } from "./aggregate.ts";
import { assemble } from "./compute.ts";
import { createContext, type ReadinessContext } from "./context.ts";
import { scorePoint, type ScoredPoint } from "./point.ts";
import type { Ruleset } from "./ruleset.ts";
import { createSelection, dateKey, recordFields, resultCode } from "./selection.ts";
import type { CalendarDate } from "../shared/date.ts";
import type { PointReadiness, ReadinessOptions, RegionReadiness } from "./types.ts";

/**
 * Readiness that stays current while a user edits assessments or points, for the dashboard.
 * Building it indexes the assessments once (per point × requirement, with their dates and
 * results copied into arrays). After that an edit re-scores only the point it touches and
 * re-aggregates its municipality and the region, and a new `asOf` re-selects from the index
 * without visiting the assessment objects. Every result equals `computeReadiness` on the
 * edited region at that date.
 */
export interface ReadinessEngine {
  /** The current report. A new object after every change; unchanged parts are shared. */
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
  /** Judges everything again on another date (a date picker, a timeline). */
  setAsOf(asOf: CalendarDate): RegionReadiness;
  /** The region with every edit applied. */
  toRegion(): Region;
}

export function createReadinessEngine(region: Region, ruleset: Ruleset, options: ReadinessOptions): ReadinessEngine {
  let ctx: ReadinessContext = createContext(region, ruleset, options);
  const R = ctx.requirements.length;
  const points = [...region.points];
  const pointIndex = new Map<string, number>();
  points.forEach((p, i) => pointIndex.set(p.id, i));
  const municipalityIndex = new Map<string, number>();
  region.municipalities.forEach((m, i) => municipalityIndex.set(m.code, i));

  // Assessments are stored by a stable internal id that grows with the position in the file,
  // so "later in the file" stays a comparison of ids whatever is removed. Per id: the slot
  // (point × requirement), the next id in the slot's chain, and the fields selection needs.
  const items: Array<Assessment | undefined> = [];
  const slotOf: number[] = [];
  const next: number[] = [];
  const keyOf: number[] = [];
  const resultOf: number[] = [];
  const valueOf: number[] = [];
  const positions: number[] = [];
  const head = new Int32Array(points.length * R).fill(-1);
  const selection = createSelection(points.length * R);

  const slotFor = (a: Assessment): number => {
    const i = pointIndex.get(a.point);
    const k = ctx.requirementIndex.get(a.requirement);
    return i === undefined || k === undefined ? -1 : i * R + k;
  };
  const store = (id: number, a: Assessment | undefined) => {
    items[id] = a;
    keyOf[id] = a ? dateKey(a.date) : 0;
    resultOf[id] = a ? resultCode(a.result) : 0;
    valueOf[id] = a?.value ?? NaN;
    next[id] = -1;
    const slot = a ? slotFor(a) : -1;
    slotOf[id] = slot;
    if (slot >= 0) {
      next[id] = head[slot]!;
      head[slot] = id;
    }
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
    slotOf[id] = -1;
    next[id] = -1;
  };
  /** The latest assessment on or before asOf; on equal dates the higher id (later in the file). */
  const refreshBest = (slot: number) => {
    const asOfKey = ctx.asOfKey;
    let chosen = -1;
    let chosenKey = -1;
    for (let id = head[slot]!; id >= 0; id = next[id]!) {
      const key = keyOf[id]!;
      if (key <= asOfKey && (key > chosenKey || (key === chosenKey && id > chosen))) {
        chosen = id;
        chosenKey = key;
      }
    }
    if (chosen < 0) selection.index[slot] = -1;
    else recordFields(selection, slot, chosen, chosenKey, resultOf[chosen]!, valueOf[chosen]!);
  };
  const refreshAll = () => {
    for (let slot = 0; slot < head.length; slot++) refreshBest(slot);
  };

  region.assessments.forEach((a, id) => {
    positions.push(id);
    store(id, a);
  });
  refreshAll();

  const codes = new Uint8Array(points.length * R);
  // Snapshots: a report handed out earlier must not change when the selection does.
  const score = (i: number) => scorePoint(ctx, points[i]!, selection, i * R, items, codes, true);
  const members: number[][] = region.municipalities.map(() => []);
  points.forEach((p, i) => {
    const m = municipalityIndex.get(p.municipality);
    if (m !== undefined) members[m]!.push(i);
  });
  let scored: ScoredPoint[] = [];
  let tallies: Tally[] = [];
  let result!: RegionReadiness;
  const rebuild = (): RegionReadiness => {
    scored = points.map((_, i) => score(i));
    const built = assemble(ctx, region, scored, codes);
    tallies = built.tallies;
    result = built.report;
    return result;
  };
  rebuild();

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

  const replace = (id: number, assessment: Assessment | undefined): RegionReadiness => {
    const oldSlot = slotOf[id] ?? -1;
    unlink(id);
    store(id, assessment);
    const newSlot = slotOf[id]!;
    const affected = new Set<number>();
    for (const slot of [oldSlot, newSlot]) {
      if (slot < 0) continue;
      refreshBest(slot);
      affected.add(Math.floor(slot / R));
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
      positions.push(id);
      slotOf[id] = -1;
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
    setAsOf(asOf) {
      const applicable = ctx.applicable;
      const tags = ctx.tags;
      ctx = { ...createContext(region, ruleset, { ...options, asOf }), applicable, tags };
      refreshAll();
      return rebuild();
    },
    toRegion() {
      return { ...region, points: [...points], assessments: positions.map((id) => items[id]!) };
    },
  };
}
