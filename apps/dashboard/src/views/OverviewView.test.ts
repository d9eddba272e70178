import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { useReadinessStore } from '#/stores/readiness.ts'
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

  it('tells a region on a superseded edition so, with the newer edition’s impact and a link', async () => {
    const { wrapper, regions } = await mountView(OverviewView, '/', {
      global: { stubs: { CoverageKpi: true } },
    })
    expect(wrapper.find('[data-testid="superseded-notice"]').exists()).toBe(false)
    useReadinessStore().asOf = '2026-12-15'
    await regions.update({
      ...regions.region!,
      guideline: { ...regions.region!.guideline, version: '2026.1' },
    })
    await flushPromises()
    const notice = wrapper.find('[data-testid="superseded-notice"]')
    expect(notice.exists()).toBe(true)
    expect(notice.text()).toMatch(
      /^Deze regio volgt noodsteunpunten@2026\.1\. Die editie is vervangen door noodsteunpunten@2026\.2, geldig vanaf 1 december 2026\. Onder 2026\.2: \d+ gerede punten \(nu \d+\); \d+ punten zakken en \d+ stijgen een niveau\./,
    )
    expect(notice.find('[data-testid="superseded-link"]').attributes('href')).toBe('/richtlijn')
    wrapper.unmount()
  })
})
