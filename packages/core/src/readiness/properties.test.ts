import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Region } from '../region/schema.ts'
import { addCalendarDays } from '../shared/date.ts'
import {
  calendarDate,
  plain,
  regionArb,
  rulesetFor,
  withoutTies,
} from '../../test/fixtures/readiness/load.ts'
import { computeReadiness } from './compute.ts'
import { levelRank, type RegionReadiness } from './types.ts'

const asOfArb = fc.constantFrom('2025-06-30', '2026-01-31', '2026-10-01', '2027-03-01')

/** Rounds floats so that a different summation order does not count as a difference. */
function rounded(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) =>
      typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v,
    ),
  )
}

function byId(report: RegionReadiness) {
  return new Map(report.points.map((p) => [p.id, p]))
}

// Property runs can be slow on a busy machine; they are bounded by numRuns, not by time.
describe('readiness properties', { timeout: 60_000 }, () => {
  it('score, completeness and network completeness stay within 0–100', () => {
    fc.assert(
      fc.property(regionArb, asOfArb, (region, asOf) => {
        const r = computeReadiness(region, rulesetFor(region), { asOf })
        for (const p of r.points) {
          for (const v of [p.score, p.completeness]) {
            if (v === null) continue
            expect(v).toBeGreaterThanOrEqual(0)
            expect(v).toBeLessThanOrEqual(100 + 1e-9)
          }
          for (const q of p.requirements) {
            if (q.fraction === null) continue
            expect(q.fraction).toBeGreaterThanOrEqual(0)
            expect(q.fraction).toBeLessThanOrEqual(1)
          }
        }
        for (const s of [r.region, ...r.municipalities]) {
          expect(s.networkCompleteness).toBeGreaterThanOrEqual(0)
          expect(s.networkCompleteness).toBeLessThanOrEqual(100)
          expect(s.readyPoints).toBeLessThanOrEqual(s.activePoints)
          expect(s.levels.ready + s.levels.not_ready + s.levels.unknown).toBe(s.activePoints)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('turning any outcome to met never lowers the score or the level', () => {
    fc.assert(
      fc.property(regionArb, asOfArb, fc.nat(), fc.nat(), (region, asOf, pi, ri) => {
        const ruleset = rulesetFor(region)
        const before = computeReadiness(region, ruleset, { asOf })
        const point = before.points[pi % before.points.length]!
        if (point.requirements.length === 0) return
        const target = point.requirements[ri % point.requirements.length]!
        const requirement = ruleset.requirements.find((r) => r.id === target.id)!
        const met = {
          point: point.id,
          requirement: target.id,
          date: asOf,
          result: 'met' as const,
          ...(requirement.check.type === 'minimum' ? { value: requirement.check.min } : {}),
        }
        const after = computeReadiness(
          { ...region, assessments: [...region.assessments, met] },
          ruleset,
          { asOf },
        )
        const p = byId(after).get(point.id)!
        expect(p.requirements.find((r) => r.id === target.id)!.outcome).toBe('met')
        if (point.score !== null) expect(p.score!).toBeGreaterThanOrEqual(point.score - 1e-9)
        expect(levelRank(p.assessedLevel)).toBeGreaterThanOrEqual(levelRank(point.assessedLevel))
        expect(after.region.readyPoints).toBeGreaterThanOrEqual(before.region.readyPoints)
      }),
      { numRuns: 300 },
    )
  })

  it('adding an older assessment (or one after asOf) changes nothing', () => {
    fc.assert(
      fc.property(
        regionArb,
        asOfArb,
        fc.nat(),
        fc.integer({ min: 1, max: 400 }),
        fc.nat(),
        fc.constantFrom('met', 'not_met', 'not_applicable'),
        (region, asOf, pick, daysEarlier, at, result) => {
          const ruleset = rulesetFor(region)
          const before = computeReadiness(region, ruleset, { asOf })
          const used = before.points.flatMap((p) =>
            p.requirements.filter((r) => r.assessment).map((r) => ({ point: p.id, r })),
          )
          const extra =
            used.length > 0
              ? (() => {
                  const { point, r } = used[pick % used.length]!
                  return {
                    point,
                    requirement: r.id,
                    date: addCalendarDays(r.assessment!.date, -daysEarlier),
                    result: result as 'met',
                  }
                })()
              : {
                  point: region.points[0]!.id,
                  requirement: 'info.board',
                  date: addCalendarDays(asOf, daysEarlier),
                  result: 'met' as const,
                }
          const assessments = [...region.assessments]
          assessments.splice(at % (assessments.length + 1), 0, extra)
          expect(plain(computeReadiness({ ...region, assessments }, ruleset, { asOf }))).toEqual(
            plain(before),
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('the order of points and assessments in the file does not matter', () => {
    fc.assert(
      fc.property(
        regionArb.map((r): Region => ({ ...r, assessments: withoutTies(r.assessments) })),
        asOfArb,
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (region, asOf, random) => {
          const shuffle = <T>(list: readonly T[]) =>
            list
              .map((x) => ({ x, k: random.next().value as number }))
              .sort((a, b) => a.k - b.k)
              .map(({ x }) => x)
          const ruleset = rulesetFor(region)
          const a = computeReadiness(region, ruleset, { asOf })
          const b = computeReadiness(
            { ...region, points: shuffle(region.points), assessments: shuffle(region.assessments) },
            ruleset,
            { asOf },
          )
          expect(rounded([...byId(b)].sort())).toEqual(rounded([...byId(a)].sort()))
          expect(rounded(b.municipalities)).toEqual(rounded(a.municipalities))
          expect(rounded(b.region)).toEqual(rounded(a.region))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('unknown never counts as met', () => {
    fc.assert(
      fc.property(regionArb, asOfArb, (region, asOf) => {
        const r = computeReadiness(region, rulesetFor(region), { asOf })
        for (const p of r.points) {
          const counted = p.requirements.filter((q) => q.fraction !== null)
          const open = counted.filter((q) => q.outcome === 'unknown' || q.outcome === 'expired')
          for (const q of open) expect(q.fraction).toBe(0)
          if (open.length > 0) expect(p.score!).toBeLessThan(100)
          if (p.assessedLevel === 'ready')
            expect(counted.filter((q) => q.mandatory && q.outcome !== 'met')).toEqual([])
          if (open.some((q) => q.mandatory)) expect(p.assessedLevel).not.toBe('ready')
        }
        // Without any assessment nothing is met and no point with a mandatory requirement is ready.
        const bare = computeReadiness({ ...region, assessments: [] }, rulesetFor(region), { asOf })
        for (const p of bare.points) {
          if (p.score !== null) expect(p.score).toBe(0)
          if (p.requirements.some((q) => q.mandatory)) expect(p.assessedLevel).toBe('unknown')
        }
      }),
      { numRuns: 300 },
    )
  })

  it('an assessment dated after asOf is ignored until its date', () => {
    fc.assert(
      fc.property(regionArb, calendarDate, (region, asOf) => {
        const ruleset = rulesetFor(region)
        const visible = { ...region, assessments: region.assessments.filter((a) => a.date <= asOf) }
        expect(plain(computeReadiness(region, ruleset, { asOf }))).toEqual(
          plain(computeReadiness(visible, ruleset, { asOf })),
        )
      }),
      { numRuns: 200 },
    )
  })
})
