import { renderWebsitePage, WEBSITE_CONTENT_SECURITY_POLICY } from '@weerbaar/website'
import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context.ts'
import { sendProblem } from '../http/problem.ts'
import { regionDocument } from '../regions/service.ts'
import { todayInAmsterdam } from '../regions/plugin.ts'
import { websiteOptions } from './site.ts'

/**
 * The resident website "Waar kan ik terecht?" served live, without login, at
 * `/publiek/{region}/…`: the pages `weerbaar website` writes, rendered from the region as it is
 * now (only public, active points; no contacts, nothing from assessments — the website package
 * guarantees that). The site's own policy replaces the dashboard's; embed pages may be framed
 * by a municipality's website.
 */
export async function publiekPlugin(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  app.get('/publiek/:code', async (request, reply) => {
    const { code } = request.params as { code: string }
    return reply.redirect(`/publiek/${encodeURIComponent(code)}/`, 301)
  })
  app.get('/publiek/:code/*', async (request, reply) => {
    const { code, '*': path } = request.params as { code: string; '*': string }
    const state = await ctx.storage.readRegion(code)
    if (!state) return sendProblem(reply, 404)
    const region = regionDocument(state)
    const host = request.headers.host ?? 'localhost'
    const baseUrl = `${request.protocol}://${host}/publiek/${code}/`
    const file = renderWebsitePage(
      region,
      path,
      websiteOptions(region, todayInAmsterdam(), baseUrl),
    )
    if (!file) return sendProblem(reply, 404)
    reply.header('content-security-policy', WEBSITE_CONTENT_SECURITY_POLICY)
    if (path.startsWith('embed/')) reply.removeHeader('x-frame-options')
    reply.header('cache-control', 'public, max-age=300')
    return reply.type(file.contentType).send(file.body)
  })
}
