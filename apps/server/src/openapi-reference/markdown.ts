/**
 * The HTTP API reference page of the documentation site (docs/reference/http-api.md), made
 * from the server's own OpenAPI document, so the page cannot drift from what the server
 * describes. `markdown.test.ts` fails when the committed page differs from a fresh rendering;
 * `npm run api-reference -w @weerbaar/server` writes it.
 */

type Json = Record<string, unknown>

interface Parameter {
  name: string
  in: string
  required?: boolean
  description?: string
  schema?: Json
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const

/** Table cells stay on one line: pipes escaped, newlines folded. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}

function refName(schema: unknown): string | undefined {
  const ref = (schema as { $ref?: unknown } | undefined)?.$ref
  return typeof ref === 'string' ? ref.split('/').at(-1) : undefined
}

/** A short type for a JSON Schema: `string`, `integer ≥ 1`, `"a" \| "b"`, `Point[]`, `Region`. */
export function typeOf(schema: unknown): string {
  if (typeof schema !== 'object' || schema === null) return 'any'
  const s = schema as Json
  const name = refName(s)
  if (name) return `[${name}](#${name.toLowerCase()})`
  if ('const' in s) return JSON.stringify(s.const)
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' \\| ')
  for (const key of ['anyOf', 'oneOf'] as const)
    if (Array.isArray(s[key])) return (s[key] as unknown[]).map(typeOf).join(' \\| ')
  if (Array.isArray(s.type)) return s.type.join(' \\| ')
  if (s.type === 'array') return `${typeOf(s.items)}[]`
  const parts: string[] = [typeof s.type === 'string' ? s.type : 'any']
  if (typeof s.format === 'string') parts.push(`(${s.format})`)
  if (typeof s.pattern === 'string') parts.push(`matching \`${s.pattern}\``)
  if (typeof s.minimum === 'number') parts.push(`≥ ${s.minimum}`)
  if (typeof s.maximum === 'number') parts.push(`≤ ${s.maximum}`)
  if (s.default !== undefined) parts.push(`(default ${JSON.stringify(s.default)})`)
  return parts.join(' ')
}

function authOf(operation: Json, document: Json): string {
  const security = (operation.security ?? document.security) as unknown[] | undefined
  if (Array.isArray(security) && security.length === 0) return 'No login.'
  return 'Session cookie (with `X-CSRF-Token` on writes) or `Authorization: Bearer` token.'
}

function renderOperation(
  method: string,
  path: string,
  operation: Json,
  pathItem: Json,
  document: Json,
) {
  const lines: string[] = [`### \`${method.toUpperCase()} ${path}\``, '']
  if (typeof operation.summary === 'string')
    lines.push(`${operation.summary}.`.replace(/\.\.$/, '.'), '')
  if (typeof operation.description === 'string') lines.push(operation.description, '')
  lines.push(`**Authentication:** ${authOf(operation, document)}`, '')
  const parameters = [
    ...((pathItem.parameters as Parameter[] | undefined) ?? []),
    ...((operation.parameters as Parameter[] | undefined) ?? []),
  ]
  if (parameters.length > 0) {
    lines.push('| Parameter | In | Type | Required | Meaning |', '| --- | --- | --- | --- | --- |')
    for (const p of parameters)
      lines.push(
        `| \`${p.name}\` | ${p.in} | ${cell(typeOf(p.schema))} | ${p.required ? 'yes' : 'no'} | ${cell(p.description ?? (p.schema?.description as string | undefined) ?? '')} |`,
      )
    lines.push('')
  }
  const body = operation.requestBody as
    | { content?: Record<string, { schema?: unknown }> }
    | undefined
  if (body?.content) {
    for (const [type, media] of Object.entries(body.content))
      lines.push(`**Body:** \`${type}\`, ${typeOf(media.schema)}`, '')
  }
  const responses = operation.responses as Record<string, Json> | undefined
  if (responses) {
    lines.push('| Status | Meaning | Body |', '| --- | --- | --- |')
    for (const [status, response] of Object.entries(responses)) {
      const content = response.content as Record<string, { schema?: unknown }> | undefined
      const bodies = content
        ? Object.entries(content)
            .map(([type, media]) =>
              `\`${type}\` ${media.schema ? typeOf(media.schema) : ''}`.trim(),
            )
            .join('; ')
        : ''
      lines.push(`| ${status} | ${cell(String(response.description ?? ''))} | ${cell(bodies)} |`)
    }
    lines.push('')
  }
  return lines
}

function renderSchema(name: string, schema: Json): string[] {
  const lines: string[] = [`### ${name}`, '']
  if (typeof schema.description === 'string') lines.push(schema.description, '')
  const properties = schema.properties as Record<string, Json> | undefined
  if (!properties) {
    lines.push(`Type: ${typeOf(schema)}`, '')
    return lines
  }
  const required = new Set((schema.required as string[] | undefined) ?? [])
  lines.push('| Field | Type | Required | Meaning |', '| --- | --- | --- | --- |')
  for (const [field, property] of Object.entries(properties))
    lines.push(
      `| \`${field}\` | ${cell(typeOf(property))} | ${required.has(field) ? 'yes' : 'no'} | ${cell(String(property.description ?? ''))} |`,
    )
  lines.push('')
  return lines
}

/** The reference page for an OpenAPI 3.1 document as the server serves it. */
export function renderApiReference(document: Json): string {
  const info = (document.info ?? {}) as Json
  const servers = (document.servers as { url: string }[] | undefined) ?? []
  const base = servers[0]?.url ?? ''
  const lines: string[] = [
    "<!-- Generated from the server's OpenAPI document by apps/server/src/openapi-reference; do not edit. Run `npm run api-reference -w @weerbaar/server`. -->",
    '',
    '# HTTP API reference',
    '',
    `${String(info.title ?? 'API')}, version ${String(info.version ?? '')}. Every path below is under \`${base}\`. A running server serves this description as \`${base}/openapi.json\` and a readable page at \`${base}/docs\`.`,
    '',
    String(info.description ?? ''),
    '',
    'Who may call what is described in [the security model](../operator/security.md); the region document is the [region file](./data-spec.md).',
    '',
    '## Endpoints',
    '',
  ]
  const paths = (document.paths ?? {}) as Record<string, Json>
  for (const [path, pathItem] of Object.entries(paths))
    for (const method of METHODS) {
      const operation = pathItem[method] as Json | undefined
      if (operation) lines.push(...renderOperation(method, path, operation, pathItem, document))
    }
  const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>
  lines.push(
    '## Schemas',
    '',
    'The top-level fields of each body. `Region`, `Point` and `Assessment` are the region contract, described field by field in the [data specification](./data-spec.md); `Report` is the [JSON report](../guide/cli.md#the-json-report).',
    '',
  )
  for (const [name, schema] of Object.entries(schemas)) lines.push(...renderSchema(name, schema))
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}
