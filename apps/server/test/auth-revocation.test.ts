import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../src/accounts/passwords.ts'
import { startServer, type App } from '../src/app.ts'
import {
  backends,
  client,
  freshDatabase,
  login,
  startTestServer,
  type Client,
  type TestDatabase,
  type TestServer,
} from './helpers.ts'

/**
 * A request is authenticated without asking the database each time where that is safe (the
 * embedded database keeps principals in memory). Every way a principal loses its rights must
 * still count from the very next request: each test first makes a request that succeeds (so the
 * principal is known), then changes something, then checks the next request is refused.
 */
describe.each(backends)('revocation takes effect on the next request on %s', (backend) => {
  let db: TestDatabase
  let server: TestServer
  let coordinator: Client
  let admin: Client
  let n = 0

  const system = { actorId: null, actorEmail: null, via: 'system' as const }
  const assessment = () => ({
    id: `intrekking-${backend}-${++n}`,
    point: 'kazerne-urk',
    requirement: 'info.board',
    date: '2026-11-03',
    result: 'met',
  })

  /** A user with a password and a role in VR25, signed in, and a personal access token. */
  async function newUser(role: 'coordinator' | 'editor' | 'viewer' = 'coordinator') {
    const email = `intrekking-${++n}@weerbaar.example`
    const user = await server.app.ctx.accounts.upsertUser(
      {
        email,
        passwordHash: await hashPassword('intrekking-wachtwoord-1'),
        role: { region: 'VR25', role, municipalities: [] },
      },
      system,
    )
    const session = await login(server.url, email, 'intrekking-wachtwoord-1')
    const created = await session.json('POST', '/api/v1/me/tokens', { body: { name: 'test' } })
    expect(created.status).toBe(201)
    const bearer = client(server.url, { token: created.body.token })
    return { user, email, session, bearer, tokenId: created.body.id as string }
  }

  /** Writes through both credentials, twice each: the second answer comes from what is known. */
  async function bothWrite(u: { session: Client; bearer: Client }) {
    for (const c of [u.session, u.bearer, u.session, u.bearer])
      expect(
        (await c.request('POST', '/api/v1/regions/VR25/assessments', { body: assessment() }))
          .status,
      ).toBe(201)
  }

  beforeAll(async () => {
    db = await freshDatabase(backend)
    server = await startTestServer(db, { rateLimits: { loginsPerAddress: 1000 } })
    const a = server.accounts
    coordinator = await login(server.url, a.coordinatorVr25.email, a.coordinatorVr25.password)
    await server.app.ctx.accounts.upsertUser(
      {
        email: 'beheer-intrekking@weerbaar.example',
        passwordHash: await hashPassword('beheer-wachtwoord-1'),
        admin: true,
      },
      system,
    )
    admin = await login(server.url, 'beheer-intrekking@weerbaar.example', 'beheer-wachtwoord-1')
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  it('a revoked token', async () => {
    const u = await newUser()
    await bothWrite(u)
    expect((await u.session.request('DELETE', `/api/v1/me/tokens/${u.tokenId}`)).status).toBe(204)
    const refused = await u.bearer.json('POST', '/api/v1/regions/VR25/assessments', {
      body: assessment(),
    })
    expect(refused.status).toBe(401)
    expect(refused.body.issues[0].code).toBe('invalid_token')
    // The session is another credential and goes on working.
    expect((await u.session.request('GET', '/api/v1/regions/VR25')).status).toBe(200)
  })

  it('a session that logged out, and all sessions after "log out everywhere"', async () => {
    const u = await newUser()
    const second = await login(server.url, u.email, 'intrekking-wachtwoord-1')
    await bothWrite(u)
    expect((await second.request('GET', '/api/v1/me')).status).toBe(200)
    expect((await u.session.request('DELETE', '/api/v1/session')).status).toBe(204)
    expect((await u.session.request('GET', '/api/v1/me')).status).toBe(401)
    expect(
      (await u.session.request('POST', '/api/v1/regions/VR25/assessments', { body: assessment() }))
        .status,
    ).toBe(401)
    expect((await second.request('GET', '/api/v1/me')).status).toBe(200)
    expect((await second.request('DELETE', '/api/v1/session?everywhere=true')).status).toBe(204)
    expect((await second.request('GET', '/api/v1/regions/VR25')).status).toBe(401)
  })

  it('a role changed to viewer, then removed', async () => {
    const u = await newUser('coordinator')
    await bothWrite(u)
    const changed = await coordinator.json('PUT', `/api/v1/regions/VR25/users/${u.user.id}`, {
      body: { role: 'viewer' },
    })
    expect(changed.status).toBe(200)
    for (const c of [u.session, u.bearer]) {
      expect(
        (await c.request('POST', '/api/v1/regions/VR25/assessments', { body: assessment() }))
          .status,
      ).toBe(403)
      const me = await c.json('GET', '/api/v1/me')
      expect(me.body.user.roles).toEqual([{ region: 'VR25', role: 'viewer', municipalities: [] }])
    }
    expect(
      (await coordinator.request('DELETE', `/api/v1/regions/VR25/users/${u.user.id}`)).status,
    ).toBe(204)
    // The token outlives the role: it still authenticates, but the region is gone for it.
    expect((await u.bearer.request('GET', '/api/v1/regions/VR25')).status).toBe(404)
  })

  it('a removed account', async () => {
    const u = await newUser('viewer')
    expect((await u.bearer.request('GET', '/api/v1/regions/VR25')).status).toBe(200)
    expect((await u.session.request('GET', '/api/v1/regions/VR25')).status).toBe(200)
    expect((await admin.request('DELETE', `/api/v1/users/${u.user.id}`)).status).toBe(204)
    expect((await u.bearer.request('GET', '/api/v1/regions/VR25')).status).toBe(401)
    expect((await u.session.request('GET', '/api/v1/regions/VR25')).status).toBe(401)
  })

  it('a reset of access', async () => {
    const u = await newUser('coordinator')
    await bothWrite(u)
    const reset = await coordinator.json('POST', `/api/v1/regions/VR25/users/${u.user.id}/reset`)
    expect(reset.status).toBe(200)
    expect((await u.bearer.request('GET', '/api/v1/regions/VR25')).status).toBe(401)
    expect((await u.session.request('GET', '/api/v1/regions/VR25')).status).toBe(401)
  })

  it('a change made in the database by any other way than the server (SQL)', async () => {
    const u = await newUser('coordinator')
    await bothWrite(u)
    await server.app.ctx.db.query('UPDATE access_tokens SET revoked_at = now() WHERE id = $1', [
      u.tokenId,
    ])
    expect((await u.bearer.request('GET', '/api/v1/regions/VR25')).status).toBe(401)
    await server.app.ctx.db.query("UPDATE roles SET role = 'viewer' WHERE user_id = $1", [
      u.user.id,
    ])
    expect(
      (await u.session.request('POST', '/api/v1/regions/VR25/assessments', { body: assessment() }))
        .status,
    ).toBe(403)
    await server.app.ctx.db.query('DELETE FROM sessions WHERE user_id = $1', [u.user.id])
    expect((await u.session.request('GET', '/api/v1/regions/VR25')).status).toBe(401)
  })

  it('a change that is rolled back changes nothing', async () => {
    const u = await newUser('coordinator')
    await bothWrite(u)
    await expect(
      server.app.ctx.db.transaction(async (tx) => {
        await tx.query('UPDATE access_tokens SET revoked_at = now() WHERE id = $1', [u.tokenId])
        throw new Error('changed my mind')
      }),
    ).rejects.toThrow('changed my mind')
    expect((await u.bearer.request('GET', '/api/v1/regions/VR25')).status).toBe(200)
  })

  it.runIf(backend === 'postgres')(
    'a revocation through another server process on the same database',
    async () => {
      const other: App & { url: string } = await startServer({
        ...db.options,
        dashboardDir: false,
        host: '127.0.0.1',
        port: 0,
      })
      try {
        const u = await newUser('coordinator')
        const otherBearer = client(other.url, { token: (await tokenFor(u)).token })
        const otherSession = client(other.url, {
          cookie: u.session.cookie!,
          csrfToken: u.session.csrfToken!,
        })
        await bothWrite({ session: otherSession, bearer: otherBearer })
        // Changed through this server: the other one refuses at once.
        expect(
          (
            await coordinator.request('PUT', `/api/v1/regions/VR25/users/${u.user.id}`, {
              body: { role: 'viewer' },
            })
          ).status,
        ).toBe(200)
        expect(
          (
            await otherBearer.request('POST', '/api/v1/regions/VR25/assessments', {
              body: assessment(),
            })
          ).status,
        ).toBe(403)
        expect((await u.session.request('DELETE', '/api/v1/session')).status).toBe(204)
        expect((await otherSession.request('GET', '/api/v1/me')).status).toBe(401)
        await server.app.ctx.db.query(
          'UPDATE access_tokens SET revoked_at = now() WHERE user_id = $1',
          [u.user.id],
        )
        expect((await otherBearer.request('GET', '/api/v1/me')).status).toBe(401)
      } finally {
        await other.close()
      }
    },
  )

  /** A second token for a user, made on the server under test. */
  async function tokenFor(u: { session: Client }): Promise<{ token: string }> {
    const created = await u.session.json('POST', '/api/v1/me/tokens', { body: { name: 'tweede' } })
    expect(created.status).toBe(201)
    return created.body
  }
})
