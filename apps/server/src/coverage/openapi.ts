import { z } from 'zod'
import { CoverageQuerySchema, GRID_BODY_LIMIT, GridUploadQuerySchema } from './plugin.ts'

/** The coverage and population-grid routes in the server's OpenAPI document. */

function queryParameters(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, object>
    required?: string[]
  }
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: s,
  }))
}

const problem = {
  description: 'A problem (RFC 9457)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
}
const code = { name: 'code', in: 'path', required: true, schema: { type: 'string' } }

export const coverageOpenapiPaths = {
  '/regions/{code}/coverage': {
    parameters: [code],
    get: {
      summary:
        'Population coverage, the JSON of `weerbaar coverage --format json` (without its `versions`); needs the region’s population grid',
      parameters: queryParameters(CoverageQuerySchema),
      responses: {
        '200': {
          description:
            '{ asOf, radius, include, points, qualifying, total, municipalities, histogram } (CoverageReport of @weerbaar/core)',
        },
        '400': problem,
        '401': problem,
        '404': {
          ...problem,
          description: 'No such region for this user, or the region has no population grid yet',
        },
      },
    },
  },
  '/regions/{code}/population-grid': {
    parameters: [code],
    get: {
      summary: 'What is known of the region’s population grid (hash, cells, population, when)',
      responses: {
        '200': { description: 'The grid’s description' },
        '401': problem,
        '404': problem,
      },
    },
    put: {
      summary: `Upload the region’s population grid (coordinator): the CSV or GeoJSON file \`weerbaar coverage --population\` reads, at most ${GRID_BODY_LIMIT / 2 ** 20} MiB; replaces the one before, audited`,
      parameters: queryParameters(GridUploadQuerySchema),
      requestBody: {
        required: true,
        content: {
          'text/csv': { schema: { type: 'string' } },
          'application/geo+json': { schema: { type: 'object' } },
        },
      },
      responses: {
        '200': { description: 'Replaced' },
        '201': { description: 'Stored' },
        '400': problem,
        '401': problem,
        '403': problem,
        '404': problem,
        '413': { description: 'The file is too large' },
        '422': {
          ...problem,
          description: 'The file is not a valid grid: issues with line and column',
        },
      },
    },
  },
}
