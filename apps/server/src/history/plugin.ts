import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { allows } from '../auth/permissions.ts'
import type { ServerContext } from '../context.ts'
import { toNumber } from '../db/database.ts'
import { requestLang, sendProblem, simpleIssue } from '../http/problem.ts'
import { regionAccess } from '../regions/plugin.ts'
import { toHistoryEntry, type PointAuditRow } from './history.ts'

export const HistoryQuerySchema = z
  .object({
    before: z.coerce
      .number()
      .int()
      .positive()
      .optional()
      .meta({ description: 'Older than this entry (seq): the next page' }),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict()

interface Row {
  seq: unknown
  at: Date | string
  actor_id: string | null
  actor_email: string | null
  actor_name: string | null
  via: string
  action: string
  entity_kind: string
  entity_id: string
  before: unknown
  after: unknown
}

/**
 * `GET /regions/{code}/points/{id}/history`: who recorded or changed what on a point, newest
 * first, from the audit trail (the point's own entries and those of its assessments). Only
 * entries of this region: the same point id in another region is another point.
 */
export async function historyPlugin(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  app.get('/regions/:code/points/:id/history', async (request, reply) => {
    const { code, id } = request.params as { code: string; id: string }
    const query = HistoryQuerySchema.safeParse(request.query)
    if (!query.success)
      return sendProblem(
        reply,
        400,
        query.error.issues.map((i) => simpleIssue(i.code, i.message, i.path.join('.'))),
      )
    const user = regionAccess(request, reply, code, 'read')
    if (!user) return reply
    const { before, limit } = query.data
    const rows = await ctx.db.query<Row>(
      `SELECT a.seq, a.at, a.actor_id, coalesce(a.actor_email, u.email) AS actor_email,
         u.name AS actor_name, a.via, a.action, a.entity_kind, a.entity_id, a.before, a.after
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
       WHERE a.region = $1
         AND ((a.entity_kind = 'point' AND a.entity_id = $2)
           OR (a.entity_kind = 'assessment'
             AND coalesce(a.after ->> 'point', a.before ->> 'point') = $2))
         AND ($3::bigint IS NULL OR a.seq < $3)
       ORDER BY a.seq DESC
       LIMIT $4`,
      [code, id, before ?? null, limit],
    )
    if (rows.length === 0 && before === undefined) {
      const exists = await ctx.db.query(
        "SELECT 1 FROM entities WHERE region = $1 AND kind = 'point' AND id = $2",
        [code, id],
      )
      if (exists.length === 0) return sendProblem(reply, 404)
    }
    const lang = requestLang(request)
    const showEmail = allows(user, code, 'coordinate')
    const entries = rows.map((r) =>
      toHistoryEntry(
        {
          seq: toNumber(r.seq),
          at: new Date(r.at).toISOString(),
          actorId: r.actor_id,
          actorEmail: r.actor_email,
          actorName: r.actor_name,
          via: r.via,
          action: r.action,
          entityKind: r.entity_kind,
          entityId: r.entity_id,
          before: r.before,
          after: r.after,
        } satisfies PointAuditRow,
        lang,
        showEmail,
      ),
    )
    const last = entries.at(-1)
    return { entries, next: entries.length === limit && last ? last.seq : null }
  })
}
