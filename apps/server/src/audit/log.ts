import type { Queryable } from '../db/database.ts'
import { toNumber } from '../db/database.ts'
import {
  GENESIS_HASH,
  entryHash,
  verifyChain,
  type AuditEntry,
  type AuditInput,
  type ChainProblem,
} from './chain.ts'

/** One key for pg_advisory_xact_lock: appends to the chain happen one transaction at a time. */
const AUDIT_LOCK = 7_241_002

/**
 * Takes the audit trail's lock (held until the transaction ends, so appends happen one
 * transaction at a time) and returns its last entry, in one round trip.
 */
export async function lockAuditHead(tx: Queryable): Promise<{ seq: number; hash: string }> {
  const head = await tx.query<{ seq: unknown; hash: string }>(
    'SELECT seq, hash FROM weerbaar_audit_head($1)',
    [AUDIT_LOCK],
  )
  return head[0]
    ? { seq: toNumber(head[0].seq), hash: head[0].hash }
    : { seq: 0, hash: GENESIS_HASH }
}

/** The entries that follow `head` in the chain: numbered, timed and hashed. */
export function chainEntries(
  head: { seq: number; hash: string },
  inputs: readonly AuditInput[],
  now = new Date(),
): AuditEntry[] {
  let seq = head.seq
  let prevHash = head.hash
  const at = now.toISOString()
  return inputs.map((input) => {
    seq++
    const base = {
      seq,
      at,
      actorId: input.actorId,
      actorEmail: input.actorEmail,
      via: input.via,
      action: input.action,
      region: input.region ?? null,
      entityKind: input.entityKind ?? null,
      entityId: input.entityId ?? null,
      before: input.before ?? null,
      after: input.after ?? null,
      address: input.address ?? null,
      prevHash,
    }
    const hash = entryHash(base)
    prevHash = hash
    return { ...base, hash }
  })
}

/**
 * Appends entries to the audit trail inside the caller's transaction, so an audited change and
 * its entry commit together or not at all.
 */
export async function appendAudit(
  tx: Queryable,
  inputs: readonly AuditInput[],
  now = new Date(),
): Promise<AuditEntry[]> {
  if (inputs.length === 0) return []
  const entries = chainEntries(await lockAuditHead(tx), inputs, now)
  await insertAuditEntries(tx, entries)
  return entries
}

/** The columns of `audit_log` for `jsonb_to_recordset`, and the rows as its JSON argument. */
export const AUDIT_RECORDSET = `x(seq bigint, at timestamptz, actor_id text,
       actor_email text, via text, action text, region text, entity_kind text, entity_id text,
       before jsonb, after jsonb, address text, prev_hash text, hash text)`

export const AUDIT_INSERT_SELECT = `INSERT INTO audit_log (seq, at, actor_id, actor_email, via, action, region, entity_kind,
       entity_id, before, after, address, prev_hash, hash)
     SELECT x.seq, x.at, x.actor_id, x.actor_email, x.via, x.action, x.region, x.entity_kind,
       x.entity_id, x.before, x.after, x.address, x.prev_hash, x.hash`

export function auditRowsJson(entries: readonly AuditEntry[]): string {
  return JSON.stringify(
    entries.map((e) => ({
      seq: e.seq,
      at: e.at,
      actor_id: e.actorId,
      actor_email: e.actorEmail,
      via: e.via,
      action: e.action,
      region: e.region,
      entity_kind: e.entityKind,
      entity_id: e.entityId,
      before: e.before,
      after: e.after,
      address: e.address,
      prev_hash: e.prevHash,
      hash: e.hash,
    })),
  )
}

export async function insertAuditEntries(tx: Queryable, entries: readonly AuditEntry[]) {
  await tx.query(
    `${AUDIT_INSERT_SELECT} FROM jsonb_to_recordset($1::jsonb) AS ${AUDIT_RECORDSET}`,
    [auditRowsJson(entries)],
  )
}

interface AuditRow {
  seq: unknown
  at: Date | string
  actor_id: string | null
  actor_email: string | null
  via: AuditEntry['via']
  action: string
  region: string | null
  entity_kind: string | null
  entity_id: string | null
  before: unknown
  after: unknown
  address: string | null
  prev_hash: string
  hash: string
}

const COLUMNS =
  'seq, at, actor_id, actor_email, via, action, region, entity_kind, entity_id, before, after, address, prev_hash, hash'

export function rowToEntry(row: AuditRow): AuditEntry {
  return {
    seq: toNumber(row.seq),
    at: new Date(row.at).toISOString(),
    actorId: row.actor_id,
    actorEmail: row.actor_email,
    via: row.via,
    action: row.action,
    region: row.region,
    entityKind: row.entity_kind,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    address: row.address,
    prevHash: row.prev_hash,
    hash: row.hash,
  }
}

export interface AuditFilter {
  region?: string
  entityKind?: string
  entityId?: string
  actor?: string
  /** ISO date-times, inclusive from, exclusive to. */
  from?: string
  to?: string
  afterSeq?: number
  limit: number
}

export async function queryAudit(db: Queryable, filter: AuditFilter): Promise<AuditEntry[]> {
  const rows = await db.query<AuditRow>(
    `SELECT ${COLUMNS} FROM audit_log
     WHERE ($1::text IS NULL OR region = $1)
       AND ($2::text IS NULL OR entity_kind = $2)
       AND ($3::text IS NULL OR entity_id = $3)
       AND ($4::text IS NULL OR actor_id = $4 OR actor_email = lower($4))
       AND ($5::timestamptz IS NULL OR at >= $5)
       AND ($6::timestamptz IS NULL OR at < $6)
       AND seq > $7
     ORDER BY seq
     LIMIT $8`,
    [
      filter.region ?? null,
      filter.entityKind ?? null,
      filter.entityId ?? null,
      filter.actor ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.afterSeq ?? 0,
      filter.limit,
    ],
  )
  return rows.map(rowToEntry)
}

export type VerifyResult =
  | { ok: true; entries: number; last: { seq: number; hash: string } }
  | { ok: false; entries: number; first: ChainProblem }

/** Reads the whole trail in pages and checks every link. */
export async function verifyAudit(db: Queryable, pageSize = 5000): Promise<VerifyResult> {
  let state = { seq: 0, hash: GENESIS_HASH }
  let count = 0
  for (;;) {
    const rows = await db.query<AuditRow>(
      `SELECT ${COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [state.seq, pageSize],
    )
    if (rows.length === 0) return { ok: true, entries: count, last: state }
    const result = verifyChain(rows.map(rowToEntry), state)
    if (!result.ok) return { ok: false, entries: count + result.verified, first: result.first }
    count += rows.length
    state = result.last
  }
}
