import {
  AssessmentSchema,
  PointSchema,
  ProgrammeSchema,
  RegionSchema,
  ReportSchema,
} from '@weerbaar/core'
import { z } from 'zod'
import { LoginSchema } from '../auth/plugin.ts'
import { AuditQuerySchema } from '../audit/plugin.ts'
import { coverageOpenapiPaths } from '../coverage/openapi.ts'
import { oidcOpenapiPaths } from '../oidc/openapi.ts'
import { ChangesQuerySchema, ReadinessQuerySchema } from '../regions/plugin.ts'
import { historyOpenapiPaths, historyOpenapiSchemas } from '../history/openapi.ts'
import {
  installationOpenapiSchemas,
  installationRegionsOperations,
} from '../installation/openapi.ts'
import { programmesOpenapiPaths, programmesOpenapiSchemas } from '../programmes/openapi.ts'
import { sharingOpenapiPaths, sharingOpenapiSchemas } from '../sharing/openapi.ts'
import { usersOpenapiPaths, usersOpenapiSchemas } from '../users/openapi.ts'

/**
 * The OpenAPI 3.1 document of /api/v1, made from the same zod schemas the routes parse with
 * (zod 4's `z.toJSONSchema`), so the description cannot drift from what is accepted.
 */

const IssueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  path: z.string().meta({ description: 'Where in the document: `points[3].location.lat`' }),
  message: z.string().meta({ description: 'Dutch or English by Accept-Language' }),
  line: z.number().int().optional().meta({ description: 'Line in an uploaded file, from 1' }),
  column: z.number().int().optional().meta({ description: 'Column (field) in that line, from 1' }),
})
const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  issues: z.array(IssueSchema),
})
const ChangeSchema = z.object({
  seq: z.number().int().meta({ description: 'Per region, gap-free, in commit order' }),
  at: z.iso.datetime(),
  kind: z.enum(['region', 'point', 'assessment']).meta({ description: 'More kinds may be added' }),
  id: z.string(),
  op: z.enum(['put', 'delete']),
  revision: z.number().int(),
  value: z
    .unknown()
    .optional()
    .meta({ description: 'The new value of a put: the region header, a point or an assessment' }),
})
const ChangePageSchema = z.object({
  region: z.string(),
  changes: z.array(ChangeSchema),
  last: z.number().int(),
  next: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'Ask again with since=next; null when done' }),
})
const AssessmentInputSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/)
      .optional(),
  })
  .meta({
    description:
      'An assessment of the region contract with an optional client-chosen id (safe retries)',
  })
const MeSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable().optional(),
    admin: z.boolean(),
    mustChangePassword: z.boolean().optional().meta({
      description:
        'Signed in with a temporary password: choose one with POST /me/password first; until then other routes answer 403 password_change_required',
    }),
    roles: z.array(
      z.object({
        region: z.string(),
        role: z.enum(['coordinator', 'editor', 'viewer']),
        municipalities: z.array(z.string()),
      }),
    ),
  }),
  via: z.enum(['session', 'token']),
  csrfToken: z.string().optional(),
})

const schemas = {
  Region: RegionSchema,
  Programme: ProgrammeSchema,
  Point: PointSchema,
  Assessment: AssessmentSchema,
  AssessmentInput: AssessmentInputSchema,
  Report: ReportSchema,
  Problem: ProblemSchema,
  ChangePage: ChangePageSchema,
  Change: ChangeSchema,
  Login: LoginSchema,
  Me: MeSchema,
  ...usersOpenapiSchemas,
  ...historyOpenapiSchemas,
  ...sharingOpenapiSchemas,
  ...programmesOpenapiSchemas,
  ...installationOpenapiSchemas,
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' })
}

function queryParameters(schema: z.ZodObject) {
  const json = jsonSchema(schema, 'input') as {
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

const ref = (name: keyof typeof schemas) => ({ $ref: `#/components/schemas/${name}` })
const json = (name: keyof typeof schemas) => ({ 'application/json': { schema: ref(name) } })
const problems = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((c) => [
      String(c),
      {
        description: 'A problem (RFC 9457)',
        content: { 'application/problem+json': { schema: ref('Problem') } },
      },
    ]),
  )
const code = {
  name: 'code',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^VR\\d{2}$' },
}
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description: 'The ETag read; 412 when it changed since',
}

/** What the route descriptions of each plugin's `openapi.ts` build on. */
export const openapiHelpers = {
  body: (name: keyof typeof schemas) => ({ required: true, content: json(name) }),
  json,
  problems,
  code,
  id,
  queryParameters,
}
export type OpenapiHelpers = typeof openapiHelpers

export function openapiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Weerbaar API',
      version: '1',
      description:
        'Regions, noodsteunpunten and assessments of the Weerbaar server. Sign in with POST /session (a cookie; unsafe requests then carry the X-CSRF-Token header from the answer or GET /me) or send a personal access token as Authorization: Bearer. Errors are application/problem+json with the same issues (path, message) the weerbaar command line prints, Dutch or English by Accept-Language.',
      license: { name: 'EUPL-1.2' },
    },
    servers: [{ url: '/api/v1' }],
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, s]) => [name, jsonSchema(s)]),
      ),
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'weerbaar_session' },
        token: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{ session: [] }, { token: [] }],
    paths: {
      '/health': {
        get: {
          summary: 'Health and database kind',
          security: [],
          responses: {
            '200': { description: '{ status: "ok", database: "pglite" | "postgres" }' },
          },
        },
      },
      '/session': {
        post: {
          summary: 'Sign in with email and password',
          security: [],
          requestBody: { required: true, content: json('Login') },
          responses: {
            '201': {
              description: 'Signed in; the cookie is set; the body has the user and csrfToken',
            },
            ...problems(401, 422, 429),
          },
        },
        delete: {
          summary: 'Sign out (?everywhere=true: every session of the user)',
          responses: { '204': { description: 'Signed out' }, ...problems(401, 403) },
        },
      },
      '/me': {
        get: {
          summary: 'The user, roles and CSRF token',
          responses: { '200': { description: 'The user', content: json('Me') }, ...problems(401) },
        },
      },
      ...oidcOpenapiPaths,
      '/regions': {
        get: {
          summary: 'The regions the user may see',
          responses: { '200': { description: 'Regions' }, ...problems(401) },
        },
        ...installationRegionsOperations(openapiHelpers),
      },
      '/regions/{code}': {
        parameters: [code],
        get: {
          summary: 'The region document (region contract); ETag is its last change number',
          parameters: [
            {
              name: 'If-None-Match',
              in: 'header',
              required: false,
              schema: { type: 'string' },
              description: 'The ETag of the copy the client has: 304 while it is current',
            },
          ],
          responses: {
            '200': { description: 'The region', content: json('Region') },
            '304': { description: 'Not modified: the client’s copy is current' },
            ...problems(401, 404),
          },
        },
        put: {
          summary: 'Replace the region after full validation (coordinator)',
          parameters: [ifMatch],
          requestBody: { required: true, content: json('Region') },
          responses: { '200': { description: 'Stored' }, ...problems(401, 403, 404, 412, 422) },
        },
      },
      '/regions/{code}/points/{id}': {
        parameters: [code, id],
        get: {
          summary: 'One point; its revision in ETag',
          responses: {
            '200': { description: 'The point', content: json('Point') },
            ...problems(401, 404),
          },
        },
        put: {
          summary: 'Create or replace a point (coordinator; editor of its municipality)',
          parameters: [
            ifMatch,
            {
              name: 'If-None-Match',
              in: 'header',
              required: false,
              schema: { type: 'string', const: '*' },
            },
          ],
          requestBody: { required: true, content: json('Point') },
          responses: {
            '200': { description: 'Replaced', content: json('Point') },
            '201': { description: 'Created', content: json('Point') },
            ...problems(401, 403, 404, 412, 422),
          },
        },
        delete: {
          summary: 'Delete a point and its assessments',
          parameters: [ifMatch],
          responses: { '204': { description: 'Deleted' }, ...problems(401, 403, 404, 412, 422) },
        },
      },
      '/regions/{code}/assessments': {
        parameters: [code],
        post: {
          summary: 'Record an assessment; the same id twice stores one',
          requestBody: { required: true, content: json('AssessmentInput') },
          responses: {
            '201': { description: 'Stored (or replayed)' },
            ...problems(401, 403, 404, 409, 422),
          },
        },
      },
      '/regions/{code}/assessments/{id}': {
        parameters: [code, id],
        get: {
          summary: 'One assessment',
          responses: { '200': { description: 'The assessment' }, ...problems(401, 404) },
        },
        delete: {
          summary: 'Record the removal of an assessment',
          responses: { '204': { description: 'Removed' }, ...problems(401, 403, 404) },
        },
      },
      '/regions/{code}/readiness': {
        parameters: [code],
        get: {
          summary: 'Readiness, the JSON of `weerbaar report --format json`',
          parameters: queryParameters(ReadinessQuerySchema),
          responses: {
            '200': { description: 'The report', content: json('Report') },
            ...problems(400, 401, 404),
          },
        },
      },
      '/regions/{code}/risk': {
        parameters: [code],
        get: {
          summary:
            'Risk profile and readiness per scenario, the JSON of `weerbaar risk --format json`',
          responses: { '200': { description: 'The analysis' }, ...problems(401, 404) },
        },
      },
      ...coverageOpenapiPaths,
      '/regions/{code}/changes': {
        parameters: [code],
        get: {
          summary: 'Every change after `since`, in order, in pages',
          parameters: queryParameters(ChangesQuerySchema),
          responses: {
            '200': { description: 'A page of changes', content: json('ChangePage') },
            ...problems(400, 401, 404, 409),
          },
        },
      },
      '/regions/{code}/events': {
        parameters: [code],
        get: {
          summary:
            'The changes live as Server-Sent Events (event: change, id: seq, data: a Change); resume with Last-Event-ID',
          responses: { '200': { description: 'text/event-stream' }, ...problems(401, 404) },
        },
      },
      '/regions/{code}/audit': {
        parameters: [code],
        get: {
          summary: 'The audit trail of the region (coordinator); format=csv for a spreadsheet',
          parameters: queryParameters(AuditQuerySchema),
          responses: { '200': { description: 'Entries' }, ...problems(400, 401, 403, 404) },
        },
      },
      ...usersOpenapiPaths(openapiHelpers),
      ...historyOpenapiPaths(openapiHelpers),
      ...sharingOpenapiPaths(openapiHelpers),
      ...programmesOpenapiPaths(openapiHelpers),
      '/public/regions/{code}/points.geojson': {
        parameters: [code],
        get: {
          summary: 'The active public points, open data with CORS',
          security: [],
          responses: { '200': { description: 'GeoJSON FeatureCollection' }, ...problems(404) },
        },
      },
    },
  }
}
