import { randomUUID } from 'node:crypto'
import {
  GuidelineRefSchema,
  MunicipalitySchema,
  REGION_SCHEMA_VERSION,
  RegionCodeSchema,
} from '@weerbaar/core'
import { latestGuideline } from '@weerbaar/guidelines'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { actorOf, requireAuth } from '../auth/plugin.ts'
import type { ServerContext } from '../context.ts'
import { requestLang, sendProblem, simpleIssue } from '../http/problem.ts'
import { etagOf, planReplaceRegion } from '../regions/service.ts'
import { todayInAmsterdam } from '../regions/plugin.ts'

/** The national guideline a new region follows unless another edition is named. */
const DEFAULT_GUIDELINE = 'noodsteunpunten'

export const NewRegionSchema = z
  .object({
    code: RegionCodeSchema,
    name: z.string().trim().min(1).max(200),
    municipalities: z.array(MunicipalitySchema).min(1).max(100),
    guideline: GuidelineRefSchema.optional().meta({
      description: 'Default: the newest edition of the national guideline in effect today',
    }),
  })
  .strict()

const texts = {
  exists: { nl: 'Deze regio bestaat al', en: 'This region already exists' },
  noGuideline: {
    nl: 'Er is vandaag geen editie van de richtlijn van kracht; noem er een',
    en: 'No edition of the guideline is in effect today; name one',
  },
}

/**
 * The installation's own routes for its administrator: `POST /regions` makes an empty region
 * (no points yet) in the region contract, validated by core like any region; its first
 * coordinator is then added with `POST /regions/{code}/users`.
 */
export async function installationPlugin(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  app.post('/regions', async (request, reply) => {
    const auth = requireAuth(request, reply)
    if (!auth) return reply
    if (!auth.user.admin) return sendProblem(reply, 403)
    const lang = requestLang(request)
    const parsed = NewRegionSchema.safeParse(request.body)
    if (!parsed.success)
      return sendProblem(
        reply,
        422,
        parsed.error.issues.map((i) => simpleIssue(i.code, i.message, i.path.join('.'))),
      )
    const input = parsed.data
    const edition = input.guideline ?? latestGuideline(DEFAULT_GUIDELINE, todayInAmsterdam())
    if (!edition)
      return sendProblem(reply, 422, [
        simpleIssue('no_guideline', texts.noGuideline[lang], 'guideline'),
      ])
    const document = {
      schemaVersion: REGION_SCHEMA_VERSION,
      region: { code: input.code, name: input.name },
      guideline: { id: edition.id, version: edition.version },
      municipalities: input.municipalities,
      points: [],
      assessments: [],
    }
    const outcome = await ctx.storage.writeRegion(input.code, actorOf(request), (state) =>
      state
        ? {
            ok: false,
            status: 409,
            issues: [simpleIssue('region_exists', texts.exists[lang], 'code')],
          }
        : planReplaceRegion(undefined, input.code, document, { lang, newAssessmentId: randomUUID }),
    )
    if (!outcome.ok)
      return sendProblem(reply, outcome.status, outcome.issues, undefined, outcome.title)
    reply.header('etag', etagOf(outcome.lastSeq))
    reply.header('location', `/api/v1/regions/${input.code}`)
    return reply.code(201).send({ region: input.code, lastSeq: outcome.lastSeq })
  })
}
