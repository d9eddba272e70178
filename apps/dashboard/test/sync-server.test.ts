// @vitest-environment node
// The dashboard's sync client against the real Weerbaar server (apps/server, issue 13) on an
// embedded PGlite database in a temporary folder, listening on a free port on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from '../../server/src/app.ts'
import { seedDemo, type DemoAccount } from '../../server/src/demo.ts'
import { memoryKeyValueStore } from '#/storage/key-value-repository.ts'
import { createApi, type Api } from '#/sync/api.ts'
import { createSyncClient } from '#/sync/client.ts'
import { visibleRegion } from '#/sync/engine.ts'
import { diffRegions, type Operation } from '#/sync/operations.ts'
import { newOperationId } from '#/sync/tabs.ts'

let server: Awaited<ReturnType<typeof startServer>>
let accounts: DemoAccount[]
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weerbaar-dashboard-sync-'))
  server = await startServer({
    dataDir: join(dir, 'data'),
    port: 0,
    host: '127.0.0.1',
    dashboardDir: false,
  })
  accounts = (await seedDemo(server.ctx)).accounts
}, 120_000)

afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A browser's cookie jar for one user, and a switch to pull the network cable. */
function browser() {
  const jar = new Map<string, string>()
  const state = { offline: false }
  const doFetch: typeof fetch = async (input, init) => {
    if (state.offline) throw new TypeError('Failed to fetch')
    const headers = new Headers(init?.headers)
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '))
    const response = await fetch(`${server.url}${String(input)}`, { ...init, headers })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const [name, value] = pair!.split('=')
      if (value) jar.set(name!, value)
      else jar.delete(name!)
    }
    return response
  }
  return { api: createApi({ fetch: doFetch }), state }
}

async function signedIn(email: string): Promise<{ api: Api; state: { offline: boolean } }> {
  const b = browser()
  const account = accounts.find((a) => a.email === email)!
  await b.api.signIn(account.email, account.password)
  return b
}

function opsFor(before: ReturnType<typeof visibleRegion>, after: NonNullable<typeof before>) {
  return diffRegions(before!, after).map(
    (op) => ({ ...op, id: newOperationId(), at: new Date().toISOString() }) as Operation,
  )
}

describe('sync with the real server', () => {
  it('an editor offline records three assessments, comes back: each reaches the server exactly once, and a colleague sees them', async () => {
    const editor = await signedIn('editor.almere@weerbaar.example')
    const kv = memoryKeyValueStore()
    const client = createSyncClient({
      api: editor.api,
      kv,
      code: 'VR25',
      userId: 'editor',
      onState: () => {},
      backoff: () => 60_000,
    })
    await client.start()
    await client.sync()
    const region = visibleRegion(client.state)!
    expect(region.points.length).toBeGreaterThan(10)
    const point = region.points.find((p) => p.municipality === 'GM0034')!
    const before = region.assessments.length

    editor.state.offline = true
    let current = region
    for (const note of ['een', 'twee', 'drie']) {
      const next = {
        ...current,
        assessments: [
          ...current.assessments,
          {
            point: point.id,
            requirement: 'info.board',
            date: '2026-11-20',
            result: 'met' as const,
            note,
          },
        ],
      }
      await client.enqueue(opsFor(current, next))
      current = next
    }
    await client.sync()
    expect(client.connection.online).toBe(false)
    expect(client.state.pending).toHaveLength(3)

    // A reload: a new client on the same stored data, then the network comes back.
    client.stop()
    editor.state.offline = false
    const again = createSyncClient({
      api: editor.api,
      kv,
      code: 'VR25',
      userId: 'editor',
      onState: () => {},
    })
    await again.start()
    await again.sync()
    // A lost answer: the same operations sent once more change nothing on the server.
    const sentAgain = await editor.api.send('VR25', {
      op: {
        id: 'twice',
        at: 'x',
        kind: 'assessment.add',
        assessment: {
          point: point.id,
          requirement: 'info.board',
          date: '2026-11-20',
          result: 'met',
          note: 'vier',
        },
      },
      attempts: 0,
    })
    const replay = await editor.api.send('VR25', {
      op: {
        id: 'twice',
        at: 'x',
        kind: 'assessment.add',
        assessment: {
          point: point.id,
          requirement: 'info.board',
          date: '2026-11-20',
          result: 'met',
          note: 'vier',
        },
      },
      attempts: 1,
    })
    expect([sentAgain.type, replay.type]).toEqual(['ok', 'ok'])
    again.stop()

    const coordinator = await signedIn('coordinator.vr25@weerbaar.example')
    const theirs = createSyncClient({
      api: coordinator.api,
      kv: memoryKeyValueStore(),
      code: 'VR25',
      userId: 'c',
      onState: () => {},
    })
    await theirs.start()
    await theirs.sync()
    const seen = visibleRegion(theirs.state)!.assessments.filter((a) => a.point === point.id)
    for (const note of ['een', 'twee', 'drie', 'vier'])
      expect(seen.filter((a) => a.note === note)).toHaveLength(1)
    expect(visibleRegion(theirs.state)!.assessments).toHaveLength(before + 4)
    theirs.stop()
  })

  it('two users edit the same point: the second gets a conflict with both versions, never an overwrite', async () => {
    const coordinator = (await signedIn('coordinator.vr25@weerbaar.example')).api
    const a = createSyncClient({
      api: coordinator,
      kv: memoryKeyValueStore(),
      code: 'VR25',
      userId: 'a',
      onState: () => {},
    })
    const b = createSyncClient({
      api: (await signedIn('editor.almere@weerbaar.example')).api,
      kv: memoryKeyValueStore(),
      code: 'VR25',
      userId: 'b',
      onState: () => {},
    })
    for (const c of [a, b]) {
      await c.start()
      await c.sync()
    }
    const rename = async (c: typeof a, name: string) => {
      const region = visibleRegion(c.state)!
      const next = {
        ...region,
        points: region.points.map((p) => (p.id === 'kazerne-almere-stad' ? { ...p, name } : p)),
      }
      await c.enqueue(opsFor(region, next))
      await c.sync()
    }
    await rename(a, 'Kazerne Almere Stad (A)')
    await rename(b, 'Kazerne Almere Stad (B)')
    expect(b.state.problems).toMatchObject([
      { kind: 'conflict', server: { name: 'Kazerne Almere Stad (A)' } },
    ])
    const check = await coordinator.point('VR25', 'kazerne-almere-stad')
    expect(check.point?.name).toBe('Kazerne Almere Stad (A)')
    // B combines both; it is stored on top of A's revision.
    const problem = b.state.problems[0]!
    await b.resolve(problem.op.id, {
      use: {
        ...(problem.kind === 'conflict' ? problem.server! : check.point!),
        name: 'Kazerne Almere Stad (A+B)',
      },
      id: newOperationId(),
      at: 'x',
    })
    await b.sync()
    expect(b.state.problems).toEqual([])
    expect((await coordinator.point('VR25', 'kazerne-almere-stad')).point?.name).toBe(
      'Kazerne Almere Stad (A+B)',
    )
    a.stop()
    b.stop()
  })

  it("an editor's change to another municipality's point is refused with the reason, and kept until discarded", async () => {
    const urk = await signedIn('editor.urk@weerbaar.example')
    const client = createSyncClient({
      api: urk.api,
      kv: memoryKeyValueStore(),
      code: 'VR25',
      userId: 'u',
      onState: () => {},
    })
    await client.start()
    await client.sync()
    const region = visibleRegion(client.state)!
    const almere = region.points.find((p) => p.municipality === 'GM0034')!
    const next = {
      ...region,
      points: region.points.map((p) =>
        p.id === almere.id ? { ...p, name: 'Gewijzigd door Urk' } : p,
      ),
    }
    await client.enqueue(opsFor(region, next))
    await client.sync()
    expect(client.state.problems).toMatchObject([{ kind: 'refused', status: 403 }])
    expect((client.state.problems[0] as { reason: string }).reason.length).toBeGreaterThan(5)
    expect((await urk.api.point('VR25', almere.id)).point?.name).toBe(almere.name)
    await client.discard(client.state.problems[0]!.op.id)
    expect(client.state.problems).toEqual([])
    client.stop()
  })

  it("header changes: a coordinator's reaches the server, a colleague's meanwhile is a conflict, an editor's is refused", async () => {
    async function clientOf(email: string, userId: string) {
      const client = createSyncClient({
        api: (await signedIn(email)).api,
        kv: memoryKeyValueStore(),
        code: 'VR25',
        userId,
        onState: () => {},
        backoff: () => 60_000,
      })
      await client.start()
      await client.sync()
      return client
    }
    const mine = await clientOf('coordinator.vr25@weerbaar.example', 'c1')
    const other = await clientOf('coordinator.vr25@weerbaar.example', 'c2')
    const editor = await clientOf('editor.almere@weerbaar.example', 'e1')
    try {
      const base = visibleRegion(mine.state)!
      const renamed = { ...base, region: { ...base.region, name: 'Flevoland (gewijzigd)' } }
      await mine.enqueue(opsFor(base, renamed))
      await mine.sync()
      expect(mine.state.pending).toEqual([])
      expect(mine.state.problems).toEqual([])
      const onServer = await (await signedIn('viewer@weerbaar.example')).api.region('VR25')
      expect(onServer!.region.region.name).toBe('Flevoland (gewijzigd)')
      expect(onServer!.region.points).toEqual(base.points)

      // The other coordinator had not caught up: their rename of the same part is a conflict.
      const stale = visibleRegion(other.state)!
      await other.enqueue(
        opsFor(stale, { ...stale, region: { ...stale.region, name: 'Flevoland (andere)' } }),
      )
      await other.sync()
      expect(other.state.problems).toMatchObject([
        { kind: 'region-conflict', server: { name: 'Flevoland (gewijzigd)' } },
      ])
      // Mine after all: made again on top of the server's version, and stored.
      await other.resolve(other.state.problems[0]!.op.id, {
        use: null,
        id: newOperationId(),
        at: 'x',
      })
      await other.sync()
      expect(other.state.problems).toEqual([])
      const after = (await signedIn('viewer@weerbaar.example')).api
      expect((await after.region('VR25'))!.region.region.name).toBe('Flevoland (andere)')

      // An editor may not change the region's details: refused with the reason, kept until discarded.
      await editor.sync()
      const seen = visibleRegion(editor.state)!
      await editor.enqueue(
        opsFor(seen, { ...seen, region: { ...seen.region, name: 'Van Almere' } }),
      )
      await editor.sync()
      expect(editor.state.problems).toMatchObject([{ kind: 'refused', status: 403 }])
      expect((await after.region('VR25'))!.region.region.name).toBe('Flevoland (andere)')
    } finally {
      for (const c of [mine, other, editor]) c.stop()
    }
  })
})
