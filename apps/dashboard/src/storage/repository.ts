import type { Region } from '@weerbaar/core'
import type { Operation } from '#/sync/operations.ts'

/** Where a region in the browser came from: the shipped demo, or a file the user imported. */
export type RegionOrigin = 'demo' | 'import' | 'server'

export interface RegionRecord {
  region: Region
  origin: RegionOrigin
  /** ISO timestamp of the last save. */
  savedAt: string
  /**
   * Counts the transactions that changed this record (0 for what older versions wrote). A tab
   * that sees a higher number than it last read knows another tab changed the region.
   */
  version?: number
}

/** What `apply` did: the stored region after the operations, and the versions around it. */
export interface ApplyResult {
  /** `version` of the record before these operations. */
  before: number
  /** `version` of the record after them. */
  version: number
  region: Region
  savedAt: string
}

export interface RegionListItem {
  code: string
  name: string
  origin: RegionOrigin
  savedAt: string
  points: number
}

/** A stored record that could not be read as a region; it is kept, never deleted. */
export interface KeptAside {
  key: string
  /** Why it could not be used (Dutch, shown to the user). */
  reason: string
  raw: unknown
}

export interface OpenReport {
  /** Codes of regions that were written by an older version and migrated. */
  migrated: string[]
  /** Records the app could not read: kept under their own key for download. */
  keptAside: KeptAside[]
}

/**
 * The one door to stored regions. Views and stores only see this interface, so a server
 * back end can replace the browser's IndexedDB later without touching them.
 */
export interface RegionRepository {
  /** Migrates what older versions wrote; call once before anything else. */
  open(): Promise<OpenReport>
  list(): Promise<RegionListItem[]>
  load(code: string): Promise<RegionRecord | undefined>
  /** Writes a whole region (a first seed, a reset or an import); resolves once committed. */
  save(record: RegionRecord): Promise<void>
  /**
   * Applies the operations to the stored region in ONE transaction and resolves only after it
   * committed: a crash leaves all of them or none, and transactions of other tabs are
   * serialised with it, so nobody's change is overwritten by a stale copy.
   */
  apply(code: string, ops: readonly Operation[]): Promise<ApplyResult>
  remove(code: string): Promise<void>
}
