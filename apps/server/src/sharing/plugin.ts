import { CalendarDateSchema, computeReadiness, RegionCodeSchema } from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { auditActor } from '../auth/plugin.ts'
import type { ServerContext } from '../context.ts'
import type { Queryable } from '../db/database.ts'
import { appendAudit } from '../audit/log.ts'
import { requestLang, sendProblem, simpleIssue } from '../http/problem.ts'
import { regionAccess, todayInAmsterdam } from '../regions/plugin.ts'
import { regionDocument } from '../regions/service.ts'
import {
  collectExamples,
  NO_SHARING,
  sharesWith,
  type KnowledgeSource,
  type SharingSettings,
} from './knowledge.ts'

export const SharingSchema = z
  .object({
    shareNotesWith: z
      .union([z.enum(['none', 'installation']), z.array(RegionCodeSchema).max(100)])
      .meta({
        description:
          '"none", "installation" (every region on this server), or the codes of the regions to share with',
      }),
    includeAssessorNames: z
      .boolean()
      .meta({ description: "Show the assessor's name with the notes in the other regions" }),
  })
  .strict()

export const KnowledgeQuerySchema = z
  .object({
    requirement: z.string().min(1).max(200).optional().meta({ description: 'A requirement id' }),
    asOf: CalendarDateSchema.optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
  })
  .strict()

const texts = {
  self: {
    nl: 'Uw eigen regio hoeft u niet te noemen: die ziet haar eigen notities altijd',
    en: 'Leave out your own region: it always sees its own notes',
  },
}

async function readSettings(db: Queryable, region: string): Promise<SharingSettings> {
  const rows = await db.query<{
    share_notes_with: SharingSettings['shareNotesWith']
    include_assessor_names: boolean
  }>('SELECT share_notes_with, include_assessor_names FROM region_sharing WHERE region = $1', [
    region,
  ])
  const row = rows[0]
  return row
    ? { shareNotesWith: row.share_notes_with, includeAssessorNames: row.include_assessor_names }
    : NO_SHARING
}

/**
 * Knowledge sharing between regions (issue 14): each region's coordinator decides with whom its
 * assessment notes are shared (`/regions/{code}/sharing`), and every role in a region reads the
 * examples of its own municipalities and of the regions sharing with it (`/knowledge`).
 */
export async function sharingPlugin(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  app.get('/regions/:code/sharing', async (request, reply) => {
    const { code } = request.params as { code: string }
    if (!regionAccess(request, reply, code, 'coordinate')) return reply
    if (!(await ctx.db.query('SELECT 1 FROM regions WHERE code = $1', [code])).length)
      return sendProblem(reply, 404)
    return readSettings(ctx.db, code)
  })

  app.put('/regions/:code/sharing', async (request, reply) => {
    const { code } = request.params as { code: string }
    if (!regionAccess(request, reply, code, 'coordinate')) return reply
    const parsed = SharingSchema.safeParse(request.body)
    if (!parsed.success)
      return sendProblem(
        reply,
        422,
        parsed.error.issues.map((i) => simpleIssue(i.code, i.message, i.path.join('.'))),
      )
    const audience = parsed.data.shareNotesWith
    if (Array.isArray(audience) && audience.includes(code))
      return sendProblem(reply, 422, [
        simpleIssue(
          'own_region',
          texts.self[requestLang(request)],
          `shareNotesWith.${audience.indexOf(code)}`,
        ),
      ])
    const after: SharingSettings = {
      shareNotesWith: Array.isArray(audience) ? [...new Set(audience)].sort() : audience,
      includeAssessorNames: parsed.data.includeAssessorNames,
    }
    const stored = await ctx.db.transaction(async (tx) => {
      const exists = await tx.query('SELECT 1 FROM regions WHERE code = $1 FOR UPDATE', [code])
      if (exists.length === 0) return false
      const before = await readSettings(tx, code)
      await tx.query(
        `INSERT INTO region_sharing (region, share_notes_with, include_assessor_names, updated_at)
         VALUES ($1, $2::jsonb, $3, now())
         ON CONFLICT (region) DO UPDATE SET share_notes_with = EXCLUDED.share_notes_with,
           include_assessor_names = EXCLUDED.include_assessor_names, updated_at = now()`,
        [code, JSON.stringify(after.shareNotesWith), after.includeAssessorNames],
      )
      await appendAudit(tx, [
        {
          ...auditActor(request),
          action: 'sharing.set',
          region: code,
          entityKind: 'region',
          entityId: code,
          before,
          after,
        },
      ])
      return true
    })
    if (!stored) return sendProblem(reply, 404)
    return after
  })

  app.get('/regions/:code/knowledge', async (request, reply) => {
    const { code } = request.params as { code: string }
    const query = KnowledgeQuerySchema.safeParse(request.query)
    if (!query.success)
      return sendProblem(
        reply,
        400,
        query.error.issues.map((i) => simpleIssue(i.code, i.message, i.path.join('.'))),
      )
    if (!regionAccess(request, reply, code, 'read')) return reply
    const own = await ctx.storage.readRegion(code)
    if (!own) return sendProblem(reply, 404)
    const others = await ctx.db.query<{
      region: string
      share_notes_with: SharingSettings['shareNotesWith']
      include_assessor_names: boolean
    }>(
      `SELECT region, share_notes_with, include_assessor_names FROM region_sharing
       WHERE region <> $1 ORDER BY region`,
      [code],
    )
    const asOf = query.data.asOf ?? todayInAmsterdam()
    const sources: KnowledgeSource[] = []
    const states = [{ state: own, own: true, includeAssessorNames: true }]
    for (const row of others) {
      const settings = {
        shareNotesWith: row.share_notes_with,
        includeAssessorNames: row.include_assessor_names,
      }
      if (!sharesWith(settings, code)) continue
      const state = await ctx.storage.readRegion(row.region)
      if (state)
        states.push({ state, own: false, includeAssessorNames: row.include_assessor_names })
    }
    for (const { state, own: isOwn, includeAssessorNames } of states) {
      const region = regionDocument(state)
      sources.push({
        region,
        readiness: computeReadiness(region, resolveRuleset(region), { asOf }),
        own: isOwn,
        includeAssessorNames,
      })
    }
    const examples = collectExamples(sources, query.data.requirement)
    return {
      asOf,
      regions: sources.map((s) => ({ code: s.region.region.code, name: s.region.region.name })),
      examples: examples.slice(0, query.data.limit),
      total: examples.length,
    }
  })
}
