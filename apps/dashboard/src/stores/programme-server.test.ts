import type { Region } from '@weerbaar/core'
import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Programme } from '#/domain/programme-types.ts'
import { programmeHub, setProgrammeChannel } from '#/storage/programme-channel.ts'
import type { ServerUser } from '#/sync/api.ts'
import type { StoredSync } from '#/sync/client.ts'
import { demoRegion, freshStores } from '#/test/helpers.ts'
import { smallProgramme } from '#/test/programme-fixture.ts'
import { fakeProgrammeServer } from '#/test/programme-server.ts'
import { useProgrammeStore } from './programme.ts'
import { useReadinessStore } from './readiness.ts'
import { useSyncStore } from './sync.ts'

/** The region as the dashboard keeps it after syncing it from the server (`sync:CODE`). */
function syncedRegion(region: Region, userId = 'u1'): StoredSync {
  const { points, assessments, ...header } = region
  return {
    syncVersion: 1,
    userId,
    state: {
      confirmed: {
        seq: 1,
        header: { id: region.region.code, revision: 1, value: header },
        points: points.map((p) => ({ id: p.id, revision: 1, value: p })),
        assessments: assessments.map((a, i) => ({ id: `a${i}`, revision: 1, value: a })),
      },
      pending: [],
      problems: [],
    },
  }
}

const user = (roles: ServerUser['roles']): ServerUser => ({
  id: 'u1',
  email: 'iemand@weerbaar.example',
  admin: false,
  roles,
})

/**
 * The stores of a signed-in user of a server: the sync store answers as the server would (its
 * detection replaced), the programme routes by the fake server, on `kv` (IndexedDB).
 */
async function signedIn(
  server: ReturnType<typeof fakeProgrammeServer>,
  who: ServerUser,
  initial: Record<string, unknown> = {},
) {
  const { kv } = freshStores(initial)
  const sync = useSyncStore()
  Object.assign(sync.api, server.api)
  sync.detect = async () => {
    sync.mode = 'server'
    sync.user = who
    sync.serverRegions = who.roles.map((r) => ({ code: r.region, name: r.region, lastSeq: 1 }))
  }
  const programme = useProgrammeStore()
  await programme.init()
  await programme.flushed()
  useReadinessStore().asOf = '2026-11-28'
  return { kv, sync, programme }
}

const twoRegions = (): Programme => ({ ...smallProgramme(), regions: ['VR25', 'VR14'] })
const vr25 = { region: 'VR25', role: 'coordinator' as const, municipalities: [] }

describe('programme store on a server', () => {
  beforeEach(() => setProgrammeChannel(programmeHub().connect()))

  it('shows the server’s programme with live indicators from the synced region data', async () => {
    const server = fakeProgrammeServer({
      roles: { VR25: 'coordinator' },
      programmes: [smallProgramme()],
    })
    const { programme } = await signedIn(server, user([vr25]), {
      'sync:VR25': syncedRegion(demoRegion()),
    })
    expect(programme.origin).toBe('server')
    expect(programme.programme?.id).toBe('wv-test')
    expect(programme.editable).toBe(true)
    expect(programme.missingRegions).toEqual([])
    const live = programme
      .progress!.goals.flatMap((g) => g.indicators)
      .find((i) => i.id === 'gereed')
    expect(live?.unavailable).toBeUndefined()
    expect(live?.value).toBeGreaterThan(0)
  })

  it('saves an edit to the server with If-Match; a later session reads it back, also offline', async () => {
    const server = fakeProgrammeServer({
      roles: { VR25: 'coordinator' },
      programmes: [smallProgramme()],
    })
    const { kv, programme } = await signedIn(server, user([vr25]))
    const action = programme.programme!.actions[0]!
    const edit = programme.updateAction(
      action.id,
      {
        status: 'stopped',
        reason: 'Geen budget',
        due: action.due,
        owner: action.owner,
        completedOn: '',
      },
      'nl',
    )
    expect(edit.ok).toBe(true)
    if (edit.ok) await edit.saved
    await flushPromises()
    await programme.flushed()
    const put = server.requests.find((r) => r.method === 'PUT')
    expect(put).toMatchObject({ path: '/programmes/wv-test', ifMatch: '"1"' })
    expect(server.get('wv-test')).toMatchObject({ revision: 2 })
    expect(server.get('wv-test')?.programme.actions[0]).toMatchObject({ status: 'stopped' })
    expect(programme.pending).toBe(0)

    server.state.online = false
    const later = await signedIn(server, user([vr25]), Object.fromEntries(kv.data))
    expect(later.programme.offline).not.toBeNull()
    expect(later.programme.programme?.actions[0]).toMatchObject({ reason: 'Geen budget' })
  })

  it('keeps an edit made offline and sends it when the connection is back', async () => {
    const server = fakeProgrammeServer({
      roles: { VR25: 'coordinator' },
      programmes: [smallProgramme()],
    })
    const { programme } = await signedIn(server, user([vr25]))
    server.state.online = false
    const result = programme.putValue(
      'partners-aangesloten',
      { date: '2026-11-01', value: '55', note: '' },
      'nl',
    )
    expect(result.ok).toBe(true)
    if (result.ok) await result.saved
    await flushPromises()
    await programme.flushed()
    expect(programme.offline).not.toBeNull()
    expect(programme.pending).toBe(1)
    expect(server.get('wv-test')).toMatchObject({ revision: 1 })
    server.state.online = true
    await programme.retryNow()
    await programme.flushed()
    expect(programme.offline).toBeNull()
    expect(programme.pending).toBe(0)
    const stored = server.get('wv-test')!.programme.indicators[0]
    expect(stored?.kind === 'manual' && stored.values.map((v) => v.value)).toEqual([45, 55])
  })

  it('shows a colleague’s change as a conflict with the edit kept, and reapplies it on request', async () => {
    const server = fakeProgrammeServer({
      roles: { VR25: 'coordinator' },
      programmes: [smallProgramme()],
    })
    const { programme } = await signedIn(server, user([vr25]))
    server.change('wv-test', (p) => ({ ...p, name: 'Door een collega hernoemd' }))
    const action = programme.programme!.actions[0]!
    const edit = programme.updateAction(
      action.id,
      {
        status: 'done',
        reason: '',
        due: action.due,
        owner: action.owner,
        completedOn: '2026-11-20',
      },
      'nl',
    )
    if (edit.ok) await edit.saved
    await flushPromises()
    await programme.flushed()
    expect(programme.problem).toMatchObject({ kind: 'conflict', revision: 2 })
    expect(programme.editable).toBe(false)
    expect(programme.readOnlyReason).toBe('problem')
    // The user's edit is still what they see; the server kept the colleague's version.
    expect(programme.programme?.actions[0]?.status).toBe('done')
    expect(server.get('wv-test')?.programme.actions[0]?.status).toBe('running')
    await programme.resolveProblem('reapply')
    await flushPromises()
    await programme.flushed()
    expect(programme.problem).toBeNull()
    expect(server.get('wv-test')).toMatchObject({ revision: 3 })
    expect(server.get('wv-test')?.programme).toMatchObject({ name: 'Door een collega hernoemd' })
    expect(server.get('wv-test')?.programme.actions[0]?.status).toBe('done')
  })

  it('is read-only for an editor or viewer, and says which region it cannot see', async () => {
    const server = fakeProgrammeServer({
      roles: { VR25: 'viewer' },
      programmes: [twoRegions()],
    })
    const { programme } = await signedIn(
      server,
      user([{ region: 'VR25', role: 'viewer', municipalities: [] }]),
      { 'sync:VR25': syncedRegion(demoRegion()) },
    )
    expect(programme.programme?.id).toBe('wv-test')
    expect(programme.editable).toBe(false)
    expect(programme.readOnlyReason).toBe('role')
    expect(programme.hiddenRegions).toEqual(['VR14'])
    expect(programme.missingRegions).toEqual([])
    // Not asked of the server either: no role there, so it would not answer.
    expect(server.requests.some((r) => r.path === '/regions/VR14')).toBe(false)
  })

  it('reads the other region of the programme from the server when it is not synced here', async () => {
    const vr14 = { ...demoRegion(), region: { ...demoRegion().region, code: 'VR14' } }
    const server = fakeProgrammeServer({
      roles: { VR25: 'coordinator', VR14: 'viewer' },
      programmes: [twoRegions()],
      regions: [vr14 as Region],
    })
    const { programme } = await signedIn(
      server,
      user([vr25, { region: 'VR14', role: 'viewer', municipalities: [] }]),
      { 'sync:VR25': syncedRegion(demoRegion()) },
    )
    expect(programme.hiddenRegions).toEqual([])
    expect(programme.coveredRegions.map((r) => r.region.code).sort()).toEqual(['VR14', 'VR25'])
    expect(programme.editable).toBe(true)
  })
})
