/**
 * Which points count towards `inhabitantsPerPoint`, on a region small enough to compute by
 * hand, under every edition the catalog has. A new edition fails here until its hand-computed
 * figures are added.
 */
import { computeReadiness, parseRegion, type Region } from '@weerbaar/core'
import { describe, expect, it } from 'vitest'
import { catalog } from '../src/catalog.ts'
import { getGuideline, listGuidelines, resolveRuleset } from '../src/editions.ts'

const AS_OF = '2026-12-15'

/**
 * One municipality of 12,000 inhabitants: ceil(12,000 / 5,000) = 3 points required. Ready:
 * two local points and two coordination points (every requirement met), plus one local point
 * that is not ready (nothing assessed).
 */
function region(version: string): Region {
  const edition = getGuideline('noodsteunpunten', version)!
  const point = (id: string, tier: 'local' | 'coordination') => ({
    id,
    name: `Punt ${id}`,
    municipality: 'GM0184',
    tier,
    kind: tier === 'coordination' ? 'fire_station' : 'community_centre',
    status: 'active',
    location: { lat: 52.66, lon: 5.6 },
  })
  const ready = ['local-1', 'local-2', 'coord-1', 'coord-2']
  const doc = {
    schemaVersion: 1,
    region: { code: 'VR25', name: 'Testregio' },
    guideline: { id: 'noodsteunpunten', version },
    municipalities: [{ code: 'GM0184', name: 'Urk', population: 12_000 }],
    points: [
      point('local-1', 'local'),
      point('local-2', 'local'),
      point('local-3', 'local'),
      point('coord-1', 'coordination'),
      point('coord-2', 'coordination'),
    ],
    assessments: ready.flatMap((p) =>
      edition.requirements.map((r) =>
        r.check.type === 'minimum'
          ? { point: p, requirement: r.id, date: '2026-12-01', value: r.check.min }
          : { point: p, requirement: r.id, date: '2026-12-01', result: 'met' },
      ),
    ),
  }
  const parsed = parseRegion(doc, { catalog })
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return parsed.value
}

/**
 * By hand: required = 3. Every tier counts (2025.1, 2026.1): counted ready = 4, covered
 * min(4, 3) = 3, completeness 100%. Local only (2026.2): counted ready = 2, covered 2 of 3,
 * completeness 66.67%. Ready points stay 4 in every edition: only what counts changes.
 */
const HAND_COMPUTED: Record<string, { counted: number; completeness: number }> = {
  '2025.1': { counted: 4, completeness: 100 },
  '2026.1': { counted: 4, completeness: 100 },
  '2026.2': { counted: 2, completeness: (100 * 2) / 3 },
}

describe('which tiers count towards inhabitantsPerPoint', () => {
  it.each(
    listGuidelines()
      .filter((g) => g.id === 'noodsteunpunten')
      .map((g) => g.version),
  )('noodsteunpunten@%s', (version) => {
    const r = region(version)
    const report = computeReadiness(r, resolveRuleset(r), { asOf: AS_OF })
    const expected = HAND_COMPUTED[version]
    expect(expected, `add the hand-computed figures of ${version}`).toBeDefined()
    expect(report.region).toMatchObject({
      requiredPoints: 3,
      readyPoints: 4,
      countedReadyPoints: expected!.counted,
    })
    expect(report.region.networkCompleteness).toBeCloseTo(expected!.completeness, 10)
    expect(report.municipalities[0]!.networkCompleteness).toBeCloseTo(expected!.completeness, 10)
  })

  it('keeps the edition’s tiers when a region overrides the number', () => {
    const r = { ...region('2026.2'), norms: { inhabitantsPerPoint: 4000 } }
    const report = computeReadiness(r, resolveRuleset(r), { asOf: AS_OF })
    // ceil(12,000 / 4,000) = 3 required; still only the 2 ready local points count.
    expect(report.region).toMatchObject({ requiredPoints: 3, countedReadyPoints: 2 })
    expect(resolveRuleset(r).norms.inhabitantsPerPoint).toMatchObject({
      value: 4000,
      basis: 'region',
      countedTiers: { tiers: ['local'], basis: 'assumption' },
    })
  })
})
