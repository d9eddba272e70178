import {
  uniformAssessment,
  type Assessment,
  type ImprovementAction,
  type Point,
  type Region,
} from '@weerbaar/core'

/** The parts of a region other than its points and assessments, changed as a whole per key. */
export type HeaderKey = Exclude<keyof Region, 'points' | 'assessments'>

interface OperationBase {
  /** Chosen by the client when the change is made; the server deduplicates retries by it. */
  id: string
  /** ISO time the user made the change (for the list of what waits; never used for ordering). */
  at: string
}

/**
 * One change a user made, as it is stored and sent. Storage applies operations one by one to
 * the stored region, so two tabs (or a tab and the server) never overwrite each other's work
 * the way saving a whole copy of the region did.
 */
export type Operation =
  | (OperationBase & {
      kind: 'point.put'
      point: Point
      /** The point as the user saw it before the edit (null: a new point); shows a conflict. */
      before: Point | null
    })
  | (OperationBase & { kind: 'point.delete'; pointId: string; before: Point | null })
  | (OperationBase & { kind: 'assessment.add'; assessment: Assessment })
  | (OperationBase & {
      kind: 'assessment.remove'
      assessment: Assessment
      /** The server's id of the assessment, when it came from the server. */
      assessmentId?: string
    })
  | (OperationBase & {
      kind: 'region.set'
      key: HeaderKey
      value: unknown
      /** The value as the user saw it before the change: another value on the server is a conflict. */
      before?: unknown
    })
  /** One fix on the action list, added or changed by its id. */
  | (OperationBase & {
      kind: 'action.put'
      action: ImprovementAction
      before: ImprovementAction | null
    })
  | (OperationBase & { kind: 'action.delete'; actionId: string; before: ImprovementAction | null })
  /** An import: the whole region replaced on purpose. */
  | (OperationBase & {
      kind: 'region.replace'
      region: Region
      /**
       * `regionFingerprint` of the region the import was planned on: a server that has anything
       * else by now (a colleague's change) is a conflict, never silently overwritten. Absent:
       * replace whatever is there (the user chose so after a conflict).
       */
      baseFingerprint?: string
    })

export type OperationKind = Operation['kind']

/** One canonical text per assessment, so equal assessments match whatever their key order. */
export function assessmentKey(a: Assessment): string {
  return JSON.stringify(uniformAssessment(a))
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

/** JSON with object keys sorted: equal for equal data whatever the key order (JSONB reorders). */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
              a < b ? -1 : a > b ? 1 : 0,
            ),
          )
        : v,
    ) ?? 'undefined'
  )
}

/**
 * One text for a region's content, independent of key order and of the order of points and
 * assessments: equal for the region a user saw and the server's copy when nothing else changed.
 */
export function regionFingerprint(region: Region): string {
  const { points, assessments, ...header } = region
  const text = canonicalJson({
    header,
    points: [...points].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    assessments: assessments.map(assessmentKey).sort(),
  })
  // FNV-1a, 2 × 32 bits: a short fingerprint to store with the operation, not a security check.
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0
  }
  return `${text.length.toString(36)}-${h1.toString(36)}-${h2.toString(36)}`
}

/** The keys of the region other than points and assessments (network, risk profile, …), of both. */
function headerKeys(previous: Region, next: Region): HeaderKey[] {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)])
  keys.delete('points')
  keys.delete('assessments')
  // The action list goes by action (action.put / action.delete), not as one value.
  keys.delete('actions')
  return [...keys] as HeaderKey[]
}

export type NewOperation = Operation extends infer O
  ? O extends Operation
    ? Omit<O, 'id' | 'at'>
    : never
  : never

/**
 * What changed from `previous` to `next`, as operations: points put or deleted by id,
 * assessments added or removed (as a multiset: equal assessments are counted), and header
 * keys set. Applying the result to `previous` with `applyOperations` gives `next` (up to the
 * order of assessments).
 */
export function diffRegions(previous: Region, next: Region): NewOperation[] {
  const ops: NewOperation[] = []
  for (const key of headerKeys(previous, next)) {
    if (!same(previous[key], next[key]))
      ops.push({ kind: 'region.set', key, value: next[key], before: previous[key] })
  }
  const before = new Map(previous.points.map((p) => [p.id, p]))
  const after = new Set<string>()
  for (const point of next.points) {
    after.add(point.id)
    const old = before.get(point.id)
    if (!old || !same(old, point)) ops.push({ kind: 'point.put', point, before: old ?? null })
  }
  for (const point of previous.points) {
    if (!after.has(point.id)) ops.push({ kind: 'point.delete', pointId: point.id, before: point })
  }
  if (previous.actions !== next.actions) {
    const old = new Map((previous.actions ?? []).map((a) => [a.id, a]))
    const kept = new Set<string>()
    for (const action of next.actions ?? []) {
      kept.add(action.id)
      const was = old.get(action.id)
      if (!was || !same(was, action)) ops.push({ kind: 'action.put', action, before: was ?? null })
    }
    for (const action of previous.actions ?? [])
      if (!kept.has(action.id))
        ops.push({ kind: 'action.delete', actionId: action.id, before: action })
  }
  if (previous.assessments !== next.assessments) {
    // Edits keep the untouched assessments' objects: skip the shared start by reference.
    let shared = 0
    const limit = Math.min(previous.assessments.length, next.assessments.length)
    while (shared < limit && previous.assessments[shared] === next.assessments[shared]) shared++
    const counts = new Map<string, { count: number; assessment: Assessment }>()
    for (const a of previous.assessments.slice(shared)) {
      const key = assessmentKey(a)
      const entry = counts.get(key)
      if (entry) entry.count++
      else counts.set(key, { count: 1, assessment: a })
    }
    for (const a of next.assessments.slice(shared)) {
      const entry = counts.get(assessmentKey(a))
      if (entry && entry.count > 0) entry.count--
      else ops.push({ kind: 'assessment.add', assessment: uniformAssessment(a) })
    }
    for (const { count, assessment } of counts.values()) {
      for (let i = 0; i < count; i++)
        ops.push({ kind: 'assessment.remove', assessment: uniformAssessment(assessment) })
    }
  }
  return ops
}

/**
 * The region after one operation. Pure, and total: an operation that no longer fits (a removed
 * assessment that is already gone, a deleted point that is already gone) changes nothing, so
 * applying the same operations in every tab gives the same region.
 */
export function applyOperation(region: Region, op: Operation): Region {
  switch (op.kind) {
    case 'point.put': {
      const index = region.points.findIndex((p) => p.id === op.point.id)
      const points =
        index === -1
          ? [...region.points, op.point]
          : region.points.map((p, i) => (i === index ? op.point : p))
      return { ...region, points }
    }
    case 'point.delete':
      if (!region.points.some((p) => p.id === op.pointId)) return region
      return { ...region, points: region.points.filter((p) => p.id !== op.pointId) }
    case 'assessment.add':
      return { ...region, assessments: [...region.assessments, uniformAssessment(op.assessment)] }
    case 'assessment.remove': {
      const key = assessmentKey(op.assessment)
      const index = region.assessments.findIndex((a) => assessmentKey(a) === key)
      if (index === -1) return region
      return { ...region, assessments: region.assessments.filter((_, i) => i !== index) }
    }
    case 'action.put': {
      const actions = region.actions ?? []
      const index = actions.findIndex((a) => a.id === op.action.id)
      return {
        ...region,
        actions:
          index === -1
            ? [...actions, op.action]
            : actions.map((a, i) => (i === index ? op.action : a)),
      }
    }
    case 'action.delete':
      if (!region.actions?.some((a) => a.id === op.actionId)) return region
      return { ...region, actions: region.actions.filter((a) => a.id !== op.actionId) }
    case 'region.set': {
      if (op.value === undefined) {
        const { [op.key]: _removed, ...rest } = region
        return rest as Region
      }
      return { ...region, [op.key]: op.value } as Region
    }
    case 'region.replace':
      return op.region
  }
}

export function applyOperations(region: Region, ops: readonly Operation[]): Region {
  return ops.reduce(applyOperation, region)
}

/** A short description of an operation for the list of what waits (Dutch, with English). */
export function describeOperation(op: Operation, lang: 'nl' | 'en' = 'nl'): string {
  const nl = lang === 'nl'
  switch (op.kind) {
    case 'point.put':
      return op.before
        ? `${nl ? 'Noodsteunpunt gewijzigd' : 'Point changed'}: ${op.point.name}`
        : `${nl ? 'Noodsteunpunt toegevoegd' : 'Point added'}: ${op.point.name}`
    case 'point.delete':
      return `${nl ? 'Noodsteunpunt verwijderd' : 'Point removed'}: ${op.before?.name ?? op.pointId}`
    case 'assessment.add':
      return `${nl ? 'Beoordeling' : 'Assessment'} ${op.assessment.requirement} · ${op.assessment.point} (${op.assessment.date})`
    case 'assessment.remove':
      return `${nl ? 'Beoordeling verwijderd' : 'Assessment removed'}: ${op.assessment.requirement} · ${op.assessment.point}`
    case 'action.put':
      return `${nl ? 'Actie' : 'Action'}: ${op.action.description} · ${op.action.point}`
    case 'action.delete':
      return `${nl ? 'Actie verwijderd' : 'Action removed'}: ${op.before?.description ?? op.actionId}`
    case 'region.set':
      return `${nl ? 'Regiogegevens gewijzigd' : 'Region details changed'}: ${op.key}`
    case 'region.replace':
      return nl ? 'Regio vervangen door import' : 'Region replaced by an import'
  }
}
