import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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

describe.each(backends)('role boundaries on assessments and tokens on %s', (backend) => {
  let db: TestDatabase
  let server: TestServer
  let coordinator: Client
  let urk: Client
  let almere: Client

  beforeAll(async () => {
    db = await freshDatabase(backend)
    server = await startTestServer(db)
    const a = server.accounts
    coordinator = await login(server.url, a.coordinatorVr25.email, a.coordinatorVr25.password)
    urk = await login(server.url, a.editorUrk.email, a.editorUrk.password)
    almere = await login(server.url, a.editorAlmere.email, a.editorAlmere.password)
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  it("an editor cannot remove another municipality's assessment (403), and it stays", async () => {
    const recorded = await almere.json('POST', '/api/v1/regions/VR25/assessments', {
      body: {
        id: 'grens-almere-1',
        point: 'kazerne-almere-stad',
        requirement: 'info.board',
        date: '2026-11-01',
        result: 'met',
      },
    })
    expect(recorded.status).toBe(201)
    const before = (await coordinator.json('GET', '/api/v1/regions/VR25')).headers.get('etag')
    const refused = await urk.json('DELETE', '/api/v1/regions/VR25/assessments/grens-almere-1')
    expect(refused.status).toBe(403)
    expect(refused.headers.get('content-type')).toContain('application/problem+json')
    expect(
      (await urk.request('GET', '/api/v1/regions/VR25/assessments/grens-almere-1')).status,
    ).toBe(200)
    // Nothing changed in the region, nothing in its audit trail.
    expect((await coordinator.json('GET', '/api/v1/regions/VR25')).headers.get('etag')).toBe(before)
    const audit = await server.app.ctx.storage.queryAudit({
      region: 'VR25',
      entityKind: 'assessment',
      entityId: 'grens-almere-1',
      limit: 10,
    })
    expect(audit.map((e) => e.action)).toEqual(['assessment.put'])
    // The editor of Almere can.
    expect(
      (await almere.request('DELETE', '/api/v1/regions/VR25/assessments/grens-almere-1')).status,
    ).toBe(204)
  })

  it('the use of a personal access token shows in the audit trail', async () => {
    const created = await urk.json('POST', '/api/v1/me/tokens', { body: { name: 'pijplijn Urk' } })
    expect(created.status).toBe(201)
    const bearer = client(server.url, { token: created.body.token })
    expect((await bearer.request('GET', '/api/v1/regions/VR25')).status).toBe(200)
    const write = await bearer.json('POST', '/api/v1/regions/VR25/assessments', {
      body: {
        id: 'grens-token-1',
        point: 'kazerne-urk',
        requirement: 'info.board',
        date: '2026-11-02',
        result: 'met',
      },
    })
    const urkUser = await server.app.ctx.accounts.findByEmail(server.accounts.editorUrk.email)
    const audit = await server.app.ctx.storage.queryAudit({ actor: urkUser!.id, limit: 1000 })
    const used = audit.filter((e) => e.action === 'token.use')
    expect(used).toHaveLength(1)
    expect(used[0]).toMatchObject({
      via: 'token',
      entityKind: 'token',
      entityId: created.body.id,
      address: expect.stringMatching(/127\.0\.0\.1/),
    })
    expect(JSON.stringify(audit)).not.toContain(created.body.token)
    // The change made with the token says so.
    expect(write.status).toBe(201)
    expect(audit.find((e) => e.entityId === 'grens-token-1')!.via).toBe('token')
  })
})
