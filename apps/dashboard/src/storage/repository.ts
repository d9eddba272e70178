import type { Region } from '@weerbaar/core'

/** Where a region in the browser came from: the shipped demo, or a file the user imported. */
export type RegionOrigin = 'demo' | 'import'

export interface RegionRecord {
  region: Region
  origin: RegionOrigin
  /** ISO timestamp of the last save. */
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
  save(record: RegionRecord): Promise<void>
  remove(code: string): Promise<void>
}
