import { createHash } from 'node:crypto'

/** How a change reached the server. */
export type AuditVia = 'session' | 'token' | 'import' | 'cli' | 'system' | 'oidc'

/** One audit entry as the application writes it; sequence, time and hashes are added on append. */
export interface AuditInput {
  actorId: string | null
  actorEmail: string | null
  via: AuditVia
  /** `point.put`, `assessment.delete`, `region.put`, `session.login`, `session.login_failed`, `role.set`… */
  action: string
  region?: string | null
  entityKind?: string | null
  entityId?: string | null
  before?: unknown
  after?: unknown
  /** The client's address, for logins and failed logins. */
  address?: string | null
}

export interface AuditEntry extends Required<AuditInput> {
  seq: number
  /** ISO 8601, UTC, milliseconds: what the hash covers. */
  at: string
  prevHash: string
  hash: string
}

export const GENESIS_HASH = '0'.repeat(64)

/** JSON with object keys sorted at every level: JSONB does not keep the order keys came in. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** The hash of an entry: it covers every field and the previous entry's hash. */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const covered = [
    entry.seq,
    entry.at,
    entry.actorId,
    entry.actorEmail,
    entry.via,
    entry.action,
    entry.region,
    entry.entityKind,
    entry.entityId,
    entry.before ?? null,
    entry.after ?? null,
    entry.address,
    entry.prevHash,
  ]
  return createHash('sha256').update(canonicalJson(covered)).digest('hex')
}

export type ChainProblem =
  | { seq: number; problem: 'altered' }
  | { seq: number; problem: 'removed' }
  | { seq: number; problem: 'broken_link' }

/**
 * Walks the entries in order and returns the first one that was altered (its hash no longer
 * matches its content), removed (a gap in the sequence), or whose link to the previous entry
 * does not match. Entries must come in ascending `seq`.
 */
export function verifyChain(
  entries: Iterable<AuditEntry>,
  state: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
):
  | { ok: true; last: { seq: number; hash: string }; verified: number }
  | { ok: false; first: ChainProblem; verified: number } {
  let last = state
  let verified = 0
  for (const entry of entries) {
    if (entry.seq !== last.seq + 1)
      return { ok: false, first: { seq: last.seq + 1, problem: 'removed' }, verified }
    const { hash, ...rest } = entry
    if (entryHash(rest) !== hash)
      return { ok: false, first: { seq: entry.seq, problem: 'altered' }, verified }
    if (entry.prevHash !== last.hash)
      return { ok: false, first: { seq: entry.seq, problem: 'broken_link' }, verified }
    last = { seq: entry.seq, hash }
    verified++
  }
  return { ok: true, last, verified }
}
