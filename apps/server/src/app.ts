import cookie from '@fastify/cookie'
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { AccountStore } from './accounts/store.ts'
import { auditPlugin } from './audit/plugin.ts'
import { coveragePlugin } from './coverage/plugin.ts'
import { authPlugin } from './auth/plugin.ts'
import { DEFAULT_RATE_LIMITS, type RateLimits, type ServerContext } from './context.ts'
import { historyPlugin } from './history/plugin.ts'
import { installationPlugin } from './installation/plugin.ts'
import { openDatabase, type Database } from './db/database.ts'
import { lockDataDir } from './db/lock.ts'
import { migrate } from './db/migrate.ts'
import { requestLang, sendProblem } from './http/problem.ts'
import { apiRateLimit } from './http/rate-limit.ts'
import { openapiPlugin } from './openapi/plugin.ts'
import { programmesPlugin } from './programmes/plugin.ts'
import { publicPlugin } from './public/plugin.ts'
import { publiekPlugin } from './publiek/plugin.ts'
import { regionsPlugin } from './regions/plugin.ts'
import { sharingPlugin } from './sharing/plugin.ts'
import { SqlStorage } from './storage/sql-storage.ts'
import { usersPlugin } from './users/plugin.ts'
import { isDashboardRoute, sendDashboard, webPlugin } from './web/plugin.ts'

export interface AppOptions {
  /** A PostgreSQL server (`postgres://…`); without it the embedded database in `dataDir`. */
  databaseUrl?: string
  /** PGlite's data folder (default `.weerbaar/data`); `memory://` for tests. */
  dataDir?: string
  /** The built dashboard to serve at `/` (default: apps/dashboard/dist); `false` for none. */
  dashboardDir?: string | false
  rateLimits?: Partial<RateLimits>
  secureCookies?: boolean | 'auto'
  /** Trust X-Forwarded-* from a reverse proxy (the client address and HTTPS). */
  trustProxy?: boolean
  /** Request log; off by default. */
  logger?: boolean
  /**
   * Plugins added under /api/v1 after the built-in ones, with the server's context: the
   * OpenID Connect login registers itself here.
   */
  apiPlugins?: FastifyPluginAsync<{ ctx: ServerContext }>[]
  /** Request body limit in bytes (default 20 MiB, room for a large region's PUT). */
  bodyLimit?: number
}

export interface App {
  fastify: FastifyInstance
  ctx: ServerContext
  close(): Promise<void>
}

/** Opens the database (locking PGlite's folder), applies the migrations, and starts listening for changes. */
export async function openContext(
  options: AppOptions,
): Promise<ServerContext & { release: () => Promise<void> }> {
  const dataDir = options.dataDir ?? '.weerbaar/data'
  const unlock =
    options.databaseUrl || dataDir.startsWith('memory://') ? () => undefined : lockDataDir(dataDir)
  let db: Database
  try {
    db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir })
  } catch (error) {
    unlock()
    throw error
  }
  try {
    await migrate(db)
  } catch (error) {
    await db.close()
    unlock()
    throw error
  }
  const storage = new SqlStorage(db)
  await storage.start()
  const accounts = new AccountStore(db)
  await accounts.start()
  return {
    db,
    storage,
    accounts,
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    secureCookies: options.secureCookies ?? 'auto',
    async release() {
      await accounts.stop()
      await storage.stop()
      await db.close()
      unlock()
    },
  }
}

/**
 * The Weerbaar server as a Fastify app. Every plugin is registered here, in one place: the
 * API under /api/v1 (authentication first, then one plugin per concern), the public data, the
 * API's description and the dashboard.
 */
export async function createApp(options: AppOptions = {}): Promise<App> {
  const ctx = await openContext(options)
  const fastify = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimit ?? 20 * 1024 * 1024,
    // Ids in paths are the contract's ids; nothing longer is needed.
    routerOptions: { maxParamLength: 200 },
    // Event streams stay open; closing the server ends them.
    forceCloseConnections: true,
  })

  fastify.setErrorHandler(
    (error: Error & { statusCode?: number; code?: string }, request, reply) => {
      const status =
        error.statusCode && error.statusCode >= 400 && error.statusCode < 500
          ? error.statusCode
          : 500
      if (status === 500) request.log.error(error)
      // Client mistakes (bad JSON, too large, wrong type) get their message; never a stack trace.
      const lang = requestLang(request)
      const message =
        status === 500
          ? lang === 'nl'
            ? 'Er ging iets mis op de server'
            : 'Something went wrong on the server'
          : error.message
      return sendProblem(reply, status, [
        { severity: 'error', code: error.code ?? 'error', path: '', message },
      ])
    },
  )
  fastify.setNotFoundHandler((request, reply) =>
    (fastify as { dashboardFallback?: boolean }).dashboardFallback && isDashboardRoute(request)
      ? sendDashboard(reply)
      : sendProblem(reply, 404),
  )

  await fastify.register(cookie)
  await fastify.register(
    async (api) => {
      await apiRateLimit(api, ctx.rateLimits)
      await api.register(fp(authPlugin), { ctx })
      await api.register(regionsPlugin, { ctx })
      await api.register(coveragePlugin, { ctx })
      await api.register(programmesPlugin, { ctx })
      await api.register(auditPlugin, { ctx })
      await api.register(usersPlugin, { ctx })
      await api.register(historyPlugin, { ctx })
      await api.register(sharingPlugin, { ctx })
      await api.register(installationPlugin, { ctx })
      await api.register(publicPlugin, { ctx })
      await api.register(openapiPlugin, { ctx })
      for (const plugin of options.apiPlugins ?? []) await api.register(plugin, { ctx })
    },
    { prefix: '/api/v1' },
  )
  await fastify.register(fp(webPlugin), { dashboardDir: options.dashboardDir })
  // The resident website, without login, under the security headers set above.
  await fastify.register(publiekPlugin, { ctx })

  return {
    fastify,
    ctx,
    async close() {
      await fastify.close()
      await ctx.release()
    },
  }
}

export interface StartOptions extends AppOptions {
  host?: string
  /** 0 picks a free port. */
  port?: number
}

/** Creates the app and listens; resolves with its address. */
export async function startServer(options: StartOptions = {}): Promise<App & { url: string }> {
  const app = await createApp(options)
  try {
    await app.fastify.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 4173 })
  } catch (error) {
    await app.close()
    throw error
  }
  const address = app.fastify.server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  const host = options.host ?? '127.0.0.1'
  const shownHost =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host
  return { ...app, url: `http://${shownHost}:${port}` }
}
