import { describe, expect, it } from 'vitest'
import type { ProgrammeOperation } from '#/sync/programme-operations.ts'
import { smallProgramme } from '#/test/programme-fixture.ts'
import { fakeProgrammeServer } from '#/test/programme-server.ts'
import { memoryKeyValueStore } from './key-value-repository.ts'
import { createServerProgrammeRepository, SERVER_PROGRAMME_PREFIX } from './programme-server.ts'

const at = '2026-11-28T10:00:00.000Z'
let n = 0
const stop = (actionId: string, reason: string): ProgrammeOperation => ({
  id: `op-${++n}`,
  at,
  kind: 'action.update',
  actionId,
  set: { status: 'stopped', reason },
})

function setup(role: 'coordinator' | 'editor' | 'viewer' = 'coordinator') {
  const server = fakeProgrammeServer({ roles: { VR25: role }, programmes: [smallProgramme()] })
  const kv = memoryKeyValueStore()
  const repo = createServerProgrammeRepository({
    api: server.api,
    kv,
    userId: 'u1',
    now: () => new Date(at),
  })
  return { server, kv, repo }
}

const puts = (server: ReturnType<typeof fakeProgrammeServer>) =>
  server.requests.filter((r) => r.method === 'PUT')

describe('server programme repository', () => {
  it('keeps the fetched programme in IndexedDB: readable offline, by this user only', async () => {
    const { server, kv, repo } = setup()
    await repo.refresh()
    expect(await repo.list()).toEqual([
      expect.objectContaining({ id: 'wv-test', origin: 'server', regions: ['VR25'] }),
    ])
    server.state.online = false
    await expect(repo.refresh()).rejects.toThrow(/Failed to fetch/)
    const offline = await repo.load('wv-test')
    expect(offline).toMatchObject({ revision: 1, pending: [], problem: null })
    expect(offline?.programme.actions[0]?.status).toBe('running')
    // Another user of the same browser does not see this user's copy.
    const other = createServerProgrammeRepository({ api: server.api, kv, userId: 'u2' })
    expect(await other.list()).toEqual([])
    expect(await other.load('wv-test')).toBeUndefined()
    expect([...kv.data.keys()]).toEqual([`${SERVER_PROGRAMME_PREFIX}wv-test`])
  })

  it('stores an edit first, then sends the whole programme on the revision it was made on', async () => {
    const { server, repo } = setup()
    await repo.refresh()
    const applied = await repo.apply('wv-test', [stop('analyse', 'Geen budget')])
    expect(applied.programme.actions[0]).toMatchObject({ status: 'stopped', reason: 'Geen budget' })
    expect(puts(server)).toHaveLength(0)
    expect(await repo.send('wv-test')).toEqual({ type: 'sent', revision: 2 })
    expect(puts(server)).toEqual([expect.objectContaining({ ifMatch: '"1"' })])
    expect(server.get('wv-test')?.programme.actions[0]).toMatchObject({ status: 'stopped' })
    expect(await repo.load('wv-test')).toMatchObject({ revision: 2, pending: [], problem: null })
    // Nothing waits: nothing is sent.
    expect(await repo.send('wv-test')).toEqual({ type: 'idle' })
    expect(puts(server)).toHaveLength(1)
  })

  it('keeps edits made offline and sends them once the server answers again', async () => {
    const { server, repo } = setup()
    await repo.refresh()
    server.state.online = false
    await repo.apply('wv-test', [stop('analyse', 'Offline gewijzigd')])
    expect(await repo.send('wv-test')).toMatchObject({ type: 'offline' })
    expect((await repo.load('wv-test'))?.pending).toHaveLength(1)
    // A refresh while edits wait keeps them, and the revision they were made on.
    server.state.online = true
    await repo.refresh()
    expect(await repo.load('wv-test')).toMatchObject({ revision: 1 })
    expect(await repo.send('wv-test')).toEqual({ type: 'sent', revision: 2 })
    expect(server.get('wv-test')?.programme.actions[0]?.reason).toBe('Offline gewijzigd')
  })

  it('on a colleague’s change (412) overwrites nothing and keeps the edit until the user chooses', async () => {
    const { server, repo } = setup()
    await repo.refresh()
    await repo.apply('wv-test', [stop('analyse', 'Mijn reden')])
    server.change('wv-test', (p) => ({
      ...p,
      actions: p.actions.map((a) => (a.id === 'analyse' ? { ...a, owner: 'Collega' } : a)),
    }))
    const result = await repo.send('wv-test')
    expect(result).toMatchObject({ type: 'problem', problem: { kind: 'conflict', revision: 2 } })
    expect(server.get('wv-test')).toMatchObject({ revision: 2 })
    expect(server.get('wv-test')?.programme.actions[0]).toMatchObject({
      owner: 'Collega',
      status: 'running',
    })
    const record = await repo.load('wv-test')
    expect(record?.pending).toHaveLength(1)
    expect(record?.programme.actions[0]).toMatchObject({ status: 'stopped', reason: 'Mijn reden' })
    // While the user has not chosen, nothing is sent again.
    expect(await repo.send('wv-test')).toEqual({ type: 'idle' })
    // Reapplied on the colleague's version: both changes end up on the server.
    await repo.resolve('wv-test', 'reapply')
    expect(await repo.load('wv-test')).toMatchObject({ revision: 2, problem: null })
    expect(await repo.send('wv-test')).toEqual({ type: 'sent', revision: 3 })
    expect(puts(server).at(-1)?.ifMatch).toBe('"2"')
    expect(server.get('wv-test')?.programme.actions[0]).toMatchObject({
      owner: 'Collega',
      status: 'stopped',
      reason: 'Mijn reden',
    })
  })

  it('discarding after a conflict keeps the colleague’s version and drops the edit', async () => {
    const { server, repo } = setup()
    await repo.refresh()
    await repo.apply('wv-test', [stop('analyse', 'Weg ermee')])
    server.change('wv-test', (p) => ({ ...p, name: 'Nieuwe naam' }))
    await repo.send('wv-test')
    await repo.resolve('wv-test', 'discard')
    const record = await repo.load('wv-test')
    expect(record).toMatchObject({ revision: 2, pending: [], problem: null })
    expect(record?.programme.name).toBe('Nieuwe naam')
    expect(record?.programme.actions[0]?.status).toBe('running')
    expect(puts(server)).toHaveLength(1)
  })

  it('counts edits already on the server (sent from another tab) as done after a 412', async () => {
    const { server, repo } = setup()
    await repo.refresh()
    const op = stop('analyse', 'Al verstuurd')
    await repo.apply('wv-test', [op])
    server.change('wv-test', (p) => ({
      ...p,
      actions: p.actions.map((a) =>
        a.id === 'analyse' ? { ...a, status: 'stopped' as const, reason: 'Al verstuurd' } : a,
      ),
    }))
    expect(await repo.send('wv-test')).toEqual({ type: 'sent', revision: 2 })
    expect(await repo.load('wv-test')).toMatchObject({ revision: 2, pending: [], problem: null })
  })

  it('keeps a refused edit (403 for an editor) with the server’s reason, sends it no more', async () => {
    const { server, repo } = setup('editor')
    await repo.refresh()
    await repo.apply('wv-test', [stop('analyse', 'Mag niet')])
    const result = await repo.send('wv-test')
    expect(result).toMatchObject({
      type: 'problem',
      problem: { kind: 'refused', status: 403, reason: expect.stringMatching(/coördinatoren/) },
    })
    expect(server.get('wv-test')).toMatchObject({ revision: 1 })
    expect(await repo.send('wv-test')).toEqual({ type: 'idle' })
    await repo.resolve('wv-test', 'discard')
    expect(await repo.load('wv-test')).toMatchObject({ pending: [], problem: null, revision: 1 })
  })

  it('forgets a programme the user may no longer read, unless edits of theirs wait on it', async () => {
    const { server, repo } = setup()
    await repo.refresh()
    server.state.roles = { VR14: 'coordinator' }
    await repo.refresh()
    expect(await repo.list()).toEqual([])
  })

  it('creates a programme on the server from an import, without If-Match', async () => {
    const server = fakeProgrammeServer({ roles: { VR25: 'coordinator' } })
    const repo = createServerProgrammeRepository({
      api: server.api,
      kv: memoryKeyValueStore(),
      userId: 'u1',
    })
    await repo.refresh()
    await repo.save(smallProgramme(), 'import')
    expect(await repo.list()).toEqual([expect.objectContaining({ id: 'wv-test' })])
    expect(await repo.send('wv-test')).toEqual({ type: 'sent', revision: 1 })
    expect(puts(server)).toEqual([expect.objectContaining({ ifMatch: undefined })])
    expect(server.get('wv-test')?.programme.name).toBe(smallProgramme().name)
  })
})
