import { z } from 'zod'
import type { OpenapiHelpers } from '../openapi/document.ts'
import { KnowledgeQuerySchema, SharingSchema } from './plugin.ts'

const KnowledgeExampleSchema = z.object({
  region: z.string(),
  regionName: z.string(),
  municipality: z.string(),
  municipalityName: z.string(),
  point: z.object({ id: z.string(), name: z.string() }),
  requirement: z.string(),
  result: z.enum(['met', 'partial', 'not_met', 'not_applicable']),
  value: z.number().optional(),
  note: z.string(),
  assessedOn: z.iso.date(),
  assessor: z.string().optional().meta({
    description: 'Own region always; another region only when it set includeAssessorNames',
  }),
})

const KnowledgeSchema = z.object({
  asOf: z.iso.date(),
  regions: z
    .array(z.object({ code: z.string(), name: z.string() }))
    .meta({ description: 'The own region and the regions that share with it' }),
  examples: z.array(KnowledgeExampleSchema),
  total: z.number().int().meta({ description: 'Examples before the limit' }),
})

export const sharingOpenapiSchemas = {
  Sharing: SharingSchema,
  Knowledge: KnowledgeSchema,
  KnowledgeExample: KnowledgeExampleSchema,
}

export function sharingOpenapiPaths({
  body,
  json,
  problems,
  code,
  queryParameters,
}: OpenapiHelpers) {
  return {
    '/regions/{code}/sharing': {
      parameters: [code],
      get: {
        summary:
          'With whom the region shares its assessment notes (coordinator); default none, without assessor names',
        responses: {
          '200': { description: 'The setting', content: json('Sharing') },
          ...problems(401, 403, 404),
        },
      },
      put: {
        summary: 'Set with whom the region shares its notes (coordinator); audited',
        requestBody: body('Sharing'),
        responses: {
          '200': { description: 'Stored', content: json('Sharing') },
          ...problems(401, 403, 404, 422),
        },
      },
    },
    '/regions/{code}/knowledge': {
      parameters: [code],
      get: {
        summary:
          '"Hoe doen anderen het?": notes of assessments that met a requirement, from every municipality of the region and the regions sharing with it; never non-public points of another region, never partner contacts',
        parameters: queryParameters(KnowledgeQuerySchema),
        responses: {
          '200': { description: 'Examples, newest first', content: json('Knowledge') },
          ...problems(400, 401, 404),
        },
      },
    },
  }
}
