import { describe, expect, it, vi } from 'vitest'
import { mountView } from '#/test/mount.ts'
import OverviewView from './OverviewView.vue'

// The charts are async components that load chart.js, which needs a real canvas. Mocked, their
// loaders resolve at once: nothing is left loading when the test environment is torn down.
vi.mock('#/charts/LevelsChart.vue', async () => (await import('#/test/chart-stub.ts')).chartStub)
vi.mock('#/charts/TrendChart.vue', async () => (await import('#/test/chart-stub.ts')).chartStub)

describe('OverviewView', () => {
  it('shows the region’s figures from core, with a data table for every chart', async () => {
    const { wrapper } = await mountView(OverviewView, '/', {
      global: { stubs: { CoverageKpi: true } },
    })
    expect(wrapper.find('h1').text()).toContain('Flevoland')
    // Soft hyphens only show where a label breaks.
    const kpis = wrapper.find('[data-testid="kpis"]').text().replaceAll('\u00AD', '')
    expect(kpis).toContain('Gereed van nodig')
    expect(kpis).toContain('Netwerkcompleetheid')
    const figures = wrapper.findAll('figure.chart')
    expect(figures).toHaveLength(2)
    for (const figure of figures) expect(figure.find('details table').exists()).toBe(true)
    // Levels table: one row per municipality.
    expect(figures[0]!.findAll('tbody tr')).toHaveLength(6)
    // Trend: twelve month ends and today.
    expect(figures[1]!.findAll('tbody tr')).toHaveLength(13)
    expect(wrapper.text()).toContain('Grootste tekorten')
    // Both charts load (as their stubs) inside their figures; nothing is left loading at the end.
    await vi.waitFor(() => expect(wrapper.findAll('figure.chart canvas')).toHaveLength(2))
    wrapper.unmount()
  })
})
