import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { useReadinessStore } from '#/stores/readiness.ts'
import { mountView } from '#/test/mount.ts'
import PointView from './PointView.vue'

describe('PointView', () => {
  it('shows the checklist by function, the explanation and the history', async () => {
    const { wrapper } = await mountView(PointView, '/noodsteunpunten/kazerne-almere-stad')
    expect(wrapper.find('h1').text()).toBe('Brandweerkazerne Almere Stad')
    expect(wrapper.findAll('table.checklist').length).toBeGreaterThan(3)
    expect(wrapper.find('[data-testid="point-level"]').text()).toMatch(/gereed|onbekend/)
    expect(wrapper.find('#explain-title').exists()).toBe(true)
    expect(wrapper.findAll('[data-testid="history"] tbody tr').length).toBeGreaterThan(0)
  })

  it('marks assessments of a requirement the edition does not have as history, and keeps them', async () => {
    const { wrapper, regions } = await mountView(PointView, '/noodsteunpunten/kazerne-almere-stad')
    const region = regions.region!
    // staff.contact-list is a requirement of 2025.1 only; the demo follows a later edition.
    await regions.update({
      ...region,
      assessments: [
        ...region.assessments,
        {
          point: 'kazerne-almere-stad',
          requirement: 'staff.contact-list',
          date: '2026-10-01',
          result: 'met',
        },
      ],
    })
    await flushPromises()
    const rows = wrapper.findAll('[data-testid="history"] tbody tr')
    const old = rows.filter((r) => r.text().includes('staff.contact-list'))
    expect(old).toHaveLength(1)
    expect(old[0]!.find('[data-testid="history-tag"]').text()).toBe('geschiedenis')
    expect(wrapper.text()).toContain('Ze blijven bewaard, maar tellen niet mee.')
    expect(wrapper.findAll('[data-testid="history-tag"]')).toHaveLength(1)
  })

  it('shows Dutch errors next to the fields and records a valid assessment', async () => {
    const { wrapper } = await mountView(PointView, '/noodsteunpunten/kazerne-almere-stad')
    const readiness = useReadinessStore()
    const point = readiness.point('kazerne-almere-stad')!
    const target = point.requirements.find((r) => r.outcome !== 'met')!
    const rule = readiness.requirementsById.get(target.id)!

    await wrapper.find('#a-requirement').setValue(target.id)
    await wrapper.find('#a-date').setValue('2999-05-01')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.find('.alert-error').text()).toMatch(/in de toekomst/)
    // the summary names the field by its label and links to it, not by its data path
    const items = wrapper.findAll('.alert-error li')
    const date = items.find((li) => li.text().includes('toekomst'))!
    expect(date.text()).toMatch(/^Datum: /)
    expect(date.find('a').attributes('href')).toBe('#a-date')
    expect(items.map((li) => li.text()).join('\n')).not.toMatch(/^(date|result|value): /m)
    expect(wrapper.find('#a-date').attributes('aria-invalid')).toBe('true')

    await wrapper.find('#a-date').setValue('2026-11-20')
    if (rule.check.type === 'minimum')
      await wrapper.find('#a-value').setValue(String(rule.check.min))
    await wrapper.find('#a-result').setValue('met')
    await wrapper.find('#a-note').setValue('Nieuw getest')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('.alert-error').exists()).toBe(false)
    expect(wrapper.find('[data-testid="record-message"]').text()).toMatch(/^Vastgelegd/)
    expect(wrapper.find('[data-testid="history"]').text()).toContain('Nieuw getest')
    expect(
      readiness.point('kazerne-almere-stad')!.requirements.find((r) => r.id === target.id)!.outcome,
    ).toBe('met')
  })

  it('says how many requirements it takes to raise the level, in Dutch and English', async () => {
    await mountView(PointView, '/noodsteunpunten/kazerne-almere-stad')
    const readiness = useReadinessStore()
    const many = readiness
      .report!.points.map((p) => readiness.explain(p.id)!)
      .find((e) => e.assessedLevel === 'not_ready' && e.blockers.length > e.fixes.length)!
    const n = many.blockers.length
    const nl = (await mountView(PointView, `/noodsteunpunten/${many.point}`)).wrapper
    expect(nl.find('[data-testid="next-level"]').text()).toMatch(
      new RegExp(
        `^Nog ${n} eisen op orde brengen, dan is het punt (onbekend|gereed)\\. Hieronder de 3 goedkoopste\\.$`,
      ),
    )
    const en = (await mountView(PointView, `/noodsteunpunten/${many.point}`, { locale: 'en' }))
      .wrapper
    expect(en.find('[data-testid="next-level"]').text()).toMatch(
      new RegExp(
        `^Fix ${n} more requirements, then the point is (unknown|ready)\\. Below are the 3 cheapest\\.$`,
      ),
    )
  })

  it('speaks English when asked', async () => {
    const { wrapper } = await mountView(PointView, '/noodsteunpunten/kazerne-almere-stad', {
      locale: 'en',
    })
    expect(wrapper.text()).toContain('Record an assessment')
    expect(wrapper.text()).toContain('Checklist')
  })
})

describe('PointView in another region', () => {
  it('offers to switch when the point belongs to another stored region', async () => {
    const { wrapper, regions } = await mountView(PointView, '/noodsteunpunten/kazerne-almere-stad')
    await regions.select('VR14')
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
    await flushPromises()
    expect(wrapper.text()).toContain('Deze link hoort bij Veiligheidsregio Flevoland')
    await wrapper.find('.alert-info button').trigger('click')
    await flushPromises()
    expect(regions.activeCode).toBe('VR25')
    expect(wrapper.find('h1').text()).toBe('Brandweerkazerne Almere Stad')
  })
})
