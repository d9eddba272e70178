import {
  CalendarDateSchema,
  COVERAGE_INCLUDES,
  computeReadiness,
  levelsFromReadiness,
  regionCoverage,
  toCoverageReport,
  type CoverageReport,
} from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { actorOf } from '../auth/plugin.ts'
import type { ServerContext } from '../context.ts'
import { requestLang, sendProblem, simpleIssue } from '../http/problem.ts'
import { regionAccess, todayInAmsterdam } from '../regions/plugin.ts'
import { regionDocument } from '../regions/service.ts'
import { GridStore, readGridFile } from './grids.ts'

export const CoverageQuerySchema = z
  .object({
    asOf: CalendarDateSchema.optional(),
    include: z.enum(COVERAGE_INCLUDES as [string, ...string[]]).default('ready'),
    radius: z.coerce.number().positive().optional(),
  })
  .strict()

export const GridUploadQuerySchema = z
  .object({ confidential: z.coerce.number().nonnegative().optional() })
  .strict()

/** Largest grid file accepted: a CBS 100 m grid of the largest region, as GeoJSON, fits. */
export const GRID_BODY_LIMIT = 64 * 1024 * 1024

const texts = {
  noGrid: {
    nl: (code: string) =>
      `Regio ${code} heeft nog geen bevolkingsraster: een coördinator laadt het met PUT /api/v1/regions/${code}/population-grid (CSV of GeoJSON, zoals weerbaar coverage --population)`,
    en: (code: string) =>
      `Region ${code} has no population grid yet: a coordinator uploads it with PUT /api/v1/regions/${code}/population-grid (CSV or GeoJSON, as weerbaar coverage --population reads)`,
  },
  notFound: { nl: 'Niet gevonden', en: 'Not found' },
  emptyBody: {
    nl: 'Stuur het bevolkingsraster als inhoud van het verzoek (CSV of GeoJSON)',
    en: 'Send the population grid as the body of the request (CSV or GeoJSON)',
  },
}

function queryIssues(error: z.ZodError) {
  return error.issues.map((i) => simpleIssue(i.code, i.message, i.path.join('.')))
}

/**
 * Coverage of a region's population by its points, and the region's population grid. The
 * computation runs on the event loop; its result is kept per (region change number, grid, asOf,
 * include, radius), so a dashboard asking again, or many users at once, cost one computation.
 */
export async function coveragePlugin(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  const grids = new GridStore(ctx.db)
  const results = new Map<string, Promise<CoverageReport | undefined>>()
  const RESULTS_KEPT = 32

  // The grid is a file, not JSON of the API: every body in this plugin is read as bytes.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: GRID_BODY_LIMIT },
    (_, body, done) => done(null, body),
  )

  app.put(
    '/regions/:code/population-grid',
    { bodyLimit: GRID_BODY_LIMIT },
    async (request, reply) => {
      const { code } = request.params as { code: string }
      const user = regionAccess(request, reply, code, 'coordinate')
      if (!user) return reply
      const lang = requestLang(request)
      const query = GridUploadQuerySchema.safeParse(request.query)
      if (!query.success) return sendProblem(reply, 400, queryIssues(query.error))
      if ((await ctx.storage.regionSeq(code)) === undefined)
        return sendProblem(reply, 404, [simpleIssue('not_found', texts.notFound[lang])])
      const body = request.body
      if (!Buffer.isBuffer(body) || body.length === 0)
        return sendProblem(reply, 422, [simpleIssue('empty', texts.emptyBody[lang])])
      const file = readGridFile(body, { lang, confidential: query.data.confidential })
      if (!file.ok) return sendProblem(reply, 422, file.issues)
      const { info, created } = await grids.put(
        code,
        file,
        query.data.confidential,
        actorOf(request),
      )
      return reply.code(created ? 201 : 200).send({
        region: code,
        sha256: info.sha256,
        cells: info.cells,
        population: info.population,
        confidential: info.confidential,
        uploadedAt: info.uploadedAt,
        warnings: file.warnings,
      })
    },
  )

  app.get('/regions/:code/population-grid', async (request, reply) => {
    const { code } = request.params as { code: string }
    if (!regionAccess(request, reply, code, 'read')) return reply
    const info = await grids.info(code)
    if (!info)
      return sendProblem(reply, 404, [
        simpleIssue('no_population_grid', texts.noGrid[requestLang(request)](code)),
      ])
    const { region: _region, uploadedBy: _by, ...rest } = info
    return { region: code, ...rest }
  })

  app.get('/regions/:code/coverage', async (request, reply) => {
    const { code } = request.params as { code: string }
    const query = CoverageQuerySchema.safeParse(request.query)
    if (!query.success) return sendProblem(reply, 400, queryIssues(query.error))
    if (!regionAccess(request, reply, code, 'read')) return reply
    const lang = requestLang(request)
    const [info, lastSeq] = await Promise.all([grids.info(code), ctx.storage.regionSeq(code)])
    if (lastSeq === undefined)
      return sendProblem(reply, 404, [simpleIssue('not_found', texts.notFound[lang])])
    if (!info)
      return sendProblem(reply, 404, [simpleIssue('no_population_grid', texts.noGrid[lang](code))])
    const asOf = query.data.asOf ?? todayInAmsterdam()
    const include = query.data.include as (typeof COVERAGE_INCLUDES)[number]
    const key = JSON.stringify([code, lastSeq, info.sha256, asOf, include, query.data.radius])
    let pending = results.get(key)
    if (!pending) {
      pending = (async () => {
        const [state, grid] = await Promise.all([ctx.storage.readRegion(code), grids.grid(info)])
        if (!state || !grid) return undefined
        const region = regionDocument(state)
        const ruleset = resolveRuleset(region)
        const levels =
          include === 'active'
            ? undefined
            : levelsFromReadiness(computeReadiness(region, ruleset, { asOf }))
        const result = regionCoverage(region, grid, {
          radius: query.data.radius ?? ruleset.norms.maxDistanceMeters.value,
          include,
          ...(levels ? { levels } : {}),
        })
        return toCoverageReport(result, asOf)
      })()
      results.set(key, pending)
      pending.catch(() => results.delete(key))
      if (results.size > RESULTS_KEPT) results.delete(results.keys().next().value!)
    }
    const report = await pending
    if (!report) return sendProblem(reply, 404, [simpleIssue('not_found', texts.notFound[lang])])
    return report
  })
}
