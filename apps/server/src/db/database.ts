import type { PGlite } from '@electric-sql/pglite'
import type { Pool, PoolClient } from 'pg'

/** Something SQL can be sent to: the database, or one transaction of it. Parameterised only. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

export type DatabaseKind = 'pglite' | 'postgres'

/**
 * One PostgreSQL, embedded (PGlite) or a server (`pg`). The same SQL runs on both; the only
 * differences are how connections and notifications are handled, and they stay in this file.
 */
export interface Database extends Queryable {
  readonly kind: DatabaseKind
  /** Runs `fn` in one transaction (READ COMMITTED); committed when it resolves. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
  /** LISTEN on a channel; the returned function stops listening. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>
  /** Called after a lost notification connection came back: notifications may have been missed. */
  onReconnect(listener: () => void): void
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** `postgres://…`: a PostgreSQL server. Without it, PGlite in `dataDir`. */
  databaseUrl?: string
  /** PGlite's data folder; `memory://` for a throwaway database. */
  dataDir?: string
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl)
  if (!options.dataDir) throw new Error('openDatabase: give databaseUrl or dataDir')
  return openPglite(options.dataDir)
}

async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite')
  // relaxedDurability stays off: a query resolves only after its writes reached the files.
  const db: PGlite = await PGlite.create({ dataDir, relaxedDurability: false })
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(sql, params as unknown[])
      return result.rows
    },
    async exec(sql: string) {
      await q.exec(sql)
    },
  })
  const base = wrap(db)
  return {
    kind: 'pglite',
    ...base,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async listen(channel, onPayload) {
      const stop = await db.listen(channel, onPayload)
      return async () => stop()
    },
    onReconnect() {
      // In-process: notifications cannot be lost.
    },
    close: () => db.close(),
  }
}

async function openPostgres(url: string): Promise<Database> {
  const pg = await import('pg')
  const { Pool, Client, types } = pg.default
  // bigint columns (sequence numbers, revisions) stay well inside Number's exact range.
  const parseInt8 = (value: string) => Number(value)
  const getTypeParser = ((oid: number, format?: string) =>
    oid === 20
      ? parseInt8
      : types.getTypeParser(oid, format as 'text')) as typeof types.getTypeParser
  const pool: Pool = new Pool({ connectionString: url, max: 10, types: { getTypeParser } })
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next query.
  })
  await pool.query('SELECT 1')

  const clientQueryable = (client: Pool | PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, params as unknown[])
      return result.rows as T[]
    },
    async exec(sql: string) {
      await client.query(sql)
    },
  })

  const listeners = new Map<string, Set<(payload: string) => void>>()
  const reconnectListeners = new Set<() => void>()
  let listenClient: InstanceType<typeof Client> | undefined
  let closed = false

  async function connectListener(): Promise<void> {
    const client = new Client({ connectionString: url })
    client.on('notification', (message) => {
      for (const fn of listeners.get(message.channel) ?? []) fn(message.payload ?? '')
    })
    client.on('error', () => {
      if (listenClient === client) listenClient = undefined
      void client.end().catch(() => undefined)
      if (!closed) setTimeout(() => void reconnect(), 500).unref()
    })
    await client.connect()
    for (const channel of listeners.keys()) await client.query(`LISTEN ${quoteIdent(channel)}`)
    listenClient = client
  }
  async function reconnect(): Promise<void> {
    if (closed || listenClient) return
    try {
      await connectListener()
      for (const fn of reconnectListeners) fn()
    } catch {
      if (!closed) setTimeout(() => void reconnect(), 1000).unref()
    }
  }

  return {
    kind: 'postgres',
    ...clientQueryable(pool),
    async transaction(fn) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await fn(clientQueryable(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    async listen(channel, onPayload) {
      let set = listeners.get(channel)
      if (!set) {
        set = new Set()
        listeners.set(channel, set)
        if (!listenClient) await connectListener()
        else await listenClient.query(`LISTEN ${quoteIdent(channel)}`)
      }
      set.add(onPayload)
      return async () => {
        set.delete(onPayload)
      }
    },
    onReconnect(listener) {
      reconnectListeners.add(listener)
    },
    async close() {
      closed = true
      await listenClient?.end().catch(() => undefined)
      await pool.end()
    },
  }
}

/** Channel names are ours (constants), quoted anyway: LISTEN takes no parameters. */
function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/** A bigint column as a number, whichever driver read it. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value)
}
