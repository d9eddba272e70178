import { analyzeNetwork, parseRegion } from '@weerbaar/core'
import { catalog, resolveRuleset } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { DEMO_DATA_DATE } from './dates.ts'
import { vr14GooiEnVechtstreek, vr25Flevoland } from './index.ts'

const load = (data: unknown) => {
  const result = parseRegion(data, { catalog })
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'))
  return result.value
}

describe('the demo network (fictitious)', () => {
  const vr25 = load(vr25Flevoland)
  const vr14 = load(vr14GooiEnVechtstreek)
  const analysis = (region: typeof vr25) =>
    analyzeNetwork(region, resolveRuleset(region), { asOf: DEMO_DATA_DATE })

  it('VR25: one fuel supplier behind most generators is the worst single point of failure', () => {
    const [first] = analysis(vr25).singlePointsOfFailure
    expect(first).toMatchObject({ partner: 'brandstof-flevoland', provides: 'fuel' })
    expect(first!.share).toBeGreaterThan(0.5)
  })

  it('fire stations are staffed by the fire service, churches by volunteers, centres by welfare', () => {
    for (const region of [vr25, vr14]) {
      const kind = new Map(region.points.map((p) => [p.id, p.kind]))
      const partnerKind = new Map(region.partners!.map((p) => [p.id, p.kind]))
      for (const s of region.staffing!) {
        const expected = {
          fire_station: 'fire_service',
          place_of_worship: 'volunteers',
          community_centre: 'welfare',
        }[kind.get(s.point) as string]
        if (expected) expect(partnerKind.get(s.partner)).toBe(expected)
      }
    }
  })

  it('a few agreements end within 90 days, and some points still lack a location agreement', () => {
    for (const region of [vr25, vr14]) {
      const a = analysis(region)
      expect(a.expiring.length).toBeGreaterThan(0)
      expect(a.expiring.length).toBeLessThanOrEqual(4)
      expect(a.withoutLocationAgreement.length).toBeGreaterThan(0)
      // Not every point is staffed for 72 hours, not none either.
      const staffed = a.points.filter((p) => p.staffingHours === 72).length
      expect(staffed).toBeGreaterThan(0)
      expect(staffed).toBeLessThan(a.points.length)
    }
  })

  it('every contact is plainly fictitious', () => {
    for (const region of [vr25, vr14])
      for (const partner of region.partners!)
        for (const c of partner.contacts ?? []) {
          expect(c.name).toMatch(/\(fictief\)$/)
          expect(c.email).toMatch(/\.example\.nl$/)
          expect(c.phone).toMatch(/^0000 /)
        }
  })
})
