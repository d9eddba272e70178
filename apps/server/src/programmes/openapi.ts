import { z } from 'zod'
import type { OpenapiHelpers } from '../openapi/document.ts'

const ProgrammeSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  regions: z.array(z.string()).meta({ description: 'Codes of the safety regions it covers' }),
  revision: z.number().int().meta({ description: 'As in the ETag of GET /programmes/{id}' }),
})

const ProgrammeListSchema = z.object({
  programmes: z.array(ProgrammeSummarySchema).meta({ description: 'Ordered by id' }),
})

export const programmesOpenapiSchemas = {
  ProgrammeSummary: ProgrammeSummarySchema,
  ProgrammeList: ProgrammeListSchema,
}

const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description: 'The ETag read; 412 when it changed since',
}

export function programmesOpenapiPaths({ body, json, problems, id }: OpenapiHelpers) {
  return {
    '/programmes': {
      get: {
        summary:
          'The programmes the user may read (a role in one of their regions; administrators: all), without their content',
        responses: {
          '200': { description: 'The programmes', content: json('ProgrammeList') },
          ...problems(401),
        },
      },
    },
    '/programmes/{id}': {
      parameters: [id],
      get: {
        summary:
          'A programme (programme contract); its revision in ETag. Any role in one of its regions',
        responses: {
          '200': { description: 'The programme', content: json('Programme') },
          ...problems(401, 404),
        },
      },
      put: {
        summary:
          'Create or replace a programme after full validation (coordinator of one of its regions; added regions need their coordinator)',
        parameters: [ifMatch],
        requestBody: body('Programme'),
        responses: {
          '200': { description: 'Stored' },
          '201': { description: 'Created' },
          ...problems(401, 403, 404, 412, 422),
        },
      },
    },
  }
}
