import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { setCoverageClientFactory, useCoverageStore } from '#/stores/coverage.ts'
import { mountView } from '#/test/mount.ts'
import { createInlineClient } from '#/workers/client.ts'
import MunicipalityView from './MunicipalityView.vue'

const settle = async () => {
  for (let i = 0; i < 5; i++) {
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
  }
}

describe('MunicipalityView', () => {
  it("shows the municipality's own population coverage and its coordination minimum in words", async () => {
    setCoverageClientFactory(createInlineClient)
    const { wrapper } = await mountView(MunicipalityView, '/gemeenten/GM0034')
    await settle()
    const coverage = useCoverageStore()
    // the demo grid loads and the coverage is computed after mounting
    await vi.waitFor(() => expect(coverage.result).not.toBeNull(), { timeout: 20_000 })
    await settle()
    const almere = coverage.result!.municipalities.find((m) => m.code === 'GM0034')!
    const tiles = wrapper.findAll('.kpi').map((k) => k.text())
    const tile = tiles.find((text) => text.startsWith('Bevolkings'))!
    // Almere's figure, not the region's
    expect(almere.percentage).not.toBe(coverage.result!.total.percentage)
    expect(tile).toContain(
      `${almere.percentage!.toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`,
    )
    expect(tiles.find((text) => text.startsWith('Coördinatie'))).toMatch(
      /\d+ gereed, minimaal \d+ nodig: (voldoet|te weinig)/,
    )
  })
})
