import { describe, expect, it } from 'vitest'
import {
  edition,
  GOLDEN_AS_OF,
  loadRegion,
  rulesetFor,
} from '../../test/fixtures/readiness/load.ts'
import { guidelineImpact } from './impact.ts'

const region = loadRegion()
const current = rulesetFor(region)

describe('guidelineImpact', () => {
  it('shows level and score under both rulesets and which points would drop', () => {
    // A stricter edition: 96 hours of backup power and water mandatory.
    const stricter = rulesetFor(region, {
      ...edition,
      version: '2027.1',
      requirements: edition.requirements.map((r) =>
        r.id === 'power.backup'
          ? { ...r, check: { type: 'minimum' as const, unit: 'uur', min: 96 } }
          : r.id === 'needs.water'
            ? { ...r, level: 'mandatory' as const }
            : r,
      ),
    })
    const impact = guidelineImpact(region, current, stricter, { asOf: GOLDEN_AS_OF })
    expect(impact).toMatchObject({
      from: 'test-noodsteunpunten@2026.1',
      to: 'test-noodsteunpunten@2027.1',
      asOf: GOLDEN_AS_OF,
    })
    const kazerne = impact.points.find((p) => p.id === 'zeewolde-kazerne')!
    // Zeewolde: water unknown and now mandatory → unknown; 96 h exactly meets the new minimum.
    expect(kazerne).toMatchObject({
      from: { level: 'ready' },
      to: { level: 'unknown' },
      change: 'down',
    })
    const bieb = impact.points.find((p) => p.id === 'zeewolde-bibliotheek')!
    // 100 h still meets 96 h; its level stays unknown.
    expect(bieb.change).toBe('same')
    expect(bieb.to.score).toBe(bieb.from.score)
    expect(impact.drops).toEqual(['zeewolde-kazerne'])
    expect(impact.region.from.readyPoints).toBe(1)
    expect(impact.region.to.readyPoints).toBe(0)
  })

  it('counts the assessments that become history when an edition drops a requirement, and back', () => {
    const dropped = 'needs.water'
    const without = rulesetFor(region, {
      ...edition,
      version: '2027.1',
      requirements: edition.requirements.filter((r) => r.id !== dropped),
    })
    const ofDropped = region.assessments.filter((a) => a.requirement === dropped)
    expect(ofDropped.length).toBeGreaterThan(0)
    const impact = guidelineImpact(region, current, without, { asOf: GOLDEN_AS_OF })
    expect(impact.history).toEqual({
      assessments: ofDropped.length,
      requirements: [
        {
          requirement: dropped,
          assessments: ofDropped.length,
          points: [...new Set(ofDropped.map((a) => a.point))],
        },
      ],
    })
    expect(impact.restored).toEqual({ assessments: 0, requirements: [] })
    const back = guidelineImpact(region, without, current, { asOf: GOLDEN_AS_OF })
    expect(back.restored).toEqual(impact.history)
    expect(back.history).toEqual({ assessments: 0, requirements: [] })
  })

  it('reports no change between a ruleset and itself', () => {
    const impact = guidelineImpact(region, current, current, { asOf: GOLDEN_AS_OF })
    expect(impact.drops).toEqual([])
    expect(impact.points.every((p) => p.change === 'same')).toBe(true)
  })
})
