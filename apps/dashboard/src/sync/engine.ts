import type { Assessment, Point, Region } from '@weerbaar/core'
import { applyOperation, assessmentKey, type Operation } from './operations.ts'

/**
 * The sync engine, as pure functions on a serialisable state: what the server has confirmed
 * (rebuilt from its change feed, entity by entity with revisions), the operations that wait to
 * be sent, and the problems the user must look at (conflicts, refusals). No I/O and no clock:
 * the driver (`client.ts`) does the HTTP and stores every new state in IndexedDB.
 */

export type RegionHeader = Omit<Region, 'points' | 'assessments'>

/** One entity as the server has it; `value: null` marks a deletion (kept so order cannot undo it). */
export interface Entity<T> {
  id: string
  revision: number
  value: T | null
}

export interface Confirmed {
  /** Number of the last change of the feed applied; catch up with `changes?since=seq`. */
  seq: number
  header: Entity<RegionHeader>
  points: Array<Entity<Point>>
  assessments: Array<Entity<Assessment>>
}

/** One entry of the server's change feed (`GET /regions/{code}/changes`, the events stream). */
export interface ChangeRecord {
  seq: number
  at?: string
  kind: string
  id: string
  op: 'put' | 'delete'
  revision: number
  value?: unknown
}

export interface PendingOperation {
  op: Operation
  /** For point operations: the revision of the point the user edited (none: a new point). */
  baseRevision?: number
  /** For an assessment removal: the server's id of the assessment. */
  assessmentId?: string
  attempts: number
  lastError?: string
}

export type Problem =
  | {
      kind: 'conflict'
      op: Operation
      /** The point as the server has it now (null: deleted meanwhile). */
      server: Point | null
      serverRevision: number
    }
  | {
      kind: 'region-conflict'
      /** A `region.set` or `region.replace` made on a region that changed on the server since. */
      op: Operation
      /** For `region.set`: the server's current value of the key (for an import: not kept). */
      server: unknown
    }
  | {
      kind: 'refused'
      op: Operation
      status: number
      reason: string
      /** The server's issues (path and message), e.g. why a region is invalid (422). */
      issues?: ApiIssue[]
    }

export interface ApiIssue {
  path?: string
  message: string
}

export interface SyncState {
  confirmed: Confirmed
  /** In the order the user made them; sent one at a time, first first. */
  pending: PendingOperation[]
  problems: Problem[]
}

/** What became of sending one operation. */
export type SendOutcome =
  /** Stored by the server; `entity` is what it answered (the point with its new revision…). */
  | {
      type: 'ok'
      entity?: { kind: 'point' | 'assessment'; id: string; revision: number; value: unknown }
    }
  /** 412: the point changed on the server since the user's edit. */
  | { type: 'conflict'; server: Point | null; serverRevision: number }
  /** A region header change or import on a region that others changed since. */
  | { type: 'region-conflict'; server: unknown }
  /** 403, 422…: the server will not take it as it is. */
  | { type: 'refused'; status: number; reason: string; issues?: ApiIssue[] }
  /** Network error, 5xx, 429: try again later; nothing is lost. */
  | { type: 'retry'; error: string }

export function emptyConfirmed(): Confirmed {
  return { seq: 0, header: { id: '', revision: 0, value: null }, points: [], assessments: [] }
}

export function emptyState(): SyncState {
  return { confirmed: emptyConfirmed(), pending: [], problems: [] }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Entities keyed by id for a batch of updates: O(1) per change, one copy per batch. */
class EntityList<T> {
  readonly items: Array<Entity<T>>
  private readonly index = new Map<string, number>()
  constructor(items: ReadonlyArray<Entity<T>>) {
    this.items = [...items]
    this.items.forEach((e, i) => this.index.set(e.id, i))
  }
  get(id: string) {
    const i = this.index.get(id)
    return i === undefined ? undefined : this.items[i]
  }
  /** Keeps the highest revision: applying the same records in any order gives the same list. */
  put(id: string, revision: number, value: T | null) {
    const i = this.index.get(id)
    if (i === undefined) {
      this.index.set(id, this.items.length)
      this.items.push({ id, revision, value })
    } else if (revision > this.items[i]!.revision) {
      this.items[i] = { id, revision, value }
    }
  }
}

function putEntity(
  confirmed: Confirmed,
  lists: { points: EntityList<Point>; assessments: EntityList<Assessment> },
  kind: string,
  id: string,
  revision: number,
  value: unknown,
): Confirmed {
  if (kind === 'region') {
    if (revision > confirmed.header.revision)
      return { ...confirmed, header: { id, revision, value: value as RegionHeader | null } }
  } else if (kind === 'point') lists.points.put(id, revision, value as Point | null)
  else if (kind === 'assessment') lists.assessments.put(id, revision, value as Assessment | null)
  // Kinds this dashboard does not know yet (partners, staffing…) wait for an update of it.
  return confirmed
}

/**
 * Applies a page of the change feed. Records already applied are skipped, and each entity keeps
 * its highest revision, so pages, events and answers may arrive in any order or twice. A waiting
 * assessment the feed already shows (sent, but the answer was lost) stops waiting.
 */
export function applyChanges(state: SyncState, records: readonly ChangeRecord[]): SyncState {
  let confirmed = state.confirmed
  const lists = {
    points: new EntityList(confirmed.points),
    assessments: new EntityList(confirmed.assessments),
  }
  let seq = confirmed.seq
  for (const r of records) {
    if (r.seq <= confirmed.seq) continue
    confirmed = putEntity(
      confirmed,
      lists,
      r.kind,
      r.id,
      r.revision,
      r.op === 'delete' ? null : r.value,
    )
    seq = Math.max(seq, r.seq)
  }
  confirmed = {
    ...confirmed,
    seq,
    points: lists.points.items,
    assessments: lists.assessments.items,
  }
  const pending = state.pending.filter(
    (p) => !(p.op.kind === 'assessment.add' && lists.assessments.get(p.op.id)),
  )
  return { ...state, confirmed, pending }
}

/** The region as the server has confirmed it (null before the first catch-up). */
export function confirmedRegion(confirmed: Confirmed): Region | null {
  if (!confirmed.header.value) return null
  return {
    ...confirmed.header.value,
    points: confirmed.points.flatMap((e) => (e.value ? [e.value] : [])),
    assessments: confirmed.assessments.flatMap((e) => (e.value ? [e.value] : [])),
  } as Region
}

/** What the user sees: the confirmed region with every waiting operation applied on top. */
export function visibleRegion(state: SyncState): Region | null {
  const base = confirmedRegion(state.confirmed)
  if (!base) return null
  return state.pending.reduce((region, p) => applyOperation(region, p.op), base)
}

/** Ids of live assessments in the confirmed state with this content, in order. */
function liveAssessmentIds(confirmed: Confirmed, key: string): string[] {
  return confirmed.assessments
    .filter((e) => e.value && assessmentKey(e.value) === key)
    .map((e) => e.id)
}

/**
 * Adds the user's operations to the queue, with what sending needs: the revision of the point
 * the user edited, the server id of an assessment to remove. Removing an assessment that is
 * itself still waiting (and not being sent) cancels both: nothing needs to reach the server.
 */
export function enqueue(
  state: SyncState,
  ops: readonly Operation[],
  sending: string | null = null,
): SyncState {
  let pending = [...state.pending]
  const pointRevision = (id: string) => state.confirmed.points.find((e) => e.id === id)?.revision
  for (const op of ops) {
    if (op.kind === 'point.put') {
      pending.push({ op, baseRevision: pointRevision(op.point.id), attempts: 0 })
    } else if (op.kind === 'point.delete') {
      pending.push({ op, baseRevision: pointRevision(op.pointId), attempts: 0 })
    } else if (op.kind === 'assessment.remove') {
      const key = assessmentKey(op.assessment)
      const waiting = pending.findIndex(
        (p) =>
          p.op.kind === 'assessment.add' &&
          p.op.id !== sending &&
          assessmentKey(p.op.assessment) === key,
      )
      if (waiting !== -1) {
        pending.splice(waiting, 1)
        continue
      }
      const taken = new Set(pending.flatMap((p) => (p.assessmentId ? [p.assessmentId] : [])))
      const candidates = [
        ...liveAssessmentIds(state.confirmed, key),
        ...pending.flatMap((p) =>
          p.op.kind === 'assessment.add' && assessmentKey(p.op.assessment) === key ? [p.op.id] : [],
        ),
      ]
      const assessmentId = candidates.find((id) => !taken.has(id))
      // Not found (yet): kept all the same, and looked up again just before it is sent.
      pending.push(assessmentId ? { op, assessmentId, attempts: 0 } : { op, attempts: 0 })
    } else {
      pending.push({ op, attempts: 0 })
    }
  }
  pending = pending.filter(Boolean)
  return { ...state, pending }
}

/** The operation to send next (one at a time keeps the user's order), if any. */
export function nextToSend(state: SyncState): PendingOperation | undefined {
  return state.pending[0]
}

function withoutPending(state: SyncState, opId: string): SyncState {
  return { ...state, pending: state.pending.filter((p) => p.op.id !== opId) }
}

/** Later edits of the same point were made on top of this one: they now start from `revision`. */
function rebase(
  pending: PendingOperation[],
  pointId: string,
  from: number | undefined,
  to: number,
) {
  return pending.map((p) => {
    const id =
      p.op.kind === 'point.put' ? p.op.point.id : p.op.kind === 'point.delete' ? p.op.pointId : null
    return id === pointId && p.baseRevision === from ? { ...p, baseRevision: to } : p
  })
}

/** Records what became of sending the operation `opId`. */
export function settle(state: SyncState, opId: string, outcome: SendOutcome): SyncState {
  const sent = state.pending.find((p) => p.op.id === opId)
  if (!sent) return state // already settled by the feed (or cancelled)
  const op = sent.op
  switch (outcome.type) {
    case 'retry':
      return {
        ...state,
        pending: state.pending.map((p) =>
          p.op.id === opId ? { ...p, attempts: p.attempts + 1, lastError: outcome.error } : p,
        ),
      }
    case 'refused':
      return {
        ...withoutPending(state, opId),
        problems: [
          ...state.problems,
          {
            kind: 'refused',
            op,
            status: outcome.status,
            reason: outcome.reason,
            ...(outcome.issues?.length ? { issues: outcome.issues } : {}),
          },
        ],
      }
    case 'region-conflict':
      return {
        ...withoutPending(state, opId),
        problems: [...state.problems, { kind: 'region-conflict', op, server: outcome.server }],
      }
    case 'conflict': {
      const pointId =
        op.kind === 'point.put' ? op.point.id : op.kind === 'point.delete' ? op.pointId : ''
      // A retry of an edit that did reach the server finds its own result: that is success.
      const mine = op.kind === 'point.put' ? op.point : null
      if (sameJson(outcome.server, mine)) {
        return settle(state, opId, {
          type: 'ok',
          entity: { kind: 'point', id: pointId, revision: outcome.serverRevision, value: mine },
        })
      }
      const lists = {
        points: new EntityList(state.confirmed.points),
        assessments: new EntityList(state.confirmed.assessments),
      }
      lists.points.put(pointId, outcome.serverRevision, outcome.server)
      const rest = withoutPending(state, opId)
      return {
        ...rest,
        confirmed: { ...state.confirmed, points: lists.points.items },
        problems: [
          ...state.problems,
          { kind: 'conflict', op, server: outcome.server, serverRevision: outcome.serverRevision },
        ],
      }
    }
    case 'ok': {
      let next = withoutPending(state, opId)
      const lists = {
        points: new EntityList(state.confirmed.points),
        assessments: new EntityList(state.confirmed.assessments),
      }
      if (op.kind === 'assessment.add') lists.assessments.put(op.id, 1, op.assessment)
      else if (op.kind === 'assessment.remove' && sent.assessmentId) {
        const known = lists.assessments.get(sent.assessmentId)
        lists.assessments.put(sent.assessmentId, (known?.revision ?? 1) + 1, null)
      } else if (op.kind === 'point.put' || op.kind === 'point.delete') {
        const pointId = op.kind === 'point.put' ? op.point.id : op.pointId
        const revision = outcome.entity?.revision ?? (sent.baseRevision ?? 0) + 1
        lists.points.put(pointId, revision, op.kind === 'point.put' ? op.point : null)
        next = { ...next, pending: rebase(next.pending, pointId, sent.baseRevision, revision) }
      }
      return {
        ...next,
        confirmed: {
          ...state.confirmed,
          points: lists.points.items,
          assessments: lists.assessments.items,
        },
      }
    }
  }
}

/**
 * The server's id for a waiting removal that had none when it was made (the assessment was not
 * confirmed yet, or only by an answer the feed has since replaced): looked up again by content.
 */
export function identifyRemoval(state: SyncState, opId: string): SyncState {
  const index = state.pending.findIndex((p) => p.op.id === opId)
  const sent = state.pending[index]
  if (!sent || sent.op.kind !== 'assessment.remove' || sent.assessmentId) return state
  const taken = new Set(state.pending.flatMap((p) => (p.assessmentId ? [p.assessmentId] : [])))
  const assessmentId = liveAssessmentIds(state.confirmed, assessmentKey(sent.op.assessment)).find(
    (id) => !taken.has(id),
  )
  if (!assessmentId) return state
  const pending = [...state.pending]
  pending[index] = { ...sent, assessmentId }
  return { ...state, pending }
}

/**
 * The user's answer to a conflict: keep the server's version, or store `point` (theirs, mine or
 * a combination; null deletes it) on top of the server's current revision.
 */
export function resolveConflict(
  state: SyncState,
  opId: string,
  choice: { keep: 'server' } | { use: Point | null; id: string; at: string },
): SyncState {
  const problem = state.problems.find((p) => p.op.id === opId)
  if (!problem || problem.kind === 'refused') return state
  const problems = state.problems.filter((p) => p !== problem)
  if ('keep' in choice) return { ...state, problems }
  if (problem.kind === 'region-conflict') {
    const op = problem.op
    // Mine after all: made again on top of what the server has now.
    const again: Operation | null =
      op.kind === 'region.set'
        ? { ...op, id: choice.id, at: choice.at, before: problem.server }
        : op.kind === 'region.replace'
          ? { kind: 'region.replace', id: choice.id, at: choice.at, region: op.region }
          : null
    if (!again) return { ...state, problems }
    return { ...state, problems, pending: [...state.pending, { op: again, attempts: 0 }] }
  }
  const pointId =
    problem.op.kind === 'point.put'
      ? problem.op.point.id
      : problem.op.kind === 'point.delete'
        ? problem.op.pointId
        : ''
  const op: Operation = choice.use
    ? { kind: 'point.put', id: choice.id, at: choice.at, point: choice.use, before: problem.server }
    : { kind: 'point.delete', id: choice.id, at: choice.at, pointId, before: problem.server }
  return {
    ...state,
    problems,
    pending: [...state.pending, { op, baseRevision: problem.serverRevision, attempts: 0 }],
  }
}

/** Drops a refused change (or a conflict, keeping the server's version) once the user saw it. */
export function discardProblem(state: SyncState, opId: string): SyncState {
  return { ...state, problems: state.problems.filter((p) => p.op.id !== opId) }
}
