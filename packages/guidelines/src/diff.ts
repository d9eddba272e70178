import type { GuidelineEdition, NormKey, Requirement } from '@weerbaar/core'
import { NORM_KEYS } from '@weerbaar/core'

/** The requirement fields whose change alters how points are judged. */
export const DIFFED_FIELDS = [
  'level',
  'weight',
  'check',
  'validForMonths',
  'appliesTo',
  'allowNotApplicable',
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

export interface NormChange {
  norm: NormKey
  from: { value: number; basis: string }
  to: { value: number; basis: string }
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
 * requirements whose level, weight, check, validity, applicability or `allowNotApplicable`
 * changed, and norms whose value or basis changed. Lists are ordered by id.
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
    const from = a.norms[key]
    const to = b.norms[key]
    if (from.value !== to.value || from.basis !== to.basis) {
      norms.push({
        norm: key,
        from: { value: from.value, basis: from.basis },
        to: { value: to.value, basis: to.basis },
      })
    }
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
