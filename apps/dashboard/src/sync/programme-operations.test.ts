import { describe, expect, it } from 'vitest'
import { smallProgramme } from '#/test/programme-fixture.ts'
import { applyProgrammeOperations, type ProgrammeOperation } from './programme-operations.ts'

const base = { at: '2026-11-28T10:00:00.000Z' }

describe('applyProgrammeOperations', () => {
  it('sets only the fields an action edit names, and removes those set to null', () => {
    const p = smallProgramme()
    p.actions[0]!.reason = 'vertraagd'
    const ops: ProgrammeOperation[] = [
      {
        ...base,
        id: '1',
        kind: 'action.update',
        actionId: 'analyse',
        set: { status: 'stopped', reason: 'Geen budget' },
      },
      {
        ...base,
        id: '2',
        kind: 'action.update',
        actionId: 'analyse',
        set: { owner: 'Gemeente Lelystad' },
      },
    ]
    const next = applyProgrammeOperations(p, ops)
    expect(next.actions[0]).toMatchObject({
      status: 'stopped',
      reason: 'Geen budget',
      owner: 'Gemeente Lelystad',
      due: '2026-06-30',
    })
    const cleared = applyProgrammeOperations(next, [
      {
        ...base,
        id: '3',
        kind: 'action.update',
        actionId: 'analyse',
        set: { status: 'running', reason: null },
      },
    ])
    expect(cleared.actions[0]).not.toHaveProperty('reason')
    expect(cleared.actions[0]!.status).toBe('running')
    // The input is never changed.
    expect(p.actions[0]!.status).toBe('running')
  })

  it('keeps one manual value per date, in date order, and removes by date', () => {
    const p = smallProgramme()
    const next = applyProgrammeOperations(p, [
      {
        ...base,
        id: '1',
        kind: 'indicator.value.put',
        indicatorId: 'partners-aangesloten',
        value: { date: '2026-10-01', value: 50 },
      },
      {
        ...base,
        id: '2',
        kind: 'indicator.value.put',
        indicatorId: 'partners-aangesloten',
        value: { date: '2026-03-01', value: 30 },
      },
      {
        ...base,
        id: '3',
        kind: 'indicator.value.put',
        indicatorId: 'partners-aangesloten',
        value: { date: '2026-10-01', value: 55, note: 'herteld' },
      },
    ])
    const values = next.indicators[0]!.kind === 'manual' ? next.indicators[0]!.values : []
    expect(values).toEqual([
      { date: '2026-03-01', value: 30 },
      { date: '2026-07-01', value: 45 },
      { date: '2026-10-01', value: 55, note: 'herteld' },
    ])
    const removed = applyProgrammeOperations(next, [
      {
        ...base,
        id: '4',
        kind: 'indicator.value.delete',
        indicatorId: 'partners-aangesloten',
        date: '2026-07-01',
      },
    ])
    const left = removed.indicators[0]!.kind === 'manual' ? removed.indicators[0]!.values : []
    expect(left.map((v) => v.date)).toEqual(['2026-03-01', '2026-10-01'])
  })

  it('changes nothing for an action or indicator no longer in the plan, nor for a live indicator', () => {
    const p = smallProgramme()
    const next = applyProgrammeOperations(p, [
      { ...base, id: '1', kind: 'action.update', actionId: 'weg', set: { status: 'done' } },
      {
        ...base,
        id: '2',
        kind: 'indicator.value.put',
        indicatorId: 'weg',
        value: { date: '2026-10-01', value: 1 },
      },
      {
        ...base,
        id: '3',
        kind: 'indicator.value.put',
        indicatorId: 'gereed',
        value: { date: '2026-10-01', value: 1 },
      },
    ])
    expect(next).toBe(p)
  })

  it('replaces the whole programme on an import', () => {
    const p = smallProgramme()
    const other = { ...smallProgramme(), name: 'Ander plan' }
    expect(
      applyProgrammeOperations(p, [
        { ...base, id: '1', kind: 'programme.replace', programme: other },
      ]),
    ).toBe(other)
  })

  it('adds, changes and removes a board decision; an added id twice adds it once', () => {
    const decision = { id: 'nieuw', question: 'Nieuw besluit?', status: 'open' as const }
    const next = applyProgrammeOperations(smallProgramme(), [
      { ...base, id: '1', kind: 'decision.add', decision },
      { ...base, id: '2', kind: 'decision.add', decision },
      {
        ...base,
        id: '3',
        kind: 'decision.update',
        decisionId: 'budget',
        set: { status: 'decided', decision: 'Vrijgegeven', decidedOn: '2026-11-20', goal: null },
      },
      { ...base, id: '4', kind: 'decision.delete', decisionId: 'mandaat' },
      { ...base, id: '5', kind: 'decision.update', decisionId: 'weg', set: { status: 'decided' } },
    ])
    expect(next.decisions).toEqual([
      {
        id: 'budget',
        question: 'Budget 2027?',
        status: 'decided',
        decision: 'Vrijgegeven',
        decidedOn: '2026-11-20',
      },
      decision,
    ])
  })
})
