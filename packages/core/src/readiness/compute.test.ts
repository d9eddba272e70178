import { describe, expect, it } from 'vitest'
import { GOLDEN_AS_OF, loadRegion, rulesetFor } from '../../test/fixtures/readiness/load.ts'
import { computeReadiness } from './compute.ts'
import type { PointReadiness } from './types.ts'

const region = loadRegion()
const ruleset = rulesetFor(region)
const report = computeReadiness(region, ruleset, { asOf: GOLDEN_AS_OF })
const point = (id: string) => report.points.find((p) => p.id === id)!
const outcomes = (p: PointReadiness) =>
  Object.fromEntries(p.requirements.map((r) => [r.id, r.outcome]))

describe('computeReadiness on the golden fixture (2026-10-01)', () => {
  it('matches the golden report', async () => {
    await expect(JSON.stringify(report, null, 2) + '\n').toMatchFileSnapshot(
      '../../test/fixtures/readiness/golden-2026-10-01.json.snap',
    )
  })

  // Hand-checked. Weights: info.board 3, power.backup 3, comms.radio 2, coord.crisis-link 2,
  // site.use-agreement 2, needs.water 2, access.step-free 1, flood.raised-storage 2.
  it('urk-kazerne: 48 of 72 hours is partial, flood applies in Urk, not_applicable water is left out', () => {
    const p = point('urk-kazerne')
    expect(outcomes(p)).toEqual({
      'info.board': 'met',
      'power.backup': 'partial', // 48/72; the older 80 h assessment is not used
      'comms.radio': 'met', // 2026-05-01 + 6 months = 2026-11-01, still valid
      'coord.crisis-link': 'met', // coordination tier
      'needs.water': 'not_applicable', // recommended: allowed, left out
      'access.step-free': 'met',
      'flood.raised-storage': 'unknown', // Urk is in the flood scenario; never assessed
    })
    expect(p.requirements.find((r) => r.id === 'power.backup')!.fraction).toBeCloseTo(48 / 72, 12)
    // Σw = 3+3+2+2+1+2 = 13; Σw·f = 3 + 3·(2/3) + 2 + 2 + 1 + 0 = 10
    expect(p.score).toBeCloseTo((100 * 10) / 13, 12)
    // assessed weight = 3+3+2+2+1 = 11
    expect(p.completeness).toBeCloseTo((100 * 11) / 13, 12)
    expect(p.level).toBe('not_ready')
  })

  it('urk-buurthuis: expiry, a rejected not_applicable, and the later of two same-day assessments', () => {
    const p = point('urk-buurthuis')
    expect(outcomes(p)).toEqual({
      'info.board': 'met',
      'power.backup': 'expired', // 2025-09-01 + 12 months = 2026-09-01 < 2026-10-01
      'comms.radio': 'met',
      'site.use-agreement': 'not_applicable', // mandatory but explicitly allowed
      'needs.water': 'partial',
      'access.step-free': 'unknown', // not_applicable not allowed
      'flood.raised-storage': 'not_met', // same date: the later line in the file wins
    })
    expect(p.requirements.find((r) => r.id === 'access.step-free')!.rejectedNotApplicable).toBe(
      true,
    )
    // Σw = 3+3+2+2+1+2 = 13; Σw·f = 3 + 0 + 2 + 1 + 0 + 0 = 6; assessed = 3+2+2+2 = 9
    expect(p.score).toBeCloseTo((100 * 6) / 13, 12)
    expect(p.completeness).toBeCloseTo((100 * 9) / 13, 12)
    expect(p.level).toBe('not_ready')
  })

  it('zeewolde: no flood requirement outside Urk; a later-dated assessment and an unknown requirement are ignored', () => {
    const kazerne = point('zeewolde-kazerne')
    expect(Object.keys(outcomes(kazerne))).not.toContain('flood.raised-storage')
    expect(outcomes(kazerne)['info.board']).toBe('met') // the not_met of 2026-12-01 is after asOf
    expect(kazerne.level).toBe('ready') // needs.water is unknown but only recommended
    expect(kazerne.score).toBeCloseTo((100 * 11) / 13, 12)
    const bieb = point('zeewolde-bibliotheek')
    expect(outcomes(bieb)['comms.radio']).toBe('expired') // 2026-01-01 + 6 months = 2026-07-01
    expect(bieb.level).toBe('unknown')
    expect(bieb.score).toBeCloseTo((100 * 9) / 11, 12)
  })

  it('a point is plain data: its requirement list is built on first read and included in JSON', () => {
    const p = point('urk-kazerne')
    expect(Object.keys(p)).toEqual([
      'id',
      'name',
      'municipality',
      'tier',
      'kind',
      'status',
      'public',
      'level',
      'assessedLevel',
      'score',
      'completeness',
    ])
    expect(p.requirements).toBe(p.requirements) // built once
    // Through a proxy, as Vue's reactive() wraps it, the list reads the same.
    expect(new Proxy(p, {}).requirements).toBe(p.requirements)
    const json = JSON.parse(JSON.stringify(p)) as { requirements: unknown[] }
    expect(json.requirements).toHaveLength(7)
    expect(json).toMatchObject({ id: 'urk-kazerne', level: 'not_ready' })
  })

  it('reports planned and inactive points by status, and scores a point without assessments 0', () => {
    expect(point('urk-school')).toMatchObject({ level: 'planned', assessedLevel: 'unknown' })
    expect(point('zeewolde-gemeentehuis')).toMatchObject({ level: 'inactive' })
    expect(point('zeewolde-sporthal')).toMatchObject({
      level: 'unknown',
      score: 0,
      completeness: 0,
      public: false,
    })
  })

  it('aggregates municipalities: required points, network completeness, coordination minimum, gaps', () => {
    const [urk, zeewolde] = report.municipalities
    expect(urk).toMatchObject({
      code: 'GM0184',
      requiredPoints: 5, // ceil(22000 / 5000)
      activePoints: 2,
      readyPoints: 0,
      networkCompleteness: 0,
      levels: { ready: 0, not_ready: 2, unknown: 0 },
      coordination: { minimum: 1, ready: 0, met: false },
    })
    expect(urk!.meanScore).toBeCloseTo(((100 * 10) / 13 + (100 * 6) / 13) / 2, 12)
    // power.backup and flood lacked by both active points; ties: mandatory first, then id
    expect(urk!.topGaps).toEqual([
      { requirement: 'flood.raised-storage', points: 2 },
      { requirement: 'power.backup', points: 2 },
      { requirement: 'access.step-free', points: 1 },
      { requirement: 'needs.water', points: 1 },
    ])
    expect(zeewolde).toMatchObject({
      requiredPoints: 5,
      activePoints: 3, // the inactive town hall does not count
      readyPoints: 1,
      networkCompleteness: 20,
      levels: { ready: 1, not_ready: 0, unknown: 2 },
      coordination: { minimum: 1, ready: 1, met: true },
    })
  })

  it('aggregates the region with Σ min(ready, required) / Σ required', () => {
    expect(report.region).toMatchObject({
      code: 'VR25',
      population: 46000,
      requiredPoints: 10,
      activePoints: 5,
      readyPoints: 1,
      networkCompleteness: 10,
      levels: { ready: 1, not_ready: 2, unknown: 2 },
      coordination: { minimum: 1, municipalitiesMeetingMinimum: 1, municipalities: 2 },
    })
    expect(report.guideline).toBe('test-noodsteunpunten@2026.1')
    expect(report.scenario).toBeNull()
  })

  it('never lets a surplus in one municipality hide a shortfall in another', () => {
    const surplus = {
      ...region,
      municipalities: [
        { code: 'GM0184', name: 'Urk', population: 4000 }, // requires 1
        { code: 'GM0050', name: 'Zeewolde', population: 24000 }, // requires 5
      ],
      assessments: [],
      points: Array.from({ length: 3 }, (_, i) => ({
        ...region.points[0]!,
        id: `urk-${i}`,
        tier: 'local' as const,
      })),
    }
    const noMandatory = {
      ...ruleset,
      requirements: ruleset.requirements.map((r) => ({ ...r, level: 'recommended' as const })),
    }
    const r = computeReadiness(surplus, noMandatory, { asOf: GOLDEN_AS_OF })
    expect(r.municipalities[0]).toMatchObject({
      readyPoints: 3,
      requiredPoints: 1,
      networkCompleteness: 100,
    })
    expect(r.region).toMatchObject({ readyPoints: 3, requiredPoints: 6 })
    expect(r.region.networkCompleteness).toBeCloseTo(100 / 6, 12) // not 3/6
  })

  it('without a risk profile, scenario-tagged requirements do not apply', () => {
    const r = computeReadiness({ ...region, riskProfile: undefined }, ruleset, {
      asOf: GOLDEN_AS_OF,
    })
    const ids = r.points.flatMap((p) => p.requirements.map((x) => x.id))
    expect(ids).not.toContain('flood.raised-storage')
    expect(r.points.find((p) => p.id === 'urk-kazerne')!.score).toBeCloseTo((100 * 10) / 11, 12)
  })

  it('under a scenario, counts its tagged requirements only where it applies, and still covers the whole region', () => {
    const r = computeReadiness(region, ruleset, {
      asOf: GOLDEN_AS_OF,
      scenario: 'overstroming-ijsselmeer', // concerns GM0184 only
    })
    expect(r.municipalities.map((m) => m.code)).toEqual(region.municipalities.map((m) => m.code))
    expect(r.points).toHaveLength(region.points.length)
    const tagged = (municipality: string) =>
      r.points
        .filter((p) => p.municipality === municipality)
        .map((p) => p.requirements.some((x) => x.id === 'flood.raised-storage'))
    expect(tagged('GM0184')).toContain(true)
    expect(tagged('GM0050')).not.toContain(true)
    expect(tagged('GM0050').length).toBeGreaterThan(0)
  })

  it('refuses a point in a municipality the region does not list, instead of leaving it out of the totals', () => {
    const points = region.points.map((p, i) => (i === 1 ? { ...p, municipality: 'GM9999' } : p))
    expect(() => computeReadiness({ ...region, points }, ruleset, { asOf: GOLDEN_AS_OF })).toThrow(
      new RegExp(`${region.points[1]!.id}.*GM9999.*does not list`),
    )
  })

  it("restricts to one scenario's tags with options.scenario", () => {
    const r = computeReadiness(region, ruleset, {
      asOf: GOLDEN_AS_OF,
      scenario: 'langdurige-stroomuitval',
    })
    expect(r.scenario).toBe('langdurige-stroomuitval')
    expect(r.points.flatMap((p) => p.requirements.map((x) => x.id))).not.toContain(
      'flood.raised-storage',
    )
    expect(() =>
      computeReadiness(region, ruleset, { asOf: GOLDEN_AS_OF, scenario: 'nope' }),
    ).toThrow(/nope/)
  })

  it('limits topGaps on request and rejects an impossible asOf', () => {
    expect(
      computeReadiness(region, ruleset, { asOf: GOLDEN_AS_OF, topGaps: 1 }).region.topGaps,
    ).toHaveLength(1)
    expect(() => computeReadiness(region, ruleset, { asOf: '2026-02-30' })).toThrow(/calendar date/)
  })

  it('regional norm overrides change required points and the coordination minimum', () => {
    const r = computeReadiness(
      region,
      rulesetFor({
        ...region,
        norms: { inhabitantsPerPoint: 10000, minCoordinationPointsPerMunicipality: 0 },
      }),
      {
        asOf: GOLDEN_AS_OF,
      },
    )
    expect(r.municipalities.map((m) => m.requiredPoints)).toEqual([3, 3])
    expect(r.municipalities[0]!.coordination).toEqual({ minimum: 0, ready: 0, met: true })
  })

  it('a point with no applicable requirement has no score and is ready', () => {
    const empty = {
      ...ruleset,
      requirements: ruleset.requirements.filter((r) => r.appliesTo?.scenarios?.includes('heat')),
    }
    const r = computeReadiness(region, empty, { asOf: GOLDEN_AS_OF })
    expect(r.points[0]).toMatchObject({
      score: null,
      completeness: null,
      level: 'ready',
      requirements: [],
    })
    expect(r.region.meanScore).toBeNull()
  })
})
