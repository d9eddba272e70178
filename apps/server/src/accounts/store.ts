import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { AuditInput } from '../audit/chain.ts'
import { appendAudit } from '../audit/log.ts'
import { toNumber, type Database } from '../db/database.ts'

export type RegionRole = 'coordinator' | 'editor' | 'viewer'
export const REGION_ROLES: readonly RegionRole[] = ['coordinator', 'editor', 'viewer']

export interface Role {
  region: string
  role: RegionRole
  /** For editors: the municipalities (GM codes) whose points and assessments they change. */
  municipalities: string[]
}

export interface User {
  id: string
  email: string
  /** The name a coordinator gave; null when none was given. */
  name?: string | null
  admin: boolean
  /** Signed in with a temporary password: everything but changing it waits until it is changed. */
  mustChangePassword?: boolean
  roles: Role[]
}

export interface Session {
  userId: string
  csrfToken: string
  expiresAt: Date
}

/** Sessions end after this long without a request, and at the latest after `SESSION_MAX`. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000
export const SESSION_MAX_MS = 30 * 24 * 60 * 60 * 1000
/** A session's "last seen" is written at most this often: not a write per request. */
const SESSION_TOUCH_MS = 60_000
/** A token's use is recorded (and audited) at most this often. */
const TOKEN_USE_MS = 15 * 60_000

/** The channel the database announces account, role, session and token changes on (0006). */
export const AUTH_CHANNEL = 'weerbaar_auth'

/** A principal kept in memory at most this long, and at most this many. */
const PRINCIPAL_MAX_AGE_MS = 60_000
const PRINCIPAL_MAX = 10_000

type CachedPrincipal =
  | { kind: 'token'; user: User; tokenId: string; lastUsedAt: number; cachedAt: number }
  | { kind: 'session'; user: User; session: Session; lastSeenAt: number; cachedAt: number }

/** The user's columns and roles, joined to a token or session row `c` in one query. */
const PRINCIPAL_COLUMNS = `u.id, u.email, u.name, u.admin, u.must_change_password, u.password_expires_at,
  COALESCE((SELECT json_agg(json_build_object('region', r.region, 'role', r.role,
      'municipalities', r.municipalities) ORDER BY r.region)
    FROM roles r WHERE r.user_id = u.id), '[]'::json) AS roles`

function rolesOf(value: unknown): Role[] {
  const list = (typeof value === 'string' ? JSON.parse(value) : value) as Role[]
  return list.map((r) => ({ region: r.region, role: r.role, municipalities: r.municipalities }))
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

interface UserRow {
  id: string
  email: string
  name: string | null
  admin: boolean
  must_change_password: boolean
  password_expires_at: Date | string | null
}

const USER_COLUMNS = 'id, email, name, admin, must_change_password, password_expires_at'

function toUser(row: UserRow, roles: Role[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    admin: row.admin,
    mustChangePassword: row.must_change_password,
    roles,
  }
}

export class AccountStore {
  /**
   * Principals of credentials seen lately, by credential hash, so that a request does not wait
   * for the database to learn who sent it. Only on the embedded database: one process owns its
   * data, and every change that matters is announced (triggers of migration 0006, NOTIFY on
   * `weerbaar_auth`) to this process when it commits, before the change's own call returns; the
   * whole map is dropped then. A lookup that raced such a change (`epoch` moved) is not kept.
   * On PostgreSQL another process may make the change, so every request asks the database (one
   * query).
   */
  private readonly principals = new Map<string, CachedPrincipal>()
  private epoch = 0
  private caching = false
  private stopListening: (() => Promise<void>) | undefined

  constructor(private readonly db: Database) {}

  /** Starts keeping principals in memory, where that is safe (see `principals`). */
  async start(): Promise<void> {
    if (this.db.kind !== 'pglite') return
    this.stopListening = await this.db.listen(AUTH_CHANNEL, () => this.forgetPrincipals())
    this.caching = true
  }

  async stop(): Promise<void> {
    this.caching = false
    this.forgetPrincipals()
    await this.stopListening?.()
  }

  /** Drops every principal kept in memory. */
  forgetPrincipals(): void {
    this.epoch++
    this.principals.clear()
  }

  private cached(key: string, now: number): CachedPrincipal | undefined {
    const entry = this.principals.get(key)
    if (entry && now - entry.cachedAt > PRINCIPAL_MAX_AGE_MS) {
      this.principals.delete(key)
      return undefined
    }
    return entry
  }

  private keep(key: string, entry: CachedPrincipal, epoch: number): void {
    if (!this.caching || epoch !== this.epoch) return
    if (this.principals.size >= PRINCIPAL_MAX) {
      const oldest = this.principals.keys().next()
      if (!oldest.done) this.principals.delete(oldest.value)
    }
    this.principals.set(key, entry)
  }

  async userCount(): Promise<number> {
    const rows = await this.db.query<{ n: unknown }>('SELECT count(*) AS n FROM users')
    return toNumber(rows[0]?.n ?? 0)
  }

  async findByEmail(
    email: string,
  ): Promise<(User & { passwordHash: string | null; passwordExpiresAt: Date | null }) | undefined> {
    const rows = await this.db.query<UserRow & { password_hash: string | null }>(
      `SELECT ${USER_COLUMNS}, password_hash FROM users WHERE email = $1`,
      [normalizeEmail(email)],
    )
    const row = rows[0]
    if (!row) return undefined
    return {
      ...toUser(row, await this.roles(row.id)),
      passwordHash: row.password_hash,
      passwordExpiresAt: row.password_expires_at ? new Date(row.password_expires_at) : null,
    }
  }

  async findById(id: string): Promise<User | undefined> {
    const rows = await this.db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [
      id,
    ])
    const row = rows[0]
    if (!row) return undefined
    return toUser(row, await this.roles(row.id))
  }

  async roles(userId: string): Promise<Role[]> {
    const rows = await this.db.query<{
      region: string
      role: RegionRole
      municipalities: string[]
    }>('SELECT region, role, municipalities FROM roles WHERE user_id = $1 ORDER BY region', [
      userId,
    ])
    return rows.map((r) => ({ region: r.region, role: r.role, municipalities: r.municipalities }))
  }

  async listUsers(): Promise<User[]> {
    const rows = await this.db.query<{ id: string; email: string; admin: boolean }>(
      'SELECT id, email, admin FROM users ORDER BY email',
    )
    return Promise.all(rows.map(async (r) => ({ ...r, roles: await this.roles(r.id) })))
  }

  /** Creates a user, or updates the password of an existing one; every step is audited. */
  async upsertUser(
    input: { email: string; passwordHash: string | null; admin?: boolean; role?: Role },
    actor: Omit<AuditInput, 'action'>,
  ): Promise<User> {
    const email = normalizeEmail(input.email)
    const id = await this.db.transaction(async (tx) => {
      const existing = await tx.query<{ id: string; admin: boolean }>(
        'SELECT id, admin FROM users WHERE email = $1 FOR UPDATE',
        [email],
      )
      const audit: AuditInput[] = []
      let id = existing[0]?.id
      if (!id) {
        id = randomUUID()
        await tx.query(
          'INSERT INTO users (id, email, password_hash, admin, created_at) VALUES ($1, $2, $3, $4, now())',
          [id, email, input.passwordHash, input.admin ?? false],
        )
        audit.push({
          ...actor,
          action: 'user.add',
          entityKind: 'user',
          entityId: id,
          after: { email, admin: input.admin ?? false },
        })
      } else {
        if (input.passwordHash)
          await tx.query(
            'UPDATE users SET password_hash = $2, must_change_password = false, password_expires_at = NULL WHERE id = $1',
            [id, input.passwordHash],
          )
        if (input.admin !== undefined && input.admin !== existing[0]!.admin) {
          await tx.query('UPDATE users SET admin = $2 WHERE id = $1', [id, input.admin])
          audit.push({
            ...actor,
            action: 'user.admin',
            entityKind: 'user',
            entityId: id,
            before: { admin: existing[0]!.admin },
            after: { admin: input.admin },
          })
        }
        if (input.passwordHash)
          audit.push({ ...actor, action: 'user.password', entityKind: 'user', entityId: id })
      }
      if (input.role) {
        const before = await tx.query<{ role: string; municipalities: string[] }>(
          'SELECT role, municipalities FROM roles WHERE user_id = $1 AND region = $2',
          [id, input.role.region],
        )
        await tx.query(
          `INSERT INTO roles (user_id, region, role, municipalities) VALUES ($1, $2, $3, $4::jsonb)
           ON CONFLICT (user_id, region) DO UPDATE SET role = EXCLUDED.role,
            municipalities = EXCLUDED.municipalities, assigned_by = 'coordinator'`,
          [id, input.role.region, input.role.role, JSON.stringify(input.role.municipalities)],
        )
        audit.push({
          ...actor,
          action: 'role.set',
          region: input.role.region,
          entityKind: 'user',
          entityId: id,
          before: before[0] ?? null,
          after: { role: input.role.role, municipalities: input.role.municipalities },
        })
      }
      await appendAudit(tx, audit)
      return id
    })
    return (await this.findById(id))!
  }

  /** A new session; the returned secret goes into the cookie, only its hash is stored. */
  async createSession(
    userId: string,
    via: string,
    now = new Date(),
  ): Promise<{ secret: string; csrfToken: string; expiresAt: Date }> {
    const secret = randomBytes(32).toString('base64url')
    const csrfToken = randomBytes(24).toString('base64url')
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS)
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO sessions (id_hash, user_id, csrf_token, via, created_at, last_seen_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $5, $6)`,
        [sha256(secret), userId, csrfToken, via, now.toISOString(), expiresAt.toISOString()],
      )
      await tx.query('UPDATE users SET last_sign_in_at = $2 WHERE id = $1', [
        userId,
        now.toISOString(),
      ])
    })
    return { secret, csrfToken, expiresAt }
  }

  /**
   * The session of a cookie secret and its user, in one query; the session is prolonged on use,
   * at most once a minute, to spare writes.
   */
  async authenticateSession(
    secret: string,
    now = new Date(),
  ): Promise<{ user: User; session: Session } | undefined> {
    const hash = sha256(secret)
    const key = `s:${hash}`
    const hit = this.cached(key, now.getTime())
    if (
      hit?.kind === 'session' &&
      hit.session.expiresAt > now &&
      now.getTime() - hit.lastSeenAt <= SESSION_TOUCH_MS
    )
      return { user: hit.user, session: hit.session }
    const epoch = this.epoch
    const rows = await this.db.query<
      UserRow & {
        roles: unknown
        csrf_token: string
        created_at: Date
        last_seen_at: Date
        expires_at: Date
      }
    >(
      `SELECT c.csrf_token, c.created_at, c.last_seen_at, c.expires_at, ${PRINCIPAL_COLUMNS}
       FROM sessions c JOIN users u ON u.id = c.user_id WHERE c.id_hash = $1`,
      [hash],
    )
    const row = rows[0]
    if (!row) return undefined
    let expiresAt = new Date(row.expires_at)
    if (expiresAt <= now) return undefined
    let lastSeenAt = new Date(row.last_seen_at).getTime()
    if (now.getTime() - lastSeenAt > SESSION_TOUCH_MS) {
      expiresAt = new Date(
        Math.min(
          now.getTime() + SESSION_IDLE_MS,
          new Date(row.created_at).getTime() + SESSION_MAX_MS,
        ),
      )
      await this.db.query(
        'UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE id_hash = $1',
        [hash, now.toISOString(), expiresAt.toISOString()],
      )
      lastSeenAt = now.getTime()
    }
    const user = toUser(row, rolesOf(row.roles))
    const session: Session = { userId: user.id, csrfToken: row.csrf_token, expiresAt }
    this.keep(key, { kind: 'session', user, session, lastSeenAt, cachedAt: now.getTime() }, epoch)
    return { user, session }
  }

  async deleteSession(secret: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE id_hash = $1', [sha256(secret)])
  }

  async deleteAllSessions(userId: string): Promise<number> {
    const rows = await this.db.query<{ id_hash: string }>(
      'DELETE FROM sessions WHERE user_id = $1 RETURNING id_hash',
      [userId],
    )
    return rows.length
  }

  /** A personal access token: `wbt_<id>_<secret>`; only its hash is stored, it is shown once. */
  async createToken(
    userId: string,
    name: string,
    actor: Omit<AuditInput, 'action'>,
  ): Promise<{ id: string; token: string }> {
    const id = randomBytes(6).toString('hex')
    const token = `wbt_${id}_${randomBytes(32).toString('base64url')}`
    await this.db.transaction(async (tx) => {
      await tx.query(
        'INSERT INTO access_tokens (id, user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, now())',
        [id, userId, name, sha256(token)],
      )
      await appendAudit(tx, [
        {
          ...actor,
          action: 'token.add',
          entityKind: 'token',
          entityId: id,
          after: { name, userId },
        },
      ])
    })
    return { id, token }
  }

  async listTokens(userId: string) {
    const rows = await this.db.query<{
      id: string
      name: string
      created_at: Date
      last_used_at: Date | null
      revoked_at: Date | null
    }>(
      'SELECT id, name, created_at, last_used_at, revoked_at FROM access_tokens WHERE user_id = $1 ORDER BY created_at',
      [userId],
    )
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      createdAt: new Date(r.created_at).toISOString(),
      lastUsedAt: r.last_used_at ? new Date(r.last_used_at).toISOString() : null,
      revoked: r.revoked_at !== null,
    }))
  }

  async revokeToken(
    userId: string,
    id: string,
    actor: Omit<AuditInput, 'action'>,
  ): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.query<{ id: string }>(
        'UPDATE access_tokens SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id',
        [id, userId],
      )
      if (rows.length === 0) return false
      await appendAudit(tx, [
        { ...actor, action: 'token.revoke', entityKind: 'token', entityId: id },
      ])
      return true
    })
  }

  /**
   * The user of a bearer token, if it is valid, in one query. Its use is recorded and audited
   * once per quarter hour per token, so a pipeline's hundred requests are one entry.
   */
  async authenticateToken(
    token: string,
    address: string | null,
    now = Date.now(),
  ): Promise<{ user: User; tokenId: string } | undefined> {
    const hash = sha256(token)
    const key = `t:${hash}`
    const hit = this.cached(key, now)
    if (hit?.kind === 'token' && now - hit.lastUsedAt <= TOKEN_USE_MS)
      return { user: hit.user, tokenId: hit.tokenId }
    const epoch = this.epoch
    const rows = await this.db.query<
      UserRow & { roles: unknown; token_id: string; last_used_at: Date | null }
    >(
      `SELECT c.id AS token_id, c.last_used_at, ${PRINCIPAL_COLUMNS}
       FROM access_tokens c JOIN users u ON u.id = c.user_id
       WHERE c.token_hash = $1 AND c.revoked_at IS NULL`,
      [hash],
    )
    const row = rows[0]
    if (!row) return undefined
    let lastUsedAt = row.last_used_at ? new Date(row.last_used_at).getTime() : 0
    if (now - lastUsedAt > TOKEN_USE_MS) {
      await this.db.transaction(async (tx) => {
        await tx.query('UPDATE access_tokens SET last_used_at = now() WHERE id = $1', [
          row.token_id,
        ])
        await appendAudit(tx, [
          {
            actorId: row.id,
            actorEmail: null,
            via: 'token',
            action: 'token.use',
            entityKind: 'token',
            entityId: row.token_id,
            address,
          },
        ])
      })
      lastUsedAt = now
    }
    const user = toUser(row, rolesOf(row.roles))
    this.keep(key, { kind: 'token', user, tokenId: row.token_id, lastUsedAt, cachedAt: now }, epoch)
    return { user, tokenId: row.token_id }
  }

  /**
   * Counts one hit against `key` in a fixed window and returns the count in this window; kept
   * in the database so the limit holds across server processes.
   */
  async hit(
    key: string,
    windowMs: number,
    now = Date.now(),
  ): Promise<{ count: number; resetAt: number }> {
    const windowStart = Math.floor(now / windowMs) * windowMs
    const rows = await this.db.query<{ count: unknown }>(
      `INSERT INTO rate_limits (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN rate_limits.window_start = EXCLUDED.window_start THEN rate_limits.count + 1 ELSE 1 END,
         window_start = EXCLUDED.window_start
       RETURNING count`,
      [key, new Date(windowStart).toISOString()],
    )
    return { count: toNumber(rows[0]?.count ?? 1), resetAt: windowStart + windowMs }
  }

  /** The count in the current window without adding a hit. */
  async peek(key: string, windowMs: number, now = Date.now()): Promise<number> {
    const windowStart = Math.floor(now / windowMs) * windowMs
    const rows = await this.db.query<{ count: unknown }>(
      'SELECT count FROM rate_limits WHERE key = $1 AND window_start = $2',
      [key, new Date(windowStart).toISOString()],
    )
    return toNumber(rows[0]?.count ?? 0)
  }
}
