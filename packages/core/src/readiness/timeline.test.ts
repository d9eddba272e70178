import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  calendarDate,
  GOLDEN_AS_OF,
  loadRegion,
  rulesetFor,
} from '../../test/fixtures/readiness/load.ts'
import { addCalendarDays, calendarDaysBetween } from '../shared/date.ts'
import { computeReadiness } from './compute.ts'
import { validUntil } from './expiry.ts'
import { expiringSoon, readinessTimeline } from './timeline.ts'

const region = loadRegion()
const ruleset = rulesetFor(region)

describe('readinessTimeline', () => {
  it('gives the region and municipality figures at each date', () => {
    const dates = ['2026-03-01', '2026-06-30', '2026-10-01']
    const timeline = readinessTimeline(region, ruleset, dates)
    expect(timeline.map((t) => t.asOf)).toEqual(dates)
    timeline.forEach((t) =>
      expect(t.region).toEqual(computeReadiness(region, ruleset, { asOf: t.asOf }).region),
    )
    // Zeewolde: the library is ready until its radio check expires (after 2026-07-01); the
    // kazerne is ready once its radio is assessed (2026-09-01).
    const ready = (asOf: string) =>
      computeReadiness(region, ruleset, { asOf })
        .points.filter((p) => p.level === 'ready')
        .map((p) => p.id)
    expect(ready('2026-06-30')).toEqual(['zeewolde-bibliotheek'])
    expect(ready('2026-10-01')).toEqual(['zeewolde-kazerne'])
    expect(timeline.map((t) => t.municipalities[1]!.readyPoints)).toEqual([1, 1, 1])
    expect(timeline.map((t) => t.municipalities[0]!.readyPoints)).toEqual([0, 0, 0])
  })
})

describe('expiringSoon', () => {
  it('takes the date in the options, like computeReadiness; the positional form (deprecated) gives the same', () => {
    const withOptions = expiringSoon(region, ruleset, { asOf: GOLDEN_AS_OF, days: 90 })
    expect(withOptions.map((e) => `${e.point}/${e.requirement}`)).toEqual([
      'urk-kazerne/comms.radio',
      'urk-buurthuis/comms.radio',
    ])
    expect(expiringSoon(region, ruleset, GOLDEN_AS_OF, 90)).toEqual(withOptions)
    expect(expiringSoon(region, ruleset, { asOf: GOLDEN_AS_OF, days: 31 })).toEqual([])
    expect(() => expiringSoon(region, ruleset, { asOf: '2026-13-01', days: 1 })).toThrow(
      /asOf is not a calendar date/,
    )
  })

  it('lists assessments in use that expire within N days, soonest first', () => {
    // On 2026-10-01: urk-kazerne comms.radio (2026-05-01 + 6 m = valid until 2026-11-01),
    // urk-buurthuis comms.radio (valid until 2026-12-15).
    // Valid through 2026-11-01, expired from 2026-11-02: 32 days after 2026-10-01.
    expect(
      expiringSoon(region, ruleset, GOLDEN_AS_OF, 32).map((e) => [
        e.point,
        e.requirement,
        e.validUntil,
        e.daysLeft,
      ]),
    ).toEqual([['urk-kazerne', 'comms.radio', '2026-11-01', 32]])
    expect(expiringSoon(region, ruleset, GOLDEN_AS_OF, 31)).toEqual([])
    const ninety = expiringSoon(region, ruleset, GOLDEN_AS_OF, 90)
    expect(ninety.map((e) => `${e.point}/${e.requirement}`)).toEqual([
      'urk-kazerne/comms.radio',
      'urk-buurthuis/comms.radio',
    ])
    expect(ninety[1]).toMatchObject({
      assessedOn: '2026-06-15',
      validUntil: '2026-12-15',
      daysLeft: 76,
      mandatory: true,
      outcome: 'met',
    })
  })

  it('agrees with readiness: an item with daysLeft d is expired d days later, not the day before', () => {
    for (const item of expiringSoon(region, ruleset, '2026-03-01', 365)) {
      const outcome = (asOf: string) =>
        computeReadiness(region, ruleset, { asOf })
          .points.find((p) => p.id === item.point)!
          .requirements.find((r) => r.id === item.requirement)!.outcome
      expect(outcome(item.validUntil)).not.toBe('expired')
      const dayAfter = new Date(Date.parse(`${item.validUntil}T00:00:00Z`) + 86_400_000)
        .toISOString()
        .slice(0, 10)
      if (
        !region.assessments.some(
          (a) =>
            a.point === item.point &&
            a.requirement === item.requirement &&
            a.date > item.assessedOn &&
            a.date <= dayAfter,
        )
      ) {
        expect(outcome(dayAfter)).toBe('expired')
      }
    }
  })

  it('leaves out inactive points and already expired assessments', () => {
    const items = expiringSoon(region, ruleset, GOLDEN_AS_OF, 3650)
    expect(items.some((e) => e.point === 'zeewolde-gemeentehuis')).toBe(false)
    expect(items.some((e) => e.point === 'urk-buurthuis' && e.requirement === 'power.backup')).toBe(
      false,
    )
    expect(() => expiringSoon(region, ruleset, GOLDEN_AS_OF, -1)).toThrow(/days/)
  })

  it('lists exactly the assessments in use whose last valid day is before asOf + days (property)', () => {
    const byId = new Map(ruleset.requirements.map((r) => [r.id, r]))
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 400 }), (asOf, days) => {
        const horizon = addCalendarDays(asOf, days)
        const expected = computeReadiness(region, ruleset, { asOf })
          .points.filter((p) => p.status !== 'inactive')
          .flatMap((p) =>
            p.requirements.flatMap((r) => {
              const months = byId.get(r.id)!.validForMonths
              if (!r.assessment || months === undefined || r.outcome === 'expired') return []
              const until = validUntil(r.assessment.date, months)
              return until < horizon
                ? [`${p.id}/${r.id}/${until}/${calendarDaysBetween(asOf, until) + 1}`]
                : []
            }),
          )
          .sort()
        const actual = expiringSoon(region, ruleset, { asOf, days })
          .map((e) => `${e.point}/${e.requirement}/${e.validUntil}/${e.daysLeft}`)
          .sort()
        expect(actual).toEqual(expected)
      }),
      { numRuns: 150 },
    )
  })
})
