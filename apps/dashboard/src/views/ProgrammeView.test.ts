import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { programmeHub, setProgrammeChannel } from '#/storage/programme-channel.ts'
import { useProgrammeStore } from '#/stores/programme.ts'
import { useSyncStore } from '#/stores/sync.ts'
import { mountView } from '#/test/mount.ts'
import ProgrammeView from './ProgrammeView.vue'

vi.mock('#/charts/IndicatorChart.vue', async () => (await import('#/test/chart-stub.ts')).chartStub)

describe('ProgrammeView', () => {
  it('shows the plan: goals with a status in words, indicators with a table, actions', async () => {
    setProgrammeChannel(programmeHub().connect())
    const { wrapper } = await mountView(ProgrammeView, '/programma')
    await useProgrammeStore().init()
    await flushPromises()
    expect(wrapper.find('h1').text()).toContain('Weerbaarheid')
    const summary = wrapper.find('[data-testid="programme-summary"]')
    const rows = summary.findAll('tbody tr')
    const programme = useProgrammeStore().programme!
    expect(rows).toHaveLength(programme.goals.length)
    for (const row of rows)
      expect(row.find('.goal-status').text()).toMatch(/Op koers|Risico|Achter/)
    const figures = wrapper.findAll('.indicator figure.chart')
    expect(figures).toHaveLength(programme.indicators.length)
    for (const figure of figures) expect(figure.find('details table').exists()).toBe(true)
    expect(wrapper.findAll('.actions-table tbody tr[data-testid^="action-"]')).toHaveLength(
      programme.actions.length,
    )
    await vi.waitFor(() =>
      expect(wrapper.findAll('.indicator canvas')).toHaveLength(figures.length),
    )
    wrapper.unmount()
  })

  it('edits an action: a stopped action without a reason gets the form’s message', async () => {
    setProgrammeChannel(programmeHub().connect())
    const { wrapper } = await mountView(ProgrammeView, '/programma')
    await useProgrammeStore().init()
    await flushPromises()
    const row = wrapper.find('.actions-table tbody tr[data-testid^="action-"]')
    await row.find('button').trigger('click')
    const editor = wrapper.find('[data-testid="action-editor"]')
    await editor.find('select').setValue('stopped')
    await editor.find('textarea').setValue('')
    await editor.trigger('submit')
    await flushPromises()
    expect(editor.find('[role="alert"]').text()).toContain(
      'Geef kort aan waarom de actie is gestopt',
    )
    expect(editor.find('textarea').attributes('aria-invalid')).toBe('true')
    await editor.find('textarea').setValue('Budget verschoven')
    await editor.trigger('submit')
    await useProgrammeStore().flushed()
    await flushPromises()
    expect(wrapper.find('[data-testid="action-message"]').exists()).toBe(true)
    expect(row.find('[data-testid="action-status"]').text()).toContain('gestopt')
    wrapper.unmount()
  })

  it('on a server says the programme stays in this browser, and a viewer cannot change it', async () => {
    setProgrammeChannel(programmeHub().connect())
    const { wrapper } = await mountView(ProgrammeView, '/programma')
    await useProgrammeStore().init()
    const sync = useSyncStore()
    sync.mode = 'server'
    sync.user = {
      id: 'u1',
      email: 'kijker@example.org',
      admin: false,
      roles: [{ region: 'VR25', role: 'viewer', municipalities: [] }],
    }
    sync.activeCode = 'VR25'
    await flushPromises()
    expect(wrapper.find('[data-testid="programme-local"]').text()).toContain(
      'alleen in deze browser',
    )
    expect(wrapper.findAll('.actions-table button')).toHaveLength(0)
    expect(wrapper.find('.value-editor').exists()).toBe(false)
    sync.user = {
      ...sync.user,
      roles: [{ region: 'VR25', role: 'coordinator', municipalities: [] }],
    }
    await flushPromises()
    expect(wrapper.findAll('.actions-table button').length).toBeGreaterThan(0)
    wrapper.unmount()
  })
})
