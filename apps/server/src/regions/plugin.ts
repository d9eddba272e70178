import { randomUUID } from 'node:crypto'
import { Readable } from 'node:stream'
import {
  CalendarDateSchema,
  computeReadiness,
  riskReadiness,
  toReport,
  toRiskReport,
  type Issue,
} from '@weerbaar/core'
import { resolveRuleset, riskMethodFor, supersedingEdition } from '@weerbaar/guidelines'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { sha256, type User } from '../accounts/store.ts'
import { actorOf, requireAuth, type Auth } from '../auth/plugin.ts'
import { allows, canSee, mayEditMunicipality, type RegionAccess } from '../auth/permissions.ts'
import type { ServerContext } from '../context.ts'
import { requestLang, sendProblem, simpleIssue } from '../http/problem.ts'
import type { RegionState, WriteOutcome, WritePlan } from '../storage/storage.ts'
import { RegionDocumentCache } from './document-cache.ts'
import { openEventStream } from './events.ts'
import {
  etagOf,
  ifNoneMatchHits,
  planAddAssessment,
  planDeleteAssessment,
  planDeletePoint,
  planPutPoint,
  planReplaceRegion,
  regionDocument,
} from './service.ts'

export const ChangesQuerySchema = z
  .object({
    since: z.coerce.number().int().nonnegative().default(0),
    limit: z.coerce.number().int().min(1).max(10_000).default(1000),
  })
  .strict()

/** A client-chosen assessment id (made once: a schema costs more to build than to use). */
const AssessmentIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/)

export const ReadinessQuerySchema = z
  .object({ asOf: CalendarDateSchema.optional(), scenario: z.string().min(1).optional() })
  .strict()

/** Today in the Netherlands, the default `asOf`: core takes the date as an argument. */
export function todayInAmsterdam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now)
}

const texts = {
  forbidden: {
    nl: 'Uw rol in deze regio staat dit niet toe',
    en: 'Your role in this region does not allow this',
  },
  notFound: { nl: 'Niet gevonden', en: 'Not found' },
  noRisk: {
    nl: 'Deze regio heeft geen risicoprofiel met scenario’s',
    en: 'This region has no risk profile with scenarios',
  },
  unknownScenario: {
    nl: (id: string) => `Onbekend scenario: ${id}`,
    en: (id: string) => `Unknown scenario: ${id}`,
  },
  sinceAhead: {
    nl: 'since is groter dan het laatste wijzigingsnummer van deze regio: haal de hele regio opnieuw op',
    en: "since is beyond this region's last change number: fetch the whole region again",
  },
}

function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => simpleIssue(i.code, i.message, i.path.join('.')))
}

/**
 * The user and the region, if the user may `access` it: 401 without a user, 404 for a region
 * the user has no role in (or that does not exist), 403 when the role does not allow it.
 */
export function regionAccess(
  request: FastifyRequest,
  reply: FastifyReply,
  code: string,
  access: RegionAccess,
): User | undefined {
  const auth = requireAuth(request, reply)
  if (!auth) return undefined
  const lang = requestLang(request)
  if (!canSee(auth.user, code)) {
    void sendProblem(reply, 404, [simpleIssue('not_found', texts.notFound[lang])])
    return undefined
  }
  if (!allows(auth.user, code, access)) {
    void sendProblem(reply, 403, [simpleIssue('forbidden', texts.forbidden[lang])])
    return undefined
  }
  return auth.user
}

function sendOutcome<R>(reply: FastifyReply, outcome: WriteOutcome<R>): FastifyReply | undefined {
  if (outcome.ok) return undefined
  return sendProblem(reply, outcome.status, outcome.issues, undefined, outcome.title)
}

const notFoundPlan = (lang: 'nl' | 'en'): WritePlan<never> => ({
  ok: false,
  status: 404,
  issues: [simpleIssue('not_found', texts.notFound[lang])],
})

/**
 * Whether the user of an open event stream may still read the region: the role may have been
 * removed, the session ended or the token revoked since the stream opened.
 */
async function stillReads(ctx: ServerContext, auth: Auth, code: string): Promise<boolean> {
  // Looked up without prolonging it: an open stream alone does not keep a session alive.
  if (auth.sessionSecret) {
    const rows = await ctx.db.query(
      'SELECT 1 FROM sessions WHERE id_hash = $1 AND expires_at > now()',
      [sha256(auth.sessionSecret)],
    )
    if (rows.length === 0) return false
  }
  if (auth.tokenId) {
    const rows = await ctx.db.query(
      'SELECT 1 FROM access_tokens WHERE id = $1 AND revoked_at IS NULL',
      [auth.tokenId],
    )
    if (rows.length === 0) return false
  }
  const user = await ctx.accounts.findById(auth.user.id)
  return user !== undefined && canSee(user, code)
}

export async function regionsPlugin(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  const { storage } = ctx
  const documents = new RegionDocumentCache(storage)

  /** Reads the region for a user who may read it; 404 when it does not exist. */
  async function readable(request: FastifyRequest, reply: FastifyReply, code: string) {
    const user = regionAccess(request, reply, code, 'read')
    if (!user) return undefined
    const state = await storage.readRegion(code)
    if (!state) {
      void sendProblem(reply, 404, [simpleIssue('not_found', texts.notFound[requestLang(request)])])
      return undefined
    }
    return { user, state }
  }

  app.get('/health', async () => {
    await ctx.db.query('SELECT 1')
    return { status: 'ok', database: storage.kind }
  })

  app.get('/regions', async (request, reply) => {
    const auth = requireAuth(request, reply)
    if (!auth) return reply
    const regions = (await storage.listRegions()).filter((r) => canSee(auth.user, r.code))
    return {
      regions: regions.map((r) => ({
        code: r.code,
        name: r.name,
        lastSeq: r.lastSeq,
        role: auth.user.admin
          ? 'admin'
          : auth.user.roles.find((role) => role.region === r.code)?.role,
      })),
    }
  })

  // The whole region, as `weerbaar validate` accepts it. Its ETag is the region's last change
  // number: a client that has it gets 304 without the document being read or sent.
  app.get('/regions/:code', async (request, reply) => {
    const { code } = request.params as { code: string }
    if (!regionAccess(request, reply, code, 'read')) return reply
    const notFound = () =>
      sendProblem(reply, 404, [simpleIssue('not_found', texts.notFound[requestLang(request)])])
    const lastSeq = await documents.lastSeq(code)
    if (lastSeq === undefined) return notFound()
    reply.header('cache-control', 'private, no-cache')
    if (ifNoneMatchHits(request.headers['if-none-match'], etagOf(lastSeq)))
      return reply.header('etag', etagOf(lastSeq)).code(304).send()
    const document = await documents.get(code, lastSeq)
    if (!document) return notFound()
    return (
      reply
        .header('etag', etagOf(document.lastSeq))
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-length', document.length)
        // The document's pieces as they are kept, without copying them into one buffer first.
        .send(Readable.from(document.chunks, { objectMode: false }))
    )
  })

  app.put('/regions/:code', async (request, reply) => {
    const { code } = request.params as { code: string }
    const user = regionAccess(request, reply, code, 'coordinate')
    if (!user) return reply
    const lang = requestLang(request)
    const ifMatch = request.headers['if-match']
    const outcome = await storage.writeRegion(
      code,
      { ...actorOf(request), via: request.auth!.via === 'token' ? 'token' : 'import' },
      (state) =>
        planReplaceRegion(state, code, request.body, {
          lang,
          ifMatch,
          newAssessmentId: randomUUID,
        }),
    )
    if (!outcome.ok) return sendOutcome(reply, outcome)
    reply.header('etag', etagOf(outcome.lastSeq))
    return { region: code, lastSeq: outcome.lastSeq, changes: outcome.records.length }
  })

  app.get('/regions/:code/points/:id', async (request, reply) => {
    const { code, id } = request.params as { code: string; id: string }
    const found = await readable(request, reply, code)
    if (!found) return reply
    const point = found.state.collections.points.find((e) => e.id === id)
    if (!point)
      return sendProblem(reply, 404, [
        simpleIssue('not_found', texts.notFound[requestLang(request)]),
      ])
    reply.header('etag', etagOf(point.revision))
    return regionDocument({ ...found.state, collections: { points: [point], assessments: [] } })
      .points[0]
  })

  app.put('/regions/:code/points/:id', async (request, reply) => {
    const { code, id } = request.params as { code: string; id: string }
    const user = regionAccess(request, reply, code, 'edit')
    if (!user) return reply
    const lang = requestLang(request)
    const outcome = await storage.writeRegion(code, actorOf(request), (state) =>
      planPutPoint(state, id, request.body, {
        lang,
        ifMatch: request.headers['if-match'],
        ifNoneMatch: request.headers['if-none-match'],
        mayEdit: (m) => mayEditMunicipality(user, code, m),
      }),
    )
    if (!outcome.ok) return sendOutcome(reply, outcome)
    // The revision the write gave the point (or kept, when nothing changed).
    const written = outcome.records.find((r) => r.kind === 'point' && r.id === id)
    reply.header('etag', etagOf(written?.revision ?? outcome.result.revision ?? 0))
    return reply.code(outcome.result.created ? 201 : 200).send(outcome.result.point)
  })

  app.delete('/regions/:code/points/:id', async (request, reply) => {
    const { code, id } = request.params as { code: string; id: string }
    const user = regionAccess(request, reply, code, 'edit')
    if (!user) return reply
    const lang = requestLang(request)
    const outcome = await storage.writeRegion(
      code,
      actorOf(request),
      (state) =>
        planDeletePoint(state, id, {
          lang,
          ifMatch: request.headers['if-match'],
          mayEdit: (m) => mayEditMunicipality(user, code, m),
        }) ?? notFoundPlan(lang),
    )
    if (!outcome.ok) return sendOutcome(reply, outcome)
    return reply.code(204).send()
  })

  app.post('/regions/:code/assessments', async (request, reply) => {
    const { code } = request.params as { code: string }
    const user = regionAccess(request, reply, code, 'edit')
    if (!user) return reply
    const lang = requestLang(request)
    const body = request.body as { id?: unknown } | undefined
    if (body && typeof body === 'object' && 'id' in body) {
      const id = AssessmentIdSchema.safeParse(body.id)
      if (!id.success)
        return sendProblem(reply, 422, [
          simpleIssue(
            'invalid_id',
            lang === 'nl'
              ? "Een id bestaat uit letters, cijfers, '.', '_' of '-' (hoogstens 128 tekens)"
              : "An id consists of letters, digits, '.', '_' or '-' (at most 128 characters)",
            'id',
          ),
        ])
    }
    const outcome = await storage.writeRegion(code, actorOf(request), (state) =>
      planAddAssessment(state, request.body, {
        lang,
        mayEdit: (m) => mayEditMunicipality(user, code, m),
        newId: randomUUID,
      }),
    )
    if (!outcome.ok) return sendOutcome(reply, outcome)
    const { id, assessment, replayed } = outcome.result
    if (replayed) reply.header('idempotent-replayed', 'true')
    reply.header('location', `/api/v1/regions/${code}/assessments/${encodeURIComponent(id)}`)
    return reply.code(201).send({ id, ...assessment })
  })

  app.get('/regions/:code/assessments/:id', async (request, reply) => {
    const { code, id } = request.params as { code: string; id: string }
    const found = await readable(request, reply, code)
    if (!found) return reply
    const entity = found.state.collections.assessments.find((e) => e.id === id)
    if (!entity)
      return sendProblem(reply, 404, [
        simpleIssue('not_found', texts.notFound[requestLang(request)]),
      ])
    return { id, ...(entity.doc as object) }
  })

  app.delete('/regions/:code/assessments/:id', async (request, reply) => {
    const { code, id } = request.params as { code: string; id: string }
    const user = regionAccess(request, reply, code, 'edit')
    if (!user) return reply
    const lang = requestLang(request)
    const outcome = await storage.writeRegion(
      code,
      actorOf(request),
      (state) =>
        planDeleteAssessment(state, id, {
          lang,
          mayEdit: (m) => mayEditMunicipality(user, code, m),
        }) ?? notFoundPlan(lang),
    )
    if (!outcome.ok) return sendOutcome(reply, outcome)
    return reply.code(204).send()
  })

  app.get('/regions/:code/readiness', async (request, reply) => {
    const { code } = request.params as { code: string }
    const query = ReadinessQuerySchema.safeParse(request.query)
    if (!query.success) return sendProblem(reply, 400, zodIssues(query.error))
    const found = await readable(request, reply, code)
    if (!found) return reply
    const region = regionDocument(found.state)
    const lang = requestLang(request)
    const scenario = query.data.scenario
    if (scenario !== undefined && !region.riskProfile?.scenarios.some((s) => s.id === scenario))
      return sendProblem(reply, 400, [
        simpleIssue('unknown_scenario', texts.unknownScenario[lang](scenario), 'scenario'),
      ])
    const asOf = query.data.asOf ?? todayInAmsterdam()
    const readiness = computeReadiness(region, resolveRuleset(region), {
      asOf,
      ...(scenario ? { scenario } : {}),
    })
    // The same field as `weerbaar report --format json`: the edition that replaces the region's.
    const newer = supersedingEdition(region.guideline, asOf)
    return toReport(
      readiness,
      newer
        ? { guideline: `${newer.id}@${newer.version}`, effectiveFrom: newer.effective.from }
        : null,
    )
  })

  app.get('/regions/:code/risk', async (request, reply) => {
    const { code } = request.params as { code: string }
    const query = ReadinessQuerySchema.pick({ asOf: true }).strict().safeParse(request.query)
    if (!query.success) return sendProblem(reply, 400, zodIssues(query.error))
    const found = await readable(request, reply, code)
    if (!found) return reply
    const region = regionDocument(found.state)
    if (!region.riskProfile || region.riskProfile.scenarios.length === 0)
      return sendProblem(reply, 404, [
        simpleIssue('no_risk_profile', texts.noRisk[requestLang(request)]),
      ])
    const result = riskReadiness(
      region,
      resolveRuleset(region),
      riskMethodFor(region.riskProfile),
      {
        asOf: query.data.asOf ?? todayInAmsterdam(),
      },
    )
    return toRiskReport(result)
  })

  app.get('/regions/:code/changes', async (request, reply) => {
    const { code } = request.params as { code: string }
    const query = ChangesQuerySchema.safeParse(request.query)
    if (!query.success) return sendProblem(reply, 400, zodIssues(query.error))
    const found = regionAccess(request, reply, code, 'read')
    if (!found) return reply
    const page = await storage.changesSince(code, query.data.since, query.data.limit)
    if (query.data.since > page.last)
      return sendProblem(reply, 409, [
        simpleIssue('since_ahead', texts.sinceAhead[requestLang(request)], 'since'),
      ])
    return page
  })

  app.get('/regions/:code/events', async (request, reply) => {
    const { code } = request.params as { code: string }
    const found = regionAccess(request, reply, code, 'read')
    if (!found) return reply
    const header = request.headers['last-event-id']
    const fromQuery = (request.query as { since?: string }).since
    const since = Number(typeof header === 'string' ? header : (fromQuery ?? NaN))
    const state: RegionState | undefined = await storage.readRegion(code)
    if (!state) return sendProblem(reply, 404)
    const auth = request.auth!
    return openEventStream(
      request,
      reply,
      storage,
      code,
      Number.isInteger(since) && since >= 0 ? since : state.lastSeq,
      () => stillReads(ctx, auth, code),
    )
  })
}
