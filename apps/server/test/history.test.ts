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

const point = {
  id: 'historie-urk',
  name: 'Buurthuis Urk (historie)',
  municipality: 'GM0184',
  tier: 'local',
  kind: 'community_centre',
  status: 'active',
  location: { lat: 52.662, lon: 5.601 },
}

describe.each(backends)('the history of a point on %s', (backend) => {
  let db: TestDatabase
  let server: TestServer
  let coordinator: Client
  let coordinatorVr14: Client
  let urk: Client
  let viewer: Client
  let assessmentSeq: number

  beforeAll(async () => {
    db = await freshDatabase(backend)
    server = await startTestServer(db)
    const a = server.accounts
    coordinator = await login(server.url, a.coordinatorVr25.email, a.coordinatorVr25.password)
    coordinatorVr14 = await login(server.url, a.coordinatorVr14.email, a.coordinatorVr14.password)
    urk = await login(server.url, a.editorUrk.email, a.editorUrk.password)
    viewer = await login(server.url, a.viewer.email, a.viewer.password)
    await server.app.ctx.db.query("UPDATE users SET name = 'Ans Urker' WHERE email = $1", [
      a.editorUrk.email,
    ])

    expect(
      (await coordinator.request('PUT', `/api/v1/regions/VR25/points/${point.id}`, { body: point }))
        .status,
    ).toBe(201)
    expect(
      (
        await urk.request('PUT', `/api/v1/regions/VR25/points/${point.id}`, {
          body: { ...point, capacity: 40, name: 'Buurthuis De Bolder' },
        })
      ).status,
    ).toBe(200)
    const recorded = await urk.json('POST', '/api/v1/regions/VR25/assessments', {
      body: {
        id: 'historie-1',
        point: point.id,
        requirement: 'power.backup',
        date: '2026-11-02',
        result: 'met',
        note: 'Aggregaat van de visserijschool, getest in oktober',
      },
    })
    expect(recorded.status).toBe(201)
    expect(
      (await urk.request('DELETE', '/api/v1/regions/VR25/assessments/historie-1')).status,
    ).toBe(204)
    // The same id in another region is another point: its history stays there.
    expect(
      (
        await coordinatorVr14.request('PUT', `/api/v1/regions/VR14/points/${point.id}`, {
          body: { ...point, municipality: 'GM0402', name: 'Geheim in Hilversum' },
        })
      ).status,
    ).toBe(201)
    const audit = await server.app.ctx.storage.queryAudit({
      region: 'VR25',
      entityKind: 'assessment',
      entityId: 'historie-1',
      limit: 10,
    })
    assessmentSeq = audit[0]!.seq
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  it('lists who did what, newest first, for every role that reads the region', async () => {
    const { status, body } = await viewer.json(
      'GET',
      `/api/v1/regions/VR25/points/${point.id}/history`,
    )
    expect(status).toBe(200)
    expect(body.entries.map((e: { op: string }) => e.op)).toEqual([
      'assessment-removed',
      'assessment-recorded',
      'update',
      'create',
    ])
    const [removed, recorded, update, create] = body.entries
    expect(recorded).toMatchObject({
      seq: assessmentSeq,
      actor: { name: 'Ans Urker' },
      via: 'session',
      assessment: 'historie-1',
      summary: 'power.backup: met (2026-11-02)',
      before: null,
      after: { point: point.id, requirement: 'power.backup', result: 'met' },
    })
    expect(removed.summary).toContain('Beoordeling ingetrokken')
    expect(removed.after).toBeNull()
    expect(update.summary).toBe('Gewijzigd: name, capacity')
    expect(update.before).toMatchObject({ name: point.name })
    expect(update.after).toMatchObject({ name: 'Buurthuis De Bolder', capacity: 40 })
    expect(create.actor.name).toBe(server.accounts.coordinatorVr25.email)
    // The history is read by viewers too: no email addresses for them.
    expect(body.entries.every((e: { actor: object }) => !('email' in e.actor))).toBe(true)
    expect(body.entries[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/)
    // Nothing of VR14's point with the same id.
    expect(JSON.stringify(body)).not.toContain('Hilversum')
  })

  it('shows email addresses to the coordinator, and summaries in English on request', async () => {
    const { body } = await coordinator.json(
      'GET',
      `/api/v1/regions/VR25/points/${point.id}/history`,
      { headers: { 'accept-language': 'en' } },
    )
    expect(body.entries[1].actor).toEqual({
      name: 'Ans Urker',
      email: server.accounts.editorUrk.email,
    })
    expect(body.entries[2].summary).toBe('Changed: name, capacity')
  })

  it('pages with before and limit', async () => {
    const first = await urk.json('GET', `/api/v1/regions/VR25/points/${point.id}/history?limit=3`)
    expect(first.body.entries).toHaveLength(3)
    expect(first.body.next).toBe(first.body.entries[2].seq)
    const second = await urk.json(
      'GET',
      `/api/v1/regions/VR25/points/${point.id}/history?limit=3&before=${first.body.next}`,
    )
    expect(second.body.entries.map((e: { op: string }) => e.op)).toEqual(['create'])
    expect(second.body.next).toBeNull()
    expect(
      (await urk.request('GET', `/api/v1/regions/VR25/points/${point.id}/history?limit=0`)).status,
    ).toBe(400)
  })

  it('marks what came with the region import, and keeps the history of a deleted point', async () => {
    const demo = await viewer.json('GET', '/api/v1/regions/VR25/points/kazerne-almere-stad/history')
    expect(demo.status).toBe(200)
    expect(demo.body.entries.length).toBeGreaterThan(1)
    expect(demo.body.entries.every((e: { op: string }) => e.op === 'import')).toBe(true)
    expect(demo.body.entries[0].actor.name).toBe('Weerbaar (import)')

    expect(
      (await coordinator.request('DELETE', `/api/v1/regions/VR25/points/${point.id}`)).status,
    ).toBe(204)
    const after = await viewer.json('GET', `/api/v1/regions/VR25/points/${point.id}/history`)
    expect(after.body.entries[0].op).toBe('delete')
    expect(after.body.entries[0].summary).toBe('Verwijderd: Buurthuis De Bolder')
  })

  it('404 for an unknown point and for a region without a role; 401 without login', async () => {
    expect(
      (await viewer.request('GET', '/api/v1/regions/VR25/points/bestaat-niet/history')).status,
    ).toBe(404)
    const other = await coordinatorVr14.json(
      'GET',
      `/api/v1/regions/VR25/points/${point.id}/history`,
    )
    expect(other.status).toBe(404)
    expect(
      (await client(server.url).request('GET', `/api/v1/regions/VR25/points/${point.id}/history`))
        .status,
    ).toBe(401)
    // VR14's coordinator sees only VR14's point under the same id.
    const own = await coordinatorVr14.json('GET', `/api/v1/regions/VR14/points/${point.id}/history`)
    expect(own.body.entries.map((e: { op: string }) => e.op)).toEqual(['create'])
  })
})
