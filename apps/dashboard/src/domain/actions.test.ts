import { computeReadiness, type ImprovementAction } from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { demoRegion } from '#/test/helpers.ts'
import {
  actionRows,
  checkActionDraft,
  gapsOf,
  newActionId,
  setActionStatus,
  withAction,
  withoutAction,
} from './actions.ts'

const region = demoRegion()
const rules = resolveRuleset(region)
const report = computeReadiness(region, rules, { asOf: '2026-11-28' })
const [first, second] = region.points.filter((p) => p.status === 'active')

const action = (extra: Partial<ImprovementAction>): ImprovementAction => ({
  id: 'a',
  point: first!.id,
  requirement: 'power.backup',
  description: 'Aggregaat',
  owner: 'Team OOV',
  due: '2026-12-01',
  status: 'open',
  ...extra,
})

describe('the action list', () => {
  it('offers as gaps only requirements an active point does not meet, per municipality', () => {
    const gaps = gapsOf(report.points, first!.municipality)
    expect(gaps.length).toBeGreaterThan(0)
    for (const g of gaps) {
      expect(g.point.status).toBe('active')
      expect(g.point.municipality).toBe(first!.municipality)
      expect(['met', 'not_applicable']).not.toContain(g.outcome)
      expect(g.point.requirements.find((r) => r.id === g.requirement)?.outcome).toBe(g.outcome)
    }
  })

  it('lists open actions first, overdue ones on top, and filters by municipality', () => {
    const other = region.points.find((p) => p.municipality !== first!.municipality)!
    const withActions = {
      ...region,
      actions: [
        action({ id: 'later', due: '2027-02-01' }),
        action({ id: 'late', due: '2026-11-01' }),
        action({ id: 'done', status: 'done', completed: '2026-10-01' }),
        action({ id: 'elsewhere', point: other.id }),
      ],
    }
    const rows = actionRows(withActions, {
      today: '2026-11-28',
      municipality: first!.municipality,
    })
    expect(rows.map((r) => [r.action.id, r.overdue])).toEqual([
      ['late', true],
      ['later', false],
    ])
    expect(rows[0]!.pointName).toBe(first!.name)
    const all = actionRows(withActions, { today: '2026-11-28', includeDone: true })
    expect(all.map((r) => r.action.id)).toEqual(['late', 'elsewhere', 'later', 'done'])
  })

  it('says which fields of the add form are missing', () => {
    expect(checkActionDraft({ gap: '', description: ' ', owner: '', due: '' })).toEqual({
      gap: 'required',
      description: 'required',
      owner: 'required',
      due: 'required',
    })
    expect(
      checkActionDraft({ gap: 'x r', description: 'a', owner: 'b', due: '2027-01-01' }),
    ).toEqual({})
  })

  it('adds, replaces, completes, reopens and removes an action by id', () => {
    let next = withAction(region, action({}))
    next = withAction(next, action({ id: 'b', point: second!.id }))
    next = withAction(next, setActionStatus(next.actions![0]!, 'done', '2026-11-28'))
    expect(next.actions!.map((a) => [a.id, a.status, a.completed])).toEqual([
      ['a', 'done', '2026-11-28'],
      ['b', 'open', undefined],
    ])
    const reopened = setActionStatus(next.actions![0]!, 'open', '2026-11-29')
    expect('completed' in reopened).toBe(false)
    expect(withoutAction(next, 'a').actions!.map((a) => a.id)).toEqual(['b'])
  })

  it('makes a new id that is not taken yet', () => {
    const values = ['x', 'x', 'y']
    expect(newActionId([{ id: 'actie-x' }], () => values.shift()!)).toBe('actie-y')
  })
})
