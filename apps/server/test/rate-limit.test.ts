import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app.ts'
import {
  backends,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers.ts'

describe('the general API limit per address (in memory, from loopback)', () => {
  it('leaves loopback alone by default, so benchmarks on this machine are not throttled', async () => {
    const app = await createApp({
      dataDir: 'memory://',
      dashboardDir: false,
      rateLimits: { apiRequestsPerWindow: 3 },
    })
    try {
      for (let i = 0; i < 10; i++) {
        const res = await app.fastify.inject({ method: 'GET', url: '/api/v1/regions' })
        expect(res.statusCode).toBe(401)
      }
    } finally {
      await app.close()
    }
  })

  it('limits loopback too when asked, and can be switched off', async () => {
    const limited = await createApp({
      dataDir: 'memory://',
      dashboardDir: false,
      rateLimits: { apiRequestsPerWindow: 3, exemptLoopback: false },
    })
    const unlimited = await createApp({
      dataDir: 'memory://',
      dashboardDir: false,
      rateLimits: { apiRequestsPerWindow: 0, exemptLoopback: false },
    })
    try {
      const statuses = []
      for (let i = 0; i < 5; i++)
        statuses.push(
          (await limited.fastify.inject({ method: 'GET', url: '/api/v1/regions' })).statusCode,
        )
      expect(statuses).toEqual([401, 401, 401, 429, 429])
      for (let i = 0; i < 5; i++)
        expect(
          (await unlimited.fastify.inject({ method: 'GET', url: '/api/v1/regions' })).statusCode,
        ).toBe(401)
      // Outside the API (the dashboard, the resident pages) the API's limit does not apply.
      expect(
        (await limited.fastify.inject({ method: 'GET', url: '/publiek/VR25/' })).statusCode,
      ).not.toBe(429)
    } finally {
      await limited.close()
      await unlimited.close()
    }
  })
})

describe.each(backends)('limits per client address behind a proxy on %s', (backend) => {
  let db: TestDatabase
  let server: TestServer

  beforeAll(async () => {
    db = await freshDatabase(backend)
    server = await startTestServer(db, {
      trustProxy: true,
      rateLimits: {
        apiRequestsPerWindow: 5,
        exemptLoopback: false,
        loginsPerAddress: 3,
        failuresPerAccount: 100,
      },
    })
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  const from = (address: string, path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { 'x-forwarded-for': address, ...(init.headers as Record<string, string>) },
    })

  it('answers 429 problem+json with Retry-After past the limit, for that address only', async () => {
    for (let i = 0; i < 5; i++)
      expect((await from('203.0.113.10', '/api/v1/regions')).status).toBe(401)
    const limited = await from('203.0.113.10', '/api/v1/regions')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('content-type')).toContain('application/problem+json')
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(60)
    const body = await limited.json()
    expect(body).toMatchObject({ status: 429, title: 'Te veel verzoeken' })
    expect(body.issues[0].code).toBe('rate_limited')
    expect(body.issues[0].message).toContain('Te veel verzoeken vanaf dit adres')
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts/)
    // Another address goes on; the health check is never limited.
    expect((await from('203.0.113.11', '/api/v1/regions')).status).toBe(401)
    expect((await from('203.0.113.10', '/api/v1/health')).status).toBe(200)
  })

  it('limits logins per address, whichever accounts they are for, and audits it', async () => {
    const address = '198.51.100.7'
    const attempt = (email: string, password: string) =>
      from(address, '/api/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
    const a = server.accounts
    expect((await attempt(a.viewer.email, 'fout-wachtwoord-1')).status).toBe(401)
    expect((await attempt(a.editorUrk.email, 'fout-wachtwoord-2')).status).toBe(401)
    expect((await attempt(a.editorAlmere.email, a.editorAlmere.password)).status).toBe(201)
    // The fourth login from this address is refused, even with a right password.
    const limited = await attempt(a.coordinatorVr25.email, a.coordinatorVr25.password)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await limited.json()).issues[0].code).toBe('rate_limited')
    // From another address the same account signs in.
    expect(
      (
        await from('198.51.100.8', '/api/v1/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            email: a.coordinatorVr25.email,
            password: a.coordinatorVr25.password,
          }),
        })
      ).status,
    ).toBe(201)
    const audit = await server.app.ctx.storage.queryAudit({
      actor: a.coordinatorVr25.email,
      limit: 100,
    })
    const limitedEntry = audit.find((e) => e.action === 'session.login_limited')!
    expect(limitedEntry.address).toBe(address)
  })
})
