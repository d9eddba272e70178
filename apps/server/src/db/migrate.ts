import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Database } from './database.ts'

export interface Migration {
  version: number
  name: string
  sql: string
  checksum: string
}

/** From the source tree (`sql/migrations`) or next to the built binary (`dist/migrations`). */
function migrationsDir(): string {
  const candidates = [
    new URL('./migrations/', import.meta.url),
    new URL('../../sql/migrations/', import.meta.url),
  ]
  for (const url of candidates) {
    const path = fileURLToPath(url)
    if (existsSync(path)) return path
  }
  throw new Error('The SQL migrations are missing: rebuild the server')
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const sql = readFileSync(`${dir}/${file}`, 'utf8')
      return {
        version: Number(file.slice(0, 4)),
        name: file.replace(/\.sql$/, ''),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      }
    })
}

/** A key for pg_advisory_xact_lock: several servers starting at once migrate one at a time. */
const MIGRATION_LOCK = 7_241_001

export class MigrationError extends Error {
  override name = 'MigrationError'
}

/**
 * Applies the migrations that are not yet applied, each in its own transaction, in order.
 * Refuses a database whose applied migrations differ from the files (an edited migration) or
 * that is newer than this server.
 */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`)
  const applied: string[] = []
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
      const rows = await tx.query<{ checksum: string }>(
        'SELECT checksum FROM schema_migrations WHERE version = $1',
        [migration.version],
      )
      if (rows[0]) {
        if (rows[0].checksum !== migration.checksum)
          throw new MigrationError(
            `Migration ${migration.name} was changed after it was applied; released migrations are never edited`,
          )
        return false
      }
      await tx.exec(migration.sql)
      await tx.query(
        'INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)',
        [migration.version, migration.name, migration.checksum],
      )
      return true
    })
    if (done) applied.push(migration.name)
  }
  const newest = await db.query<{ version: number }>(
    'SELECT max(version) AS version FROM schema_migrations',
  )
  const known = migrations.at(-1)?.version ?? 0
  if ((newest[0]?.version ?? 0) > known)
    throw new MigrationError(
      `The database was migrated by a newer Weerbaar server (schema ${newest[0]?.version}); upgrade Weerbaar`,
    )
  return applied
}
