import type { Assessment, Point, Region } from '../region/schema.ts'
import { InvalidArgumentError } from '../shared/errors.ts'
import { createContext, type ReadinessContext } from './context.ts'
import { municipalityReadiness, regionSummary, tallyMunicipality, type Tally } from './aggregate.ts'
import { scorePoint, type ScoredPoint } from './point.ts'
import { applyEvidence, indexEvidence } from './evidence.ts'
import { createSelection, dateKey, record, type Selection } from './selection.ts'
import type { Ruleset } from './ruleset.ts'
import type { MunicipalityReadiness, ReadinessOptions, RegionReadiness } from './types.ts'

/**
 * For every point × requirement pair, the assessment used on `ctx.asOf`: the latest dated on
 * or before it, on equal dates the later in the file. One pass over the assessments.
 */
export function selectAssessments(
  ctx: ReadinessContext,
  pointIndex: ReadonlyMap<string, number>,
  assessments: readonly Assessment[],
): Selection {
  const R = ctx.requirements.length
  const selection = createSelection(pointIndex.size * R)
  const { index: best, key: bestKey } = selection
  const asOfKey = ctx.asOfKey
  const ids = ctx.requirements.map((r) => r.id)
  // The pass runs from the end of the file: files grow by appending, so the assessment that
  // counts usually comes late, and walking backwards most older ones lose on the date alone,
  // before their result is read. On equal dates the one met first (the later in the file)
  // stays. Files also list a point's assessments together, in ruleset order, so walking
  // backwards the next assessment is usually of the same point and the previous requirement
  // (after a point's first requirement, the last one of the next point): guessing that saves
  // most hash lookups. One guess only, as a wrong guess costs a string comparison on top of
  // the lookup.
  let lastPoint: string | undefined
  let lastIndex = -1
  let lastK = 0
  for (let j = assessments.length - 1; j >= 0; j--) {
    const a = assessments[j]!
    const key = dateKey(a.date)
    if (key > asOfKey) continue
    if (a.point !== lastPoint) {
      lastPoint = a.point
      lastIndex = pointIndex.get(a.point) ?? -1
    }
    if (lastIndex < 0) continue
    const requirement = a.requirement
    let k = lastK > 0 ? lastK - 1 : R - 1
    if (ids[k] !== requirement) k = ctx.requirementIndex.get(requirement) ?? -1
    if (k < 0) continue
    lastK = k
    const slot = lastIndex * R + k
    if (best[slot]! < 0 || key > bestKey[slot]!) record(selection, slot, j, key, a)
  }
  return selection
}

/**
 * A point in a municipality the region does not list would count in no total: refused rather
 * than left out (`parseRegion` reports it as `unknown_municipality`).
 */
export function unlistedMunicipality(point: Pick<Point, 'id' | 'municipality'>): Error {
  return new InvalidArgumentError(
    `Point ${JSON.stringify(point.id)} is in municipality ${JSON.stringify(point.municipality)}, which the region does not list`,
  )
}

/** Assembles the report from scored points: municipality tallies in file order, then the region. */
export function assemble(
  ctx: ReadinessContext,
  region: Pick<Region, 'region' | 'municipalities'>,
  scored: readonly ScoredPoint[],
  codes: Uint8Array,
): { report: RegionReadiness; tallies: Tally[] } {
  const byMunicipality = new Map<string, ScoredPoint[]>()
  for (const m of region.municipalities) byMunicipality.set(m.code, [])
  for (const s of scored) {
    const members = byMunicipality.get(s.readiness.municipality)
    if (!members) throw unlistedMunicipality(s.readiness)
    members.push(s)
  }
  const tallies = region.municipalities.map((m) =>
    tallyMunicipality(ctx, m, byMunicipality.get(m.code)!, codes),
  )
  const municipalities: MunicipalityReadiness[] = region.municipalities.map((m, i) =>
    municipalityReadiness(ctx, m, tallies[i]!),
  )
  return {
    report: {
      asOf: ctx.asOf,
      guideline: ctx.label,
      scenario: ctx.scenario?.id ?? null,
      region: regionSummary(ctx, region, municipalities, tallies),
      municipalities,
      points: scored.map((s) => s.readiness),
    },
    tallies,
  }
}

/** Scores every point of the region on `ctx.asOf`; `codes` holds the outcome code per slot. */
export function scoreRegion(
  ctx: ReadinessContext,
  region: Pick<Region, 'points' | 'assessments' | 'agreements'>,
): { scored: ScoredPoint[]; codes: Uint8Array } {
  const pointIndex = new Map<string, number>()
  region.points.forEach((p, i) => pointIndex.set(p.id, i))
  const selection = selectAssessments(ctx, pointIndex, region.assessments)
  // Agreements that show a requirement is met (issue 15); nothing to do without agreements.
  applyEvidence(ctx, indexEvidence(ctx, pointIndex, region.agreements), selection)
  const R = ctx.requirements.length
  const codes = new Uint8Array(region.points.length * R)
  const scored = region.points.map((p, i) =>
    scorePoint(ctx, p, selection, i * R, region.assessments, codes),
  )
  return { scored, codes }
}

/**
 * The readiness of every point, municipality and of the region on `options.asOf`, under
 * `ruleset` (from `resolveRuleset(region)` in `@weerbaar/guidelines`, or `createRuleset`).
 * Pure and independent of the time zone. For repeated edits use `createReadinessEngine`.
 */
export function computeReadiness(
  region: Region,
  ruleset: Ruleset,
  options: ReadinessOptions,
): RegionReadiness {
  const ctx = createContext(region, ruleset, options)
  const { scored, codes } = scoreRegion(ctx, region)
  return assemble(ctx, region, scored, codes).report
}
