import { z } from 'zod'
import type { OpenapiHelpers } from '../openapi/document.ts'
import { HistoryQuerySchema } from './plugin.ts'

const HistoryEntrySchema = z.object({
  seq: z.number().int().meta({ description: 'The audit entry number' }),
  at: z.iso.datetime(),
  actor: z.object({
    name: z.string().meta({ description: 'The name given, else the email address' }),
    email: z.string().optional().meta({ description: "Only for the region's coordinators" }),
  }),
  via: z.string().meta({ description: 'session, token, import, oidc, cli, system' }),
  op: z.enum(['create', 'update', 'delete', 'assessment-recorded', 'assessment-removed', 'import']),
  assessment: z.string().optional().meta({ description: "The assessment's id" }),
  summary: z.string().optional().meta({ description: 'Dutch or English by Accept-Language' }),
  before: z.unknown(),
  after: z.unknown(),
})

export const historyOpenapiSchemas = {
  HistoryEntry: HistoryEntrySchema,
  PointHistory: z.object({
    entries: z.array(HistoryEntrySchema),
    next: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Ask again with before=next; null when done' }),
  }),
}

export function historyOpenapiPaths({ json, problems, code, id, queryParameters }: OpenapiHelpers) {
  return {
    '/regions/{code}/points/{id}/history': {
      parameters: [code, id],
      get: {
        summary:
          'Who recorded or changed what on a point, newest first, from the audit trail of this region (the point and its assessments); every role that reads the region',
        parameters: queryParameters(HistoryQuerySchema),
        responses: {
          '200': {
            description: 'Entries; ask again with before=next for older ones',
            content: json('PointHistory'),
          },
          ...problems(400, 401, 404),
        },
      },
    },
  }
}
