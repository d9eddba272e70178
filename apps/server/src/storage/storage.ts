import type { Issue } from '@weerbaar/core'
import type { AuditInput, AuditVia } from '../audit/chain.ts'
import type { AuditEntry } from '../audit/chain.ts'
import type { AuditFilter, VerifyResult } from '../audit/log.ts'
import type { DatabaseKind } from '../db/database.ts'
import type { CollectionKey, EntityKind, RegionHeader, StoredEntity } from './region-document.ts'

/** Who makes a change, and how it reached the server: what the audit trail records. */
export interface Actor {
  userId: string | null
  email: string | null
  via: AuditVia
  address?: string | null
}

/** A region as stored: its header, its entities in document order, revisions and sequence. */
export interface RegionState {
  code: string
  header: RegionHeader
  /** Revision of the header. */
  revision: number
  /** The number of the region's last change. */
  lastSeq: number
  collections: Record<CollectionKey, readonly StoredEntity[]>
}

/** What a change is about: the region's header, or one entity. */
export type ChangeKind = 'region' | EntityKind

export type EntityChange =
  | { kind: ChangeKind; id: string; op: 'put'; doc: unknown }
  | { kind: ChangeKind; id: string; op: 'delete' }

/** One entry of a region's change feed (`GET /regions/{code}/changes`, the events stream). */
export interface ChangeRecord {
  seq: number
  /** Server time of the commit, ISO 8601 UTC. */
  at: string
  kind: ChangeKind
  id: string
  op: 'put' | 'delete'
  /** The entity's revision after the change (for a delete: the revision it had plus one). */
  revision: number
  /** The new value for `put`; absent for `delete`. */
  value?: unknown
}

/**
 * What a write decides after looking at the current region: the changes to make, or why not.
 * `rejected` is an HTTP status for the caller: 412 stale revision, 409 conflict, 422 invalid…
 */
export type WritePlan<R> =
  | { ok: true; changes: EntityChange[]; result: R; audit?: AuditInput[] }
  | { ok: false; status: number; issues: Issue[]; title?: string }

export type WriteOutcome<R> =
  | { ok: true; result: R; records: ChangeRecord[]; lastSeq: number }
  | { ok: false; status: number; issues: Issue[]; title?: string }

export interface ChangePage {
  region: string
  changes: ChangeRecord[]
  /** The number of the region's last change right now. */
  last: number
  /** Ask again with `since=next` for more; null when this page reached `last`. */
  next: number | null
}

export interface RegionSummary {
  code: string
  name: string
  lastSeq: number
}

/**
 * The server's storage: regions as documents of the region contract, their change feed, and the
 * audit trail. One implementation in PostgreSQL SQL (`SqlStorage`), on PGlite or a server.
 */
export interface RegionStorage {
  readonly kind: DatabaseKind
  listRegions(): Promise<RegionSummary[]>
  readRegion(code: string): Promise<RegionState | undefined>
  /** The number of the region's last change, read from the database; undefined if none. */
  regionSeq(code: string): Promise<number | undefined>
  /**
   * Locks the region, gives `plan` its current state (undefined when it does not exist yet),
   * and applies the planned changes in one transaction with their change-feed entries and
   * audit entries. Resolves after the commit.
   */
  writeRegion<R>(
    code: string,
    actor: Actor,
    plan: (state: RegionState | undefined) => WritePlan<R> | Promise<WritePlan<R>>,
  ): Promise<WriteOutcome<R>>
  changesSince(code: string, since: number, limit: number): Promise<ChangePage>
  /** Calls `listener` with the region and its last sequence after a change, in any process. */
  subscribe(listener: (region: string, lastSeq: number) => void): () => void
  appendAudit(entries: AuditInput[]): Promise<void>
  queryAudit(filter: AuditFilter): Promise<AuditEntry[]>
  verifyAudit(): Promise<VerifyResult>
}
