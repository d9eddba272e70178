import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqlStorage } from '../src/storage/sql-storage.ts'
import {
  backends,
  freshDatabase,
  login,
  startTestServer,
  type Client,
  type TestDatabase,
  type TestServer,
} from './helpers.ts'

const newPoint = {
  id: 'test-urk-sporthal',
  name: 'Sporthal Urk (test)',
  municipality: 'GM0184',
  tier: 'local',
  kind: 'community_centre',
  status: 'active',
  location: { lat: 52.663, lon: 5.602 },
}

describe.each(backends)('reading and writing a region on %s', (backend) => {
  let db: TestDatabase
  let server: TestServer
  let coordinator: Client
  let urk: Client
  let viewer: Client

  beforeAll(async () => {
    db = await freshDatabase(backend)
    server = await startTestServer(db)
    const a = server.accounts
    coordinator = await login(server.url, a.coordinatorVr25.email, a.coordinatorVr25.password)
    urk = await login(server.url, a.editorUrk.email, a.editorUrk.password)
    viewer = await login(server.url, a.viewer.email, a.viewer.password)
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  it('GET /regions/{code} answers 304 to its current ETag, and a write anywhere gives the new document', async () => {
    const first = await viewer.json('GET', '/api/v1/regions/VR25')
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"\d+"$/)
    const unchanged = await viewer.request('GET', '/api/v1/regions/VR25', {
      headers: { 'if-none-match': etag },
    })
    expect(unchanged.status).toBe(304)
    expect(await unchanged.text()).toBe('')
    expect(unchanged.headers.get('etag')).toBe(etag)
    // A list of tags and weak tags count too; another tag does not.
    expect(
      (
        await viewer.request('GET', '/api/v1/regions/VR25', {
          headers: { 'if-none-match': `"0", W/${etag}` },
        })
      ).status,
    ).toBe(304)
    expect(
      (await viewer.request('GET', '/api/v1/regions/VR25', { headers: { 'if-none-match': '"0"' } }))
        .status,
    ).toBe(200)

    // A write through the API: the next pull shows it, under a new ETag.
    const written = await urk.json('POST', '/api/v1/regions/VR25/assessments', {
      body: {
        id: 'cache-1',
        point: 'kazerne-urk',
        requirement: 'info.board',
        date: '2026-11-03',
        result: 'partial',
      },
    })
    expect(written.status).toBe(201)
    const afterApi = await viewer.request('GET', '/api/v1/regions/VR25', {
      headers: { 'if-none-match': etag },
    })
    expect(afterApi.status).toBe(200)
    const afterApiBody = (await afterApi.json()) as { assessments: unknown[] }
    expect(afterApiBody.assessments).toHaveLength(first.body.assessments.length + 1)
    expect(afterApiBody.assessments.at(-1)).toEqual({
      point: 'kazerne-urk',
      requirement: 'info.board',
      date: '2026-11-03',
      result: 'partial',
    })

    // A write by another process (its own storage layer on the same database, as a second
    // server on PostgreSQL would be): this server's cached document is not served any more.
    const other = new SqlStorage(server.app.ctx.db)
    const outcome = await other.writeRegion(
      'VR25',
      { userId: null, email: null, via: 'system' },
      () => ({
        ok: true,
        changes: [
          {
            kind: 'assessment',
            id: 'from-elsewhere',
            op: 'put',
            doc: {
              point: 'kazerne-urk',
              requirement: 'info.board',
              date: '2026-11-04',
              result: 'met',
            },
          },
        ],
        result: null,
      }),
    )
    expect(outcome.ok).toBe(true)
    const afterOther = await viewer.json('GET', '/api/v1/regions/VR25')
    expect(afterOther.headers.get('etag')).toBe(`"${outcome.ok ? outcome.lastSeq : 0}"`)
    expect(afterOther.body.assessments.at(-1)).toMatchObject({ date: '2026-11-04' })
    expect(afterOther.body.assessments).toHaveLength(first.body.assessments.length + 2)
  })

  it('If-None-Match: * on a point PUT creates only: a second create is 412 and changes nothing', async () => {
    const created = await urk.json('PUT', `/api/v1/regions/VR25/points/${newPoint.id}`, {
      body: newPoint,
      headers: { 'if-none-match': '*' },
    })
    expect(created.status).toBe(201)
    expect(created.headers.get('etag')).toBe('"1"')
    const before = await viewer.json('GET', '/api/v1/regions/VR25')
    const again = await urk.json('PUT', `/api/v1/regions/VR25/points/${newPoint.id}`, {
      body: { ...newPoint, name: 'Een andere naam' },
      headers: { 'if-none-match': '*', 'accept-language': 'en' },
    })
    expect(again.status).toBe(412)
    expect(again.headers.get('content-type')).toMatch(/application\/problem\+json/)
    expect(again.body.issues).toMatchObject([{ code: 'exists' }])
    const after = await viewer.json('GET', '/api/v1/regions/VR25')
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'))
    expect(after.body).toEqual(before.body)
  })

  it('PUT /regions/{code} with a stale If-Match is 412 and changes nothing', async () => {
    const before = await coordinator.json('GET', '/api/v1/regions/VR25')
    const stale = `"${Number(before.headers.get('etag')!.replaceAll('"', '')) - 1}"`
    const changed = { ...before.body, region: { ...before.body.region, name: 'Andere naam' } }
    const refused = await coordinator.json('PUT', '/api/v1/regions/VR25', {
      body: changed,
      headers: { 'if-match': stale },
    })
    expect(refused.status).toBe(412)
    expect(refused.body.issues).toMatchObject([{ code: 'stale' }])
    const after = await coordinator.json('GET', '/api/v1/regions/VR25')
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'))
    expect(after.body).toEqual(before.body)
    // With the current ETag the same document is accepted.
    const accepted = await coordinator.json('PUT', '/api/v1/regions/VR25', {
      body: changed,
      headers: { 'if-match': before.headers.get('etag')! },
    })
    expect(accepted.status).toBe(200)
    expect((await viewer.json('GET', '/api/v1/regions/VR25')).body.region.name).toBe('Andere naam')
  })

  it('a single write is refused with the errors full validation gives, relative to the entity', async () => {
    const before = await viewer.json('GET', '/api/v1/regions/VR25')
    const point = await urk.json('PUT', '/api/v1/regions/VR25/points/test-urk-elders', {
      body: { ...newPoint, id: 'test-urk-elders', municipality: 'GM0034' },
      headers: { 'accept-language': 'en' },
    })
    // The Urk editor may not write an Almere point at all.
    expect(point.status).toBe(403)
    const unknownMunicipality = await coordinator.json(
      'PUT',
      '/api/v1/regions/VR25/points/test-urk-elders',
      {
        body: { ...newPoint, id: 'test-urk-elders', municipality: 'GM0363', tier: 'regional' },
        headers: { 'accept-language': 'en' },
      },
    )
    expect(unknownMunicipality.status).toBe(422)
    expect(
      unknownMunicipality.body.issues.map((i: { path: string; code: string }) => [i.path, i.code]),
    ).toEqual([
      ['tier', 'invalid_value'],
      ['municipality', 'unknown_municipality'],
    ])
    const assessment = await urk.json('POST', '/api/v1/regions/VR25/assessments', {
      body: { point: 'nergens', requirement: 'bestaat.niet', date: '2026-11-31' },
    })
    expect(assessment.status).toBe(422)
    expect(
      assessment.body.issues.map((i: { path: string; code: string }) => [i.path, i.code]),
    ).toEqual([
      ['date', 'impossible_date'],
      ['result', 'result_or_value'],
      ['point', 'unknown_point'],
      ['requirement', 'unknown_requirement'],
    ])
    const after = await viewer.json('GET', '/api/v1/regions/VR25')
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'))
  })

  it('concurrent writes share transactions (group commit) and each keeps its own change, audit entry and verdict', async () => {
    const before = await viewer.json('GET', '/api/v1/regions/VR25')
    const start = Number(before.headers.get('etag')!.replaceAll('"', ''))
    const body = (n: number) => ({
      id: `group-${n}`,
      point: 'kazerne-urk',
      requirement: 'info.board',
      date: '2026-11-05',
      result: n % 2 ? 'met' : 'partial',
    })
    // 30 new assessments, the first one sent three times, one invalid, one of another municipality.
    const answers = await Promise.all([
      ...Array.from({ length: 30 }, (_, n) =>
        urk.json('POST', '/api/v1/regions/VR25/assessments', { body: body(n) }),
      ),
      urk.json('POST', '/api/v1/regions/VR25/assessments', { body: body(0) }),
      urk.json('POST', '/api/v1/regions/VR25/assessments', { body: body(0) }),
      urk.json('POST', '/api/v1/regions/VR25/assessments', {
        body: { ...body(99), requirement: 'bestaat.niet' },
      }),
      urk.json('POST', '/api/v1/regions/VR25/assessments', {
        body: { ...body(98), point: 'kazerne-almere-haven' },
      }),
    ])
    expect(answers.slice(0, 32).map((a) => a.status)).toEqual(Array(32).fill(201))
    expect(answers[32]!.status).toBe(422)
    expect(answers[33]!.status).toBe(403)
    const feed = await viewer.json('GET', `/api/v1/regions/VR25/changes?since=${start}`)
    // One change per stored assessment, numbered without gaps, the retried one once.
    expect(feed.body.changes.map((c: { id: string }) => c.id).sort()).toEqual(
      Array.from({ length: 30 }, (_, n) => `group-${n}`).sort(),
    )
    expect(feed.body.changes.map((c: { seq: number }) => c.seq)).toEqual(
      Array.from({ length: 30 }, (_, n) => start + 1 + n),
    )
    const audit = await server.app.ctx.storage.queryAudit({
      region: 'VR25',
      entityKind: 'assessment',
      limit: 10_000,
    })
    const group = audit.filter((e) => e.entityId?.startsWith('group-'))
    expect(group).toHaveLength(30)
    expect(new Set(group.map((e) => e.actorEmail))).toEqual(
      new Set([server.accounts.editorUrk.email]),
    )
    expect((await server.app.ctx.storage.verifyAudit()).ok).toBe(true)
    const after = await viewer.json('GET', '/api/v1/regions/VR25')
    expect(after.body.assessments).toHaveLength(before.body.assessments.length + 30)
  })
})
