import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app.ts'
import { backup, restore } from '../src/backup.ts'
import {
  backends,
  freshDatabase,
  login,
  startTestServer,
  type Client,
  type TestDatabase,
  type TestServer,
} from './helpers.ts'

const hilversumPoint = {
  name: 'Wijkcentrum (kennis)',
  municipality: 'GM0402',
  tier: 'local',
  kind: 'community_centre',
  status: 'active',
  location: { lat: 52.22, lon: 5.17 },
}
const NOTE_PUBLIC = 'EHBO-koffer en AED bij de ingang, elk kwartaal nagelopen door de buurtploeg'
const NOTE_HIDDEN = 'Verbandkist in de kelder van het geheime pand, sleutel bij de beheerder'
const KNOWLEDGE =
  '/api/v1/regions/VR25/knowledge?requirement=care.first-aid&asOf=2026-12-01&limit=1000'

interface Example {
  region: string
  point: { id: string; name: string }
  note: string
  assessor?: string
  requirement: string
}

describe.each(backends)('knowledge sharing between regions on %s', (backend) => {
  let db: TestDatabase
  let server: TestServer
  let coordinator: Client
  let coordinatorVr14: Client
  let almere: Client
  let viewer: Client

  async function examples(as: Client = almere): Promise<Example[]> {
    const answer = await as.json('GET', KNOWLEDGE)
    expect(answer.status).toBe(200)
    return answer.body.examples
  }

  beforeAll(async () => {
    db = await freshDatabase(backend)
    server = await startTestServer(db)
    const a = server.accounts
    coordinator = await login(server.url, a.coordinatorVr25.email, a.coordinatorVr25.password)
    coordinatorVr14 = await login(server.url, a.coordinatorVr14.email, a.coordinatorVr14.password)
    almere = await login(server.url, a.editorAlmere.email, a.editorAlmere.password)
    viewer = await login(server.url, a.viewer.email, a.viewer.password)
    for (const [id, isPublic, note] of [
      ['kennis-openbaar', true, NOTE_PUBLIC],
      ['kennis-geheim', false, NOTE_HIDDEN],
      ['kennis-boekhouding', true, 'offline vastgelegd'],
    ] as const) {
      expect(
        (
          await coordinatorVr14.request('PUT', `/api/v1/regions/VR14/points/${id}`, {
            body: { ...hilversumPoint, id, name: `${hilversumPoint.name} ${id}`, public: isPublic },
          })
        ).status,
      ).toBe(201)
      expect(
        (
          await coordinatorVr14.request('POST', '/api/v1/regions/VR14/assessments', {
            body: {
              point: id,
              requirement: 'care.first-aid',
              date: '2026-11-20',
              result: 'met',
              note,
              assessor: 'Jan Jansen, buurtploeg Hilversum',
            },
          })
        ).status,
      ).toBe(201)
    }
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  it('draws on every municipality of the own region, and on no other region by default', async () => {
    const answer = await almere.json('GET', KNOWLEDGE)
    expect(answer.body.regions).toEqual([{ code: 'VR25', name: expect.any(String) }])
    const list: Example[] = answer.body.examples
    expect(list.length).toBeGreaterThan(0)
    expect(list.every((e) => e.region === 'VR25' && e.requirement === 'care.first-aid')).toBe(true)
    // Several municipalities, not only the editor's own.
    expect(
      new Set(list.map((e: { municipality?: string } & Example) => e.municipality)).size,
    ).toBeGreaterThan(1)
    // The own region's assessors are colleagues: their names are shown.
    expect(list.some((e) => e.assessor)).toBe(true)
    expect(list.every((e) => e.note.split(/\s+/).length >= 4)).toBe(true)
  })

  it('the sharing setting is for coordinators: defaults to none, other roles 403, other regions 404', async () => {
    const settings = await coordinatorVr14.json('GET', '/api/v1/regions/VR14/sharing')
    expect(settings.status).toBe(200)
    expect(settings.body).toEqual({ shareNotesWith: 'none', includeAssessorNames: false })
    expect((await viewer.request('GET', '/api/v1/regions/VR14/sharing')).status).toBe(403)
    expect(
      (
        await viewer.request('PUT', '/api/v1/regions/VR14/sharing', {
          body: { shareNotesWith: 'installation', includeAssessorNames: true },
        })
      ).status,
    ).toBe(403)
    expect((await coordinator.request('GET', '/api/v1/regions/VR14/sharing')).status).toBe(404)
    expect(
      (
        await coordinator.request('PUT', '/api/v1/regions/VR14/sharing', {
          body: { shareNotesWith: 'installation', includeAssessorNames: true },
        })
      ).status,
    ).toBe(404)
    const own = await coordinatorVr14.json('PUT', '/api/v1/regions/VR14/sharing', {
      body: { shareNotesWith: ['VR14'], includeAssessorNames: false },
    })
    expect(own.status).toBe(422)
    expect(own.body.issues[0].path).toBe('shareNotesWith.0')
    const bad = await coordinatorVr14.json('PUT', '/api/v1/regions/VR14/sharing', {
      body: { shareNotesWith: ['Flevoland'], includeAssessorNames: false },
    })
    expect(bad.status).toBe(422)
    expect(bad.body.issues[0]).toMatchObject({
      path: 'shareNotesWith.0',
      message: expect.stringContaining('VR25'),
    })
    // Nothing changed by the refused requests.
    expect((await coordinatorVr14.json('GET', '/api/v1/regions/VR14/sharing')).body).toEqual({
      shareNotesWith: 'none',
      includeAssessorNames: false,
    })
    expect((await examples()).some((e) => e.region === 'VR14')).toBe(false)
  })

  it('a region that shares with VR25 adds its public notes, without names, and is audited', async () => {
    const set = await coordinatorVr14.json('PUT', '/api/v1/regions/VR14/sharing', {
      body: { shareNotesWith: ['VR25'], includeAssessorNames: false },
    })
    expect(set.status).toBe(200)
    const fromVr14 = (await examples()).filter((e) => e.region === 'VR14')
    const ids = fromVr14.map((e) => e.point.id)
    expect(ids).toContain('kennis-openbaar')
    // Never a non-public point of another region, never a bookkeeping note, never a name.
    expect(ids).not.toContain('kennis-geheim')
    expect(ids).not.toContain('kennis-boekhouding')
    expect(fromVr14.every((e) => e.assessor === undefined)).toBe(true)
    const text = JSON.stringify(await almere.json('GET', KNOWLEDGE))
    expect(text).not.toContain(NOTE_HIDDEN)
    expect(text).not.toContain('Jan Jansen')
    // Sharing notes opens nothing else of the region.
    expect((await almere.request('GET', '/api/v1/regions/VR14')).status).toBe(404)

    const audit = await server.app.ctx.storage.queryAudit({ region: 'VR14', limit: 10_000 })
    const entry = audit.filter((e) => e.action === 'sharing.set').at(-1)!
    expect(entry.actorEmail).toBe(server.accounts.coordinatorVr14.email)
    expect(entry.before).toEqual({ shareNotesWith: 'none', includeAssessorNames: false })
    expect(entry.after).toEqual({ shareNotesWith: ['VR25'], includeAssessorNames: false })
  })

  it('shows the assessor only where the sharing region allows it', async () => {
    await coordinatorVr14.request('PUT', '/api/v1/regions/VR14/sharing', {
      body: { shareNotesWith: 'installation', includeAssessorNames: true },
    })
    const shared = (await examples()).find((e) => e.point.id === 'kennis-openbaar')!
    expect(shared).toMatchObject({
      region: 'VR14',
      municipality: 'GM0402',
      municipalityName: expect.any(String),
      note: NOTE_PUBLIC,
      result: 'met',
      assessedOn: '2026-11-20',
      assessor: 'Jan Jansen, buurtploeg Hilversum',
    })
    expect((await examples()).some((e) => e.point.id === 'kennis-geheim')).toBe(false)
  })

  it('sharing with other regions only leaves VR25 out', async () => {
    await coordinatorVr14.request('PUT', '/api/v1/regions/VR14/sharing', {
      body: { shareNotesWith: ['VR13', 'VR12'], includeAssessorNames: true },
    })
    expect((await coordinatorVr14.json('GET', '/api/v1/regions/VR14/sharing')).body).toEqual({
      shareNotesWith: ['VR12', 'VR13'],
      includeAssessorNames: true,
    })
    expect((await examples()).some((e) => e.region === 'VR14')).toBe(false)
    // VR14 sees its own non-public point's note: it is its own.
    const own = await coordinatorVr14.json(
      'GET',
      '/api/v1/regions/VR14/knowledge?requirement=care.first-aid&asOf=2026-12-01&limit=1000',
    )
    expect(own.body.examples.map((e: Example) => e.point.id)).toContain('kennis-geheim')
  })

  it('a backup keeps the sharing settings', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'weerbaar-sharing-backup-')), 'backup.jsonl')
    const counts = await backup(server.app.ctx.db, file)
    expect(counts.region_sharing).toBe(1)
    const target = await freshDatabase(backend)
    const restored = await createApp({ ...target.options, dashboardDir: false })
    try {
      await restore(restored.ctx.db, file)
      const rows = await restored.ctx.db.query(
        'SELECT region, share_notes_with, include_assessor_names FROM region_sharing',
      )
      expect(rows).toEqual([
        { region: 'VR14', share_notes_with: ['VR12', 'VR13'], include_assessor_names: true },
      ])
    } finally {
      await restored.close()
      await target.drop()
    }
  })

  it('404 for a region without a role, 400 for a bad query', async () => {
    expect((await coordinatorVr14.request('GET', KNOWLEDGE)).status).toBe(404)
    expect(
      (await almere.request('GET', '/api/v1/regions/VR25/knowledge?asOf=gisteren')).status,
    ).toBe(400)
  })
})
