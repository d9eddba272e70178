import type { Point } from '@weerbaar/core'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { useSyncStore } from '#/stores/sync.ts'
import { emptyState, type SyncState } from '#/sync/engine.ts'
import { mountView } from '#/test/mount.ts'
import SyncStatus from './SyncStatus.vue'

const user = {
  id: 'u1',
  email: 'editor.almere@weerbaar.example',
  admin: false,
  roles: [{ region: 'VR25', role: 'editor' as const, municipalities: ['GM0034'] }],
}

async function mountInServerMode(state: SyncState, online = true) {
  const mounted = await mountView(SyncStatus, '/')
  const sync = useSyncStore()
  sync.mode = 'server'
  sync.user = user
  sync.activeCode = 'VR25'
  sync.caughtUp = true
  sync.state = state
  sync.connection = online
    ? { online: true }
    : { online: false, since: '2026-11-28T13:02:00.000Z', reason: 'offline' }
  await flushPromises()
  return { ...mounted, sync }
}

describe('sync status', () => {
  it('says honestly where the changes are: local only, all on the server, waiting, offline since', async () => {
    const local = await mountView(SyncStatus, '/')
    expect(local.wrapper.text()).toMatch(/Alleen in deze browser/)

    const saved = await mountInServerMode(emptyState())
    expect(saved.wrapper.get('[data-testid="sync-summary"]').text()).toBe(
      'Alle wijzigingen opgeslagen op de server',
    )
    const region = saved.regions.region!
    const waiting: SyncState = {
      ...emptyState(),
      pending: [1, 2, 3].map((n) => ({
        op: {
          id: `op${n}`,
          at: 'x',
          kind: 'assessment.add' as const,
          assessment: { ...region.assessments[0]!, note: `n${n}` },
        },
        attempts: 1,
        lastError: 'Failed to fetch',
      })),
    }
    const queued = await mountInServerMode(waiting)
    expect(queued.wrapper.get('[data-testid="sync-summary"]').text()).toBe(
      '3 wijzigingen wachten op verbinding',
    )
    expect(queued.wrapper.findAll('[data-testid="sync-waiting"] li')).toHaveLength(3)
    const offline = await mountInServerMode(waiting, false)
    // 13:02 UTC is 14:02 in the Netherlands in November; the test machine's zone may differ.
    expect(offline.wrapper.get('[data-testid="sync-summary"]').text()).toMatch(
      /^Offline sinds \d\d:02$/,
    )
  })

  it('shows a conflict side by side and stores the combination the user picks', async () => {
    const mounted = await mountView(SyncStatus, '/')
    const base = mounted.regions.region!.points.find((p) => p.municipality === 'GM0034')!
    const mine: Point = { ...base, name: 'Mijn naam', address: 'Mijn adres 1' }
    const theirs: Point = { ...base, name: 'Hun naam', address: 'Hun adres 2' }
    const { wrapper, sync } = await mountInServerMode({
      ...emptyState(),
      problems: [
        {
          kind: 'conflict',
          op: { id: 'c1', at: 'x', kind: 'point.put', point: mine, before: base },
          server: theirs,
          serverRevision: 4,
        },
      ],
    })
    const table = wrapper.get('[data-testid="conflict-table"]').text()
    expect(table).toContain('Mijn naam')
    expect(table).toContain('Hun naam')
    const resolve = vi.fn(() => Promise.resolve())
    sync.resolve = resolve
    // Their name, my address.
    await wrapper.get('input[name="c1-name"]:not(:checked)').setValue(true)
    await wrapper.get('[data-testid="conflict-combine"]').trigger('click')
    expect(resolve).toHaveBeenCalledWith('c1', {
      ...theirs,
      name: 'Hun naam',
      address: 'Mijn adres 1',
    })
  })

  it("a refused change shows the server's reason until the user discards it", async () => {
    const mounted = await mountView(SyncStatus, '/')
    const a = mounted.regions.region!.assessments[0]!
    const { wrapper, sync } = await mountInServerMode({
      ...emptyState(),
      problems: [
        {
          kind: 'refused',
          op: { id: 'r1', at: 'x', kind: 'assessment.add', assessment: a },
          status: 403,
          reason: 'Uw rol in deze regio staat dit niet toe',
        },
      ],
    })
    expect(wrapper.get('[data-testid="sync-problems"]').text()).toContain(
      'Uw rol in deze regio staat dit niet toe',
    )
    const discard = vi.fn(() => Promise.resolve())
    sync.discard = discard
    await wrapper.get('[data-testid="sync-problems"] button').trigger('click')
    expect(discard).toHaveBeenCalledWith('r1')
  })

  it('lets an editor change only the municipalities on the role; a viewer nothing', async () => {
    const { sync } = await mountInServerMode(emptyState())
    expect(sync.canEdit('GM0034')).toBe(true)
    expect(sync.canEdit('GM0184')).toBe(false)
    sync.user = { ...user, roles: [{ region: 'VR25', role: 'viewer', municipalities: [] }] }
    expect(sync.canEdit('GM0034')).toBe(false)
    sync.mode = 'local'
    expect(sync.canEdit('GM0184')).toBe(true)
  })
})
