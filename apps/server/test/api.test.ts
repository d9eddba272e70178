import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run as runCli } from '../../../packages/cli/src/program.ts'
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

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  })
  return { code, stdout, stderr }
}

const urkPoint = {
  id: 'test-urk-dorpshuis',
  name: 'Dorpshuis Urk (test)',
  municipality: 'GM0184',
  tier: 'local',
  kind: 'community_centre',
  status: 'active',
  location: { lat: 52.662, lon: 5.601 },
  address: 'Wijk 1 1, Urk',
}

describe.each(backends)('the API on %s', (backend) => {
  let db: TestDatabase
  let server: TestServer
  let coordinator: Client
  let coordinatorVr14: Client
  let almere: Client
  let urk: Client
  let viewer: Client
  let anonymous: Client

  beforeAll(async () => {
    db = await freshDatabase(backend)
    server = await startTestServer(db, {
      rateLimits: { loginsPerAddress: 1000, failuresPerAccount: 3 },
    })
    const a = server.accounts
    coordinator = await login(server.url, a.coordinatorVr25.email, a.coordinatorVr25.password)
    coordinatorVr14 = await login(server.url, a.coordinatorVr14.email, a.coordinatorVr14.password)
    almere = await login(server.url, a.editorAlmere.email, a.editorAlmere.password)
    urk = await login(server.url, a.editorUrk.email, a.editorUrk.password)
    viewer = await login(server.url, a.viewer.email, a.viewer.password)
    anonymous = client(server.url)
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  it('answers /health with the kind of database', async () => {
    const { status, body } = await anonymous.json('GET', '/api/v1/health')
    expect(status).toBe(200)
    expect(body).toEqual({ status: 'ok', database: backend })
  })

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await anonymous.json('POST', '/api/v1/session', {
      body: { email: 'nobody@weerbaar.example', password: 'whatever-123' },
    })
    const wrong = await anonymous.json('POST', '/api/v1/session', {
      body: { email: server.accounts.viewer.email, password: 'whatever-123' },
    })
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(unknown.body).toEqual(wrong.body)
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(unknown.headers.get('set-cookie')).toBeNull()
  })

  it('sets an HttpOnly SameSite session cookie and tells /me the roles', async () => {
    const response = await fetch(`${server.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: server.accounts.editorUrk.email,
        password: server.accounts.editorUrk.password,
      }),
    })
    const cookie = response.headers.getSetCookie()[0]!
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    const me = await urk.json('GET', '/api/v1/me')
    expect(me.body.user.roles).toEqual([
      { region: 'VR25', role: 'editor', municipalities: ['GM0184'] },
    ])
    expect(me.body.csrfToken).toBe(urk.csrfToken)
  })

  it('401 without a session or token, for every route class', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/me'],
      ['GET', '/api/v1/regions'],
      ['GET', '/api/v1/regions/VR25'],
      ['PUT', '/api/v1/regions/VR25'],
      ['GET', '/api/v1/regions/VR25/points/kazerne-urk'],
      ['PUT', '/api/v1/regions/VR25/points/kazerne-urk'],
      ['DELETE', '/api/v1/regions/VR25/points/kazerne-urk'],
      ['POST', '/api/v1/regions/VR25/assessments'],
      ['GET', '/api/v1/regions/VR25/readiness'],
      ['GET', '/api/v1/regions/VR25/risk'],
      ['GET', '/api/v1/regions/VR25/changes'],
      ['GET', '/api/v1/regions/VR25/events'],
      ['GET', '/api/v1/regions/VR25/audit'],
    ] as const) {
      const response = await anonymous.request(method, path, method === 'GET' ? {} : { body: {} })
      expect(response.status, `${method} ${path}`).toBe(401)
      expect(response.headers.get('content-type')).toMatch(/problem\+json/)
    }
    const badToken = await client(server.url, { token: 'wbt_nope_nope' }).request(
      'GET',
      '/api/v1/regions',
    )
    expect(badToken.status).toBe(401)
  })

  it('404 for a region the user has no role in, for every route class (VR25 coordinator cannot see VR14)', async () => {
    const list = await coordinator.json('GET', '/api/v1/regions')
    expect(list.body.regions.map((r: { code: string }) => r.code)).toEqual(['VR25'])
    for (const [method, path] of [
      ['GET', '/api/v1/regions/VR14'],
      ['PUT', '/api/v1/regions/VR14'],
      ['GET', '/api/v1/regions/VR14/points/x'],
      ['PUT', '/api/v1/regions/VR14/points/x'],
      ['DELETE', '/api/v1/regions/VR14/points/x'],
      ['POST', '/api/v1/regions/VR14/assessments'],
      ['GET', '/api/v1/regions/VR14/readiness'],
      ['GET', '/api/v1/regions/VR14/risk'],
      ['GET', '/api/v1/regions/VR14/changes'],
      ['GET', '/api/v1/regions/VR14/events'],
      ['GET', '/api/v1/regions/VR14/audit'],
    ] as const) {
      const response = await coordinator.request(method, path, method === 'GET' ? {} : { body: {} })
      expect(response.status, `${method} ${path}`).toBe(404)
    }
    expect((await coordinatorVr14.request('GET', '/api/v1/regions/VR25')).status).toBe(404)
    expect((await coordinatorVr14.request('GET', '/api/v1/regions/VR14')).status).toBe(200)
    // A region that does not exist answers the same as one that is not yours.
    const missing = await coordinator.json('GET', '/api/v1/regions/VR99')
    const hidden = await coordinator.json('GET', '/api/v1/regions/VR14')
    expect(missing.body).toEqual(hidden.body)
  })

  it('403 for a viewer on every write, and for an editor on region-wide writes and the audit', async () => {
    for (const [method, path, body] of [
      ['PUT', '/api/v1/regions/VR25', {}],
      ['PUT', '/api/v1/regions/VR25/points/kazerne-urk', urkPoint],
      ['DELETE', '/api/v1/regions/VR25/points/kazerne-urk', undefined],
      ['POST', '/api/v1/regions/VR25/assessments', {}],
      ['DELETE', '/api/v1/regions/VR25/assessments/x', undefined],
      ['GET', '/api/v1/regions/VR25/audit', undefined],
    ] as const) {
      const response = await viewer.request(method, path, body === undefined ? {} : { body })
      expect(response.status, `viewer ${method} ${path}`).toBe(403)
    }
    expect((await urk.request('PUT', '/api/v1/regions/VR25', { body: {} })).status).toBe(403)
    expect((await urk.request('GET', '/api/v1/regions/VR25/audit')).status).toBe(403)
    // Reading is every role's.
    expect((await viewer.request('GET', '/api/v1/regions/VR25')).status).toBe(200)
    expect(
      (await viewer.request('GET', '/api/v1/regions/VR14/readiness?asOf=2026-11-01')).status,
    ).toBe(200)
  })

  it("an editor changes their own municipality's points only: Urk's editor cannot change an Almere point", async () => {
    const almerePoint = await almere.json('GET', '/api/v1/regions/VR25/points/kazerne-almere-stad')
    expect(almerePoint.status).toBe(200)
    const attempt = await urk.json('PUT', '/api/v1/regions/VR25/points/kazerne-almere-stad', {
      body: { ...almerePoint.body, name: 'Overgenomen' },
    })
    expect(attempt.status).toBe(403)
    const del = await urk.request('DELETE', '/api/v1/regions/VR25/points/kazerne-almere-stad')
    expect(del.status).toBe(403)
    const assess = await urk.request('POST', '/api/v1/regions/VR25/assessments', {
      body: {
        point: 'kazerne-almere-stad',
        requirement: 'info.board',
        date: '2026-11-02',
        result: 'met',
      },
    })
    expect(assess.status).toBe(403)
    // Nor move an Urk point into Almere.
    const move = await urk.request('PUT', '/api/v1/regions/VR25/points/kazerne-urk', {
      body: {
        ...(await urk.json('GET', '/api/v1/regions/VR25/points/kazerne-urk')).body,
        municipality: 'GM0034',
      },
    })
    expect(move.status).toBe(403)
    const after = await almere.json('GET', '/api/v1/regions/VR25/points/kazerne-almere-stad')
    expect(after.body).toEqual(almerePoint.body)
    // The Urk editor does change an Urk point.
    const created = await urk.json('PUT', `/api/v1/regions/VR25/points/${urkPoint.id}`, {
      body: urkPoint,
    })
    expect(created.status).toBe(201)
    expect(created.headers.get('etag')).toBe('"1"')
  })

  it('412 on a stale If-Match, and nothing changes', async () => {
    const first = await coordinator.json('GET', '/api/v1/regions/VR25/points/kazerne-urk')
    const etag = first.headers.get('etag')!
    const ok = await coordinator.json('PUT', '/api/v1/regions/VR25/points/kazerne-urk', {
      body: { ...first.body, capacity: 41 },
      headers: { 'if-match': etag },
    })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('etag')).not.toBe(etag)
    const stale = await urk.json('PUT', '/api/v1/regions/VR25/points/kazerne-urk', {
      body: { ...first.body, capacity: 7 },
      headers: { 'if-match': etag },
    })
    expect(stale.status).toBe(412)
    const staleDelete = await urk.request('DELETE', '/api/v1/regions/VR25/points/kazerne-urk', {
      headers: { 'if-match': etag },
    })
    expect(staleDelete.status).toBe(412)
    const now = await coordinator.json('GET', '/api/v1/regions/VR25/points/kazerne-urk')
    expect(now.body.capacity).toBe(41)
  })

  it('422 with the issue list (path, message) and nothing changed, in Dutch or English', async () => {
    const before = await coordinator.json('GET', '/api/v1/regions/VR25')
    const broken = {
      ...before.body,
      municipalities: [],
      points: [{ ...before.body.points[0], location: { lat: 'x', lon: 5 } }],
    }
    const nl = await coordinator.json('PUT', '/api/v1/regions/VR25', { body: broken })
    expect(nl.status).toBe(422)
    expect(nl.headers.get('content-type')).toMatch(/application\/problem\+json/)
    expect(nl.body.issues.map((i: { path: string }) => i.path)).toContain('points[0].location.lat')
    const en = await coordinator.json('PUT', '/api/v1/regions/VR25', {
      body: broken,
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    })
    expect(en.body.title).toBe('The data is not valid')
    expect(nl.body.title).toBe('De gegevens kloppen niet')
    const point = await urk.json('PUT', '/api/v1/regions/VR25/points/kazerne-urk', {
      body: { ...urkPoint, id: 'kazerne-urk', location: { lat: 52.6, lon: 500 } },
      headers: { 'accept-language': 'en' },
    })
    expect(point.status).toBe(422)
    expect(point.body.issues[0].path).toBe('location.lon')
    const after = await coordinator.json('GET', '/api/v1/regions/VR25')
    expect(after.body).toEqual(before.body)
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'))
  })

  it('stores one assessment when the same id is sent twice; the same id with other content is refused', async () => {
    const body = {
      id: 'client-chosen-1',
      point: 'kazerne-urk',
      requirement: 'info.board',
      date: '2026-11-02',
      result: 'met',
    }
    const first = await urk.json('POST', '/api/v1/regions/VR25/assessments', { body })
    const second = await urk.json('POST', '/api/v1/regions/VR25/assessments', { body })
    expect(first.status).toBe(201)
    expect(second.status).toBe(201)
    expect(second.body).toEqual(first.body)
    const region = await urk.json('GET', '/api/v1/regions/VR25')
    const matching = region.body.assessments.filter(
      (a: { date: string; point: string }) => a.point === 'kazerne-urk' && a.date === '2026-11-02',
    )
    expect(matching).toHaveLength(1)
    const changed = await urk.json('POST', '/api/v1/regions/VR25/assessments', {
      body: { ...body, result: 'not_met' },
    })
    expect(changed.status).toBe(409)
    // Removal is recorded as a change of its own.
    const feedBefore = await urk.json(
      'GET',
      `/api/v1/regions/VR25/changes?since=${region.headers.get('etag')!.replaceAll('"', '')}`,
    )
    expect(feedBefore.body.changes).toEqual([])
    expect(
      (await urk.request('DELETE', '/api/v1/regions/VR25/assessments/client-chosen-1')).status,
    ).toBe(204)
    const feed = await urk.json('GET', `/api/v1/regions/VR25/changes?since=${feedBefore.body.last}`)
    expect(feed.body.changes).toMatchObject([
      { kind: 'assessment', id: 'client-chosen-1', op: 'delete' },
    ])
    expect(
      (await urk.request('GET', '/api/v1/regions/VR25/assessments/client-chosen-1')).status,
    ).toBe(404)
  })

  it('gives the region back as `weerbaar validate` accepts it, and readiness as `weerbaar report --format json`', async () => {
    const region = await viewer.json('GET', '/api/v1/regions/VR14')
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-server-cli-'))
    const file = join(dir, 'vr14.json')
    writeFileSync(file, JSON.stringify(region.body))
    expect((await cli(['validate', file])).code).toBe(0)
    const report = await cli(['report', file, '--as-of', '2026-11-01', '--format', 'json'])
    const api = await viewer.json('GET', '/api/v1/regions/VR14/readiness?asOf=2026-11-01')
    // The command line puts the versions it bundles first (`versions`); the rest is one contract.
    const withoutVersions = (text: string) => {
      const { versions, ...rest } = JSON.parse(text) as { versions: unknown }
      expect(versions).toBeTypeOf('object')
      return rest
    }
    expect(api.body).toEqual(withoutVersions(report.stdout))
    const risk = await cli(['risk', file, '--as-of', '2026-11-01', '--format', 'json'])
    const apiRisk = await viewer.json('GET', '/api/v1/regions/VR14/risk?asOf=2026-11-01')
    expect(apiRisk.body).toEqual(withoutVersions(risk.stdout))
    expect(
      (await viewer.request('GET', '/api/v1/regions/VR14/readiness?asOf=2026-02-30')).status,
    ).toBe(400)
  })

  it('pages the change feed in order with next, up to the last number', async () => {
    const all: number[] = []
    let since = 0
    let pages = 0
    for (;;) {
      const page = await viewer.json(
        'GET',
        `/api/v1/regions/VR25/changes?since=${since}&limit=1000`,
      )
      expect(page.status).toBe(200)
      all.push(...page.body.changes.map((c: { seq: number }) => c.seq))
      pages++
      if (page.body.next === null) {
        expect(all.at(-1)).toBe(page.body.last)
        break
      }
      since = page.body.next
    }
    expect(pages).toBeGreaterThan(1)
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1))
    expect(
      (await viewer.request('GET', '/api/v1/regions/VR25/changes?since=999999999')).status,
    ).toBe(409)
  })

  it('streams changes as Server-Sent Events', async () => {
    const start = await viewer.json('GET', '/api/v1/regions/VR25/changes?since=0&limit=1')
    const controller = new AbortController()
    const response = await viewer.request('GET', '/api/v1/regions/VR25/events', {
      headers: { 'last-event-id': String(start.body.last) },
    })
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    const reader = response.body!.getReader()
    await urk.json('POST', '/api/v1/regions/VR25/assessments', {
      body: {
        id: 'sse-1',
        point: 'kazerne-urk',
        requirement: 'info.board',
        date: '2026-11-03',
        result: 'met',
      },
    })
    let text = ''
    while (!text.includes('"id":"sse-1"')) {
      const { value, done } = await reader.read()
      if (done) break
      text += new TextDecoder().decode(value)
    }
    controller.abort()
    await reader.cancel()
    expect(text).toMatch(new RegExp(`id: ${start.body.last + 1}\nevent: change\ndata: \\{`))
  })

  it('CSRF: a cookie-authenticated write without the token is refused; a token-authenticated one needs none', async () => {
    const noToken = await urk.request('PUT', `/api/v1/regions/VR25/points/${urkPoint.id}`, {
      body: { ...urkPoint, capacity: 3 },
      headers: { 'x-csrf-token': 'wrong' },
    })
    expect(noToken.status).toBe(403)
    const without = await fetch(`${server.url}/api/v1/regions/VR25/points/${urkPoint.id}`, {
      method: 'DELETE',
      headers: { cookie: urk.cookie! },
    })
    expect(without.status).toBe(403)
    expect(
      (await urk.json('GET', `/api/v1/regions/VR25/points/${urkPoint.id}`)).body.capacity,
    ).toBeUndefined()
    const token = await urk.json('POST', '/api/v1/me/tokens', { body: { name: 'pipeline' } })
    expect(token.status).toBe(201)
    const bearer = client(server.url, { token: token.body.token })
    const write = await bearer.json('PUT', `/api/v1/regions/VR25/points/${urkPoint.id}`, {
      body: { ...urkPoint, capacity: 3 },
    })
    expect(write.status).toBe(200)
    // Revoked: refused from then on.
    expect((await urk.request('DELETE', `/api/v1/me/tokens/${token.body.id}`)).status).toBe(204)
    expect((await bearer.request('GET', '/api/v1/regions')).status).toBe(401)
  })

  it('the public GeoJSON has active public points only, without login, with CORS', async () => {
    await coordinator.json('PUT', '/api/v1/regions/VR25/points/test-hidden', {
      body: { ...urkPoint, id: 'test-hidden', name: 'Geheim punt', public: false },
    })
    const response = await fetch(`${server.url}/api/v1/public/regions/VR25/points.geojson`, {
      headers: { origin: 'https://www.urk.nl' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const geo = (await response.json()) as {
      features: { id: string; properties: Record<string, unknown> }[]
    }
    const region = (await coordinator.json('GET', '/api/v1/regions/VR25')).body
    const expected = region.points.filter(
      (p: { public: boolean; status: string }) => p.public !== false && p.status === 'active',
    )
    expect(geo.features.map((f) => f.id).sort()).toEqual(
      expected.map((p: { id: string }) => p.id).sort(),
    )
    expect(geo.features.some((f) => f.id === 'test-hidden')).toBe(false)
    for (const hidden of region.points.filter((p: { public: boolean }) => p.public === false))
      expect(geo.features.some((f) => f.id === hidden.id)).toBe(false)
    expect(Object.keys(geo.features[0]!.properties).sort()).toEqual([
      'address',
      'municipality',
      'municipalityName',
      'name',
      'tier',
    ])
  })

  it('the audit trail shows who changed what, filtered, and as CSV', async () => {
    const entries = await coordinator.json(
      'GET',
      `/api/v1/regions/VR25/audit?entity=point:${urkPoint.id}`,
    )
    expect(entries.status).toBe(200)
    const first = entries.body.entries[0]
    expect(first).toMatchObject({
      action: 'point.put',
      actorEmail: server.accounts.editorUrk.email,
      via: 'session',
      before: null,
    })
    expect(first.after).toMatchObject({ id: urkPoint.id })
    const byToken = entries.body.entries.find((e: { via: string }) => e.via === 'token')
    expect(byToken.before).toMatchObject({ id: urkPoint.id })
    const csv = await coordinator.request(
      'GET',
      `/api/v1/regions/VR25/audit?entity=point:${urkPoint.id}&format=csv`,
    )
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    const bytes = new Uint8Array(await csv.arrayBuffer())
    // A byte order mark, so Excel reads the UTF-8 (names with ë, ö) right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    expect(text.split('\r\n')[0]).toBe(
      'seq;at;actorEmail;actorId;via;action;entityKind;entityId;before;after;hash',
    )
    const byUser = await coordinator.json(
      'GET',
      `/api/v1/regions/VR25/audit?user=${server.accounts.editorUrk.email}`,
    )
    expect(
      byUser.body.entries.every(
        (e: { actorEmail: string }) => e.actorEmail === server.accounts.editorUrk.email,
      ),
    ).toBe(true)
    const future = await coordinator.json('GET', '/api/v1/regions/VR25/audit?from=2999-01-01')
    expect(future.body.entries).toEqual([])
  })

  it('rate-limits failed logins per account, and logins are audited', async () => {
    const email = server.accounts.coordinatorVr14.email
    for (let i = 0; i < 3; i++)
      expect(
        (
          await anonymous.request('POST', '/api/v1/session', {
            body: { email, password: `wrong-${i}-password` },
          })
        ).status,
      ).toBe(401)
    const limited = await anonymous.request('POST', '/api/v1/session', {
      body: { email, password: server.accounts.coordinatorVr14.password },
    })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    const audit = await server.app.ctx.storage.queryAudit({ actor: email, limit: 100 })
    expect(audit.filter((e) => e.action === 'session.login_failed')).toHaveLength(3)
    expect(audit.some((e) => e.action === 'session.login_limited')).toBe(true)
  })

  it('logs out everywhere', async () => {
    const a = await login(server.url, server.accounts.viewer.email, server.accounts.viewer.password)
    const b = await login(server.url, server.accounts.viewer.email, server.accounts.viewer.password)
    expect((await a.request('DELETE', '/api/v1/session?everywhere=true')).status).toBe(204)
    expect((await b.request('GET', '/api/v1/me')).status).toBe(401)
    expect((await a.request('GET', '/api/v1/me')).status).toBe(401)
  })

  it('describes itself: /openapi.json from the zod schemas and a docs page', async () => {
    const doc = await anonymous.json('GET', '/api/v1/openapi.json')
    expect(doc.status).toBe(200)
    expect(doc.body.openapi).toBe('3.1.0')
    expect(doc.body.components.schemas.Region.properties.points).toBeDefined()
    expect(Object.keys(doc.body.paths)).toContain('/regions/{code}/points/{id}')
    const page = await anonymous.request('GET', '/api/v1/docs')
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/)
    expect(await page.text()).toContain('/api/v1/regions/{code}/changes')
  })

  it('security headers and no stack trace on a broken request', async () => {
    const response = await coordinator.request('PUT', '/api/v1/regions/VR25/points/x', {
      body: '{"broken',
      headers: { 'content-type': 'application/json' },
    })
    expect(response.status).toBe(400)
    const text = await response.text()
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
  })
})
