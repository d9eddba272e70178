import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { RateLimits } from '../context.ts'
import { requestLang } from './problem.ts'

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/

export function isLoopback(address: string): boolean {
  return LOOPBACK.test(address)
}

const texts = {
  nl: (after: string) => `Te veel verzoeken vanaf dit adres; probeer het over ${after} opnieuw`,
  en: (after: string) => `Too many requests from this address; try again in ${after}`,
}

/**
 * The general limit on the API per client address (`@fastify/rate-limit`, counted in each
 * server process), on top of the stricter login limits kept in the database. A 429 answer is
 * problem+json with Retry-After. Loopback is exempt unless asked otherwise, so the benchmarks
 * and a reverse proxy's health checks on the same machine are not throttled; behind a proxy,
 * set trustProxy so that the client's own address counts.
 */
export async function apiRateLimit(app: FastifyInstance, limits: RateLimits) {
  if (limits.apiRequestsPerWindow <= 0) return
  await app.register(rateLimit, {
    global: true,
    max: limits.apiRequestsPerWindow,
    timeWindow: limits.apiWindowMs,
    allowList: (request: FastifyRequest) =>
      (limits.exemptLoopback && isLoopback(request.ip)) ||
      request.routeOptions.url === '/api/v1/health',
    errorResponseBuilder: (request, context) => {
      const error = new Error(texts[requestLang(request)](context.after)) as Error & {
        statusCode: number
        code: string
      }
      error.statusCode = context.statusCode
      error.code = 'rate_limited'
      return error
    },
  })
}
