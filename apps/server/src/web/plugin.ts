import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import helmet from '@fastify/helmet'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

/** PDOK's base map, as in the dashboard's own policy (apps/dashboard/vite.config.ts). */
export const DEFAULT_TILE_URL =
  'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png'

function tileOrigin(template: string): string {
  if (!template) return ''
  return new URL(template.replace(/\{[a-z]+\}/g, '0')).origin
}

/**
 * One policy for everything served: the dashboard's own files only, map images from the tile
 * server, no inline script or style, no framing. The dashboard's build carries the same policy
 * in a meta tag; the header adds what a meta tag cannot (frame-ancestors).
 */
export function contentSecurityPolicy(tileUrl = process.env.WEERBAAR_TILE_URL ?? DEFAULT_TILE_URL) {
  const img = ["'self'", 'data:', 'blob:', tileOrigin(tileUrl)].filter(Boolean)
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: img,
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    fontSrc: ["'self'"],
    manifestSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    upgradeInsecureRequests: null,
  }
}

/** The dashboard built next to the server in the repository: apps/dashboard/dist. */
export function defaultDashboardDir(): string {
  for (const relative of ['../../dashboard/dist', '../../../dashboard/dist']) {
    const path = fileURLToPath(new URL(relative, import.meta.url))
    if (existsSync(join(path, 'index.html'))) return path
  }
  return fileURLToPath(new URL('../../dashboard/dist', import.meta.url))
}

/** Security headers for every answer, and the built dashboard at `/`. */
export async function webPlugin(app: FastifyInstance, options: { dashboardDir?: string | false }) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy() },
    // The map tiles are images from another origin.
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
  })
  // Tells the dashboard it is served by a Weerbaar server (apps/dashboard/src/sync/api.ts).
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-weerbaar-server', '1')
  })
  const dir =
    options.dashboardDir === false ? undefined : (options.dashboardDir ?? defaultDashboardDir())
  if (!dir || !existsSync(join(dir, 'index.html'))) return
  await app.register(fastifyStatic, {
    root: dir,
    wildcard: true,
    index: ['index.html'],
    setHeaders(res, path) {
      // Hashed assets never change; the page, the service worker and the manifest must be
      // fetched fresh so an update reaches users.
      if (/[\\/]assets[\\/]/.test(path))
        res.setHeader('cache-control', 'public, max-age=31536000, immutable')
      else res.setHeader('cache-control', 'no-cache')
    },
  })
  app.decorate('dashboardFallback', true)
}

/** A page address of the single-page app (`/punten/X`): the dashboard's index.html. */
export function isDashboardRoute(request: FastifyRequest): boolean {
  return (
    request.method === 'GET' &&
    !request.url.startsWith('/api/') &&
    (request.headers.accept ?? '').includes('text/html')
  )
}

export function sendDashboard(reply: FastifyReply) {
  reply.header('cache-control', 'no-cache')
  return reply.sendFile('index.html')
}
