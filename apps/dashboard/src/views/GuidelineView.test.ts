import { getGuideline, listGuidelines } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { nextTick } from 'vue'
import { useGuidelineStore } from '#/stores/guideline.ts'
import { useReadinessStore } from '#/stores/readiness.ts'
import { mountView } from '#/test/mount.ts'
import GuidelineView from './GuidelineView.vue'

/** The editions of the demo's guideline, oldest first, as the catalog lists them. */
const editions = listGuidelines()
  .filter((g) => g.id === 'noodsteunpunten')
  .map((g) => g.version)
const newest = editions.at(-1)!
const previous = editions.at(-2)!

describe('GuidelineView', () => {
  it('compares from the region’s edition to the other one, in the direction of the impact', async () => {
    const { wrapper, regions } = await mountView(GuidelineView, '/richtlijn')
    const guideline = useGuidelineStore()
    const own = regions.region!.guideline
    // The demo follows the newest edition; the newest other one is older.
    expect(own.version).toBe(newest)
    expect(guideline.superseding).toBeNull()
    expect(guideline.otherVersion).toBe(previous)
    expect(guideline.diff).toMatchObject({
      from: expect.stringContaining(newest),
      to: expect.stringContaining(previous),
    })
    // "added" are the requirements a switch would bring: in the older edition, not in the newer
    const older = new Set(getGuideline(own.id, previous)!.requirements.map((r) => r.id))
    const newer = new Set(getGuideline(own.id, newest)!.requirements.map((r) => r.id))
    expect(guideline.diff!.added.map((r) => r.id)).toEqual(
      [...older].filter((id) => !newer.has(id)),
    )
    expect(wrapper.find('[data-testid="diff-direction"]').text()).toMatch(
      new RegExp(
        `^Let op: .*${previous.replace('.', '\\.')} is een oudere editie\\. Wat verandert als deze regio teruggaat van .*${newest.replace('.', '\\.')} naar .*${previous.replace('.', '\\.')}:$`,
      ),
    )
    expect(wrapper.find('[data-testid="superseded"]').exists()).toBe(false)
  })

  it('lists the points that change level in both directions, by name, linking to the point', async () => {
    const { wrapper, regions } = await mountView(GuidelineView, '/richtlijn')
    const guideline = useGuidelineStore()
    const seen = { down: 0, up: 0 }
    // On its own (newest) edition and, moved back, on each older one: points go both ways.
    for (const own of [...editions].reverse()) {
      if (own !== regions.region!.guideline.version) {
        await regions.update({
          ...regions.region!,
          guideline: { ...regions.region!.guideline, version: own },
        })
        await flushPromises()
      }
      for (const version of guideline.others.map((o) => o.version)) {
        guideline.compareWith = version
        await nextTick()
        for (const [key, change] of [
          ['drops', 'down'],
          ['rises', 'up'],
        ] as const) {
          const expected = guideline
            .impact!.points.filter((p) => p.status === 'active' && p.change === change)
            .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
          seen[change] += expected.length
          const links = wrapper.findAll(`[data-testid="impact-${key}"] tbody th a`)
          expect(links.map((a) => a.text())).toEqual(expected.map((p) => p.name))
          expect(links.map((a) => a.attributes('href'))).toEqual(
            expected.map((p) => `/noodsteunpunten/${p.id}`),
          )
        }
      }
    }
    // The demo has points going both ways between its editions: both lists were really checked.
    expect(seen.down).toBeGreaterThan(0)
    expect(seen.up).toBeGreaterThan(0)
  })

  it('shows changed values in words, never as raw data', async () => {
    const { wrapper } = await mountView(GuidelineView, '/richtlijn')
    const guideline = useGuidelineStore()
    guideline.compareWith = '2025.1'
    await nextTick()
    expect(guideline.diff!.changed.length).toBeGreaterThan(0)
    const section = wrapper.findAll('section').find((s) => s.text().startsWith('Gewijzigde eisen'))!
    const text = section.text()
    expect(text).not.toMatch(/[{}"]|\btrue\b|\bfalse\b|mandatory|recommended/)
    expect(text).toMatch(/→/)
  })

  it('shows which tiers count towards inhabitants per point, and the aim of the distance norm', async () => {
    const { wrapper } = await mountView(GuidelineView, '/richtlijn')
    expect(wrapper.find('[data-testid="counted-tiers"]').text()).toMatch(
      /^Telt mee: lokaal.*\(aanname: /,
    )
    expect(wrapper.text()).toContain(
      'Bedoeling volgens de bron: Een noodsteunpunt binnen loopafstand',
    )
  })
})

describe('GuidelineView for a region on 2026.1 after 2026.2 took effect', () => {
  async function onEdition2026_1() {
    const mounted = await mountView(GuidelineView, '/richtlijn')
    const region = mounted.regions.region!
    await mounted.regions.update({
      ...region,
      guideline: { ...region.guideline, version: '2026.1' },
    })
    useReadinessStore().asOf = '2026-12-15'
    await flushPromises()
    return mounted
  }

  it('says the edition is superseded and offers 2026.2 with its impact before the region adopts it', async () => {
    const { wrapper } = await onEdition2026_1()
    const guideline = useGuidelineStore()
    expect(guideline.superseding?.version).toBe('2026.2')
    expect(guideline.otherVersion).toBe('2026.2')
    expect(wrapper.find('[data-testid="superseded"]').text()).toMatch(
      /^Deze regio volgt noodsteunpunten@2026\.1\. Die editie is vervangen door noodsteunpunten@2026\.2, geldig vanaf 1 december 2026\./,
    )
    expect(wrapper.find('[data-testid="diff-direction"]').text()).toMatch(
      /^Wat verandert als deze regio overstapt van .*2026\.1 naar .*2026\.2:$/,
    )
    const impact = guideline.impact!
    expect(impact.to).toBe('noodsteunpunten@2026.2')
    // Only local points count under 2026.2, so the network completeness can only go down.
    expect(impact.region.to.networkCompleteness).toBeLessThanOrEqual(
      impact.region.from.networkCompleteness,
    )
    expect(wrapper.find('[data-testid="impact-history"]').text()).toBe(
      'Geen beoordeling wordt geschiedenis.',
    )
    expect(wrapper.find('[data-testid="impact-completeness"]').text()).toMatch(
      /^Netwerkcompleetheid onder noodsteunpunten@2026\.2: .*% \(nu .*%\)\.$/,
    )
    expect(wrapper.find('[data-testid="edition-notes"]').text()).toMatch(
      /omstreden: Telefoons opladen/,
    )
  })
})
