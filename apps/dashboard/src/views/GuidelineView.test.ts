import { getGuideline } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { useGuidelineStore } from '#/stores/guideline.ts'
import { mountView } from '#/test/mount.ts'
import GuidelineView from './GuidelineView.vue'

describe('GuidelineView', () => {
  it('compares from the region’s edition to the other one, in the direction of the impact', async () => {
    const { wrapper, regions } = await mountView(GuidelineView, '/richtlijn')
    const guideline = useGuidelineStore()
    const own = regions.region!.guideline
    expect(own.version).toBe('2026.1')
    expect(guideline.otherVersion).toBe('2025.1')
    expect(guideline.diff).toMatchObject({
      from: expect.stringContaining('2026.1'),
      to: expect.stringContaining('2025.1'),
    })
    // "added" are the requirements a switch would bring: in 2025.1, not in 2026.1
    const older = new Set(getGuideline(own.id, '2025.1')!.requirements.map((r) => r.id))
    const newer = new Set(getGuideline(own.id, '2026.1')!.requirements.map((r) => r.id))
    expect(guideline.diff!.added.map((r) => r.id)).toEqual(
      [...older].filter((id) => !newer.has(id)),
    )
    expect(wrapper.find('[data-testid="diff-direction"]').text()).toMatch(
      /^Let op: .*2025\.1 is een oudere editie\. Wat verandert als deze regio teruggaat van .*2026\.1 naar .*2025\.1:$/,
    )
  })

  it('shows changed values in words, never as raw data', async () => {
    const { wrapper } = await mountView(GuidelineView, '/richtlijn')
    const guideline = useGuidelineStore()
    expect(guideline.diff!.changed.length).toBeGreaterThan(0)
    const section = wrapper.findAll('section').find((s) => s.text().startsWith('Gewijzigde eisen'))!
    const text = section.text()
    expect(text).not.toMatch(/[{}"]|\btrue\b|\bfalse\b|mandatory|recommended/)
    expect(text).toMatch(/→/)
  })
})
