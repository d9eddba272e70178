import { describe, expect, it } from 'vitest'
import { mountView } from '#/test/mount.ts'
import OverviewView from './OverviewView.vue'

describe('OverviewView', () => {
  it('shows the region’s figures from core, with a data table for every chart', async () => {
    const { wrapper } = await mountView(OverviewView, '/', {
      // Charts are async components: stubbed, chart.js needs a canvas.
      global: { stubs: { AsyncComponentWrapper: true, CoverageKpi: true } },
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
  })
})
