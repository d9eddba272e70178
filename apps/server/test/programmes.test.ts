import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoProgramme } from '../src/programmes/demo.ts'
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

const demoProgramme = JSON.parse(
  readFileSync(
    new URL(
      '../../../packages/demo-data/data/programme-weerbaarheid-en-veerkracht.json',
      import.meta.url,
    ),
    'utf8',
  ),
) as Record<string, unknown> & { indicators: Record<string, unknown>[] }

/** The demo programme for VR25 alone (the live indicators combine its regions). */
const vr25Programme = (over: Record<string, unknown> = {}) => ({
  ...demoProgramme,
  id: 'programma-vr25',
  regions: ['VR25'],
  ...over,
})

describe.each(backends)('programmes on %s', { timeout: 120_000 }, (backend) => {
  let db: TestDatabase
  let server: TestServer
  let coordinator: Client
  let coordinatorVr14: Client
  let almere: Client
  let viewer: Client
  let anonymous: Client
  const path = '/api/v1/programmes/programma-vr25'

  beforeAll(async () => {
    db = await freshDatabase(backend)
    server = await startTestServer(db, { rateLimits: { loginsPerAddress: 1000 } })
    const a = server.accounts
    coordinator = await login(server.url, a.coordinatorVr25.email, a.coordinatorVr25.password)
    coordinatorVr14 = await login(server.url, a.coordinatorVr14.email, a.coordinatorVr14.password)
    almere = await login(server.url, a.editorAlmere.email, a.editorAlmere.password)
    viewer = await login(server.url, a.viewer.email, a.viewer.password)
    anonymous = client(server.url)
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  it('refuses an anonymous read and write (401), and a write without the CSRF token (403)', async () => {
    expect((await anonymous.json('GET', path)).status).toBe(401)
    expect((await anonymous.json('PUT', path, { body: vr25Programme() })).status).toBe(401)
    const noCsrf = await coordinator.json('PUT', path, {
      body: vr25Programme(),
      headers: { 'x-csrf-token': '' },
    })
    expect(noCsrf.status).toBe(403)
    expect((await coordinator.json('GET', path)).status).toBe(404)
  })

  it('lets a coordinator create a programme of their region, audited, with an ETag', async () => {
    const created = await coordinator.json('PUT', path, { body: vr25Programme() })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ id: 'programma-vr25', revision: 1 })
    expect(created.headers.get('etag')).toBe('"1"')
    const read = await coordinator.json('GET', path)
    expect(read.status).toBe(200)
    expect(read.headers.get('etag')).toBe('"1"')
    expect(read.body).toMatchObject({ id: 'programma-vr25', regions: ['VR25'] })
    const audit = await server.app.ctx.storage.queryAudit({
      entityKind: 'programme',
      entityId: 'programma-vr25',
      limit: 10,
    })
    expect(audit).toMatchObject([
      {
        action: 'programme.put',
        actorEmail: server.accounts.coordinatorVr25.email,
        region: 'VR25',
        before: null,
      },
    ])
  })

  it('is readable by every role in its region, and hidden from others (404)', async () => {
    expect((await viewer.json('GET', path)).status).toBe(200)
    expect((await almere.json('GET', path)).status).toBe(200)
    const outsider = await coordinatorVr14.json('GET', path)
    expect(outsider.status).toBe(404)
    expect(outsider.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  })

  it('is writable only by its coordinators: editors and viewers 403, other regions 404', async () => {
    const change = vr25Programme({ name: 'Gewijzigd' })
    expect((await almere.json('PUT', path, { body: change })).status).toBe(403)
    expect((await viewer.json('PUT', path, { body: change })).status).toBe(403)
    expect((await coordinatorVr14.json('PUT', path, { body: change })).status).toBe(404)
    // A coordinator of the other region cannot take it over by listing their region.
    const takeover = await coordinatorVr14.json('PUT', path, {
      body: vr25Programme({ regions: ['VR14'] }),
    })
    expect(takeover.status).toBe(404)
    const stored = await coordinator.json('GET', path)
    expect(stored.body.name).toBe(demoProgramme.name)
    expect(stored.headers.get('etag')).toBe('"1"')
  })

  it('lets a coordinator add a region only where they are coordinator', async () => {
    const both = await coordinator.json('PUT', path, {
      body: vr25Programme({ regions: ['VR25', 'VR14'] }),
    })
    expect(both.status).toBe(403)
    expect(both.body.issues[0]).toMatchObject({ code: 'forbidden', path: 'regions' })
    // Creating one for both regions needs the coordinator of both.
    const other = await coordinator.json('PUT', '/api/v1/programmes/nieuw-voor-beide', {
      body: { ...demoProgramme, id: 'nieuw-voor-beide' },
    })
    expect(other.status).toBe(403)
  })

  it('guards against lost updates with If-Match (412 on a stale revision)', async () => {
    const first = await coordinator.json('PUT', path, {
      body: vr25Programme({ name: 'Versie 2' }),
      headers: { 'if-match': '"1"' },
    })
    expect(first.status).toBe(200)
    expect(first.headers.get('etag')).toBe('"2"')
    const stale = await coordinator.json('PUT', path, {
      body: vr25Programme({ name: 'Versie 3 op een oude kopie' }),
      headers: { 'if-match': '"1"' },
    })
    expect(stale.status).toBe(412)
    expect((await coordinator.json('GET', path)).body.name).toBe('Versie 2')
    const created = await coordinator.json('PUT', '/api/v1/programmes/nog-niet', {
      body: vr25Programme({ id: 'nog-niet' }),
      headers: { 'if-match': '"1"' },
    })
    expect(created.status).toBe(412)
  })

  it('refuses an invalid programme with every problem and its path (422), storing nothing', async () => {
    const broken = vr25Programme({
      schemaVersion: 1,
      goals: [{ id: 'g', pillar: 'bestaat-niet', name: 'Doel' }],
      actions: [],
      decisions: [],
      indicators: [],
    })
    const invalid = await coordinator.json('PUT', path, { body: broken })
    expect(invalid.status).toBe(422)
    expect(invalid.body.issues).toEqual([
      expect.objectContaining({ code: 'unknown_pillar', path: 'goals[0].pillar' }),
    ])
    const mismatch = await coordinator.json('PUT', path, {
      body: vr25Programme({ id: 'ander-id' }),
    })
    expect(mismatch.status).toBe(422)
    expect(mismatch.body.issues[0]).toMatchObject({ code: 'id_mismatch', path: 'id' })
    const newer = await coordinator.json('PUT', path, {
      body: vr25Programme({ schemaVersion: 2 }),
    })
    expect(newer.status).toBe(422)
    expect(newer.body.issues).toEqual([
      expect.objectContaining({ code: 'newer_schema_version', path: 'schemaVersion' }),
    ])
    const notJson = await coordinator.request('PUT', path, { body: '{"id": ' })
    expect(notJson.status).toBe(400)
    expect(await notJson.text()).not.toMatch(/\n\s+at /)
    expect((await coordinator.json('GET', path)).headers.get('etag')).toBe('"2"')
  })

  it('lists the programmes a user may read, and no others (GET /programmes)', async () => {
    const list = '/api/v1/programmes'
    expect((await anonymous.json('GET', list)).status).toBe(401)
    const vr14 = await coordinatorVr14.json('PUT', '/api/v1/programmes/programma-vr14', {
      body: vr25Programme({ id: 'programma-vr14', name: 'Programma VR14', regions: ['VR14'] }),
    })
    expect(vr14.status, JSON.stringify(vr14.body)).toBe(201)
    const etag = (await coordinator.json('GET', path)).headers.get('etag')
    const ids = async (who: Client) => {
      const answer = await who.json('GET', list)
      expect(answer.status).toBe(200)
      return (answer.body.programmes as Array<{ id: string }>).map((p) => p.id)
    }
    // The VR25 coordinator's "nog-niet" was refused (412), so it does not exist either. The demo
    // programme (both demo regions, put there by `seedDemo`) is seen from either region.
    const demo = 'weerbaarheid-en-veerkracht'
    expect(await ids(coordinator)).toEqual(['programma-vr25', demo])
    expect(await ids(almere)).toEqual(['programma-vr25', demo])
    expect(await ids(coordinatorVr14)).toEqual(['programma-vr14', demo])
    expect(await ids(viewer)).toEqual(['programma-vr14', 'programma-vr25', demo])
    // Only what is needed to choose one: no goals, actions or decisions in the list.
    const mine = (await coordinator.json('GET', list)).body.programmes[0]
    expect(mine).toEqual({
      id: 'programma-vr25',
      name: 'Versie 2',
      regions: ['VR25'],
      revision: Number(etag!.replaceAll('"', '')),
    })
  })

  it('puts an id with SQL in it through as data', async () => {
    const hostile = await coordinator.json(
      'GET',
      "/api/v1/programmes/x'%3B%20DROP%20TABLE%20programmes%3B--",
    )
    expect(hostile.status).toBe(404)
    expect((await coordinator.json('GET', path)).status).toBe(200)
  })

  it('puts the demo programme on a demo server once, for both demo regions', async () => {
    // `seedDemo` (the test server's start) has put it there already; again adds nothing.
    expect(await seedDemoProgramme(server.app.ctx)).toBe(false)
    const listed = (await coordinatorVr14.json('GET', '/api/v1/programmes')).body.programmes
    expect(listed).toContainEqual({
      id: 'weerbaarheid-en-veerkracht',
      name: demoProgramme.name,
      regions: ['VR25', 'VR14'],
      revision: 1,
    })
    // Shared: the coordinator of either region changes it, on the revision they read.
    const demoPath = '/api/v1/programmes/weerbaarheid-en-veerkracht'
    const changed = await coordinator.json('PUT', demoPath, {
      body: { ...demoProgramme, name: 'Gedeeld' },
      headers: { 'if-match': '"1"' },
    })
    expect(changed.status).toBe(200)
    expect((await coordinatorVr14.json('GET', demoPath)).body.name).toBe('Gedeeld')
  })
})
