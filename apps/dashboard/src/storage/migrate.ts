import { parseRegion, REGION_SCHEMA_VERSION, type Region } from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'
import type { RegionOrigin, RegionRecord } from './repository.ts'

/**
 * Version of the record the dashboard stores around a region. Bump it, and add a step to
 * `RECORD_MIGRATIONS`, whenever the stored shape changes.
 */
export const STORAGE_VERSION = 1

/** What is written to the key-value store. */
export interface StoredRecord extends RegionRecord {
  storageVersion: number
}

export type Migration = (value: Record<string, unknown>) => Record<string, unknown>

/**
 * Steps from one stored version to the next, keyed by the version they start from. Version 0
 * is a bare region document (what a first prototype wrote): it is wrapped in a record.
 */
export const RECORD_MIGRATIONS: Record<number, Migration> = {
  0: (region) => ({ storageVersion: 1, origin: 'import', savedAt: '', region }),
}

/**
 * Steps between region schema versions (`schemaVersion` of the region file), keyed by the
 * version they start from. Empty while `@weerbaar/core` knows only version 1; when core
 * publishes v2 with its migration, it is wired in here so stored data moves along.
 */
export const REGION_MIGRATIONS: Record<number, Migration> = {}

export type MigrationResult =
  | { ok: true; record: StoredRecord; migrated: boolean }
  | { ok: false; reason: string }

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Brings a stored value up to the current record and region versions. Never throws and never
 * loses data: what it cannot migrate is reported, and the caller keeps the original aside.
 */
export function migrateStored(
  raw: unknown,
  recordMigrations: Record<number, Migration> = RECORD_MIGRATIONS,
  regionMigrations: Record<number, Migration> = REGION_MIGRATIONS,
): MigrationResult {
  if (!isObject(raw)) return { ok: false, reason: 'Geen regio-gegevens' }
  let value = raw
  let migrated = false
  let version = typeof value.storageVersion === 'number' ? value.storageVersion : 0
  if (version > STORAGE_VERSION) {
    return { ok: false, reason: `Opgeslagen door een nieuwere versie (opslagversie ${version})` }
  }
  while (version < STORAGE_VERSION) {
    const step = recordMigrations[version]
    if (!step) return { ok: false, reason: `Geen migratie van opslagversie ${version}` }
    value = step(value)
    version = typeof value.storageVersion === 'number' ? value.storageVersion : version + 1
    migrated = true
  }
  if (!isObject(value.region)) return { ok: false, reason: 'Het record bevat geen regio' }
  let region = value.region
  let schemaVersion = typeof region.schemaVersion === 'number' ? region.schemaVersion : 0
  if (schemaVersion > REGION_SCHEMA_VERSION) {
    return { ok: false, reason: `Regiobestand van een nieuwere schemaversie (${schemaVersion})` }
  }
  while (schemaVersion < REGION_SCHEMA_VERSION) {
    const step = regionMigrations[schemaVersion]
    if (!step) return { ok: false, reason: `Geen migratie van schemaversie ${schemaVersion}` }
    region = step(region)
    schemaVersion =
      typeof region.schemaVersion === 'number' ? region.schemaVersion : schemaVersion + 1
    migrated = true
  }
  let checked: Region = region as unknown as Region
  if (migrated) {
    // Migrated data is checked like an imported file before the app trusts it.
    const result = parseRegion(region, { lang: 'nl', catalog })
    if (!result.ok) {
      const first = result.issues[0]
      return {
        ok: false,
        reason: `Na migratie ongeldig: ${first ? `${first.path} ${first.message}` : 'onbekende fout'}`,
      }
    }
    checked = result.value
  }
  const origin: RegionOrigin = value.origin === 'demo' ? 'demo' : 'import'
  return {
    ok: true,
    migrated,
    record: {
      storageVersion: STORAGE_VERSION,
      origin,
      savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
      region: checked,
    },
  }
}
