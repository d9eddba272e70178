import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { toNumber, type Database } from './db/database.ts'

/**
 * A backup is a JSON Lines file: a header line, then one line per row of each table, tables in
 * an order that restores without breaking references. Sessions and rate-limit counters are
 * left out: a restored installation starts with everyone signed out.
 */
export const BACKUP_TABLES = [
  { name: 'regions', order: 'code' },
  { name: 'region_sharing', order: 'region' },
  { name: 'entities', order: 'region, kind, id' },
  { name: 'entity_tombstones', order: 'region, kind, id' },
  { name: 'population_grids', order: 'region' },
  { name: 'changes', order: 'region, seq' },
  { name: 'users', order: 'id' },
  { name: 'oidc_identities', order: 'issuer, subject' },
  { name: 'roles', order: 'user_id, region' },
  { name: 'access_tokens', order: 'id' },
  { name: 'audit_log', order: 'seq' },
] as const

const FORMAT = 'weerbaar-backup'
const PAGE = 5000

export class BackupError extends Error {
  override name = 'BackupError'
}

/** Writes the backup next to `file` and renames it into place: never a half-written file. */
export async function backup(db: Database, file: string): Promise<Record<string, number>> {
  const temporary = `${file}.${process.pid}.partial`
  const out = createWriteStream(temporary, { flags: 'wx' })
  const counts: Record<string, number> = {}
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain')
  }
  try {
    await db.transaction(async (tx) => {
      // One snapshot for all tables, while the server may go on writing (PostgreSQL).
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ')
      const schema = await tx.query<{ version: unknown }>(
        'SELECT max(version) AS version FROM schema_migrations',
      )
      await write(
        JSON.stringify({
          format: FORMAT,
          version: 1,
          schema: toNumber(schema[0]?.version),
          createdAt: new Date().toISOString(),
        }),
      )
      for (const table of BACKUP_TABLES) {
        counts[table.name] = 0
        for (let offset = 0; ; offset += PAGE) {
          const rows = await tx.query<{ r: unknown }>(
            `SELECT row_to_json(t) AS r FROM ${table.name} t ORDER BY ${table.order} LIMIT $1 OFFSET $2`,
            [PAGE, offset],
          )
          for (const row of rows)
            await write(
              JSON.stringify({
                t: table.name,
                r: typeof row.r === 'string' ? JSON.parse(row.r) : row.r,
              }),
            )
          counts[table.name]! += rows.length
          if (rows.length < PAGE) break
        }
      }
    })
    out.end()
    await once(out, 'finish')
    await new Promise<void>((resolve, reject) => out.close((e) => (e ? reject(e) : resolve())))
    await rename(temporary, file)
    return counts
  } catch (error) {
    out.destroy()
    await rm(temporary, { force: true })
    throw error
  }
}

/** Restores a backup into an empty database, in one transaction: all of it or nothing. */
export async function restore(db: Database, file: string): Promise<Record<string, number>> {
  const known = new Set<string>(BACKUP_TABLES.map((t) => t.name))
  const counts: Record<string, number> = {}
  await db.transaction(async (tx) => {
    for (const table of ['regions', 'users', 'audit_log']) {
      const rows = await tx.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${table}`)
      if (toNumber(rows[0]?.n) > 0)
        throw new BackupError(
          'The database is not empty: restore into a new data folder or an empty database',
        )
    }
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
    type Header = { format?: string; version?: number; schema?: number }
    let header: Header | undefined
    let batch: unknown[] = []
    let batchTable = ''
    const flush = async () => {
      if (batch.length === 0) return
      await tx.query(
        `INSERT INTO ${batchTable} SELECT * FROM jsonb_populate_recordset(NULL::${batchTable}, $1::jsonb)`,
        [JSON.stringify(batch)],
      )
      counts[batchTable] = (counts[batchTable] ?? 0) + batch.length
      batch = []
    }
    let lineNumber = 0
    for await (const line of lines) {
      lineNumber++
      if (line.trim() === '') continue
      let value: { t?: string; r?: unknown; format?: string }
      try {
        value = JSON.parse(line) as typeof value
      } catch {
        throw new BackupError(`${file}:${lineNumber}: not a line of a Weerbaar backup`)
      }
      if (!header) {
        if (value.format !== FORMAT) throw new BackupError(`${file}: not a Weerbaar backup`)
        header = value as Header
        const schema = await tx.query<{ version: unknown }>(
          'SELECT max(version) AS version FROM schema_migrations',
        )
        if ((header.schema ?? 0) > toNumber(schema[0]?.version))
          throw new BackupError(
            `${file}: made by a newer Weerbaar server (schema ${header.schema}); upgrade Weerbaar`,
          )
        continue
      }
      if (!value.t || !known.has(value.t))
        throw new BackupError(`${file}:${lineNumber}: unknown table ${String(value.t)}`)
      if (value.t !== batchTable || batch.length >= 1000) {
        await flush()
        batchTable = value.t
      }
      batch.push(value.r)
    }
    await flush()
    if (!header) throw new BackupError(`${file}: empty file`)
  })
  return counts
}
