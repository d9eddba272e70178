/** Writes docs/reference/http-api.md from the server's OpenAPI document. Run: `npm run api-reference -w @weerbaar/server`. */
import { writeFileSync } from 'node:fs'
import { createApp } from '../src/app.ts'
import { renderApiReference } from '../src/openapi-reference/markdown.ts'

const app = await createApp({ dataDir: 'memory://', dashboardDir: false })
try {
  const res = await app.fastify.inject({ method: 'GET', url: '/api/v1/openapi.json' })
  const target = new URL('../../../docs/reference/http-api.md', import.meta.url)
  writeFileSync(target, renderApiReference(res.json()))
  console.log(`wrote ${target.pathname}`)
} finally {
  await app.close()
}
