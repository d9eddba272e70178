import { describe, expect, it } from 'vitest'
import { parseRegion } from '../region/parse.ts'
import { analyzeNetwork, expiringAgreements, singlePointsOfFailure } from './analyze.ts'
import { contactDirectory, withoutContacts } from './directory.ts'
import { simulateDropOut } from './dropout.ts'
import { networkRegion, networkRuleset } from './test-region.ts'

const asOf = '2026-06-01'
const signed = { status: 'signed' as const, signed: '2026-01-01' }
const partners = [
  { id: 'olie', name: 'Olie BV', kind: 'business' as const },
  { id: 'tank', name: 'Tankstation', kind: 'business' as const },
  { id: 'klein', name: 'Waterclub', kind: 'volunteers' as const },
  {
    id: 'welzijn',
    name: 'Welzijn Tweedorp',
    kind: 'welfare' as const,
    municipalities: ['GM0002'],
    contacts: [{ role: 'wmo' as const, name: 'Anna de Vries', phone: '036 123 4567' }],
  },
  {
    id: 'gemeente',
    name: 'Gemeente',
    kind: 'municipality' as const,
    contacts: [
      { role: 'aov' as const, name: 'Piet Jansen', email: 'piet@example.nl' },
      { role: 'communication' as const, name: 'Kees' },
    ],
  },
]
// Residents served: GM0001 10,000 over a1–a4 = 2,500 each; GM0002 4,000 over b1, b2 = 2,000 each.
const region = networkRegion({
  partners,
  agreements: [
    { id: 'f1', partner: 'olie', points: ['a1', 'a2', 'a3', 'b1'], provides: ['fuel'], ...signed },
    { id: 'f2', partner: 'tank', points: ['a3'], provides: ['fuel'], ...signed },
    { id: 'w1', partner: 'klein', points: ['b2'], provides: ['water'], ...signed },
    {
      id: 'l1',
      partner: 'gemeente',
      points: ['a1', 'a2', 'a3', 'a4', 'b1'],
      provides: ['location'],
      ...signed,
      validUntil: '2026-07-15',
    },
  ],
  staffing: [{ point: 'b1', partner: 'welzijn', role: 'gastheer', people: 6 }],
})

describe('singlePointsOfFailure (hand-computed)', () => {
  const spofs = (threshold: number) =>
    singlePointsOfFailure(region, networkRuleset, { asOf, spofThreshold: threshold })

  it('flags the fuel supplier behind half the points, not the second supplier of a3', () => {
    const olie = spofs(0.25).find((s) => s.partner === 'olie')!
    expect(olie).toEqual({
      partner: 'olie',
      partnerName: 'Olie BV',
      provides: 'fuel',
      points: ['a1', 'a2', 'b1'], // a3 keeps fuel through tank
      share: 3 / 6,
      residentShare: (2500 + 2500 + 2000) / 14_000,
      municipalities: [
        { code: 'GM0001', points: 2, share: 2 / 4, residentShare: 5000 / 10_000 },
        { code: 'GM0002', points: 1, share: 1 / 2, residentShare: 2000 / 4000 },
      ],
    })
    expect(spofs(0.25).some((s) => s.partner === 'tank')).toBe(false)
  })

  it('flags a partner that is small in the region but carries half of one municipality', () => {
    const water = spofs(0.25).find((s) => s.partner === 'klein')!
    expect(water.share).toBeCloseTo(1 / 6, 12)
    expect(water.municipalities).toEqual([
      { code: 'GM0002', points: 1, share: 0.5, residentShare: 0.5 },
    ])
  })

  it('staffing: the only staff of a point staffed for 72 hours', () => {
    const staff = spofs(0.25).find((s) => s.partner === 'welzijn')!
    expect(staff.provides).toBe('staffing')
    expect(staff.points).toEqual(['b1'])
  })

  it('the threshold is exclusive; the worst share first, then by partner id', () => {
    // The municipality's location agreement covers 5 of 6 points, all four of GM0001.
    expect(spofs(0.5).map((s) => `${s.partner}:${s.provides}`)).toEqual(['gemeente:location'])
    expect(spofs(0.49).map((s) => `${s.partner}:${s.provides}`)).toEqual([
      'gemeente:location',
      'klein:water',
      'olie:fuel',
      'welzijn:staffing',
    ])
  })
})

describe('analyzeNetwork', () => {
  const analysis = analyzeNetwork(region, networkRuleset, { asOf })

  it('per point: provisions, staffing hours and what is missing', () => {
    const b1 = analysis.points.find((p) => p.id === 'b1')!
    expect(b1.provisions).toEqual(['location', 'fuel'])
    expect(b1.staffingHours).toBe(72)
    expect(b1.missing).toEqual([])
    const b2 = analysis.points.find((p) => p.id === 'b2')!
    expect(b2.provisions).toEqual(['water'])
    expect(b2.staffingHours).toBe(0)
    // location always; fuel because power.fuel accepts it as evidence; staffing under 72 h.
    expect(b2.missing).toEqual(['location', 'staffing', 'fuel'])
    expect(analysis.points.find((p) => p.id === 'a1')!.staffingNorm).toEqual({
      peopleOnDuty: 4,
      maxShiftHours: 8,
    })
  })

  it('lists the points without a location agreement and agreements expiring within 90 days', () => {
    expect(analysis.withoutLocationAgreement).toEqual(['b2'])
    expect(analysis.expiring).toEqual([
      {
        agreement: 'l1',
        partner: 'gemeente',
        provides: ['location'],
        points: ['a1', 'a2', 'a3', 'a4', 'b1'],
        validUntil: '2026-07-15',
        daysLeft: 45,
      },
    ])
    expect(expiringAgreements(region.agreements!, { asOf, days: 44 })).toEqual([])
    expect(expiringAgreements(region.agreements!, { asOf: '2026-07-16' })).toEqual([])
    expect(expiringAgreements(region.agreements!, { asOf, days: 45 })).toEqual(analysis.expiring)
    // The deprecated positional form gives the same answer until it is removed.
    expect(expiringAgreements(region.agreements!, asOf, 45)).toEqual(analysis.expiring)
    expect(expiringAgreements(region.agreements!, asOf, 44)).toEqual([])
  })

  it('carries no contact details', () => {
    const text = JSON.stringify(analysis)
    for (const secret of ['Anna', '036 123 4567', 'piet@example.nl', 'Kees'])
      expect(text).not.toContain(secret)
  })
})

describe('simulateDropOut (hand-computed)', () => {
  it('without the fuel supplier, a1 and a2 lose fuel and are no longer ready', () => {
    const served = new Map([
      ['a1', 2500],
      ['a2', 2500],
      ['a3', 2500],
      ['a4', 2500],
      ['b1', 2000],
      ['b2', 2000],
    ])
    const calls: string[][] = []
    const result = simulateDropOut(region, networkRuleset, 'olie', {
      asOf,
      residentsWithinReach: (ready) => {
        calls.push([...ready].sort())
        return [...ready].reduce((sum, id) => sum + served.get(id)!, 0)
      },
    })
    // Ready before: fuel + location + info: a1, a2, a3 (fuel via olie and tank), b1.
    expect(calls).toEqual([['a1', 'a2', 'a3', 'b1'], ['a3']])
    expect(result.before).toEqual({
      activePoints: 6,
      readyPoints: 4,
      staffedPoints: 1,
      residentsWithinReach: 9500,
    })
    expect(result.after).toEqual({
      activePoints: 6,
      readyPoints: 1,
      staffedPoints: 1,
      residentsWithinReach: 2500,
    })
    expect(result.points.map((p) => [p.id, p.levelBefore, p.levelAfter, p.lost])).toEqual([
      ['a1', 'ready', 'unknown', ['fuel']],
      ['a2', 'ready', 'unknown', ['fuel']],
      ['b1', 'ready', 'unknown', ['fuel']],
    ])
  })

  it('without the welfare organisation b1 loses its staff', () => {
    const result = simulateDropOut(region, networkRuleset, 'welzijn', { asOf })
    expect(result.before.residentsWithinReach).toBeNull()
    expect(result.after.staffedPoints).toBe(0)
    expect(result.points).toEqual([
      {
        id: 'b1',
        levelBefore: 'ready',
        levelAfter: 'ready',
        staffingHoursBefore: 72,
        staffingHoursAfter: 0,
        lost: [],
      },
    ])
  })

  it('refuses an unknown partner', () => {
    expect(() => simulateDropOut(region, networkRuleset, 'nobody', { asOf })).toThrow(/nobody/)
  })
})

describe('contactDirectory', () => {
  it('groups contacts per municipality by role; a partner without municipalities is everywhere', () => {
    const directory = contactDirectory(region)
    expect(directory.map((m) => [m.code, m.roles.map((r) => r.role)])).toEqual([
      ['GM0001', ['aov', 'communication']],
      ['GM0002', ['aov', 'communication', 'wmo']],
    ])
    expect(directory[1]!.roles[2]!.contacts).toEqual([
      {
        role: 'wmo',
        name: 'Anna de Vries',
        phone: '036 123 4567',
        partner: 'welzijn',
        partnerName: 'Welzijn Tweedorp',
      },
    ])
  })

  it('withoutContacts strips every contact and keeps the rest', () => {
    const stripped = withoutContacts(region)
    expect(JSON.stringify(stripped)).not.toContain('Anna')
    expect(stripped.partners!.map((p) => p.id)).toEqual(partners.map((p) => p.id))
    expect(stripped.agreements).toBe(region.agreements)
  })
})

describe('parseRegion checks the network', () => {
  const base = JSON.parse(JSON.stringify(networkRegion())) as Record<string, unknown>

  it('loads a file without a network, and one with it', () => {
    expect(parseRegion(base).ok).toBe(true)
    expect(parseRegion(JSON.parse(JSON.stringify(region))).ok).toBe(true)
  })

  it('reports every broken reference with its path', () => {
    const result = parseRegion(
      {
        ...base,
        partners: [
          { id: 'p', name: 'P', kind: 'care', municipalities: ['GM0009'] },
          { id: 'p', name: 'P2', kind: 'care' },
        ],
        agreements: [
          {
            id: 'x',
            partner: 'q',
            points: ['a1', 'zz'],
            provides: ['fuel', 'fuel'],
            status: 'signed',
          },
          {
            id: 'x',
            partner: 'p',
            points: ['a1'],
            provides: ['water'],
            status: 'signed',
            signed: '2026-05-01',
            validUntil: '2026-04-01',
          },
        ],
        staffing: [{ point: 'nope', partner: 'q', role: 'gastheer', people: 2 }],
      },
      { lang: 'en' },
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => `${i.path}: ${i.code}`)).toEqual([
      'partners[1].id: duplicate_partner',
      'agreements[1].id: duplicate_agreement',
      'partners[0].municipalities[0]: unknown_partner_municipality',
      'agreements[0].partner: unknown_partner',
      'agreements[0].points[1]: unknown_agreement_point',
      'agreements[0].provides[1]: duplicate_provision',
      'agreements[0].signed: signed_without_date',
      'agreements[1].validUntil: valid_until_before_signed',
      'staffing[0].point: unknown_agreement_point',
      'staffing[0].partner: unknown_partner',
      // parseRegion without a catalog says so (issue 20); the network checks do not need one.
      'guideline: requirements_not_checked',
    ])
    expect(result.issues[3]!.message).toBe('Unknown partner "q": add it to partners')
  })

  it('reports shape errors of the network with their path, in Dutch by default', () => {
    const result = parseRegion({
      ...base,
      partners: [
        { id: 'p', name: 'P', kind: 'bakery', contacts: [{ role: 'aov', email: 'nope' }] },
      ],
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.path)).toEqual([
      'partners[0].kind',
      'partners[0].contacts[0].email',
    ])
  })
})

describe('which points need a location agreement', () => {
  it('only those where a requirement with evidence location applies, when the ruleset has one', async () => {
    const { createRuleset } = await import('../readiness/ruleset.ts')
    const { networkEdition } = await import('./test-region.ts')
    const localOnly = createRuleset({
      ...networkEdition,
      requirements: networkEdition.requirements.map((r) =>
        r.evidence?.provides === 'location'
          ? { ...r, appliesTo: { tiers: ['local' as const] } }
          : r,
      ),
    })
    const bare = networkRegion()
    const analysis = analyzeNetwork(bare, localOnly, { asOf })
    // a1 is the coordination point: the location requirement does not apply to it.
    expect(analysis.withoutLocationAgreement).toEqual(['a2', 'a3', 'a4', 'b1', 'b2'])
    expect(analysis.points[0]!.missing).not.toContain('location')
    // Without any location requirement every point needs one.
    const none = createRuleset({
      ...networkEdition,
      requirements: networkEdition.requirements.filter((r) => r.evidence?.provides !== 'location'),
    })
    expect(analyzeNetwork(bare, none, { asOf }).withoutLocationAgreement).toHaveLength(6)
  })
})
