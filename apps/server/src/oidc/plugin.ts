import { randomUUID } from 'node:crypto'
import type { Lang } from '@weerbaar/core'
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import type { AuditInput } from '../audit/chain.ts'
import { appendAudit } from '../audit/log.ts'
import { createSession } from '../auth/plugin.ts'
import type { ServerContext } from '../context.ts'
import type { Queryable } from '../db/database.ts'
import { requestLang, sendProblem, simpleIssue } from '../http/problem.ts'
import type { OidcConfig } from './config.ts'
import {
  OidcLogin,
  OidcLoginError,
  safeReturnTo,
  type PendingLogin,
  type VerifiedIdentity,
} from './login.ts'
import type { MappedRole } from './roles.ts'

/** Holds the flow's secrets between the redirect and the callback; only sent to the callback. */
export const PENDING_COOKIE = 'weerbaar_oidc'
const PENDING_PATH = '/api/v1/session/oidc'
/** A login at the provider must be finished within this time. */
const PENDING_MAX_AGE_S = 10 * 60

type FailureReason = OidcLoginError['reason'] | 'no_pending_login' | 'subject_mismatch'

const failureTexts: Record<FailureReason, Record<Lang, string>> = {
  no_pending_login: {
    nl: 'Deze inlogpoging is verlopen of niet in deze browser begonnen. Begin opnieuw.',
    en: 'This sign-in has expired or was not started in this browser. Please start again.',
  },
  provider_unreachable: {
    nl: 'De inlogdienst van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw.',
    en: "Your organisation's sign-in service cannot be reached right now. Please try again later.",
  },
  provider_refused: {
    nl: 'De inlogdienst van uw organisatie heeft het inloggen niet toegestaan.',
    en: "Your organisation's sign-in service did not allow the sign-in.",
  },
  invalid_response: {
    nl: 'Het antwoord van de inlogdienst klopt niet; er is niet ingelogd. Begin opnieuw.',
    en: 'The answer of the sign-in service did not check out; you are not signed in. Please start again.',
  },
  email_not_verified: {
    nl: 'Uw organisatie geeft geen bevestigd e-mailadres door; daarmee kunt u hier niet inloggen. Vraag uw beheerder om hulp.',
    en: 'Your organisation does not pass on a verified email address, which is needed to sign in here. Ask your administrator.',
  },
  subject_mismatch: {
    nl: 'Dit e-mailadres hoort hier bij een ander account van uw organisatie. Vraag de coördinator om hulp.',
    en: 'This email address belongs to another account of your organisation here. Ask the coordinator.',
  },
}

function statusFor(reason: FailureReason): number {
  switch (reason) {
    case 'provider_unreachable':
      return 503
    case 'email_not_verified':
    case 'subject_mismatch':
    case 'provider_refused':
      return 403
    default:
      return 400
  }
}

function encodePending(pending: PendingLogin): string {
  return Buffer.from(JSON.stringify(pending)).toString('base64url')
}

function decodePending(value: string | undefined): PendingLogin | undefined {
  if (!value) return undefined
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown
    if (typeof parsed !== 'object' || parsed === null) return undefined
    const p = parsed as Record<string, unknown>
    if (
      typeof p.state !== 'string' ||
      typeof p.nonce !== 'string' ||
      typeof p.codeVerifier !== 'string' ||
      typeof p.returnTo !== 'string'
    )
      return undefined
    return {
      state: p.state,
      nonce: p.nonce,
      codeVerifier: p.codeVerifier,
      returnTo: safeReturnTo(p.returnTo),
    }
  } catch {
    return undefined
  }
}

function secureCookie(ctx: ServerContext, request: FastifyRequest, config: OidcConfig): boolean {
  if (ctx.secureCookies === true) return true
  if (ctx.secureCookies === false) return false
  return request.protocol === 'https' || config.redirectUrl.protocol === 'https:'
}

/** The municipalities of the regions the mapping may grant roles in, as stored right now. */
async function municipalitiesOfMapped(
  ctx: ServerContext,
  regions: readonly string[],
): Promise<Map<string, string[]>> {
  const known = new Map<string, string[]>()
  for (const code of regions) {
    const state = await ctx.storage.readRegion(code)
    if (state)
      known.set(
        code,
        state.header.municipalities.map((m) => m.code),
      )
  }
  return known
}

/**
 * Finds the user of a verified identity, or links or creates one, and brings the roles of the
 * mapped regions in line with the claim; one transaction, every step in the audit trail.
 * Returns the user, or why the login is refused.
 */
export async function resolveOidcUser(
  ctx: ServerContext,
  identity: VerifiedIdentity,
  config: OidcConfig,
  address: string,
): Promise<{ ok: true; userId: string; email: string } | { ok: false; reason: FailureReason }> {
  return ctx.db.transaction(async (tx) => {
    const audit: AuditInput[] = []
    const linked = await tx.query<{ user_id: string; email: string }>(
      `SELECT i.user_id, u.email FROM oidc_identities i JOIN users u ON u.id = i.user_id
       WHERE i.issuer = $1 AND i.subject = $2 FOR UPDATE OF i`,
      [identity.issuer, identity.subject],
    )
    let userId = linked[0]?.user_id
    let email = linked[0]?.email
    if (!userId) {
      if (!identity.email) return { ok: false, reason: 'email_not_verified' as const }
      email = identity.email
      const existing = await tx.query<{ id: string }>(
        'SELECT id FROM users WHERE email = $1 FOR UPDATE',
        [email],
      )
      userId = existing[0]?.id
      if (userId) {
        // The provider reassigned the address to someone else: the account stays with its owner.
        const other = await tx.query<{ subject: string }>(
          'SELECT subject FROM oidc_identities WHERE issuer = $1 AND user_id = $2',
          [identity.issuer, userId],
        )
        if (other.length > 0) return { ok: false, reason: 'subject_mismatch' as const }
      } else {
        userId = randomUUID()
        await tx.query(
          'INSERT INTO users (id, email, password_hash, admin, created_at) VALUES ($1, $2, NULL, false, now())',
          [userId, email],
        )
        audit.push({
          actorId: userId,
          actorEmail: email,
          via: 'oidc',
          action: 'user.add',
          entityKind: 'user',
          entityId: userId,
          after: { email, admin: false, issuer: identity.issuer },
          address,
        })
      }
      await tx.query(
        `INSERT INTO oidc_identities (issuer, subject, user_id, created_at, last_login_at)
         VALUES ($1, $2, $3, now(), now())`,
        [identity.issuer, identity.subject, userId],
      )
      audit.push({
        actorId: userId,
        actorEmail: email,
        via: 'oidc',
        action: 'user.oidc_link',
        entityKind: 'user',
        entityId: userId,
        after: { issuer: identity.issuer, subject: identity.subject },
        address,
      })
    } else {
      await tx.query(
        'UPDATE oidc_identities SET last_login_at = now() WHERE issuer = $1 AND subject = $2',
        [identity.issuer, identity.subject],
      )
    }
    if (identity.roles) {
      audit.push(...(await syncMappedRoles(tx, userId, email!, identity.roles, config, address)))
    }
    await appendAudit(tx, audit)
    return { ok: true as const, userId, email: email! }
  })
}

/**
 * The provider is the authority for the regions it is mapped to: there the user's role becomes
 * what the claim grants (or none). Roles in other regions, given on the server, are left alone.
 */
async function syncMappedRoles(
  tx: Queryable,
  userId: string,
  email: string,
  granted: MappedRole[],
  config: OidcConfig,
  address: string,
): Promise<AuditInput[]> {
  const audit: AuditInput[] = []
  for (const region of config.roleRegions) {
    const rows = await tx.query<{ role: string; municipalities: string[] }>(
      'SELECT role, municipalities FROM roles WHERE user_id = $1 AND region = $2 FOR UPDATE',
      [userId, region],
    )
    const before = rows[0] ? { role: rows[0].role, municipalities: rows[0].municipalities } : null
    const wanted = granted.find((r) => r.region === region)
    const after = wanted ? { role: wanted.role, municipalities: wanted.municipalities } : null
    if (JSON.stringify(before) === JSON.stringify(after)) {
      // The same role, given on the server before: from now on the provider keeps it.
      if (after)
        await tx.query(
          "UPDATE roles SET assigned_by = 'oidc' WHERE user_id = $1 AND region = $2 AND assigned_by <> 'oidc'",
          [userId, region],
        )
      continue
    }
    if (after) {
      await tx.query(
        `INSERT INTO roles (user_id, region, role, municipalities, assigned_by)
         VALUES ($1, $2, $3, $4::jsonb, 'oidc')
         ON CONFLICT (user_id, region) DO UPDATE SET role = EXCLUDED.role,
           municipalities = EXCLUDED.municipalities, assigned_by = 'oidc'`,
        [userId, region, after.role, JSON.stringify(after.municipalities)],
      )
    } else {
      await tx.query('DELETE FROM roles WHERE user_id = $1 AND region = $2', [userId, region])
    }
    audit.push({
      actorId: userId,
      actorEmail: email,
      via: 'oidc',
      action: after ? 'role.set' : 'role.remove',
      region,
      entityKind: 'user',
      entityId: userId,
      before,
      after,
      address,
    })
  }
  return audit
}

/**
 * A failed login in the browser: a short page in the user's language with a way back (the
 * callback is a page the browser navigates to, not a call of the dashboard), problem+json for
 * a client that asks for JSON. Never a stack trace, never the provider's raw error.
 */
function sendFailure(reply: FastifyReply, reason: FailureReason): FastifyReply {
  const request = reply.request
  const lang = requestLang(request)
  const status = statusFor(reason)
  const message = failureTexts[reason][lang]
  reply.clearCookie(PENDING_COOKIE, { path: PENDING_PATH })
  const accept = request.headers.accept ?? ''
  if (!accept.includes('text/html'))
    return sendProblem(reply, status, [simpleIssue(`oidc_${reason}`, message)])
  const title = lang === 'nl' ? 'Inloggen niet gelukt' : 'Sign-in failed'
  const back = lang === 'nl' ? 'Terug naar Weerbaar' : 'Back to Weerbaar'
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Weerbaar</title></head>
<body><main><h1>${title}</h1><p>${message}</p><p><a href="/">${back}</a></p></main></body></html>
`
  return reply.code(status).type('text/html; charset=utf-8').send(html)
}

/**
 * OpenID Connect login (`openid-client`): `GET /session/oidc` sends the browser to the
 * organisation's identity provider, `GET /session/oidc/callback` checks its answer, finds or
 * creates the user by verified email (keeping the provider's `sub`), maps the role claim and
 * starts a session. `GET /session/methods` tells the dashboard which logins this server offers.
 * Registered under `/api/v1`.
 */
export async function oidcPlugin(
  app: FastifyInstance,
  { ctx, config }: { ctx: ServerContext; config: OidcConfig | undefined },
) {
  const login = config ? new OidcLogin(config) : undefined

  app.get('/session/methods', async () => ({
    password: true,
    oidc: config ? { label: config.label, start: `${PENDING_PATH}` } : null,
  }))

  app.get('/session/oidc', async (request, reply) => {
    if (!login || !config) return sendProblem(reply, 404)
    const returnTo = safeReturnTo((request.query as { returnTo?: unknown }).returnTo)
    let started
    try {
      started = await login.start(returnTo)
    } catch (error) {
      request.log.warn({ err: error }, 'OpenID Connect: the provider cannot be reached')
      return sendFailure(reply, 'provider_unreachable')
    }
    reply.setCookie(PENDING_COOKIE, encodePending(started.pending), {
      path: PENDING_PATH,
      httpOnly: true,
      // Lax: the provider sends the browser back with a top-level GET from its own site.
      sameSite: 'lax',
      secure: secureCookie(ctx, request, config),
      maxAge: PENDING_MAX_AGE_S,
    })
    reply.header('cache-control', 'no-store')
    return reply.redirect(started.url.href, 302)
  })

  app.get('/session/oidc/callback', async (request, reply) => {
    if (!login || !config) return sendProblem(reply, 404)
    reply.header('cache-control', 'no-store')
    const address = request.ip
    const failed = async (reason: FailureReason, email: string | null = null) => {
      await ctx.storage.appendAudit([
        {
          actorId: null,
          actorEmail: email,
          via: 'oidc',
          action: 'session.login_failed',
          after: { reason },
          address,
        },
      ])
      return sendFailure(reply, reason)
    }
    const pending = decodePending(request.cookies[PENDING_COOKIE])
    if (!pending) return failed('no_pending_login')
    const query = request.raw.url?.split('?')[1] ?? ''
    let identity: VerifiedIdentity
    try {
      const known = await municipalitiesOfMapped(ctx, config.roleRegions)
      identity = await login.finish(`?${query}`, pending, {
        municipalitiesOf: (region) => known.get(region),
      })
    } catch (error) {
      if (!(error instanceof OidcLoginError)) throw error
      request.log.warn({ err: error }, 'OpenID Connect: login refused')
      return failed(error.reason)
    }
    const resolved = await resolveOidcUser(ctx, identity, config, address)
    if (!resolved.ok) return failed(resolved.reason, identity.email ?? null)

    reply.clearCookie(PENDING_COOKIE, { path: PENDING_PATH })
    await createSession(ctx, request, reply, resolved.userId, 'oidc')
    await ctx.storage.appendAudit([
      {
        actorId: resolved.userId,
        actorEmail: resolved.email,
        via: 'oidc',
        action: 'session.login',
        after: {
          issuer: identity.issuer,
          subject: identity.subject,
          ...(identity.roles ? { roles: identity.roles } : {}),
          ...(identity.ignored.length > 0 ? { ignoredClaims: identity.ignored } : {}),
        },
        address,
      },
    ])
    return reply.redirect(pending.returnTo, 303)
  })
}

/**
 * The plugin for `createApp({ apiPlugins })`, with its configuration; also without one, so the
 * dashboard can ask `GET /session/methods` on every server.
 */
export function oidcApiPlugin(
  config: OidcConfig | undefined,
): FastifyPluginAsync<{ ctx: ServerContext }> {
  return async (app, { ctx }) => oidcPlugin(app, { ctx, config })
}
