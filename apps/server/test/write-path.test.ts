import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from '../src/app.ts'
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

describe.each(backends)('the write path on %s', (backend) => {
  let db: TestDatabase
  let server: TestServer
  let coordinator: Client
  let point: { [key: string]: unknown; capacity?: unknown }

  beforeAll(async () => {
    db = await freshDatabase(backend)
    server = await startTestServer(db)
    const a = server.accounts
    coordinator = await login(server.url, a.coordinatorVr25.email, a.coordinatorVr25.password)
    const urk = await coordinator.json('GET', '/api/v1/regions/VR25/points/kazerne-urk')
    expect(urk.status).toBe(200)
    point = urk.body
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  it('a point removed and created again goes on from its last revision: an ETag from before is stale', async () => {
    const path = '/api/v1/regions/VR25/points/herboren-punt'
    const body = { ...point, id: 'herboren-punt', name: 'Herboren punt' }
    const created = await coordinator.json('PUT', path, { body })
    expect(created.status).toBe(201)
    expect(created.headers.get('etag')).toBe('"1"')
    const changed = await coordinator.json('PUT', path, {
      body: { ...body, capacity: 12 },
      headers: { 'if-match': '"1"' },
    })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).toBe('"2"')
    expect(
      (await coordinator.request('DELETE', path, { headers: { 'if-match': '"2"' } })).status,
    ).toBe(204)
    // Created again under the same id: revision 4 (the removal was 3), never 1 again.
    const again = await coordinator.json('PUT', path, {
      body,
      headers: { 'if-none-match': '*' },
    })
    expect(again.status).toBe(201)
    expect(again.headers.get('etag')).toBe('"4"')
    expect((await coordinator.json('GET', path)).headers.get('etag')).toBe('"4"')
    // A client that still holds an ETag from before the removal is refused and changes nothing.
    for (const stale of ['"1"', '"2"']) {
      const refused = await coordinator.json('PUT', path, {
        body: { ...body, capacity: 99 },
        headers: { 'if-match': stale },
      })
      expect(refused.status).toBe(412)
      expect(
        (await coordinator.request('DELETE', path, { headers: { 'if-match': stale } })).status,
      ).toBe(412)
    }
    expect((await coordinator.json('GET', path)).body.capacity).toBe(body.capacity)
    // The change feed agrees: put 1, put 2, delete 3, put 4.
    const feed = await coordinator.json('GET', '/api/v1/regions/VR25/changes?since=0&limit=10000')
    expect(
      feed.body.changes
        .filter((c: { id: string }) => c.id === 'herboren-punt')
        .map((c: { op: string; revision: number }) => `${c.op} ${c.revision}`),
    ).toEqual(['put 1', 'put 2', 'delete 3', 'put 4'])
  })

  it('the same holds after a restart, and for a point removed by replacing the whole region', async () => {
    const path = '/api/v1/regions/VR25/points/weg-en-terug'
    const body = { ...point, id: 'weg-en-terug', name: 'Weg en terug' }
    expect((await coordinator.json('PUT', path, { body })).headers.get('etag')).toBe('"1"')
    const region = await coordinator.json('GET', '/api/v1/regions/VR25')
    const without = {
      ...region.body,
      points: region.body.points.filter((p: { id: string }) => p.id !== 'weg-en-terug'),
    }
    expect((await coordinator.json('PUT', '/api/v1/regions/VR25', { body: without })).status).toBe(
      200,
    )
    expect((await coordinator.request('GET', path)).status).toBe(404)
    // A new server process on the same data: nothing of this is in its memory.
    await server.app.close()
    const restarted = await startServer({
      ...db.options,
      dashboardDir: false,
      host: '127.0.0.1',
      port: 0,
    })
    server = { ...server, url: restarted.url, app: restarted, close: () => restarted.close() }
    const a = server.accounts
    coordinator = await login(server.url, a.coordinatorVr25.email, a.coordinatorVr25.password)
    const again = await coordinator.json('PUT', path, { body })
    expect(again.status).toBe(201)
    expect(again.headers.get('etag')).toBe('"3"')
    expect(
      (
        await coordinator.request('PUT', path, {
          body: { ...body, capacity: 5 },
          headers: { 'if-match': '"1"' },
        })
      ).status,
    ).toBe(412)
  })

  it('writes that arrive together are committed together, each with its own answer, change number and audit entry', async () => {
    const assessment = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      point: 'kazerne-urk',
      requirement: 'info.board',
      date: '2026-11-04',
      result: 'met',
      ...extra,
    })
    // Stored before the batch: a conflicting write in the batch cannot race its original (on
    // PostgreSQL the requests of one batch do not reach the queue in the order they were sent).
    const earlier = await coordinator.json('POST', '/api/v1/regions/VR25/assessments', {
      body: assessment(`eerder-${backend}`),
    })
    expect(earlier.status).toBe(201)
    const token = await coordinator.json('POST', '/api/v1/me/tokens', { body: { name: 'batch' } })
    const before = await coordinator.json('GET', '/api/v1/regions/VR25/changes?since=0&limit=1')
    const last = before.body.last as number
    const bearer = client(server.url, { token: token.body.token })
    const current = await coordinator.json('GET', '/api/v1/regions/VR25/points/kazerne-urk')
    const requests = [
      ...Array.from({ length: 30 }, (_, i) => ({
        kind: 'new',
        send: () =>
          bearer.json('POST', '/api/v1/regions/VR25/assessments', {
            body: assessment(`samen-${backend}-${i}`),
          }),
      })),
      // A retry of the first one, in the same batch: stored once, whichever arrives first.
      {
        kind: 'retry',
        send: () =>
          bearer.json('POST', '/api/v1/regions/VR25/assessments', {
            body: assessment(`samen-${backend}-0`),
          }),
      },
      // An id already stored, with other content: refused.
      {
        kind: 'conflict',
        send: () =>
          bearer.json('POST', '/api/v1/regions/VR25/assessments', {
            body: assessment(`eerder-${backend}`, { result: 'not_met' }),
          }),
      },
      // Invalid: 422, nothing stored.
      {
        kind: 'invalid',
        send: () =>
          bearer.json('POST', '/api/v1/regions/VR25/assessments', {
            body: assessment(`samen-${backend}-ongeldig`, { date: '2026-13-40' }),
          }),
      },
      // A stale If-Match: 412.
      {
        kind: 'stale',
        send: () =>
          bearer.json('PUT', '/api/v1/regions/VR25/points/kazerne-urk', {
            body: { ...current.body, capacity: 3 },
            headers: { 'if-match': '"9999"' },
          }),
      },
    ]
    const answers = await Promise.all(requests.map((r) => r.send()))
    const statusOf = (kind: string) =>
      answers.filter((_, i) => requests[i]!.kind === kind).map((a) => a.status)
    expect(statusOf('new')).toEqual(Array(30).fill(201))
    expect(statusOf('retry')).toEqual([201])
    expect(statusOf('conflict')).toEqual([409])
    expect(statusOf('invalid')).toEqual([422])
    expect(statusOf('stale')).toEqual([412])

    // 30 assessments, each its own change number, in one unbroken run after `last`.
    const feed = await coordinator.json(
      'GET',
      `/api/v1/regions/VR25/changes?since=${last}&limit=1000`,
    )
    const ours = feed.body.changes.filter((c: { id: string }) =>
      c.id.startsWith(`samen-${backend}-`),
    )
    expect(ours).toHaveLength(30)
    expect(new Set(ours.map((c: { id: string }) => c.id)).size).toBe(30)
    expect(feed.body.changes.map((c: { seq: number }) => c.seq)).toEqual(
      Array.from({ length: feed.body.changes.length }, (_, i) => last + 1 + i),
    )
    // One audit entry per stored assessment, and the chain is whole.
    const audit = await server.app.ctx.storage.queryAudit({
      region: 'VR25',
      entityKind: 'assessment',
      limit: 100_000,
    })
    const audited = audit.filter((e) => e.entityId?.startsWith(`samen-${backend}-`))
    expect(audited.map((e) => e.action)).toEqual(Array(30).fill('assessment.put'))
    expect(new Set(audited.map((e) => e.entityId)).size).toBe(30)
    expect(await server.app.ctx.storage.verifyAudit()).toMatchObject({ ok: true })
  })
})
