import { randomUUID } from 'node:crypto'
import type { Issue, Lang } from '@weerbaar/core'
import { generatePassword, hashPassword } from '../accounts/passwords.ts'
import { normalizeEmail, type RegionRole, type User } from '../accounts/store.ts'
import type { AuditInput } from '../audit/chain.ts'
import { appendAudit } from '../audit/log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { simpleIssue } from '../http/problem.ts'

/** How long a temporary password works when it is not used: a week. */
export const TEMPORARY_PASSWORD_MS = 7 * 24 * 60 * 60 * 1000

export type SignInMethod = 'password' | 'oidc'
export type AssignedBy = 'coordinator' | 'oidc'

/** A user as a region's coordinator sees them: their role in that region only. */
export interface RegionUser {
  id: string
  email: string
  name: string
  role: RegionRole
  municipalities: string[]
  via: SignInMethod
  lastSignIn: string | null
  assignedBy: AssignedBy
}

/** A user as the installation's administrator sees them: every role. */
export interface InstallationUser {
  id: string
  email: string
  name: string
  admin: boolean
  via: SignInMethod
  lastSignIn: string | null
  roles: { region: string; role: RegionRole; municipalities: string[]; assignedBy: AssignedBy }[]
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; status: number; issues: Issue[] }

const texts = {
  notFound: { nl: 'Niet gevonden', en: 'Not found' },
  lastCoordinator: {
    nl: 'Dit is de laatste coördinator van de regio. Wijs eerst een andere coördinator aan.',
    en: "This is the region's last coordinator. Appoint another coordinator first.",
  },
  oidcManaged: {
    nl: 'Deze rol komt van de identiteitsprovider van de organisatie en wordt bij elke aanmelding daaruit overgenomen. Wijzig de rol daar.',
    en: "This role comes from the organisation's identity provider and is taken from it at every sign-in. Change the role there.",
  },
  alreadyHasRole: {
    nl: 'Deze gebruiker heeft al een rol in deze regio; wijzig die rol.',
    en: 'This user already has a role in this region; change that role.',
  },
  rolesElsewhere: {
    nl: 'Dit account heeft ook rechten buiten uw regio. Vraag de beheerder van de installatie om de toegang te herstellen.',
    en: 'This account also has rights outside your region. Ask the installation administrator to reset its access.',
  },
  editorNeedsMunicipality: {
    nl: 'Een bewerker heeft minstens één gemeente nodig',
    en: 'An editor needs at least one municipality',
  },
  onlyEditors: {
    nl: 'Alleen een bewerker heeft gemeenten; laat ze weg voor deze rol',
    en: 'Only an editor has municipalities; leave them out for this role',
  },
  notInRegion: {
    nl: (code: string) => `${code} is geen gemeente van deze regio`,
    en: (code: string) => `${code} is not a municipality of this region`,
  },
  lastCoordinatorOf: {
    nl: (region: string) =>
      `Dit account is de laatste coördinator van ${region}. Wijs daar eerst een andere coördinator aan.`,
    en: (region: string) =>
      `This account is the last coordinator of ${region}. Appoint another coordinator there first.`,
  },
}

const fail = (status: number, issues: Issue[]): Outcome<never> => ({ ok: false, status, issues })

interface Actor {
  actorId: string | null
  actorEmail: string | null
  via: AuditInput['via']
  address: string | null
}

interface RegionUserRow {
  id: string
  email: string
  name: string | null
  role: RegionRole
  municipalities: string[]
  assigned_by: AssignedBy
  last_sign_in_at: Date | string | null
  oidc: boolean
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

function toRegionUser(row: RegionUserRow): RegionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name ?? '',
    role: row.role,
    municipalities: row.municipalities,
    via: row.oidc ? 'oidc' : 'password',
    lastSignIn: iso(row.last_sign_in_at),
    assignedBy: row.assigned_by,
  }
}

const REGION_USER_SELECT = `SELECT u.id, u.email, u.name, r.role, r.municipalities, r.assigned_by,
    u.last_sign_in_at,
    EXISTS (SELECT 1 FROM oidc_identities i WHERE i.user_id = u.id) AS oidc
  FROM roles r JOIN users u ON u.id = r.user_id`

/** What a role is, for the audit trail's before and after: never a password or a hash. */
function roleSnapshot(row: { role: string; municipalities: string[] } | undefined) {
  return row ? { role: row.role, municipalities: row.municipalities } : null
}

/**
 * The users and roles of a region, managed by its coordinators (and the administrator). Every
 * change is one transaction with its audit entry; the rules that keep a region manageable (no
 * `admin` from here, never without a coordinator, provider roles stay the provider's) hold here,
 * under a lock on the region's coordinator rows, so two coordinators acting at once cannot
 * both remove the other.
 */
export class UserAdministration {
  constructor(private readonly db: Database) {}

  /** The municipalities (GM codes) of a stored region, or undefined when it does not exist. */
  async municipalitiesOf(region: string, db: Queryable = this.db): Promise<string[] | undefined> {
    const rows = await db.query<{ codes: string[] | null }>(
      `SELECT coalesce((SELECT jsonb_agg(m ->> 'code') FROM jsonb_array_elements(header -> 'municipalities') m), '[]'::jsonb) AS codes
       FROM regions WHERE code = $1`,
      [region],
    )
    return rows[0] ? (rows[0].codes ?? []) : undefined
  }

  async listRegion(region: string): Promise<RegionUser[]> {
    const rows = await this.db.query<RegionUserRow>(
      `${REGION_USER_SELECT} WHERE r.region = $1 ORDER BY lower(coalesce(u.name, '')), u.email`,
      [region],
    )
    return rows.map(toRegionUser)
  }

  async regionUser(
    region: string,
    userId: string,
    db: Queryable = this.db,
  ): Promise<RegionUser | undefined> {
    const rows = await db.query<RegionUserRow>(
      `${REGION_USER_SELECT} WHERE r.region = $1 AND r.user_id = $2`,
      [region, userId],
    )
    return rows[0] ? toRegionUser(rows[0]) : undefined
  }

  async listInstallation(): Promise<InstallationUser[]> {
    const users = await this.db.query<{
      id: string
      email: string
      name: string | null
      admin: boolean
      last_sign_in_at: Date | string | null
      oidc: boolean
    }>(
      `SELECT u.id, u.email, u.name, u.admin, u.last_sign_in_at,
         EXISTS (SELECT 1 FROM oidc_identities i WHERE i.user_id = u.id) AS oidc
       FROM users u ORDER BY u.email`,
    )
    const roles = await this.db.query<{
      user_id: string
      region: string
      role: RegionRole
      municipalities: string[]
      assigned_by: AssignedBy
    }>('SELECT user_id, region, role, municipalities, assigned_by FROM roles ORDER BY region')
    return users.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name ?? '',
      admin: u.admin,
      via: u.oidc ? 'oidc' : 'password',
      lastSignIn: iso(u.last_sign_in_at),
      roles: roles
        .filter((r) => r.user_id === u.id)
        .map((r) => ({
          region: r.region,
          role: r.role,
          municipalities: r.municipalities,
          assignedBy: r.assigned_by,
        })),
    }))
  }

  /** Checks the municipalities a role lists against the role and the region. */
  private checkMunicipalities(
    role: RegionRole,
    municipalities: readonly string[],
    known: readonly string[],
    lang: Lang,
  ): Issue[] {
    if (role !== 'editor')
      return municipalities.length > 0
        ? [simpleIssue('municipalities_not_allowed', texts.onlyEditors[lang], 'municipalities')]
        : []
    if (municipalities.length === 0)
      return [
        simpleIssue(
          'editor_without_municipality',
          texts.editorNeedsMunicipality[lang],
          'municipalities',
        ),
      ]
    return municipalities.flatMap((code, i) =>
      known.includes(code)
        ? []
        : [
            simpleIssue(
              'municipality_not_in_region',
              texts.notInRegion[lang](code),
              `municipalities.${i}`,
            ),
          ],
    )
  }

  /** Locks the region's coordinators and counts them. */
  private async lockCoordinators(tx: Queryable, region: string): Promise<string[]> {
    const rows = await tx.query<{ user_id: string }>(
      "SELECT user_id FROM roles WHERE region = $1 AND role = 'coordinator' ORDER BY user_id FOR UPDATE",
      [region],
    )
    return rows.map((r) => r.user_id)
  }

  /**
   * Gives an account a role in the region, creating the account with a temporary password when
   * there is none for the email address. The password is returned once; only its hash is kept.
   */
  async add(
    region: string,
    input: { email: string; name?: string; role: RegionRole; municipalities: string[] },
    actor: Actor,
    lang: Lang,
  ): Promise<Outcome<{ user: RegionUser; temporaryPassword?: string }>> {
    const email = normalizeEmail(input.email)
    const municipalities = [...new Set(input.municipalities)].sort()
    const temporary = generatePassword()
    const temporaryHash = await hashPassword(temporary)
    return this.db.transaction(async (tx) => {
      const known = await this.municipalitiesOf(region, tx)
      if (!known) return fail(404, [simpleIssue('not_found', texts.notFound[lang])])
      const issues = this.checkMunicipalities(input.role, municipalities, known, lang)
      if (issues.length > 0) return fail(422, issues)
      const audit: AuditInput[] = []
      const existing = await tx.query<{ id: string; name: string | null }>(
        'SELECT id, name FROM users WHERE email = $1 FOR UPDATE',
        [email],
      )
      let userId = existing[0]?.id
      let created = false
      if (userId) {
        const role = await tx.query('SELECT 1 FROM roles WHERE user_id = $1 AND region = $2', [
          userId,
          region,
        ])
        if (role.length > 0)
          return fail(409, [simpleIssue('already_has_role', texts.alreadyHasRole[lang])])
        if (input.name && !existing[0]!.name) {
          await tx.query('UPDATE users SET name = $2 WHERE id = $1', [userId, input.name])
          audit.push({
            ...actor,
            action: 'user.name',
            region,
            entityKind: 'user',
            entityId: userId,
            before: { name: null },
            after: { name: input.name },
          })
        }
      } else {
        userId = randomUUID()
        created = true
        await tx.query(
          `INSERT INTO users (id, email, name, password_hash, admin, created_at, must_change_password, password_expires_at)
           VALUES ($1, $2, $3, $4, false, now(), true, $5)`,
          [
            userId,
            email,
            input.name ?? null,
            temporaryHash,
            new Date(Date.now() + TEMPORARY_PASSWORD_MS).toISOString(),
          ],
        )
        audit.push({
          ...actor,
          action: 'user.add',
          region,
          entityKind: 'user',
          entityId: userId,
          after: { email, name: input.name ?? null, admin: false, temporaryPassword: true },
        })
      }
      await tx.query(
        `INSERT INTO roles (user_id, region, role, municipalities, assigned_by)
         VALUES ($1, $2, $3, $4::jsonb, 'coordinator')`,
        [userId, region, input.role, JSON.stringify(municipalities)],
      )
      audit.push({
        ...actor,
        action: 'role.set',
        region,
        entityKind: 'user',
        entityId: userId,
        before: null,
        after: { email, role: input.role, municipalities },
      })
      await appendAudit(tx, audit)
      const user = (await this.regionUser(region, userId, tx))!
      return { ok: true, value: created ? { user, temporaryPassword: temporary } : { user } }
    })
  }

  /** Changes a user's role in the region. */
  async change(
    region: string,
    userId: string,
    input: { role: RegionRole; municipalities: string[] },
    actor: Actor,
    lang: Lang,
  ): Promise<Outcome<RegionUser>> {
    const municipalities = [...new Set(input.municipalities)].sort()
    return this.db.transaction(async (tx) => {
      const known = await this.municipalitiesOf(region, tx)
      const coordinators = await this.lockCoordinators(tx, region)
      const current = await this.regionUser(region, userId, tx)
      if (!known || !current) return fail(404, [simpleIssue('not_found', texts.notFound[lang])])
      if (current.assignedBy === 'oidc')
        return fail(409, [simpleIssue('managed_by_identity_provider', texts.oidcManaged[lang])])
      const issues = this.checkMunicipalities(input.role, municipalities, known, lang)
      if (issues.length > 0) return fail(422, issues)
      if (
        current.role === 'coordinator' &&
        input.role !== 'coordinator' &&
        coordinators.length <= 1
      )
        return fail(409, [simpleIssue('last_coordinator', texts.lastCoordinator[lang])])
      const before = roleSnapshot(current)
      const after = { role: input.role, municipalities }
      if (JSON.stringify(before) === JSON.stringify(after)) return { ok: true, value: current }
      await tx.query(
        'UPDATE roles SET role = $3, municipalities = $4::jsonb WHERE user_id = $1 AND region = $2',
        [userId, region, input.role, JSON.stringify(municipalities)],
      )
      await appendAudit(tx, [
        {
          ...actor,
          action: 'role.set',
          region,
          entityKind: 'user',
          entityId: userId,
          before: { email: current.email, ...before },
          after: { email: current.email, ...after },
        },
      ])
      return { ok: true, value: (await this.regionUser(region, userId, tx))! }
    })
  }

  /**
   * Takes the user's role in the region away (the account stays). Their access to the region
   * ends with the next request; with no role left anywhere, their sessions end too.
   */
  async remove(
    region: string,
    userId: string,
    actor: Actor,
    lang: Lang,
  ): Promise<Outcome<{ sessionsEnded: number }>> {
    return this.db.transaction(async (tx) => {
      const coordinators = await this.lockCoordinators(tx, region)
      const current = await this.regionUser(region, userId, tx)
      if (!current) return fail(404, [simpleIssue('not_found', texts.notFound[lang])])
      if (current.assignedBy === 'oidc')
        return fail(409, [simpleIssue('managed_by_identity_provider', texts.oidcManaged[lang])])
      if (current.role === 'coordinator' && coordinators.length <= 1)
        return fail(409, [simpleIssue('last_coordinator', texts.lastCoordinator[lang])])
      await tx.query('DELETE FROM roles WHERE user_id = $1 AND region = $2', [userId, region])
      const left = await tx.query<{ admin: boolean; roles: unknown }>(
        'SELECT admin, (SELECT count(*) FROM roles WHERE user_id = $1) AS roles FROM users WHERE id = $1',
        [userId],
      )
      let sessionsEnded = 0
      if (left[0] && !left[0].admin && Number(left[0].roles) === 0) {
        const ended = await tx.query('DELETE FROM sessions WHERE user_id = $1 RETURNING user_id', [
          userId,
        ])
        sessionsEnded = ended.length
      }
      await appendAudit(tx, [
        {
          ...actor,
          action: 'role.remove',
          region,
          entityKind: 'user',
          entityId: userId,
          before: { email: current.email, ...roleSnapshot(current) },
          after: null,
        },
      ])
      return { ok: true, value: { sessionsEnded } }
    })
  }

  /**
   * "Reset access": ends every session, revokes every token, and (for an account that signs in
   * with a password) sets a new temporary password, returned once. A coordinator may do this
   * only for an account whose every role lies in regions they coordinate and that is not an
   * administrator: otherwise a coordinator could take over rights they do not have.
   */
  async reset(
    region: string,
    userId: string,
    by: User,
    actor: Actor,
    lang: Lang,
  ): Promise<Outcome<{ user: RegionUser; temporaryPassword?: string }>> {
    const temporary = generatePassword()
    const temporaryHash = await hashPassword(temporary)
    return this.db.transaction(async (tx) => {
      const current = await this.regionUser(region, userId, tx)
      if (!current) return fail(404, [simpleIssue('not_found', texts.notFound[lang])])
      const target = await tx.query<{ admin: boolean }>(
        'SELECT admin FROM users WHERE id = $1 FOR UPDATE',
        [userId],
      )
      const roles = await tx.query<{ region: string }>(
        'SELECT region FROM roles WHERE user_id = $1',
        [userId],
      )
      const coordinated = new Set(
        by.roles.filter((r) => r.role === 'coordinator').map((r) => r.region),
      )
      if (!by.admin && (target[0]?.admin || roles.some((r) => !coordinated.has(r.region))))
        return fail(403, [simpleIssue('roles_elsewhere', texts.rolesElsewhere[lang])])
      const sessions = await tx.query('DELETE FROM sessions WHERE user_id = $1 RETURNING user_id', [
        userId,
      ])
      const tokens = await tx.query(
        'UPDATE access_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id',
        [userId],
      )
      // An organisation login stays the organisation's: no password is added beside it.
      const withPassword = current.via === 'password'
      if (withPassword)
        await tx.query(
          `UPDATE users SET password_hash = $2, must_change_password = true, password_expires_at = $3
           WHERE id = $1`,
          [userId, temporaryHash, new Date(Date.now() + TEMPORARY_PASSWORD_MS).toISOString()],
        )
      await appendAudit(tx, [
        {
          ...actor,
          action: 'user.reset',
          region,
          entityKind: 'user',
          entityId: userId,
          after: {
            email: current.email,
            sessionsEnded: sessions.length,
            tokensRevoked: tokens.length,
            temporaryPassword: withPassword,
          },
        },
      ])
      return {
        ok: true,
        value: withPassword ? { user: current, temporaryPassword: temporary } : { user: current },
      }
    })
  }

  /** The administrator deletes an account: its roles, sessions and tokens go with it. */
  async deleteAccount(userId: string, actor: Actor, lang: Lang): Promise<Outcome<null>> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.query<{ email: string; admin: boolean }>(
        'SELECT email, admin FROM users WHERE id = $1 FOR UPDATE',
        [userId],
      )
      if (!rows[0]) return fail(404, [simpleIssue('not_found', texts.notFound[lang])])
      const roles = await tx.query<{ region: string; role: string; municipalities: string[] }>(
        'SELECT region, role, municipalities FROM roles WHERE user_id = $1 ORDER BY region',
        [userId],
      )
      for (const role of roles.filter((r) => r.role === 'coordinator')) {
        const coordinators = await this.lockCoordinators(tx, role.region)
        if (coordinators.length <= 1)
          return fail(409, [
            simpleIssue('last_coordinator', texts.lastCoordinatorOf[lang](role.region)),
          ])
      }
      await tx.query('DELETE FROM users WHERE id = $1', [userId])
      await appendAudit(tx, [
        {
          ...actor,
          action: 'user.delete',
          entityKind: 'user',
          entityId: userId,
          before: { email: rows[0].email, admin: rows[0].admin, roles },
          after: null,
        },
      ])
      return { ok: true, value: null }
    })
  }

  /** The user chose their own password: the temporary one is gone, other sessions end. */
  async changePassword(
    userId: string,
    passwordHash: string,
    keepSessionHash: string | undefined,
    actor: Actor,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE users SET password_hash = $2, must_change_password = false, password_expires_at = NULL
         WHERE id = $1`,
        [userId, passwordHash],
      )
      const ended = await tx.query(
        'DELETE FROM sessions WHERE user_id = $1 AND id_hash IS DISTINCT FROM $2 RETURNING user_id',
        [userId, keepSessionHash ?? null],
      )
      await appendAudit(tx, [
        {
          ...actor,
          action: 'user.password',
          entityKind: 'user',
          entityId: userId,
          after: { otherSessionsEnded: ended.length },
        },
      ])
    })
  }
}
