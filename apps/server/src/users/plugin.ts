import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../accounts/passwords.ts'
import { sha256 } from '../accounts/store.ts'
import { auditActor, requireAuth } from '../auth/plugin.ts'
import type { ServerContext } from '../context.ts'
import { requestLang, sendProblem, simpleIssue } from '../http/problem.ts'
import { regionAccess } from '../regions/plugin.ts'
import { UserAdministration, type Outcome } from './store.ts'

const MunicipalitiesSchema = z
  .array(
    z.string().regex(/^GM\d{4}$/, { error: 'Expected a CBS municipality code such as GM0034' }),
  )
  .max(400)
  .default([])
  .meta({ description: 'For an editor (required): GM codes of municipalities of this region' })

/** Roles a coordinator can give; `admin` is named so that asking for it gets a clear 403. */
const RoleInputSchema = z
  .enum(['coordinator', 'editor', 'viewer', 'admin'])
  .meta({ description: 'admin is refused here (403): it is an installation role' })

export const AddUserSchema = z
  .object({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(200).optional(),
    role: RoleInputSchema,
    municipalities: MunicipalitiesSchema,
  })
  .strict()

export const ChangeRoleSchema = z
  .object({ role: RoleInputSchema, municipalities: MunicipalitiesSchema })
  .strict()

export const ChangePasswordSchema = z
  .object({
    current: z.string().min(1).max(1024),
    new: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
  })
  .strict()

export const RegionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().meta({ description: 'Empty when none was given' }),
  role: z.enum(['coordinator', 'editor', 'viewer']),
  municipalities: z.array(z.string()),
  via: z.enum(['password', 'oidc']).meta({ description: 'How the user signs in' }),
  lastSignIn: z.iso.datetime().nullable(),
  assignedBy: z.enum(['coordinator', 'oidc']).meta({
    description:
      "oidc: the role comes from the identity provider's claims and is changed there (409 here)",
  }),
})

const texts = {
  noAdmin: {
    nl: 'De rol beheerder (admin) geldt voor de hele installatie en wordt niet in een regio gegeven',
    en: 'The admin role is for the whole installation and is not given in a region',
  },
  wrongPassword: { nl: 'Het huidige wachtwoord klopt niet', en: 'The current password is wrong' },
  samePassword: {
    nl: 'Kies een ander wachtwoord dan het huidige',
    en: 'Choose a password other than the current one',
  },
}

function zodProblem(reply: FastifyReply, error: z.ZodError) {
  return sendProblem(
    reply,
    422,
    error.issues.map((i) => simpleIssue(i.code, i.message, i.path.join('.'))),
  )
}

function send<T>(reply: FastifyReply, outcome: Outcome<T>, status = 200) {
  if (!outcome.ok) return sendProblem(reply, outcome.status, outcome.issues)
  return reply.code(status).send(outcome.value)
}

/**
 * User and role management: a region's coordinators manage its users (`/regions/{code}/users`),
 * the installation's administrator every user (`/users`); `POST /me/password` replaces a
 * temporary password. The rules themselves live in `UserAdministration`.
 */
export async function usersPlugin(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  const users = new UserAdministration(ctx.db)

  /** The coordinator (or administrator) of an existing region; 401/403/404 otherwise. */
  async function coordinator(request: FastifyRequest, reply: FastifyReply, code: string) {
    const user = regionAccess(request, reply, code, 'coordinate')
    if (!user) return undefined
    if (!(await users.municipalitiesOf(code))) {
      void sendProblem(reply, 404)
      return undefined
    }
    return user
  }

  function refuseAdmin(request: FastifyRequest, reply: FastifyReply, role: string) {
    if (role !== 'admin') return false
    void sendProblem(reply, 403, [
      simpleIssue('admin_not_grantable', texts.noAdmin[requestLang(request)], 'role'),
    ])
    return true
  }

  app.get('/regions/:code/users', async (request, reply) => {
    const { code } = request.params as { code: string }
    if (!(await coordinator(request, reply, code))) return reply
    return { users: await users.listRegion(code) }
  })

  app.post('/regions/:code/users', async (request, reply) => {
    const { code } = request.params as { code: string }
    if (!(await coordinator(request, reply, code))) return reply
    const parsed = AddUserSchema.safeParse(request.body)
    if (!parsed.success) return zodProblem(reply, parsed.error)
    const { role, ...rest } = parsed.data
    if (refuseAdmin(request, reply, role)) return reply
    const outcome = await users.add(
      code,
      { ...rest, role: role as Exclude<typeof role, 'admin'> },
      auditActor(request),
      requestLang(request),
    )
    if (outcome.ok) reply.header('cache-control', 'no-store')
    return send(reply, outcome, 201)
  })

  app.put('/regions/:code/users/:id', async (request, reply) => {
    const { code, id } = request.params as { code: string; id: string }
    if (!(await coordinator(request, reply, code))) return reply
    const parsed = ChangeRoleSchema.safeParse(request.body)
    if (!parsed.success) return zodProblem(reply, parsed.error)
    const { role, municipalities } = parsed.data
    if (refuseAdmin(request, reply, role)) return reply
    const outcome = await users.change(
      code,
      id,
      { role: role as Exclude<typeof role, 'admin'>, municipalities },
      auditActor(request),
      requestLang(request),
    )
    return outcome.ok ? { user: outcome.value } : send(reply, outcome)
  })

  app.delete('/regions/:code/users/:id', async (request, reply) => {
    const { code, id } = request.params as { code: string; id: string }
    if (!(await coordinator(request, reply, code))) return reply
    const outcome = await users.remove(code, id, auditActor(request), requestLang(request))
    return outcome.ok ? reply.code(204).send() : send(reply, outcome)
  })

  app.post('/regions/:code/users/:id/reset', async (request, reply) => {
    const { code, id } = request.params as { code: string; id: string }
    const by = await coordinator(request, reply, code)
    if (!by) return reply
    const outcome = await users.reset(code, id, by, auditActor(request), requestLang(request))
    if (outcome.ok) reply.header('cache-control', 'no-store')
    return send(reply, outcome)
  })

  app.get('/users', async (request, reply) => {
    const auth = requireAuth(request, reply)
    if (!auth) return reply
    if (!auth.user.admin) return sendProblem(reply, 403)
    return { users: await users.listInstallation() }
  })

  app.delete('/users/:id', async (request, reply) => {
    const auth = requireAuth(request, reply)
    if (!auth) return reply
    if (!auth.user.admin) return sendProblem(reply, 403)
    const { id } = request.params as { id: string }
    const outcome = await users.deleteAccount(id, auditActor(request), requestLang(request))
    return outcome.ok ? reply.code(204).send() : send(reply, outcome)
  })

  app.post('/me/password', async (request, reply) => {
    const auth = requireAuth(request, reply)
    if (!auth) return reply
    const lang = requestLang(request)
    const parsed = ChangePasswordSchema.safeParse(request.body)
    if (!parsed.success) return zodProblem(reply, parsed.error)
    const stored = await ctx.accounts.findByEmail(auth.user.email)
    // Failed tries count against the account like failed logins: guessing stays slow.
    const key = `login:failed:${auth.user.email}`
    if (
      (await ctx.accounts.peek(key, ctx.rateLimits.windowMs)) >= ctx.rateLimits.failuresPerAccount
    )
      return sendProblem(reply, 429)
    if (
      !stored?.passwordHash ||
      !(await verifyPassword(parsed.data.current, stored.passwordHash))
    ) {
      await ctx.accounts.hit(key, ctx.rateLimits.windowMs)
      return sendProblem(reply, 403, [
        simpleIssue('wrong_password', texts.wrongPassword[lang], 'current'),
      ])
    }
    if (parsed.data.current === parsed.data.new)
      return sendProblem(reply, 422, [
        simpleIssue('same_password', texts.samePassword[lang], 'new'),
      ])
    await users.changePassword(
      auth.user.id,
      await hashPassword(parsed.data.new),
      auth.sessionSecret ? sha256(auth.sessionSecret) : undefined,
      auditActor(request),
    )
    return reply.code(204).send()
  })
}
