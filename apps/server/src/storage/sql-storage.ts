import type { AuditInput } from '../audit/chain.ts'
import {
  AUDIT_INSERT_SELECT,
  AUDIT_RECORDSET,
  appendAudit,
  auditRowsJson,
  chainEntries,
  lockAuditHead,
  queryAudit,
  verifyAudit,
  type AuditFilter,
} from '../audit/log.ts'
import { toNumber, type Database, type Queryable } from '../db/database.ts'
import { copyForAppend, indexOfEntity } from './entity-index.ts'
import {
  ENTITY_COLLECTIONS,
  collectionOf,
  jsonbOrder,
  type CollectionKey,
  type RegionHeader,
  type StoredEntity,
} from './region-document.ts'
import { RegionStateCache, type RegionRow } from './region-states.ts'
import type {
  Actor,
  ChangePage,
  ChangeRecord,
  EntityChange,
  RegionState,
  RegionStorage,
  RegionSummary,
  WriteOutcome,
  WritePlan,
} from './storage.ts'

/** The NOTIFY channel; the payload is `{"region":"VR25","seq":42}`. */
export const CHANGES_CHANNEL = 'weerbaar_changes'

function emptyCollections(): Record<CollectionKey, StoredEntity[]> {
  const out = {} as Record<CollectionKey, StoredEntity[]>
  for (const { key } of ENTITY_COLLECTIONS) out[key] = []
  return out
}

/** At most this many waiting writes go into one transaction. */
const MAX_GROUP = 64

interface QueuedWrite {
  actor: Actor
  plan: (state: RegionState | undefined) => WritePlan<unknown> | Promise<WritePlan<unknown>>
  resolve: (outcome: WriteOutcome<unknown>) => void
  reject: (error: unknown) => void
}

/** A collection being changed by one write: deleted entities are null until the end. */
interface WorkingList {
  items: (StoredEntity | null)[]
  nextPosition: number
  deleted: boolean
}

interface AppliedStep {
  state: RegionState
  records: ChangeRecord[]
  audit: AuditInput[]
  /** The entities written or removed (null, with the revision of the removal), by kind and id. */
  entities: Map<string, EntityWrite>
  /** Entities this write created (absent before): they may have been removed before. */
  created: { kind: string; id: string }[]
}

interface EntityWrite {
  kind: string
  id: string
  entity: StoredEntity | null
  revision: number
}

/** `kind` and `id` as one key. */
const entityKey = (kind: string, id: string) => `${kind}\u0000${id}`

/**
 * One write's changes applied to the region in memory: the new state (untouched collections
 * stay the same arrays, so a write costs the same in a small or a large region), its change
 * records and audit entries. Nothing is written to the database here.
 */
function applyChanges(
  code: string,
  state: RegionState | undefined,
  changes: EntityChange[],
  actor: Actor,
  now: Date,
  removedRevisions: ReadonlyMap<string, number>,
  owned?: WeakSet<readonly (StoredEntity | null)[]>,
): AppliedStep {
  const at = now.toISOString()
  let header = state?.header
  let revision = state?.revision ?? 0
  let seq = state?.lastSeq ?? 0
  const touched = new Map<CollectionKey, WorkingList>()
  // A list this batch made (`owned`) is appended to in place when the write only puts entities
  // (nothing in it can fail half-way): a batch of assessment writes then copies the region's
  // assessments once, not once per write. The states before it in the batch were only lent to
  // their plans, which have returned.
  const putsOnly = changes.every((c) => c.op === 'put')
  const inPlace =
    owned !== undefined &&
    putsOnly &&
    state?.header !== undefined &&
    changes.every((c) => c.kind !== 'region' && collectionOf(c.kind))
  const listOf = (key: CollectionKey): WorkingList => {
    let list = touched.get(key)
    if (!list) {
      const current = state?.collections[key] ?? []
      const items =
        inPlace && owned.has(current)
          ? (current as (StoredEntity | null)[])
          : putsOnly
            ? copyForAppend(current)
            : [...current]
      owned?.add(items)
      list = { items, nextPosition: (items.at(-1)?.position ?? 0) + 1, deleted: false }
      touched.set(key, list)
    }
    return list
  }
  const find = (list: WorkingList, id: string): number => indexOfEntity(list.items, id)
  const records: ChangeRecord[] = []
  const audit: AuditInput[] = []
  const entities: AppliedStep['entities'] = new Map()
  const created: AppliedStep['created'] = []

  for (const change of changes) {
    seq++
    let before: unknown = null
    let newRevision: number
    if (change.kind === 'region') {
      before = header ?? null
      revision++
      newRevision = revision
      if (change.op !== 'put') throw new Error('A region header is replaced, not deleted')
      header = jsonbOrder(change.doc) as RegionHeader
    } else {
      const collection = collectionOf(change.kind)
      if (!collection) throw new Error(`Unknown entity kind ${change.kind}`)
      const list = listOf(collection.key)
      const index = find(list, change.id)
      const existing = index >= 0 ? list.items[index]! : undefined
      before = existing?.doc ?? null
      const key = entityKey(change.kind, change.id)
      // A removed entity created again continues from its last revision: an old ETag must
      // not match the new one.
      newRevision = (existing?.revision ?? removedRevisions.get(key) ?? 0) + 1
      if (!existing && change.op === 'put') created.push({ kind: change.kind, id: change.id })
      if (change.op === 'put') {
        const entity = {
          id: change.id,
          revision: newRevision,
          position: existing?.position ?? list.nextPosition++,
          doc: jsonbOrder(change.doc),
        }
        if (existing) list.items[index] = entity
        else list.items.push(entity)
        entities.set(key, { kind: change.kind, id: change.id, entity, revision: newRevision })
      } else {
        if (!existing) throw new Error(`No ${change.kind} ${change.id} to delete`)
        list.items[index] = null
        list.deleted = true
        entities.set(key, { kind: change.kind, id: change.id, entity: null, revision: newRevision })
      }
    }
    const value = change.op === 'put' ? change.doc : undefined
    records.push({
      seq,
      at,
      kind: change.kind,
      id: change.id,
      op: change.op,
      revision: newRevision,
      ...(change.op === 'put' ? { value } : {}),
    })
    audit.push({
      actorId: actor.userId,
      actorEmail: actor.email,
      via: actor.via,
      action: `${change.kind}.${change.op}`,
      region: code,
      entityKind: change.kind,
      entityId: change.id,
      before,
      after: value ?? null,
      address: actor.address ?? null,
    })
  }
  if (!header) throw new Error(`Region ${code} has no header`)
  const collections = { ...(state?.collections ?? emptyCollections()) }
  // Appended entities have the highest positions, so the lists stay in document order.
  for (const [key, list] of touched) {
    collections[key] = list.deleted
      ? list.items.filter((e): e is StoredEntity => e !== null)
      : (list.items as StoredEntity[])
    owned?.add(collections[key])
  }
  return {
    state: { code, header, revision, lastSeq: seq, collections },
    records,
    audit,
    entities,
    created,
  }
}

/** The steps of one transaction together: the last value of each entity, every record. */
class GroupedWrite {
  readonly entities = new Map<string, EntityWrite>()
  readonly records: ChangeRecord[] = []
  readonly audit: AuditInput[] = []

  add(step: AppliedStep, extraAudit: AuditInput[]): void {
    for (const [key, value] of step.entities) this.entities.set(key, value)
    this.records.push(...step.records)
    this.audit.push(...step.audit, ...extraAudit)
  }
}

/**
 * Writes a group's outcome: the region row, entities, the revisions of removed ones, change
 * feed, audit entries and the notification, in one statement after the audit trail's head was
 * read (under its lock): a group costs the same few round trips however many writes it holds.
 */
async function persist(
  tx: Queryable,
  code: string,
  existed: boolean,
  headerChanged: boolean,
  state: RegionState,
  group: GroupedWrite,
  now: Date,
): Promise<void> {
  const at = now.toISOString()
  const { header, revision, lastSeq } = state
  if (!existed)
    await tx.query(
      `INSERT INTO regions (code, header, revision, last_seq, created_at, updated_at)
       VALUES ($1, $2::jsonb, $3, $4, $5, $5)`,
      [code, JSON.stringify(header), revision, lastSeq, at],
    )
  const deletes: { kind: string; id: string; revision: number }[] = []
  const puts: { kind: string; id: string; position: number; revision: number; doc: unknown }[] = []
  for (const { kind, id, entity, revision: entityRevision } of group.entities.values())
    if (entity) puts.push({ kind, ...entity })
    else deletes.push({ kind, id, revision: entityRevision })
  const audit = chainEntries(await lockAuditHead(tx), group.audit, now)
  await tx.query(
    `WITH
       region AS (
         UPDATE regions SET header = COALESCE($2::jsonb, header), revision = $3, last_seq = $4,
           updated_at = $5
         WHERE code = $1),
       removed AS (
         DELETE FROM entities e USING jsonb_to_recordset($6::jsonb) AS x(kind text, id text)
         WHERE e.region = $1 AND e.kind = x.kind AND e.id = x.id),
       tombstones AS (
         INSERT INTO entity_tombstones (region, kind, id, revision)
         SELECT $1, x.kind, x.id, x.revision
         FROM jsonb_to_recordset($6::jsonb) AS x(kind text, id text, revision bigint)
         ON CONFLICT (region, kind, id) DO UPDATE
           SET revision = GREATEST(entity_tombstones.revision, EXCLUDED.revision)),
       written AS (
         INSERT INTO entities (region, kind, id, position, revision, doc)
         SELECT $1, x.kind, x.id, x.position, x.revision, x.doc
         FROM jsonb_to_recordset($7::jsonb)
           AS x(kind text, id text, position bigint, revision bigint, doc jsonb)
         ON CONFLICT (region, kind, id) DO UPDATE
           SET position = EXCLUDED.position, revision = EXCLUDED.revision, doc = EXCLUDED.doc),
       feed AS (
         INSERT INTO changes (region, seq, at, kind, entity_id, op, revision, doc)
         SELECT $1, x.seq, x.at, x.kind, x.id, x.op, x.revision, x.value
         FROM jsonb_to_recordset($8::jsonb)
           AS x(seq bigint, at timestamptz, kind text, id text, op text, revision bigint, value jsonb)),
       audit AS (
         ${AUDIT_INSERT_SELECT} FROM jsonb_to_recordset($9::jsonb) AS ${AUDIT_RECORDSET})
     SELECT pg_notify($10, $11) WHERE $11::text IS NOT NULL`,
    [
      code,
      existed && headerChanged ? JSON.stringify(header) : null,
      revision,
      lastSeq,
      at,
      JSON.stringify(deletes),
      JSON.stringify(puts),
      JSON.stringify(group.records),
      auditRowsJson(audit),
      CHANGES_CHANNEL,
      group.records.length > 0 ? JSON.stringify({ region: code, seq: lastSeq }) : null,
    ],
  )
}

/** The last revisions of removed entities among `wanted`, by `entityKey`. */
async function removedRevisions(
  tx: Queryable,
  code: string,
  wanted: readonly { kind: string; id: string }[],
): Promise<Map<string, number>> {
  const rows = await tx.query<{ kind: string; id: string; revision: unknown }>(
    `SELECT t.kind, t.id, t.revision FROM entity_tombstones t
     JOIN jsonb_to_recordset($2::jsonb) AS x(kind text, id text) ON t.kind = x.kind AND t.id = x.id
     WHERE t.region = $1`,
    [code, JSON.stringify(wanted)],
  )
  return new Map(rows.map((r) => [entityKey(r.kind, r.id), toNumber(r.revision)]))
}

type Answer =
  | { ok: true; result: unknown; records: ChangeRecord[]; lastSeq: number }
  | { ok: false; plan: Extract<WritePlan<unknown>, { ok: false }> }
  | { ok: false; error: unknown }

/** A batch planned one write after the other, each on the state the ones before it left. */
async function planBatch(
  code: string,
  batch: readonly QueuedWrite[],
  before: RegionState | undefined,
  now: Date,
  removed: ReadonlyMap<string, number>,
) {
  let state = before
  const group = new GroupedWrite()
  const answers: Answer[] = []
  const created: { kind: string; id: string }[] = []
  const owned = new WeakSet<readonly (StoredEntity | null)[]>()
  for (const item of batch) {
    try {
      const decided = await item.plan(state)
      if (!decided.ok) {
        answers.push({ ok: false, plan: decided })
        continue
      }
      const step = applyChanges(code, state, decided.changes, item.actor, now, removed, owned)
      group.add(step, decided.audit ?? [])
      created.push(...step.created)
      state = step.state
      answers.push({
        ok: true,
        result: decided.result,
        records: step.records,
        lastSeq: step.state.lastSeq,
      })
    } catch (error) {
      answers.push({ ok: false, error })
    }
  }
  return { state, group, answers, created }
}

export class SqlStorage implements RegionStorage {
  /**
   * The last state read or written per region, reused while the region's sequence number is
   * unchanged: a write then does not read the whole region again. After another process's
   * write the kept state is brought up to date from the change feed (see RegionStateCache).
   */
  private readonly cache = new RegionStateCache()
  private readonly listeners = new Set<(region: string, lastSeq: number) => void>()
  /** Writes waiting for their region's next transaction, and the regions being written. */
  private readonly queues = new Map<string, QueuedWrite[]>()
  private readonly draining = new Set<string>()
  private stopListening: (() => Promise<void>) | undefined

  constructor(readonly db: Database) {}

  get kind() {
    return this.db.kind
  }

  /** Starts LISTEN for changes made by any process. */
  async start(): Promise<void> {
    this.stopListening = await this.db.listen(CHANGES_CHANNEL, (payload) => {
      try {
        const { region, seq } = JSON.parse(payload) as { region: string; seq: number }
        for (const fn of this.listeners) fn(region, seq)
      } catch {
        // Not ours.
      }
    })
    this.db.onReconnect(() => {
      // Notifications may have been lost: tell every listener to look again.
      for (const code of this.cache.keys())
        for (const fn of this.listeners) fn(code, Number.MAX_SAFE_INTEGER)
    })
  }

  async stop(): Promise<void> {
    await this.stopListening?.()
  }

  subscribe(listener: (region: string, lastSeq: number) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async listRegions(): Promise<RegionSummary[]> {
    const rows = await this.db.query<{ code: string; name: string; last_seq: unknown }>(
      `SELECT code, header->'region'->>'name' AS name, last_seq FROM regions ORDER BY code`,
    )
    return rows.map((r) => ({ code: r.code, name: r.name, lastSeq: toNumber(r.last_seq) }))
  }

  async regionSeq(code: string): Promise<number | undefined> {
    const rows = await this.db.query<{ last_seq: unknown }>(
      'SELECT last_seq FROM regions WHERE code = $1',
      [code],
    )
    return rows[0] ? toNumber(rows[0].last_seq) : undefined
  }

  async readRegion(code: string): Promise<RegionState | undefined> {
    return this.db.transaction(async (tx) => {
      // The region row, the change feed and the entities from one snapshot (a server's READ
      // COMMITTED would let a write commit between them).
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ')
      const rows = await tx.query<{ header: RegionHeader; revision: unknown; last_seq: unknown }>(
        'SELECT header, revision, last_seq FROM regions WHERE code = $1',
        [code],
      )
      const row = rows[0]
      if (!row) return undefined
      return this.loadState(tx, code, row)
    })
  }

  private loadState(tx: Queryable, code: string, row: RegionRow): Promise<RegionState> {
    return this.cache.load(tx, code, row)
  }

  /**
   * Writes to one region wait in a queue; each transaction takes every write waiting then
   * (group commit). The writes are planned one after the other on the state the ones before
   * them left, each with its own change numbers, revisions and audit entries, and all are
   * committed together: one lock, one commit to disk for the lot. Each caller is answered after
   * that commit, so nothing is acknowledged before it is durable. A rejected or failing plan
   * changes nothing and does not hold back the others.
   */
  writeRegion<R>(
    code: string,
    actor: Actor,
    plan: (state: RegionState | undefined) => WritePlan<R> | Promise<WritePlan<R>>,
  ): Promise<WriteOutcome<R>> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(code) ?? []
      queue.push({
        actor,
        plan: plan as QueuedWrite['plan'],
        resolve: resolve as QueuedWrite['resolve'],
        reject,
      })
      this.queues.set(code, queue)
      if (!this.draining.has(code)) void this.drain(code)
    })
  }

  private async drain(code: string): Promise<void> {
    this.draining.add(code)
    try {
      while ((this.queues.get(code)?.length ?? 0) > 0) {
        // Lets the requests that reached the server in this turn of the event loop join the
        // batch first. PGlite runs in this thread and a transaction's queries run one after
        // the other without giving other requests a turn: started at once, every commit
        // would carry one write.
        await new Promise((resolve) => setImmediate(resolve))
        await this.writeBatch(code)
      }
    } finally {
      this.queues.delete(code)
      this.draining.delete(code)
    }
  }

  /**
   * The region's state at `lastSeq`: the cached one when it is that far, else read, with
   * whether anything was ever removed from it (read afresh, after the lock was granted).
   */
  private async stateAt(
    tx: Queryable,
    code: string,
    lastSeq: number,
  ): Promise<{ state: RegionState; removals?: boolean }> {
    const cached = this.cache.get(code)
    if (cached && cached.lastSeq === lastSeq) return { state: cached }
    const rows = await tx.query<{
      header: RegionHeader
      revision: unknown
      last_seq: unknown
      removals: boolean
    }>(
      `SELECT header, revision, last_seq,
         EXISTS (SELECT 1 FROM entity_tombstones t WHERE t.region = $1) AS removals
       FROM regions WHERE code = $1`,
      [code],
    )
    return { state: await this.loadState(tx, code, rows[0]!), removals: rows[0]!.removals }
  }

  private async writeBatch(code: string): Promise<void> {
    let batch: QueuedWrite[] = []
    const take = () => (batch = this.queues.get(code)?.splice(0, MAX_GROUP) ?? [])
    let outcome: { state: RegionState | undefined; answers: Answer[] }
    try {
      outcome = await this.db.transaction(async (tx) => {
        const rows = await tx.query<{ revision: unknown; last_seq: unknown; removals: boolean }>(
          `SELECT revision, last_seq,
             EXISTS (SELECT 1 FROM entity_tombstones t WHERE t.region = $1) AS removals
           FROM regions WHERE code = $1 FOR UPDATE`,
          [code],
        )
        // The batch is taken now that the region is locked: every write that arrived while
        // this transaction waited for the database (PGlite runs one query at a time) or for the
        // lock goes into this commit.
        take()
        const existed = rows[0] !== undefined
        // `removals` of the locking statement may predate a commit it waited for; then the
        // sequence number moved on, the state is read again, and so is `removals`.
        const known = rows[0] ? await this.stateAt(tx, code, toNumber(rows[0].last_seq)) : undefined
        const before = known?.state
        const removals = known?.removals ?? rows[0]?.removals ?? false
        const now = new Date()
        let planned = await planBatch(code, batch, before, now, new Map())
        // Entities created by the batch may have been removed before: their revisions go on
        // from there, so the batch is planned again with them (rare; one lookup otherwise).
        const removed = new Map<string, number>()
        const looked = new Set<string>()
        // (Only in a region where something was ever removed.)
        for (;;) {
          if (!removals) break
          const unknown = planned.created.filter((e) => !looked.has(entityKey(e.kind, e.id)))
          if (unknown.length === 0) break
          for (const e of unknown) looked.add(entityKey(e.kind, e.id))
          const found = await removedRevisions(tx, code, unknown)
          if (found.size === 0) break
          for (const [key, revision] of found) removed.set(key, revision)
          planned = await planBatch(code, batch, before, now, removed)
        }
        const { state, group, answers } = planned
        if (state && state !== before)
          await persist(
            tx,
            code,
            existed,
            !before || state.header !== before.header,
            state,
            group,
            now,
          )
        else if (group.audit.length > 0) await appendAudit(tx, group.audit, now)
        return { state, answers }
      })
    } catch (error) {
      this.cache.delete(code)
      // Nothing taken yet (the transaction failed to start): the waiting writes fail with it.
      for (const item of batch.length > 0 ? batch : take()) item.reject(error)
      return
    }
    if (outcome.state) {
      this.cache.set(code, outcome.state)
      for (const fn of this.listeners) fn(code, outcome.state.lastSeq)
    }
    outcome.answers.forEach((answer, i) => {
      const item = batch[i]!
      if (answer.ok) item.resolve(answer)
      else if ('plan' in answer) item.resolve(answer.plan)
      else item.reject(answer.error)
    })
  }

  async changesSince(code: string, since: number, limit: number): Promise<ChangePage> {
    return this.db.transaction(async (tx) => {
      const region = await tx.query<{ last_seq: unknown }>(
        'SELECT last_seq FROM regions WHERE code = $1',
        [code],
      )
      const last = toNumber(region[0]?.last_seq ?? 0)
      const rows = await tx.query<{
        seq: unknown
        at: Date | string
        kind: ChangeRecord['kind']
        entity_id: string
        op: 'put' | 'delete'
        revision: unknown
        doc: unknown
      }>(
        `SELECT seq, at, kind, entity_id, op, revision, doc FROM changes
         WHERE region = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [code, since, limit],
      )
      const changes: ChangeRecord[] = rows.map((r) => ({
        seq: toNumber(r.seq),
        at: new Date(r.at).toISOString(),
        kind: r.kind,
        id: r.entity_id,
        op: r.op,
        revision: toNumber(r.revision),
        ...(r.op === 'put' ? { value: r.doc } : {}),
      }))
      const lastReturned = changes.at(-1)?.seq ?? since
      return { region: code, changes, last, next: lastReturned < last ? lastReturned : null }
    })
  }

  async appendAudit(entries: AuditInput[]): Promise<void> {
    await this.db.transaction((tx) => appendAudit(tx, entries))
  }

  queryAudit(filter: AuditFilter) {
    return queryAudit(this.db, filter)
  }

  verifyAudit() {
    return verifyAudit(this.db)
  }
}
