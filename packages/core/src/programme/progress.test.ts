import { describe, expect, it } from 'vitest'
import { minimalCatalog } from '../../test/fixtures/minimal-region.ts'
import { InvalidArgumentError } from '../shared/errors.ts'
import { validateProgramme } from './parse.ts'
import { computeProgrammeProgress, monthEnds, previousReportDate } from './progress.ts'
import type { Programme } from './schema.ts'

/** One goal with what the test gives; every case below is computed by hand. */
function programme(
  parts: Partial<Record<'actions' | 'decisions' | 'indicators' | 'reports', unknown[]>>,
): Programme {
  const result = validateProgramme({
    schemaVersion: 1,
    id: 'test',
    name: 'Test',
    regions: ['VR25'],
    pillars: [{ id: 'p', name: 'Pijler' }],
    goals: [{ id: 'g', pillar: 'p', name: 'Doel' }],
    ...parts,
  })
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return result.value
}

const manual = (values: { date: string; value: number }[], over: object = {}) => ({
  id: 'i',
  goal: 'g',
  name: 'Aandeel',
  unit: '%',
  kind: 'manual',
  direction: 'increase',
  baseline: { date: '2026-01-01', value: 20 },
  target: { date: '2026-12-31', value: 80 },
  values,
  ...over,
})

const progressOn = (p: Programme, asOf: string, since?: string) =>
  computeProgrammeProgress(p, [], { asOf, catalog: minimalCatalog, ...(since ? { since } : {}) })
const goalOn = (p: Programme, asOf: string) => progressOn(p, asOf).goals[0]!

describe('the status rule at its boundaries: indicators', () => {
  // On 2026-07-02 the trajectory 20 → 80 over 364 days expects exactly 50; 25 % of the planned
  // change of 60 is 15, so 35 is the lowest value that is "at risk" rather than "behind".
  const at = (value: number) =>
    goalOn(programme({ indicators: [manual([{ date: '2026-07-01', value }])] }), '2026-07-02')

  it('is on track on the trajectory', () => {
    const goal = at(50)
    expect(goal.status).toBe('on_track')
    expect(goal.reasons).toEqual([])
    expect(goal.indicators[0]).toMatchObject({
      value: 50,
      valueDate: '2026-07-01',
      expected: 50,
      onTrajectory: true,
      shortfall: 0,
    })
  })

  it('is at risk just below the trajectory and at exactly 25 % of the change behind', () => {
    expect(at(49).status).toBe('at_risk')
    expect(at(49).indicators[0]!.shortfall).toBeCloseTo(1 / 60, 12)
    const edge = at(35)
    expect(edge.status).toBe('at_risk')
    expect(edge.indicators[0]!.shortfall).toBe(0.25)
    expect(edge.reasons).toMatchObject([{ code: 'indicator_off_trajectory', indicator: 'i' }])
    expect(edge.reasons[0]!.message).toBe(
      'Aandeel: 35 % waar 50 % verwacht werd (25% van de beoogde verandering achter)',
    )
  })

  it('is behind beyond 25 % of the change', () => {
    const goal = at(34.9)
    expect(goal.status).toBe('behind')
    expect(goal.reasons).toMatchObject([{ code: 'indicator_far_off_trajectory', status: 'behind' }])
  })

  it('is behind once the target date has passed without the target, and on track with it', () => {
    const missed = goalOn(
      programme({ indicators: [manual([{ date: '2026-12-31', value: 79 }])] }),
      '2027-01-01',
    )
    expect(missed.status).toBe('behind')
    expect(missed.reasons[0]!.code).toBe('indicator_target_missed')
    // On the target date itself the trajectory expects the target: 79 is 1/60 behind, at risk.
    const onDate = goalOn(
      programme({ indicators: [manual([{ date: '2026-12-31', value: 79 }])] }),
      '2026-12-31',
    )
    expect(onDate.status).toBe('at_risk')
    const reached = goalOn(
      programme({ indicators: [manual([{ date: '2026-12-31', value: 80 }])] }),
      '2027-01-01',
    )
    expect(reached.status).toBe('on_track')
    expect(reached.indicators[0]!.targetReached).toBe(true)
  })

  it('judges a decreasing indicator the other way round', () => {
    const decreasing = (value: number) =>
      goalOn(
        programme({
          indicators: [
            manual([{ date: '2026-01-04', value }], {
              direction: 'decrease',
              baseline: { date: '2026-01-01', value: 10 },
              target: { date: '2026-01-11', value: 0 },
            }),
          ],
        }),
        '2026-01-04',
      )
    // Expected 7 on 2026-01-04; 25 % of the change of 10 is 2.5.
    expect(decreasing(7).status).toBe('on_track')
    expect(decreasing(9.5).status).toBe('at_risk')
    expect(decreasing(9.6).status).toBe('behind')
  })

  it('uses the baseline while nothing was entered, and judges nothing before the baseline date', () => {
    const none = programme({ indicators: [manual([])] })
    const flat = goalOn(none, '2026-07-02')
    expect(flat.indicators[0]).toMatchObject({ value: 20, valueDate: '2026-01-01', expected: 50 })
    expect(flat.status).toBe('behind')
    const early = goalOn(none, '2025-12-31')
    expect(early.status).toBe('on_track')
    expect(early.indicators[0]).toMatchObject({ value: null, onTrajectory: null, trend: [] })
    expect(early.indicators[0]!.unavailable?.code).toBe('before_baseline')
  })
})

describe('the status rule at its boundaries: actions and decisions', () => {
  const action = (over: object = {}) => ({
    id: 'a',
    goal: 'g',
    name: 'Plan maken',
    owner: 'Gemeente Almere',
    start: '2026-03-01',
    due: '2026-06-01',
    status: 'running',
    ...over,
  })

  it('is on track on the due date, at risk from the day after, behind after 30 days', () => {
    const p = programme({ actions: [action()] })
    expect(goalOn(p, '2026-06-01').status).toBe('on_track')
    const oneDay = goalOn(p, '2026-06-02')
    expect(oneDay.status).toBe('at_risk')
    expect(oneDay.actions[0]).toMatchObject({ overdue: true, daysOverdue: 1 })
    expect(oneDay.reasons[0]!.message).toBe(
      'Actie "Plan maken" (Gemeente Almere) is 1 dag(en) over de einddatum 1 juni 2026',
    )
    expect(goalOn(p, '2026-07-01').status).toBe('at_risk') // 30 days
    const long = goalOn(p, '2026-07-02') // 31 days
    expect(long.status).toBe('behind')
    expect(long.reasons[0]!.code).toBe('action_long_overdue')
  })

  it('does not count done and stopped actions as overdue', () => {
    const p = programme({
      actions: [
        action({ status: 'done', completedOn: '2026-05-20' }),
        action({ id: 'b', status: 'stopped', reason: 'Opgegaan in actie a' }),
      ],
    })
    expect(goalOn(p, '2026-09-01').status).toBe('on_track')
  })

  it('counts an action completed after the date as still running then', () => {
    const p = programme({ actions: [action({ status: 'done', completedOn: '2026-06-10' })] })
    const before = goalOn(p, '2026-06-05')
    expect(before.actions[0]).toMatchObject({ status: 'running', overdue: true, daysOverdue: 4 })
    expect(before.actions[0]!.completedOn).toBeUndefined()
    expect(goalOn(p, '2026-06-10').status).toBe('on_track')
  })

  it('is at risk when an action has not started the day after its start date', () => {
    const p = programme({ actions: [action({ status: 'not_started' })] })
    expect(goalOn(p, '2026-03-01').status).toBe('on_track')
    const late = goalOn(p, '2026-03-02')
    expect(late.status).toBe('at_risk')
    expect(late.actions[0]!.lateStart).toBe(true)
    expect(late.reasons[0]!.code).toBe('action_not_started')
  })

  it('is at risk when a decision is needed before the date and still open', () => {
    const p = programme({
      decisions: [
        {
          id: 'd',
          goal: 'g',
          question: 'Budget vrijgeven?',
          neededBy: '2026-05-01',
          status: 'open',
        },
      ],
    })
    expect(goalOn(p, '2026-05-01').status).toBe('on_track')
    const late = goalOn(p, '2026-05-02')
    expect(late.status).toBe('at_risk')
    expect(late.openDecisions).toMatchObject([{ id: 'd', overdue: true }])
    expect(late.reasons[0]!.code).toBe('decision_overdue')
  })
})

describe('what changed since the previous report', () => {
  const p = programme({
    reports: [{ date: '2026-03-31' }, { date: '2026-06-30' }],
    actions: [
      {
        id: 'a',
        goal: 'g',
        name: 'A',
        owner: 'VR',
        start: '2026-04-15',
        due: '2026-09-01',
        status: 'running',
      },
      {
        id: 'b',
        goal: 'g',
        name: 'B',
        owner: 'VR',
        start: '2026-01-10',
        due: '2026-06-15',
        status: 'done',
        completedOn: '2026-05-01',
      },
      { id: 'c', goal: 'g', name: 'C', owner: 'VR', due: '2026-05-31', status: 'running' },
      { id: 'e', goal: 'g', name: 'E', owner: 'VR', due: '2026-03-01', status: 'running' },
    ],
    decisions: [
      {
        id: 'd',
        question: 'Programma vaststellen?',
        status: 'decided',
        decision: 'Vastgesteld',
        decidedOn: '2026-04-02',
      },
    ],
    indicators: [
      manual([
        { date: '2026-03-31', value: 30 },
        { date: '2026-06-30', value: 45 },
      ]),
    ],
  })

  it('starts at the latest report date before the date', () => {
    expect(previousReportDate(p, '2026-06-30')).toBe('2026-03-31')
    expect(previousReportDate(p, '2026-07-01')).toBe('2026-06-30')
    expect(previousReportDate(p, '2026-03-31')).toBeNull()
  })

  it('lists actions started, completed and overdue, decisions taken and indicators moved', () => {
    const progress = progressOn(p, '2026-06-30')
    expect(progress.since).toBe('2026-03-31')
    expect(
      progress.goals[0]!.changes.map((c) => [c.kind, c.action ?? c.indicator, c.date]),
    ).toEqual([
      ['action_started', 'a', '2026-04-15'],
      ['action_completed', 'b', '2026-05-01'],
      ['action_became_overdue', 'c', '2026-05-31'],
      ['indicator_changed', 'i', '2026-06-30'],
    ])
    // Action e was already overdue at the previous report: not a change.
    expect(progress.overdueActions.map((a) => a.id)).toEqual(['e', 'c'])
    expect(progress.changes).toMatchObject([
      { kind: 'decision_taken', decision: 'd', date: '2026-04-02' },
    ])
    expect(progress.goals[0]!.indicators[0]).toMatchObject({ previous: 30, value: 45, change: 15 })
  })

  it('lists nothing at the first report, and takes an explicit since', () => {
    expect(progressOn(p, '2026-03-31').goals[0]!.changes).toEqual([])
    expect(progressOn(p, '2026-03-31').since).toBeNull()
    const explicit = progressOn(p, '2026-06-30', '2026-05-01')
    expect(explicit.goals[0]!.changes.map((c) => c.kind)).toEqual([
      'action_became_overdue',
      'indicator_changed',
    ])
  })

  it('keeps the entered values in the trend, from the baseline to the date', () => {
    expect(progressOn(p, '2026-05-01').goals[0]!.indicators[0]!.trend).toEqual([
      { date: '2026-01-01', value: 20 },
      { date: '2026-03-31', value: 30 },
    ])
  })
})

describe('computeProgrammeProgress', () => {
  it('makes a live indicator of a region without data unknown, the goal at risk, and warns', () => {
    const p = programme({
      indicators: [
        {
          id: 'l',
          goal: 'g',
          name: 'Gereed',
          kind: 'live',
          measure: 'ready-points-share',
          direction: 'increase',
          baseline: { date: '2026-01-01', value: 10 },
          target: { date: '2026-12-31', value: 50 },
        },
      ],
    })
    const progress = progressOn(p, '2026-06-30')
    expect(progress.warnings).toMatchObject([{ code: 'region_missing', path: 'regions[0]' }])
    expect(progress.regions).toEqual([{ code: 'VR25', name: null }])
    const goal = progress.goals[0]!
    expect(goal.indicators[0]).toMatchObject({
      value: null,
      unavailable: { code: 'region_missing' },
      trend: [],
    })
    expect(goal.status).toBe('at_risk')
    expect(goal.reasons[0]!.code).toBe('indicator_without_value')
  })

  it('refuses dates that are not calendar dates and a since after the date', () => {
    const p = programme({})
    expect(() => progressOn(p, '2026-02-30')).toThrow(InvalidArgumentError)
    expect(() => progressOn(p, '2026-06-30', '2026-07-01')).toThrow(InvalidArgumentError)
  })

  it('lists the month ends from a date up to another', () => {
    expect(monthEnds('2026-01-15', '2026-04-29')).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
    ])
    expect(monthEnds('2028-01-31', '2028-02-29')).toEqual(['2028-01-31', '2028-02-29'])
  })
})
