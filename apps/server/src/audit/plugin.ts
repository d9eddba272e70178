import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { AuditEntry } from './chain.ts'
import { regionAccess } from '../regions/plugin.ts'
import type { ServerContext } from '../context.ts'
import { sendProblem, simpleIssue } from '../http/problem.ts'

export const AuditQuerySchema = z
  .object({
    entity: z
      .string()
      .min(1)
      .optional()
      .meta({ description: '`point`, `assessment`, `region`, or `point:ID`' }),
    user: z.string().min(1).optional().meta({ description: 'user id or email' }),
    from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    after: z.coerce
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta({ description: 'continue after this entry' }),
    limit: z.coerce.number().int().min(1).max(10_000).default(1000),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .strict()

const CSV_COLUMNS = [
  'seq',
  'at',
  'actorEmail',
  'actorId',
  'via',
  'action',
  'entityKind',
  'entityId',
  'before',
  'after',
  'hash',
] as const

function csvCell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value)
  // A cell that a spreadsheet would read as a formula is prefixed (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[";\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** Semicolons, as Dutch spreadsheets expect (like the command line's CSV). */
export function auditCsv(entries: AuditEntry[]): string {
  const lines = [CSV_COLUMNS.join(';')]
  for (const e of entries) lines.push(CSV_COLUMNS.map((c) => csvCell(e[c])).join(';'))
  return `\ufeff${lines.join('\r\n')}\r\n`
}

/** `GET /regions/{code}/audit`: who changed what and when, for the region's coordinators. */
export async function auditPlugin(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  app.get('/regions/:code/audit', async (request, reply) => {
    const { code } = request.params as { code: string }
    const query = AuditQuerySchema.safeParse(request.query)
    if (!query.success)
      return sendProblem(
        reply,
        400,
        query.error.issues.map((i) => simpleIssue(i.code, i.message, i.path.join('.'))),
      )
    if (!regionAccess(request, reply, code, 'coordinate')) return reply
    const q = query.data
    const [entityKind, entityId] = q.entity ? q.entity.split(':', 2) : [undefined, undefined]
    const entries = await ctx.storage.queryAudit({
      region: code,
      entityKind,
      entityId,
      actor: q.user,
      from: q.from,
      to: q.to,
      afterSeq: q.after,
      limit: q.limit,
    })
    if (q.format === 'csv') {
      reply.header('content-disposition', `attachment; filename="audit-${code}.csv"`)
      return reply.type('text/csv; charset=utf-8').send(auditCsv(entries))
    }
    const last = entries.at(-1)
    return { entries, next: entries.length === q.limit && last ? last.seq : null }
  })
}
