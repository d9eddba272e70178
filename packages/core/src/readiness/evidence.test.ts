import { describe, expect, it } from 'vitest'
import { networkRegion, networkRuleset } from '../network/test-region.ts'
import type { Assessment } from '../region/schema.ts'
import { computeReadiness } from './compute.ts'
import { createReadinessEngine } from './engine.ts'

const partners = [{ id: 'olie', name: 'Olie BV', kind: 'business' as const }]
const fuel = {
  id: 'fuel-1',
  partner: 'olie',
  points: ['a1', 'a2'],
  provides: ['fuel' as const],
  status: 'signed' as const,
  signed: '2026-03-01',
  validUntil: '2026-12-31',
}

const outcome = (
  region: ReturnType<typeof networkRegion>,
  asOf: string,
  point = 'a1',
  requirement = 'power.fuel',
) => {
  const report = computeReadiness(region, networkRuleset, { asOf })
  const r = report.points
    .find((p) => p.id === point)!
    .requirements.find((x) => x.id === requirement)!
  // The engine gives the same on that date, also after moving to it.
  const engine = createReadinessEngine(region, networkRuleset, { asOf: '2026-01-01' })
  engine.setAsOf(asOf)
  expect(JSON.parse(JSON.stringify(engine.point(point)))).toEqual(
    JSON.parse(JSON.stringify(report.points.find((p) => p.id === point))),
  )
  return r
}

const assess = (date: string, result: Assessment['result']): Assessment => ({
  point: 'a1',
  requirement: 'power.fuel',
  date,
  result,
})

describe('agreements as evidence in readiness', () => {
  it('a valid agreement providing the requirement’s evidence counts as met, with the agreement', () => {
    const r = outcome(networkRegion({ partners, agreements: [fuel] }), '2026-06-01')
    expect(r.outcome).toBe('met')
    expect(r.fraction).toBe(1)
    expect(r.assessment).toBeNull()
    expect(r.evidence).toEqual({
      agreement: 'fuel-1',
      partner: 'olie',
      provides: 'fuel',
      signed: '2026-03-01',
      validUntil: '2026-12-31',
    })
  })

  it('only on the dates it is in force: not before signing, not after validUntil, never as a draft or ended', () => {
    const region = networkRegion({ partners, agreements: [fuel] })
    expect(outcome(region, '2026-02-28').outcome).toBe('unknown')
    expect(outcome(region, '2026-03-01').outcome).toBe('met')
    expect(outcome(region, '2026-12-31').outcome).toBe('met')
    expect(outcome(region, '2027-01-01').outcome).toBe('unknown')
    for (const status of ['draft', 'ended'] as const)
      expect(
        outcome(networkRegion({ partners, agreements: [{ ...fuel, status }] }), '2026-06-01')
          .outcome,
      ).toBe('unknown')
  })

  it('only for the points and the provision it covers', () => {
    const region = networkRegion({ partners, agreements: [fuel] })
    expect(outcome(region, '2026-06-01', 'a3').outcome).toBe('unknown')
    expect(outcome(region, '2026-06-01', 'a1', 'site.use-agreement').outcome).toBe('unknown')
  })

  it('an assessment dated after the signing wins; one dated before or on the signing day does not', () => {
    const base = networkRegion({ partners, agreements: [fuel] })
    const newer = { ...base, assessments: [...base.assessments, assess('2026-04-01', 'not_met')] }
    expect(outcome(newer, '2026-06-01').outcome).toBe('not_met')
    // Before the newer assessment's date, the agreement counts.
    expect(outcome(newer, '2026-03-15').outcome).toBe('met')
    const older = { ...base, assessments: [...base.assessments, assess('2026-02-01', 'not_met')] }
    expect(outcome(older, '2026-06-01').outcome).toBe('met')
    const sameDay = { ...base, assessments: [...base.assessments, assess('2026-03-01', 'not_met')] }
    expect(outcome(sameDay, '2026-06-01').outcome).toBe('met')
  })

  it('a newer assessment that has expired no longer beats a valid agreement', () => {
    const long = { ...fuel, validUntil: '2028-12-31' }
    const base = networkRegion({ partners, agreements: [long] })
    // power.fuel is valid for 12 months: the 2026-04-01 check expires after 2027-04-01.
    const region = { ...base, assessments: [...base.assessments, assess('2026-04-01', 'not_met')] }
    expect(outcome(region, '2027-04-01').outcome).toBe('not_met')
    expect(outcome(region, '2027-04-02').outcome).toBe('met')
  })

  it('the agreement is never expired by the requirement’s validForMonths while it is in force', () => {
    const region = networkRegion({ partners, agreements: [{ ...fuel, validUntil: undefined }] })
    expect(outcome(region, '2029-01-01').outcome).toBe('met')
  })

  it('of two valid agreements the one signed last is shown', () => {
    const later = { ...fuel, id: 'fuel-2', signed: '2026-05-01' }
    const r = outcome(networkRegion({ partners, agreements: [later, fuel] }), '2026-06-01')
    expect(r.evidence!.agreement).toBe('fuel-2')
  })

  it('moves the level: with the fuel and location agreements the point is ready', () => {
    const location = { ...fuel, id: 'loc-1', provides: ['location' as const] }
    const region = networkRegion({ partners, agreements: [fuel, location] })
    const report = computeReadiness(region, networkRuleset, { asOf: '2026-06-01' })
    expect(report.points.find((p) => p.id === 'a1')!.level).toBe('ready')
    expect(report.points.find((p) => p.id === 'a3')!.level).toBe('unknown')
    expect(report.region.readyPoints).toBe(2)
  })

  it('a region without agreements scores exactly as before', () => {
    const region = networkRegion()
    const withEmpty = networkRegion({ partners, agreements: [] })
    expect(computeReadiness(withEmpty, networkRuleset, { asOf: '2026-06-01' })).toEqual(
      computeReadiness(region, networkRuleset, { asOf: '2026-06-01' }),
    )
  })

  it('the engine keeps evidence when an assessment is edited', () => {
    const region = networkRegion({ partners, agreements: [fuel] })
    const engine = createReadinessEngine(region, networkRuleset, { asOf: '2026-06-01' })
    engine.addAssessment(assess('2026-05-01', 'not_met'))
    expect(engine.point('a1')!.requirements.find((r) => r.id === 'power.fuel')!.outcome).toBe(
      'not_met',
    )
    engine.removeAssessment(engine.toRegion().assessments.length - 1)
    const r = engine.point('a1')!.requirements.find((x) => x.id === 'power.fuel')!
    expect(r.outcome).toBe('met')
    expect(r.evidence!.agreement).toBe('fuel-1')
  })
})

describe('evidencePhraseNl', () => {
  it('names the agreement, the partner and the last day in force', async () => {
    const { evidencePhraseNl } = await import('./evidence.ts')
    const evidence = {
      agreement: 'fuel-1',
      partner: 'olie',
      provides: 'fuel' as const,
      signed: '2026-03-01',
      validUntil: '2026-12-31',
    }
    expect(evidencePhraseNl(evidence, 'Olie BV')).toBe(
      'aangetoond door afspraak fuel-1 met Olie BV (geldig tot 31 december 2026)',
    )
    expect(evidencePhraseNl({ ...evidence, validUntil: null })).toBe(
      'aangetoond door afspraak fuel-1 met olie',
    )
  })
})
