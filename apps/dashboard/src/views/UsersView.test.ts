import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useSyncStore } from '#/stores/sync.ts'
import { ApiError, type RegionUser, type ServerUser } from '#/sync/api.ts'
import { mountView } from '#/test/mount.ts'
import UsersView from './UsersView.vue'

const coordinator: ServerUser = {
  id: 'c1',
  email: 'coordinator.vr25@weerbaar.example',
  admin: false,
  roles: [{ region: 'VR25', role: 'coordinator', municipalities: [] }],
}

/** The answers of `GET /regions/VR25/users`, in the documented shape. */
const listed: RegionUser[] = [
  {
    id: 'c1',
    email: 'coordinator.vr25@weerbaar.example',
    name: '',
    role: 'coordinator',
    municipalities: [],
    via: 'password',
    lastSignIn: '2026-12-03T13:02:00.000Z',
    assignedBy: 'coordinator',
  },
  {
    id: 'u2',
    email: 'j.jansen@urk.example',
    name: 'J. Jansen',
    role: 'editor',
    municipalities: ['GM0184'],
    via: 'password',
    lastSignIn: null,
    assignedBy: 'coordinator',
  },
]

async function mountAs(user: ServerUser) {
  const mounted = await mountView(UsersView, '/gebruikers')
  const sync = useSyncStore()
  const api = {
    users: vi.fn(async () => listed),
    addUser: vi.fn(async (_code: string, input: { email: string; name?: string }) => ({
      user: { ...listed[1]!, id: 'u3', email: input.email, name: input.name ?? '' },
      temporaryPassword: 'Tijdelijk-1234-abcd',
    })),
    removeUser: vi.fn(async () => {
      throw new ApiError(409, 'Een regio houdt minstens één coördinator')
    }),
  }
  Object.assign(sync.api, api)
  sync.mode = 'server'
  sync.user = user
  sync.activeCode = 'VR25'
  await flushPromises()
  return { ...mounted, api }
}

describe('Gebruikers (coordinators)', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('lists the users with role, municipalities by name and last sign-in in Dutch time', async () => {
    const { wrapper } = await mountAs(coordinator)
    const rows = wrapper.findAll('[data-testid="users-table"] tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.text()).toContain('Coördinator')
    expect(rows[0]!.text()).toContain('alle gemeenten')
    expect(rows[0]!.text()).toContain('3 dec 2026 14:02')
    expect(rows[1]!.text()).toContain('J. Jansen')
    expect(rows[1]!.text()).toContain('Urk')
    expect(rows[1]!.text()).toContain('nog nooit')
  })

  it('adds an editor for the municipalities chosen by name and shows the temporary password once', async () => {
    const { wrapper, api } = await mountAs(coordinator)
    await wrapper.get('#user-email').setValue('nieuw@lelystad.example')
    await wrapper.get('[data-testid="add-user-form"]').trigger('submit')
    await flushPromises()
    // An editor without a municipality is not sent.
    expect(api.addUser).not.toHaveBeenCalled()
    expect(wrapper.get('[data-testid="users-error"]').text()).toMatch(/minstens één gemeente/)
    const lelystad = wrapper
      .findAll('[data-testid="add-user-form"] label')
      .find((l) => l.text() === 'Lelystad')!
    await lelystad.get('input').setValue(true)
    await wrapper.get('[data-testid="add-user-form"]').trigger('submit')
    await flushPromises()
    expect(api.addUser).toHaveBeenCalledWith('VR25', {
      email: 'nieuw@lelystad.example',
      role: 'editor',
      municipalities: ['GM0995'],
    })
    const shown = wrapper.get('[data-testid="temporary-password"]')
    expect(shown.get('[data-testid="temporary-value"]').text()).toBe('Tijdelijk-1234-abcd')
    expect(shown.text()).toMatch(/maar één keer/)
    await shown.findAll('button').at(-1)!.trigger('click')
    expect(wrapper.find('[data-testid="temporary-password"]').exists()).toBe(false)
  })

  it('explains the refusal to remove the last coordinator', async () => {
    vi.stubGlobal('confirm', () => true)
    const { wrapper } = await mountAs(coordinator)
    const remove = wrapper
      .findAll('button')
      .find((b) => b.attributes('aria-label') === 'Verwijderen: coordinator.vr25@weerbaar.example')!
    await remove.trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="users-error"]').text()).toMatch(
      /minstens één coördinator. Maak eerst iemand anders coördinator/,
    )
  })

  it('is not for editors: no list is asked for', async () => {
    const { wrapper, api } = await mountAs({
      ...coordinator,
      roles: [{ region: 'VR25', role: 'editor', municipalities: ['GM0034'] }],
    })
    expect(wrapper.text()).toMatch(/Alleen coördinatoren/)
    expect(api.users).not.toHaveBeenCalled()
  })
})
