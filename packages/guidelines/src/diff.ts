import type { GuidelineEdition, NormKey, Requirement, Tier } from '@weerbaar/core'
import { DEFAULT_COUNTED_TIERS, NORM_KEYS } from '@weerbaar/core'

/** The requirement fields whose change alters how points are judged. */
export const DIFFED_FIELDS = [
  'level',
  'weight',
  'check',
  'validForMonths',
  'appliesTo',
  'allowNotApplicable',
  'evidence',
] as const
export type DiffedField = (typeof DIFFED_FIELDS)[number]

export interface FieldChange {
  field: DiffedField
  from: unknown
  to: unknown
}

export interface RequirementDiffEntry {
  id: string
  title: string
  function: string
  level: Requirement['level']
}

export interface ChangedRequirement {
  id: string
  title: string
  changes: FieldChange[]
}

export interface NormSide {
  value: number
  basis: string
  /** `inhabitantsPerPoint` only: the tiers that count towards it (every tier when the edition does not say). */
  countedTiers?: Tier[]
}

export interface NormChange {
  norm: NormKey
  from: NormSide
  to: NormSide
}

/** The norm as it applies; the tiers sorted, so their order in the file never shows up as a change. */
function normSide(edition: GuidelineEdition, key: NormKey): NormSide {
  const norm = edition.norms[key]
  return {
    value: norm.value,
    basis: norm.basis,
    ...(key === 'inhabitantsPerPoint'
      ? { countedTiers: [...(norm.countedTiers?.tiers ?? DEFAULT_COUNTED_TIERS)].sort() }
      : {}),
  }
}

export interface GuidelineDiff {
  from: string
  to: string
  added: RequirementDiffEntry[]
  removed: RequirementDiffEntry[]
  changed: ChangedRequirement[]
  norms: NormChange[]
}

/** `allowNotApplicable` as it applies, so an explicit default is not reported as a change. */
function effectiveField(r: Requirement, field: DiffedField): unknown {
  if (field === 'allowNotApplicable') return r.allowNotApplicable ?? r.level === 'recommended'
  return r[field]
}

/** Canonical JSON (sorted keys, sorted filter lists) so key order in the files never shows up as a change. */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (Array.isArray(v))
        return v.every((x) => typeof x === 'string') ? [...(v as string[])].sort() : v
      if (v && typeof v === 'object') {
        return Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      }
      return v
    }) ?? 'undefined'
  )
}

function entry(r: Requirement): RequirementDiffEntry {
  return { id: r.id, title: r.title, function: r.function, level: r.level }
}

/**
 * What changed from edition `a` to edition `b`: requirements added and removed (by id),
 * requirements whose level, weight, check, validity, applicability, `allowNotApplicable` or
 * `evidence` (an agreement that counts as met) changed, and norms whose value, basis or counted tiers changed. Lists are ordered by id.
 */
export function diffGuidelines(a: GuidelineEdition, b: GuidelineEdition): GuidelineDiff {
  const before = new Map(a.requirements.map((r) => [r.id, r]))
  const after = new Map(b.requirements.map((r) => [r.id, r]))
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)

  const added = b.requirements
    .filter((r) => !before.has(r.id))
    .map(entry)
    .sort(byId)
  const removed = a.requirements
    .filter((r) => !after.has(r.id))
    .map(entry)
    .sort(byId)
  const changed: ChangedRequirement[] = []
  for (const r of a.requirements) {
    const next = after.get(r.id)
    if (!next) continue
    const changes: FieldChange[] = []
    for (const field of DIFFED_FIELDS) {
      const from = effectiveField(r, field)
      const to = effectiveField(next, field)
      if (canonical(from) !== canonical(to))
        changes.push({ field, from: from ?? null, to: to ?? null })
    }
    if (changes.length > 0) changed.push({ id: r.id, title: next.title, changes })
  }
  changed.sort(byId)

  const norms: NormChange[] = []
  for (const key of NORM_KEYS) {
    const from = normSide(a, key)
    const to = normSide(b, key)
    if (canonical(from) !== canonical(to)) norms.push({ norm: key, from, to })
  }
  return {
    from: `${a.id}@${a.version}`,
    to: `${b.id}@${b.version}`,
    added,
    removed,
    changed,
    norms,
  }
}
