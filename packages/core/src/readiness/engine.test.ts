import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Assessment, Point } from '../region/schema.ts'
import {
  assessmentArb,
  GOLDEN_AS_OF,
  loadRegion,
  plain,
  regionArb,
  rulesetFor,
} from '../../test/fixtures/readiness/load.ts'
import { computeReadiness } from './compute.ts'
import { createReadinessEngine } from './engine.ts'

const region = loadRegion()
const ruleset = rulesetFor(region)

describe('createReadinessEngine', { timeout: 60_000 }, () => {
  it('starts equal to computeReadiness', () => {
    const engine = createReadinessEngine(region, ruleset, { asOf: GOLDEN_AS_OF })
    expect(plain(engine.result)).toEqual(
      plain(computeReadiness(region, ruleset, { asOf: GOLDEN_AS_OF })),
    )
  })

  it('re-scores a point after an edited assessment and re-aggregates', () => {
    const engine = createReadinessEngine(region, ruleset, { asOf: GOLDEN_AS_OF })
    const index = region.assessments.findIndex(
      (a) => a.point === 'urk-kazerne' && a.requirement === 'power.backup' && a.value === 48,
    )
    const before = engine.result
    const after = engine.setAssessment(index, { ...region.assessments[index]!, value: 72 })
    expect(after).not.toBe(before)
    expect(
      engine.point('urk-kazerne')!.requirements.find((r) => r.id === 'power.backup')!.outcome,
    ).toBe('met')
    expect(engine.point('urk-kazerne')!.level).toBe('unknown') // flood storage still unknown
    // Untouched parts are shared, not recomputed.
    expect(after.points.find((p) => p.id === 'zeewolde-kazerne')).toBe(
      before.points.find((p) => p.id === 'zeewolde-kazerne'),
    )
    expect(after.municipalities[1]).toBe(before.municipalities[1])
    expect(plain(after)).toEqual(
      plain(computeReadiness(engine.toRegion(), ruleset, { asOf: GOLDEN_AS_OF })),
    )
  })

  it('keeps the file-order tie rule through additions and removals', () => {
    const engine = createReadinessEngine(region, ruleset, { asOf: GOLDEN_AS_OF })
    const flood = () =>
      engine.point('urk-buurthuis')!.requirements.find((r) => r.id === 'flood.raised-storage')!
        .outcome
    expect(flood()).toBe('not_met')
    const last = region.assessments.findIndex(
      (a) => a.point === 'urk-buurthuis' && a.result === 'not_met',
    )
    engine.removeAssessment(last)
    expect(flood()).toBe('met')
    engine.addAssessment({
      point: 'urk-buurthuis',
      requirement: 'flood.raised-storage',
      date: '2026-06-01',
      result: 'partial',
    })
    expect(flood()).toBe('partial')
    expect(plain(engine.result)).toEqual(
      plain(computeReadiness(engine.toRegion(), ruleset, { asOf: GOLDEN_AS_OF })),
    )
  })

  it('keeps the tie rule when an earlier line is edited to the date of a later one', () => {
    const engine = createReadinessEngine(region, ruleset, { asOf: GOLDEN_AS_OF })
    const older = region.assessments.findIndex(
      (a) => a.point === 'urk-kazerne' && a.date === '2025-02-01',
    )
    const newer = region.assessments.findIndex(
      (a) => a.point === 'urk-kazerne' && a.requirement === 'power.backup' && a.value === 48,
    )
    expect(older).toBeLessThan(newer)
    // Same date as the 48 h line, but earlier in the file: the 48 h line still wins.
    engine.setAssessment(older, { ...region.assessments[older]!, date: '2026-03-01', value: 96 })
    expect(
      engine.point('urk-kazerne')!.requirements.find((r) => r.id === 'power.backup')!.assessment
        ?.value,
    ).toBe(48)
    expect(plain(engine.result)).toEqual(
      plain(computeReadiness(engine.toRegion(), ruleset, { asOf: GOLDEN_AS_OF })),
    )
  })

  it('judges again on another date', () => {
    const engine = createReadinessEngine(region, ruleset, { asOf: GOLDEN_AS_OF })
    for (const asOf of ['2026-03-01', '2025-01-01', '2027-06-30', GOLDEN_AS_OF]) {
      expect(plain(engine.setAsOf(asOf))).toEqual(
        plain(computeReadiness(region, ruleset, { asOf })),
      )
    }
    expect(() => engine.setAsOf('2026-13-01')).toThrow(/calendar date/)
  })

  it('follows point edits, including a move to another municipality', () => {
    const engine = createReadinessEngine(region, ruleset, { asOf: GOLDEN_AS_OF })
    const school = region.points.find((p) => p.id === 'urk-school')!
    engine.setPoint({ ...school, status: 'active', municipality: 'GM0050' })
    expect(engine.result.municipalities[1]!.activePoints).toBe(4)
    expect(plain(engine.result)).toEqual(
      plain(computeReadiness(engine.toRegion(), ruleset, { asOf: GOLDEN_AS_OF })),
    )
    expect(() => engine.setPoint({ ...school, id: 'nope' })).toThrow(/nope/)
    expect(() => engine.removeAssessment(10_000)).toThrow(/index/)
    // A municipality the region does not list: refused, and nothing changes.
    const before = plain(engine.result)
    expect(() => engine.setPoint({ ...school, municipality: 'GM9999' })).toThrow(
      /urk-school.*GM9999.*does not list/,
    )
    expect(plain(engine.result)).toEqual(before)
    expect(engine.point('urk-school')!.municipality).toBe('GM0050')
    const points = region.points.map((p) => (p === school ? { ...p, municipality: 'GM9999' } : p))
    expect(() =>
      createReadinessEngine({ ...region, points }, ruleset, { asOf: GOLDEN_AS_OF }),
    ).toThrow(/urk-school.*GM9999.*does not list/)
  })

  it('never changes a report it handed out, even when it is first read after later edits', () => {
    const engine = createReadinessEngine(region, ruleset, { asOf: GOLDEN_AS_OF })
    const kept: Array<{
      report: ReturnType<typeof computeReadiness>
      expected: ReturnType<typeof computeReadiness>
    }> = []
    const keep = (asOf: string) =>
      kept.push({
        report: engine.result,
        expected: computeReadiness(engine.toRegion(), ruleset, { asOf }),
      })
    keep(GOLDEN_AS_OF)
    const i = region.assessments.findIndex((a) => a.point === 'urk-kazerne' && a.value === 48)
    engine.setAssessment(i, { ...region.assessments[i]!, value: 80 })
    keep(GOLDEN_AS_OF)
    engine.addAssessment({
      point: 'urk-kazerne',
      requirement: 'power.backup',
      date: '2026-09-30',
      value: 10,
    })
    keep(GOLDEN_AS_OF)
    engine.removeAssessment(i)
    keep(GOLDEN_AS_OF)
    engine.setAsOf('2026-04-01')
    keep('2026-04-01')
    engine.setPoint({ ...region.points[0]!, status: 'inactive' })
    keep('2026-04-01')
    engine.setAssessment(0, { ...region.assessments[0]!, date: '2026-03-31' })
    // Only now read every kept report, requirement lists included.
    for (const { report, expected } of kept)
      expect(JSON.parse(JSON.stringify(report))).toEqual(JSON.parse(JSON.stringify(expected)))
  })

  it('equals computeReadiness on the edited region after any sequence of edits (property)', () => {
    type Edit =
      | { kind: 'set'; at: number; a: Assessment }
      | { kind: 'retouch'; at: number; result: 'met' | 'not_met' }
      | { kind: 'add'; a: Assessment }
      | { kind: 'remove'; at: number }
      | { kind: 'point'; at: number; status: Point['status']; tier: Point['tier'] }
      | { kind: 'asOf'; asOf: string }
    const editsFor = (ids: string[]) =>
      fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('set' as const), at: fc.nat(), a: assessmentArb(ids) }),
          // An edit that keeps point, requirement and date but changes the result: same-date ties.
          fc.record({
            kind: fc.constant('retouch' as const),
            at: fc.nat(),
            result: fc.constantFrom('met', 'not_met') as fc.Arbitrary<'met' | 'not_met'>,
          }),
          fc.record({ kind: fc.constant('add' as const), a: assessmentArb(ids) }),
          fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
          fc.record({
            kind: fc.constant('asOf' as const),
            asOf: fc.constantFrom('2025-06-30', '2026-01-31', '2026-10-01'),
          }),
          fc.record({
            kind: fc.constant('point' as const),
            at: fc.nat(),
            status: fc.constantFrom('active', 'planned', 'inactive') as fc.Arbitrary<
              Point['status']
            >,
            tier: fc.constantFrom('coordination', 'local') as fc.Arbitrary<Point['tier']>,
          }),
        ) as fc.Arbitrary<Edit>,
        { maxLength: 12 },
      )
    fc.assert(
      fc.property(
        regionArb.chain((r) => fc.tuple(fc.constant(r), editsFor(r.points.map((p) => p.id)))),
        fc.constantFrom('2026-01-31', '2026-10-01'),
        ([start, edits], asOf) => {
          const rs = rulesetFor(start)
          const engine = createReadinessEngine(start, rs, { asOf })
          let date: string = asOf
          for (const edit of edits) {
            const current = engine.toRegion()
            const n = current.assessments.length
            if (edit.kind === 'set' && n > 0) engine.setAssessment(edit.at % n, edit.a)
            else if (edit.kind === 'retouch' && n > 0) {
              // Copy the date of another assessment of a random line's slot onto it.
              const a = current.assessments[edit.at % n]!
              const twin = current.assessments.findIndex(
                (b) => b !== a && b.point === a.point && b.requirement === a.requirement,
              )
              if (twin >= 0)
                engine.setAssessment(twin, {
                  ...current.assessments[twin]!,
                  date: a.date,
                  result: edit.result,
                })
            } else if (edit.kind === 'add') engine.addAssessment(edit.a)
            else if (edit.kind === 'remove' && n > 0) engine.removeAssessment(edit.at % n)
            else if (edit.kind === 'point') {
              const p = current.points[edit.at % current.points.length]!
              engine.setPoint({ ...p, status: edit.status, tier: edit.tier })
            } else if (edit.kind === 'asOf') {
              date = edit.asOf
              engine.setAsOf(date)
            }
            expect(plain(engine.result)).toEqual(
              plain(computeReadiness(engine.toRegion(), rs, { asOf: date })),
            )
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
