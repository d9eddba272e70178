import { describe, expect, it } from 'vitest'
import { networkEdition, networkRegion } from '../network/test-region.ts'
import { parseRegion } from '../region/parse.ts'
import { regionJsonSchema } from '../region/json-schema.ts'
import { isActionOverdue, openActionsByDue } from './due.ts'
import type { ImprovementAction } from './schema.ts'

const catalog = {
  getGuideline: (id: string, version: string) =>
    id === networkEdition.id && version === networkEdition.version ? networkEdition : undefined,
}

const action = (extra: Partial<ImprovementAction> = {}): ImprovementAction => ({
  id: 'act-1',
  point: 'a1',
  requirement: 'power.fuel',
  description: 'Brandstofcontract afsluiten',
  owner: 'Team OOV',
  due: '2026-03-01',
  status: 'open',
  ...extra,
})

describe('the action list in the region file', () => {
  const base = JSON.parse(JSON.stringify(networkRegion())) as Record<string, unknown>

  it('is optional: a file written before it loads unchanged, without an actions key', () => {
    const result = parseRegion(base, { catalog })
    expect(result.ok).toBe(true)
    if (result.ok) expect('actions' in result.value).toBe(false)
  })

  it('loads a valid action list as written', () => {
    const actions = [action(), action({ id: 'act-2', status: 'done', completed: '2026-02-01' })]
    const result = parseRegion({ ...base, actions }, { catalog })
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.actions).toEqual(actions)
  })

  it('reports duplicate ids, unknown points and unknown requirements with their paths', () => {
    const result = parseRegion(
      {
        ...base,
        actions: [
          action(),
          action({ point: 'nope' }),
          action({ id: 'act-3', requirement: 'power.fuell' }),
          action({ id: 'act-4', completed: '2026-01-01' }),
        ],
      },
      { catalog, lang: 'en' },
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => `${i.path}: ${i.code}`)).toEqual([
      'actions[1].id: duplicate_action',
      'actions[1].point: unknown_action_point',
      'actions[2].requirement: unknown_action_requirement',
      'actions[3].completed: completed_while_open',
    ])
    expect(result.issues[2]!.message).toBe(
      'Unknown requirement "power.fuell" in guideline test@2026.1',
    )
  })

  it('accepts a requirement of another edition as history (made before the region moved)', () => {
    const older = { ...networkEdition, version: '2025.1' }
    const withOld = {
      ...networkEdition,
      requirements: networkEdition.requirements.filter((r) => r.id !== 'power.fuel'),
    }
    const lister = {
      getGuideline: (id: string, version: string) =>
        version === '2025.1' ? older : version === '2026.1' ? withOld : undefined,
      listGuidelineEditions: () => [older, withOld],
    }
    const noFuelAssessments = { ...base, assessments: [] }
    expect(parseRegion({ ...noFuelAssessments, actions: [action()] }, { catalog: lister }).ok).toBe(
      true,
    )
  })

  it('checks the shape: a status other than open or done is refused at its path', () => {
    const result = parseRegion({ ...base, actions: [{ ...action(), status: 'busy' }] }, { catalog })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]!.path).toBe('actions[0].status')
  })

  it('is described in the JSON Schema', () => {
    const schema = regionJsonSchema() as { properties: Record<string, unknown> }
    expect(schema.properties.actions).toBeDefined()
  })
})

describe('overdue actions', () => {
  it('is overdue only when open and due before today; due today is not yet', () => {
    expect(isActionOverdue(action({ due: '2026-02-28' }), { today: '2026-03-01' })).toBe(true)
    expect(isActionOverdue(action({ due: '2026-03-01' }), { today: '2026-03-01' })).toBe(false)
    expect(
      isActionOverdue(action({ due: '2026-01-01', status: 'done' }), { today: '2026-03-01' }),
    ).toBe(false)
  })

  it('orders the open actions by due date, then id', () => {
    const list = [
      action({ id: 'c', due: '2026-05-01' }),
      action({ id: 'b', due: '2026-04-01' }),
      action({ id: 'a', due: '2026-04-01' }),
      action({ id: 'd', due: '2026-01-01', status: 'done' }),
    ]
    expect(openActionsByDue(list).map((a) => a.id)).toEqual(['a', 'b', 'c'])
  })
})
