import {
  compareCalendarDates,
  createRuleset,
  GuidelineEditionSchema,
  isCalendarDate,
  InvalidArgumentError,
  NotFoundError,
  type GuidelineEdition,
  type Region,
  type Ruleset,
} from '@weerbaar/core'
import noodsteunpunten2025_1 from '../data/noodsteunpunten/2025.1.json' with { type: 'json' }
import noodsteunpunten2026_1 from '../data/noodsteunpunten/2026.1.json' with { type: 'json' }
import noodsteunpunten2026_2 from '../data/noodsteunpunten/2026.2.json' with { type: 'json' }

/**
 * The raw edition files, imported statically so they are bundled for the browser and by tsup.
 * Add a new edition here after adding its file under `data/`.
 */
const RAW_EDITIONS: readonly unknown[] = [
  noodsteunpunten2025_1,
  noodsteunpunten2026_1,
  noodsteunpunten2026_2,
]

let parsed: GuidelineEdition[] | undefined

/** Parses every edition once (zod applies the defaults); a broken file is a programmer error. */
function editions(): GuidelineEdition[] {
  if (!parsed) {
    parsed = RAW_EDITIONS.map((raw) => {
      const result = GuidelineEditionSchema.safeParse(raw)
      if (!result.success) {
        const ref =
          typeof raw === 'object' && raw
            ? `${String((raw as { id?: unknown }).id)}@${String((raw as { version?: unknown }).version)}`
            : '?'
        throw new InvalidArgumentError(`Guideline edition ${ref} does not match the schema`, {
          cause: result.error,
        })
      }
      return result.data
    }).sort(compareEditions)
  }
  return parsed
}

/** Orders by id, then by calendar version (2025.1 < 2025.2 < 2026.1). */
export function compareEditions(
  a: Pick<GuidelineEdition, 'id' | 'version'>,
  b: Pick<GuidelineEdition, 'id' | 'version'>,
): number {
  if (a.id !== b.id) return a.id < b.id ? -1 : 1
  return compareVersions(a.version, b.version)
}

/** Compares calendar versions `YYYY.N` numerically. */
export function compareVersions(a: string, b: string): number {
  const [ay = 0, an = 0] = a.split('.').map(Number)
  const [by = 0, bn = 0] = b.split('.').map(Number)
  return ay - by || an - bn
}

export interface GuidelineSummary {
  id: string
  version: string
  title: string
  status: GuidelineEdition['status']
  effective: GuidelineEdition['effective']
  requirements: number
}

/** Every shipped edition, ordered by id and version. */
export function listGuidelines(): GuidelineSummary[] {
  return editions().map((e) => ({
    id: e.id,
    version: e.version,
    title: e.title,
    status: e.status,
    effective: e.effective,
    requirements: e.requirements.length,
  }))
}

/** Every edition of guideline `id`, parsed, oldest first. */
export function guidelineEditions(id: string): GuidelineEdition[] {
  return editions().filter((e) => e.id === id)
}

/** One edition, parsed and with defaults applied; undefined when it does not exist. */
export function getGuideline(id: string, version: string): GuidelineEdition | undefined {
  return editions().find((e) => e.id === id && e.version === version)
}

/**
 * The newest edition of `id` in effect on `asOf` (a calendar date): `effective.from <= asOf`
 * and, when set, `asOf <= effective.to`. Concept editions count: the national framework is
 * itself still a pilot. Undefined when none is in effect.
 */
export function latestGuideline(id: string, asOf: string): GuidelineEdition | undefined {
  if (!isCalendarDate(asOf))
    throw new InvalidArgumentError(
      `asOf is not a calendar date (YYYY-MM-DD): ${JSON.stringify(asOf)}`,
    )
  const inEffect = editions().filter(
    (e) =>
      e.id === id &&
      compareCalendarDates(e.effective.from, asOf) <= 0 &&
      (e.effective.to === undefined || compareCalendarDates(asOf, e.effective.to) <= 0),
  )
  return inEffect.at(-1)
}

/**
 * The newer edition of the same guideline that is in effect on `asOf` and so replaces the one
 * `ref` names: what a region on `ref` should move to. Undefined while `ref` is the newest
 * edition in effect (an edition that takes effect later does not supersede it yet).
 */
export function supersedingEdition(
  ref: Pick<GuidelineEdition, 'id' | 'version'>,
  asOf: string,
): GuidelineEdition | undefined {
  const latest = latestGuideline(ref.id, asOf)
  return latest && compareVersions(latest.version, ref.version) > 0 ? latest : undefined
}

export interface ResolveRulesetOptions {
  /** Resolve under another edition of the same guideline than the one the region names (for impact analysis). */
  version?: string
}

/**
 * The ruleset a region is judged by: the national edition it names (or `options.version`),
 * plus its `supplement` requirements and its `norms` overrides. Throws `NotFoundError` for an
 * unknown edition; `parseRegion(json, { catalog })` reports that as a data problem first.
 */
export function resolveRuleset(
  region: Pick<Region, 'guideline' | 'norms' | 'supplement'>,
  options: ResolveRulesetOptions = {},
): Ruleset {
  const version = options.version ?? region.guideline.version
  const edition = getGuideline(region.guideline.id, version)
  if (!edition)
    throw new NotFoundError(`Unknown guideline edition ${region.guideline.id}@${version}`)
  return createRuleset(edition, region)
}
