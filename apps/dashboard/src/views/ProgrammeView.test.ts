import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { programmeHub, setProgrammeChannel } from '#/storage/programme-channel.ts'
import { useProgrammeStore } from '#/stores/programme.ts'
import { useSyncStore } from '#/stores/sync.ts'
import { mountView } from '#/test/mount.ts'
import { freshStores } from '#/test/helpers.ts'
import { smallProgramme } from '#/test/programme-fixture.ts'
import { fakeProgrammeServer } from '#/test/programme-server.ts'
import { createAppI18n } from '#/i18n/index.ts'
import { routes } from '#/router/index.ts'
import { useReadinessStore } from '#/stores/readiness.ts'
import type { ServerUser } from '#/sync/api.ts'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProgrammeView from './ProgrammeView.vue'

/** The view as a signed-in user of a server sees it (the server's programme routes faked). */
async function mountOnServer(
  server: ReturnType<typeof fakeProgrammeServer>,
  roles: ServerUser['roles'],
) {
  setProgrammeChannel(programmeHub().connect())
  const { pinia } = freshStores()
  const sync = useSyncStore()
  Object.assign(sync.api, server.api)
  sync.detect = async () => {
    sync.mode = 'server'
    sync.user = { id: 'u1', email: 'iemand@weerbaar.example', admin: false, roles }
    sync.serverRegions = roles.map((r) => ({ code: r.region, name: r.region, lastSeq: 1 }))
  }
  useReadinessStore().asOf = '2026-11-28'
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/programma')
  await router.isReady()
  const wrapper = mount(ProgrammeView, {
    global: { plugins: [pinia, createAppI18n('nl'), router] },
  })
  await useProgrammeStore().init()
  await flushPromises()
  return wrapper
}

vi.mock('#/charts/IndicatorChart.vue', async () => (await import('#/test/chart-stub.ts')).chartStub)

describe('ProgrammeView', () => {
  afterEach(() => vi.unstubAllGlobals())

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

  it('on a server: shared, and read-only for a viewer with the reason', async () => {
    const server = fakeProgrammeServer({
      roles: { VR25: 'viewer' },
      programmes: [smallProgramme()],
    })
    const wrapper = await mountOnServer(server, [
      { region: 'VR25', role: 'viewer', municipalities: [] },
    ])
    expect(wrapper.find('[data-testid="programme-shared"]').text()).toContain(
      'iedereen met een rol in VR25 ziet het',
    )
    expect(wrapper.find('[data-testid="programme-read-only"]').text()).toContain(
      'Uw rol: lezer (VR25)',
    )
    expect(wrapper.findAll('.actions-table button')).toHaveLength(0)
    expect(wrapper.find('.value-editor').exists()).toBe(false)
    expect(wrapper.find('[data-testid="add-decision"]').exists()).toBe(false)
    expect(wrapper.find('#import-programme').exists()).toBe(false)
    expect(wrapper.find('[data-testid="reset-programme"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('on a server: a coordinator edits; a colleague’s change in between shows what differs', async () => {
    const server = fakeProgrammeServer({
      roles: { VR25: 'coordinator' },
      programmes: [smallProgramme()],
    })
    const wrapper = await mountOnServer(server, [
      { region: 'VR25', role: 'coordinator', municipalities: [] },
    ])
    expect(wrapper.find('[data-testid="programme-read-only"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="programme-sync-state"]').text()).toContain(
      'Alle wijzigingen staan op de server',
    )
    server.change('wv-test', (p) => ({
      ...p,
      actions: p.actions.map((a) =>
        a.id === 'analyse' ? { ...a, owner: 'Gemeente Lelystad' } : a,
      ),
    }))
    const row = wrapper.find('[data-testid="action-analyse"]')
    await row.find('button').trigger('click')
    const editor = wrapper.find('[data-testid="action-editor"]')
    await editor.find(`#act-analyse-owner`).setValue('Gemeente Dronten')
    await editor.trigger('submit')
    await flushPromises()
    await useProgrammeStore().flushed()
    await flushPromises()
    const conflict = wrapper.find('[data-testid="programme-conflict"]')
    expect(conflict.text()).toContain('Iemand anders heeft het programma intussen gewijzigd')
    const line = conflict.find('tbody tr').text()
    expect(line).toContain('Netwerkanalyse')
    expect(line).toContain('Gemeente Lelystad')
    expect(line).toContain('Gemeente Dronten')
    // Not said to be saved: the conflict says what happened instead.
    expect(wrapper.find('[data-testid="action-message"]').exists()).toBe(false)
    // Editing waits for the choice; throwing the edit away shows the colleague's version.
    expect(wrapper.findAll('.actions-table button')).toHaveLength(0)
    await conflict.find('[data-testid="conflict-discard"]').trigger('click')
    await flushPromises()
    await useProgrammeStore().flushed()
    await flushPromises()
    expect(wrapper.find('[data-testid="programme-conflict"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="action-analyse"]').text()).toContain('Gemeente Lelystad')
    expect(server.get('wv-test')?.programme.actions[0]?.owner).toBe('Gemeente Lelystad')
    wrapper.unmount()
  })

  it('adds a board decision, marks it decided with date and outcome, and removes it', async () => {
    setProgrammeChannel(programmeHub().connect())
    const { wrapper } = await mountView(ProgrammeView, '/programma')
    const store = useProgrammeStore()
    await store.init()
    await flushPromises()
    const list = wrapper.find('[data-testid="decisions-programme"]')
    await list.find('[data-testid="add-decision"]').trigger('click')
    let form = list.find('[data-testid="decision-editor"]')
    await form.trigger('submit')
    await flushPromises()
    expect(form.find('[role="alert"]').text()).toContain(
      'Schrijf op wat het bestuur wordt gevraagd',
    )
    await form.find('textarea').setValue('Stemt u in met de evaluatie in 2027?')
    await form.trigger('submit')
    await store.flushed()
    await flushPromises()
    const added = store.programme!.decisions.find((d) =>
      d.question.startsWith('Stemt u in met de evaluatie'),
    )
    expect(added).toMatchObject({ id: 'stemt-u-in-met-de-evaluatie-in-2027', status: 'open' })
    expect(added?.goal).toBeUndefined()
    const item = wrapper.find(`[data-testid="decision-${added!.id}"]`)
    await item.find('button').trigger('click')
    form = item.find('[data-testid="decision-editor"]')
    await form.find('select[id$="-status"]').setValue('decided')
    await form.find('input[id$="-decided-on"]').setValue('2026-11-20')
    await form.find('textarea[id$="-outcome"]').setValue('Ingestemd')
    await form.trigger('submit')
    await store.flushed()
    await flushPromises()
    expect(store.programme!.decisions.find((d) => d.id === added!.id)).toMatchObject({
      status: 'decided',
      decision: 'Ingestemd',
      decidedOn: '2026-11-20',
    })
    expect(wrapper.find(`[data-testid="decision-${added!.id}"]`).text()).toContain(
      'Besloten op 20 november 2026: Ingestemd',
    )
    vi.stubGlobal('confirm', () => true)
    await wrapper
      .find(`[data-testid="decision-${added!.id}"]`)
      .findAll('button')[1]!
      .trigger('click')
    await store.flushed()
    await flushPromises()
    expect(store.programme!.decisions.some((d) => d.id === added!.id)).toBe(false)
    wrapper.unmount()
  })
})
