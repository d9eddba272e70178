import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '../app.ts'
import { renderApiReference, typeOf } from './markdown.ts'

let app: App
beforeAll(async () => {
  app = await createApp({ dataDir: 'memory://', dashboardDir: false })
})
afterAll(async () => {
  await app?.close()
})

describe('the HTTP API reference page', () => {
  it('matches the committed docs/reference/http-api.md (run `npm run api-reference -w @weerbaar/server` after an API change)', async () => {
    const res = await app.fastify.inject({ method: 'GET', url: '/api/v1/openapi.json' })
    expect(res.statusCode).toBe(200)
    const page = renderApiReference(res.json())
    await expect(page).toMatchFileSnapshot('../../../../docs/reference/http-api.md')
  })

  it('lists every operation of the document', async () => {
    const document = (
      await app.fastify.inject({ method: 'GET', url: '/api/v1/openapi.json' })
    ).json()
    const page = renderApiReference(document)
    for (const [path, item] of Object.entries(document.paths as Record<string, object>))
      for (const method of Object.keys(item).filter((k) => k !== 'parameters'))
        expect(page).toContain(`### \`${method.toUpperCase()} ${path}\``)
  })
})

describe('typeOf', () => {
  it('names references, enums, arrays and constraints', () => {
    expect(typeOf({ $ref: '#/components/schemas/Point' })).toBe('[Point](#point)')
    expect(typeOf({ type: 'array', items: { $ref: '#/components/schemas/Change' } })).toBe(
      '[Change](#change)[]',
    )
    expect(typeOf({ enum: ['put', 'delete'] })).toBe('"put" \\| "delete"')
    expect(typeOf({ type: 'integer', minimum: 1, default: 1000 })).toBe(
      'integer ≥ 1 (default 1000)',
    )
    expect(typeOf({ type: 'string', pattern: '^VR\\d{2}$' })).toBe('string matching `^VR\\d{2}$`')
  })
})
