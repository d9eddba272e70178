import { describe, expect, it } from 'vitest'
import type { Region } from '@weerbaar/core'
import { guidelineImpactTo } from './impact.ts'

const region: Region = {
  schemaVersion: 1,
  region: { code: 'VR14', name: 'Veiligheidsregio Gooi en Vechtstreek (fictief)' },
  guideline: { id: 'noodsteunpunten', version: '2025.1' },
  municipalities: [{ code: 'GM0376', name: 'Blaricum', population: 12000 }],
  points: [
    {
      id: 'blaricum-kazerne',
      name: 'Brandweerkazerne Blaricum',
      municipality: 'GM0376',
      tier: 'coordination',
      kind: 'fire_station',
      status: 'active',
      location: { lat: 52.27, lon: 5.24 },
      public: true,
    },
  ],
  // Every mandatory requirement 2025.1 sets a coordination fire station, with 48 hours of power.
  assessments: [
    ...['info.board', 'coord.crisis-link', 'staff.opening-procedure', 'recog.signage'].map(
      (requirement) => ({
        point: 'blaricum-kazerne',
        requirement,
        date: '2026-01-15',
        result: 'met' as const,
      }),
    ),
    { point: 'blaricum-kazerne', requirement: 'power.backup', date: '2026-01-15', value: 48 },
  ],
}

describe('guidelineImpactTo', () => {
  it('shows a point that is ready under 2025.1 dropping under 2026.1 (72 hours, more mandatory rules)', () => {
    const impact = guidelineImpactTo(region, '2026.1', { asOf: '2026-06-01' })
    expect(impact.from).toBe('noodsteunpunten@2025.1')
    expect(impact.to).toBe('noodsteunpunten@2026.1')
    expect(impact.points[0]).toMatchObject({
      from: { level: 'ready' },
      to: { level: 'not_ready' },
      change: 'down',
    })
    // 2025.1: met weights info.board 2 + power.backup 2 + coord 2 + opening 2 + signage 1 = 9 of 16.
    expect(impact.points[0]!.from.score).toBeCloseTo((100 * 9) / 16, 9)
    // 2026.1: 48 of 72 hours is partial, so power.backup (mandatory) makes it not ready.
    expect(impact.points[0]!.to.score!).toBeLessThan(impact.points[0]!.from.score!)
    expect(impact.drops).toEqual(['blaricum-kazerne'])
  })
})
