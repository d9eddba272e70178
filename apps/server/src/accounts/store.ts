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
  constructor(private readonly db: Database) {}

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

  /** The session of a cookie secret, prolonged on use (at most once a minute, to spare writes). */
  async findSession(secret: string, now = new Date()): Promise<Session | undefined> {
    const rows = await this.db.query<{
      user_id: string
      csrf_token: string
      created_at: Date
      last_seen_at: Date
      expires_at: Date
    }>(
      'SELECT user_id, csrf_token, created_at, last_seen_at, expires_at FROM sessions WHERE id_hash = $1',
      [sha256(secret)],
    )
    const row = rows[0]
    if (!row) return undefined
    const expiresAt = new Date(row.expires_at)
    if (expiresAt <= now) return undefined
    if (now.getTime() - new Date(row.last_seen_at).getTime() > 60_000) {
      const prolonged = new Date(
        Math.min(
          now.getTime() + SESSION_IDLE_MS,
          new Date(row.created_at).getTime() + SESSION_MAX_MS,
        ),
      )
      await this.db.query(
        'UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE id_hash = $1',
        [sha256(secret), now.toISOString(), prolonged.toISOString()],
      )
      return { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: prolonged }
    }
    return { userId: row.user_id, csrfToken: row.csrf_token, expiresAt }
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
   * The user of a bearer token, if it is valid. Its use is audited, once per quarter hour per
   * token, so a pipeline's hundred requests are one entry.
   */
  async findToken(
    token: string,
    address: string | null,
  ): Promise<{ userId: string; tokenId: string } | undefined> {
    const rows = await this.db.query<{ id: string; user_id: string; last_used_at: Date | null }>(
      'SELECT id, user_id, last_used_at FROM access_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
      [sha256(token)],
    )
    const row = rows[0]
    if (!row) return undefined
    const last = row.last_used_at ? new Date(row.last_used_at).getTime() : 0
    if (Date.now() - last > 15 * 60_000) {
      await this.db.transaction(async (tx) => {
        await tx.query('UPDATE access_tokens SET last_used_at = now() WHERE id = $1', [row.id])
        await appendAudit(tx, [
          {
            actorId: row.user_id,
            actorEmail: null,
            via: 'token',
            action: 'token.use',
            entityKind: 'token',
            entityId: row.id,
            address,
          },
        ])
      })
    }
    return { userId: row.user_id, tokenId: row.id }
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
