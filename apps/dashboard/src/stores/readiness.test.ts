import { todayCalendarDate } from '#/composables/today.ts'
import { describe, expect, it } from 'vitest'
import { freshStores } from '#/test/helpers.ts'
import { trendDates, useReadinessStore } from './readiness.ts'
import { useRegionStore } from './regions.ts'

async function ready() {
  const { kv } = freshStores()
  const regions = useRegionStore()
  await regions.init()
  const readiness = useReadinessStore()
  readiness.asOf = '2026-11-28'
  return { kv, regions, readiness }
}

describe('readiness store', () => {
  it('reports the region, its municipalities and points from core', async () => {
    const { regions, readiness } = await ready()
    const report = readiness.report!
    expect(report.points).toHaveLength(regions.region!.points.length)
    expect(report.municipalities.map((m) => m.code)).toEqual(
      regions.region!.municipalities.map((m) => m.code),
    )
    expect(readiness.municipality('GM0034')?.name).toBe('Almere')
  })

  it('records an assessment: the point is re-scored at once and the region saved', async () => {
    const { kv, readiness } = await ready()
    // A point whose cheapest fix raises its level on its own.
    const target = readiness.report!.points.find(
      (p) => p.status === 'active' && readiness.explain(p.id)?.fixes[0]?.raisesLevel,
    )!
    const fix = readiness.explain(target.id)!.fixes[0]!
    const requirement = readiness.requirementsById.get(fix.requirement)!
    const before = readiness.point(target.id)!
    const result = readiness.recordAssessment(
      {
        point: target.id,
        requirement: fix.requirement,
        date: '2026-11-28',
        result: 'met',
        ...(requirement.check.type === 'minimum' ? { value: String(requirement.check.min) } : {}),
        note: 'Getest',
        assessor: 'Test',
      },
      'nl',
    )
    expect(result.ok).toBe(true)
    const after = readiness.point(target.id)!
    expect(after.level).toBe(fix.levelAfter)
    expect(after.score).toBeGreaterThan(before.score!)
    await result.saved
    const stored = kv.data.get('region:VR25') as {
      region: { assessments: Array<{ note?: string }> }
    }
    expect(stored.region.assessments.at(-1)?.note).toBe('Getest')
    expect(readiness.history(target.id)[0]?.assessment.note).toBe('Getest')
    // Of the same shape as the assessments read from the file (see core's uniformAssessment).
    const assessments = useRegionStore().region!.assessments
    expect(Object.keys(assessments.at(-1)!)).toEqual(Object.keys(assessments[0]!))
  })

  it('rejects a draft with problems and says which field, in the chosen language', async () => {
    const { readiness } = await ready()
    const point = readiness.report!.points.find((p) => p.status === 'active')!
    const mandatory = point.requirements.find((r) => r.mandatory)!
    const noOutcome = readiness.validate(
      { point: point.id, requirement: mandatory.id, date: '2026-11-01' },
      'nl',
    )
    expect(noOutcome.ok).toBe(false)
    const future = readiness.validate(
      { point: point.id, requirement: mandatory.id, date: '2999-01-01', result: 'met' },
      'en',
    )
    expect(future).toMatchObject({
      ok: false,
      issues: [{ path: 'date', message: expect.stringMatching(/in the future/) }],
    })
    const notApplicable = readiness.validate(
      { point: point.id, requirement: mandatory.id, date: '2026-11-01', result: 'not_applicable' },
      'nl',
    )
    expect(notApplicable).toMatchObject({
      ok: false,
      issues: [{ path: 'result', message: expect.stringMatching(/niet toegestaan/) }],
    })
    const badDate = readiness.validate(
      { point: point.id, requirement: mandatory.id, date: '2026-02-30', result: 'met' },
      'nl',
    )
    expect(badDate).toMatchObject({
      ok: false,
      issues: [{ path: 'date', message: 'Deze datum bestaat niet' }],
    })
    const unknown = readiness.validate(
      { point: point.id, requirement: 'no.such', date: '2026-11-01', result: 'met' },
      'nl',
    )
    expect(unknown).toMatchObject({ ok: false, issues: [{ path: 'requirement' }] })
  })

  it("an empty form gets the app's own Dutch about what to do, only for fields it has", async () => {
    const { readiness } = await ready()
    const point = readiness.report!.points.find((p) => p.status === 'active')!
    const empty = readiness.validate({ point: point.id, requirement: '', date: '' }, 'nl')
    expect(empty.ok).toBe(false)
    if (empty.ok) return
    expect(empty.issues.map((i) => [i.path, i.message])).toEqual([
      ['requirement', 'Kies de eis die u hebt beoordeeld'],
      ['date', 'Vul de datum van de beoordeling in'],
    ])
    // A yes/no requirement without an outcome asks for the outcome, not for a value.
    const yesNo = point.requirements.find(
      (r) => readiness.requirementsById.get(r.id)?.check.type !== 'minimum',
    )!
    const noOutcome = readiness.validate(
      { point: point.id, requirement: yesNo.id, date: '2026-11-01' },
      'nl',
    )
    expect(!noOutcome.ok && noOutcome.issues.map((i) => [i.path, i.message])).toEqual([
      ['result', 'Kies de uitkomst: voldaan, deels voldaan of niet voldaan'],
    ])
  })

  it('a Peildatum in the past does not block recording an assessment dated today', async () => {
    const { readiness } = await ready()
    readiness.asOf = '2026-01-01'
    const point = readiness.report!.points.find((p) => p.status === 'active')!
    const today = todayCalendarDate()
    const result = readiness.validate(
      { point: point.id, requirement: point.requirements[0]!.id, date: today, result: 'met' },
      'nl',
    )
    expect(result.ok).toBe(true)
  })

  it('removing the recorded assessment restores the score', async () => {
    const { readiness, regions } = await ready()
    const point = readiness.report!.points.find(
      (p) =>
        p.status === 'active' && p.requirements.some((r) => r.outcome === 'unknown' && r.mandatory),
    )!
    const requirement = point.requirements.find((r) => r.outcome === 'unknown' && r.mandatory)!
    const before = readiness.point(point.id)!.score
    const req = readiness.requirementsById.get(requirement.id)!
    readiness.recordAssessment(
      {
        point: point.id,
        requirement: requirement.id,
        date: '2026-11-28',
        result: 'met',
        ...(req.check.type === 'minimum' ? { value: req.check.min } : {}),
      },
      'nl',
    )
    expect(readiness.point(point.id)!.score).not.toBe(before)
    await readiness.removeAssessment(regions.region!.assessments.length - 1)
    expect(readiness.point(point.id)!.score).toBe(before)
  })

  it('gives the trend the last day of each of the past twelve months, then today', () => {
    const dates = trendDates('2026-11-28')
    expect(dates).toHaveLength(13)
    expect(dates[0]).toBe('2025-11-30')
    expect(dates[10]).toBe('2026-09-30')
    expect(dates.at(-2)).toBe('2026-10-31')
    expect(dates.at(-1)).toBe('2026-11-28')
    expect(trendDates('2026-03-15', 2)).toEqual(['2026-01-31', '2026-02-28', '2026-03-15'])
  })
})

describe('readiness store on another date', () => {
  it('judges the same data on the chosen date, as core would from scratch', async () => {
    const { readiness, regions } = await ready()
    void readiness.report
    readiness.asOf = '2026-01-01'
    const { computeReadiness } = await import('@weerbaar/core')
    const fresh = computeReadiness(regions.region!, readiness.ruleset!, { asOf: '2026-01-01' })
    expect(readiness.report!.region).toEqual(fresh.region)
    expect(readiness.report!.asOf).toBe('2026-01-01')
  })
})
