import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context.ts'
import { openapiDocument } from './document.ts'
import { docsPage } from './docs-page.ts'

export async function openapiPlugin(app: FastifyInstance, _options: { ctx: ServerContext }) {
  let cached: ReturnType<typeof openapiDocument> | undefined
  app.get('/openapi.json', async () => (cached ??= openapiDocument()))
  app.get('/docs', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(docsPage((cached ??= openapiDocument()))),
  )
}
