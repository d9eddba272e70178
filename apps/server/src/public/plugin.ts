import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context.ts'
import { sendProblem } from '../http/problem.ts'
import { regionDocument } from '../regions/service.ts'
import { publicPointsGeoJson } from './geojson.ts'

/**
 * Open data for municipal websites and maps, without login and with CORS: the active public
 * points of a region. Nothing else of the region is public.
 */
export async function publicPlugin(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  app.get('/public/regions/:code/points.geojson', async (request, reply) => {
    const { code } = request.params as { code: string }
    reply.header('access-control-allow-origin', '*')
    const state = await ctx.storage.readRegion(code)
    if (!state) return sendProblem(reply, 404)
    reply.header('cache-control', 'public, max-age=300')
    return reply
      .type('application/geo+json; charset=utf-8')
      .send(publicPointsGeoJson(regionDocument(state)))
  })
  app.options('/public/regions/:code/points.geojson', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*')
    reply.header('access-control-allow-methods', 'GET, OPTIONS')
    reply.header('access-control-max-age', '86400')
    return reply.code(204).send()
  })
}
