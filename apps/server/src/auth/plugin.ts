import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { normalizeEmail, type User } from '../accounts/store.ts'
import { verifyPassword } from '../accounts/passwords.ts'
import type { ServerContext } from '../context.ts'
import { requestLang, sendProblem, simpleIssue } from '../http/problem.ts'

export const SESSION_COOKIE = 'weerbaar_session'
export const CSRF_HEADER = 'x-csrf-token'

export interface Auth {
  user: User
  via: 'session' | 'token'
  /** Set for cookie sessions: the token unsafe requests must echo in `X-CSRF-Token`. */
  csrfToken?: string
  sessionSecret?: string
  tokenId?: string
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | undefined
  }
}

export const LoginSchema = z
  .object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) })
  .strict()

const texts = {
  unauthenticated: {
    nl: 'Log in, of stuur een geldig toegangstoken mee (Authorization: Bearer …)',
    en: 'Sign in, or send a valid access token (Authorization: Bearer …)',
  },
  badLogin: {
    nl: 'E-mailadres of wachtwoord klopt niet',
    en: 'Email address or password is wrong',
  },
  csrf: {
    nl: `Stuur het CSRF-token van de sessie mee in de kop ${CSRF_HEADER}`,
    en: `Send the session's CSRF token in the ${CSRF_HEADER} header`,
  },
  changePassword: {
    nl: 'Kies eerst een eigen wachtwoord in plaats van het tijdelijke (POST /me/password)',
    en: 'First choose a password of your own instead of the temporary one (POST /me/password)',
  },
  tooMany: {
    nl: 'Te veel inlogpogingen; probeer het over een kwartier opnieuw',
    en: 'Too many sign-in attempts; try again in a quarter of an hour',
  },
}

function secure(ctx: ServerContext, request: FastifyRequest): boolean {
  return ctx.secureCookies === 'auto' ? request.protocol === 'https' : ctx.secureCookies
}

/**
 * Starts a session for a user who has proved who they are (password here, OpenID Connect in its
 * own plugin): stores it, sets the HttpOnly cookie and returns the CSRF token for the client.
 */
export async function createSession(
  ctx: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  via: 'password' | 'oidc' = 'password',
): Promise<{ csrfToken: string; expiresAt: string }> {
  const session = await ctx.accounts.createSession(userId, via)
  reply.setCookie(SESSION_COOKIE, session.secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(ctx, request),
    expires: session.expiresAt,
  })
  return { csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() }
}

/** The signed-in user, or a 401 answer (then `undefined`). */
export function requireAuth(request: FastifyRequest, reply: FastifyReply): Auth | undefined {
  if (request.auth) return request.auth
  void sendProblem(reply, 401, [
    simpleIssue('unauthenticated', texts.unauthenticated[requestLang(request)]),
  ])
  return undefined
}

/** The same, in the audit trail's terms. */
export function auditActor(request: FastifyRequest) {
  const actor = actorOf(request)
  return { actorId: actor.userId, actorEmail: actor.email, via: actor.via, address: actor.address }
}

/** Who is making this request, for the audit trail. */
export function actorOf(request: FastifyRequest) {
  const auth = request.auth
  return {
    userId: auth?.user.id ?? null,
    email: auth?.user.email ?? null,
    via: auth?.via ?? ('session' as const),
    address: request.ip,
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** What a user who signed in with a temporary password may do before choosing their own. */
const BEFORE_PASSWORD_CHANGE = new Set([
  'GET /api/v1/me',
  'POST /api/v1/me/password',
  'DELETE /api/v1/session',
  'GET /api/v1/session/methods',
  'GET /api/v1/health',
])

function waitsForPasswordChange(request: FastifyRequest, reply: FastifyReply) {
  if (!request.auth?.user.mustChangePassword) return undefined
  if (BEFORE_PASSWORD_CHANGE.has(`${request.method} ${request.routeOptions.url}`)) return undefined
  return sendProblem(reply, 403, [
    simpleIssue('password_change_required', texts.changePassword[requestLang(request)]),
  ])
}

/** Authentication for everything under /api/v1, and the session and token routes. */
export async function authPlugin(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  app.decorateRequest('auth', undefined)

  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header)
      const found = match ? await ctx.accounts.authenticateToken(match[1]!, request.ip) : undefined
      if (!found)
        return sendProblem(reply, 401, [
          simpleIssue('invalid_token', texts.unauthenticated[requestLang(request)]),
        ])
      request.auth = { user: found.user, via: 'token', tokenId: found.tokenId }
      return waitsForPasswordChange(request, reply)
    }
    const secret = request.cookies[SESSION_COOKIE]
    if (!secret) return
    const found = await ctx.accounts.authenticateSession(secret)
    if (!found) return
    const { user, session } = found
    request.auth = { user, via: 'session', csrfToken: session.csrfToken, sessionSecret: secret }
    // Cookies go along with requests other sites make; unsafe ones must show the token that
    // only our own pages can read (synchronizer token, kept with the session).
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken)
      return sendProblem(reply, 403, [simpleIssue('csrf', texts.csrf[requestLang(request)])])
    return waitsForPasswordChange(request, reply)
  })

  app.post('/session', async (request, reply) => {
    const lang = requestLang(request)
    const parsed = LoginSchema.safeParse(request.body)
    if (!parsed.success)
      return sendProblem(
        reply,
        422,
        parsed.error.issues.map((i) => simpleIssue(i.code, i.message, i.path.join('.'))),
      )
    const email = normalizeEmail(parsed.data.email)
    const limits = ctx.rateLimits
    const perAddress = await ctx.accounts.hit(`login:address:${request.ip}`, limits.windowMs)
    const failures = await ctx.accounts.peek(`login:failed:${email}`, limits.windowMs)
    if (perAddress.count > limits.loginsPerAddress || failures >= limits.failuresPerAccount) {
      await ctx.storage.appendAudit([
        {
          actorId: null,
          actorEmail: email,
          via: 'session',
          action: 'session.login_limited',
          address: request.ip,
        },
      ])
      reply.header('retry-after', Math.max(1, Math.ceil((perAddress.resetAt - Date.now()) / 1000)))
      return sendProblem(reply, 429, [simpleIssue('rate_limited', texts.tooMany[lang])])
    }
    const user = await ctx.accounts.findByEmail(email)
    // verifyPassword does the same work for an unknown email, so the answer takes as long.
    const ok = await verifyPassword(parsed.data.password, user?.passwordHash)
    // A temporary password that was never used in time stops working, with the same answer.
    const expired = user?.passwordExpiresAt != null && user.passwordExpiresAt <= new Date()
    if (!ok || !user || expired) {
      await ctx.accounts.hit(`login:failed:${email}`, limits.windowMs)
      await ctx.storage.appendAudit([
        {
          actorId: user?.id ?? null,
          actorEmail: email,
          via: 'session',
          action: 'session.login_failed',
          address: request.ip,
        },
      ])
      return sendProblem(reply, 401, [simpleIssue('bad_login', texts.badLogin[lang])])
    }
    const session = await createSession(ctx, request, reply, user.id)
    await ctx.storage.appendAudit([
      {
        actorId: user.id,
        actorEmail: user.email,
        via: 'session',
        action: 'session.login',
        address: request.ip,
      },
    ])
    const { passwordHash: _hidden, passwordExpiresAt: _expires, ...visible } = user
    return reply.code(201).send({ user: visible, ...session })
  })

  app.delete('/session', async (request, reply) => {
    const auth = requireAuth(request, reply)
    if (!auth) return reply
    const everywhere = (request.query as { everywhere?: string }).everywhere === 'true'
    if (everywhere) await ctx.accounts.deleteAllSessions(auth.user.id)
    else if (auth.sessionSecret) await ctx.accounts.deleteSession(auth.sessionSecret)
    await ctx.storage.appendAudit([
      {
        ...auditActor(request),
        action: everywhere ? 'session.logout_everywhere' : 'session.logout',
      },
    ])
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return reply.code(204).send()
  })

  app.get('/me', async (request, reply) => {
    const auth = requireAuth(request, reply)
    if (!auth) return reply
    return {
      user: auth.user,
      via: auth.via,
      ...(auth.csrfToken ? { csrfToken: auth.csrfToken } : {}),
    }
  })

  app.get('/me/tokens', async (request, reply) => {
    const auth = requireAuth(request, reply)
    if (!auth) return reply
    return { tokens: await ctx.accounts.listTokens(auth.user.id) }
  })

  app.post('/me/tokens', async (request, reply) => {
    const auth = requireAuth(request, reply)
    if (!auth) return reply
    const parsed = z
      .object({ name: z.string().min(1).max(100) })
      .strict()
      .safeParse(request.body)
    if (!parsed.success)
      return sendProblem(
        reply,
        422,
        parsed.error.issues.map((i) => simpleIssue(i.code, i.message, i.path.join('.'))),
      )
    const created = await ctx.accounts.createToken(
      auth.user.id,
      parsed.data.name,
      auditActor(request),
    )
    return reply.code(201).send(created)
  })

  app.delete('/me/tokens/:id', async (request, reply) => {
    const auth = requireAuth(request, reply)
    if (!auth) return reply
    const { id } = request.params as { id: string }
    const revoked = await ctx.accounts.revokeToken(auth.user.id, id, auditActor(request))
    if (!revoked) return sendProblem(reply, 404)
    return reply.code(204).send()
  })
}
