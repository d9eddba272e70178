import { describe, expect, it } from 'vitest'
import libraryJson from '../../../guidelines/data/risk/handelingsperspectieven-2026.1.json' with { type: 'json' }
import nrbJson from '../../../guidelines/data/risk/nrb-2026.1.json' with { type: 'json' }
import { ActionLibrarySchema } from './actions.ts'
import { RiskMethodSchema, type ImpactClass } from './method.ts'
import { RiskProfileSchema, type RiskProfileInput } from './schema.ts'
import { validateRiskProfile } from './validate.ts'

const method = RiskMethodSchema.parse(nrbJson)
const library = ActionLibrarySchema.parse(libraryJson)
const all: Record<string, ImpactClass> = Object.fromEntries(
  method.criteria.filter((c) => !c.optional).map((c) => [c.id, 'B']),
)

function check(input: RiskProfileInput, lang: 'nl' | 'en' = 'en') {
  return validateRiskProfile(RiskProfileSchema.parse(input), {
    method,
    library,
    municipalities: ['GM0034', 'GM0184'],
    lang,
  }).map((i) => `${i.severity} ${i.code} ${i.path}`)
}

const good = {
  id: 'storm',
  title: 'Storm',
  theme: 'Natuur',
  tags: ['extreme-weather' as const],
  impact: all,
  likelihood: 'C' as const,
}

describe('validateRiskProfile', () => {
  it('accepts a sound profile', () => {
    expect(
      check({
        scenarios: [
          good,
          { ...good, id: 'storm-2', municipalities: ['GM0184'], actions: ['noodweer'] },
        ],
      }),
    ).toEqual([])
  })

  it('reports unknown criteria, municipalities and actions, and duplicate ids, as errors with paths', () => {
    expect(
      check({
        weights: { '9.9': 1 },
        scenarios: [
          {
            ...good,
            impact: { ...all, '2.4': 'C' },
            municipalities: ['GM0034', 'GM9999'],
            actions: ['noodweer', 'dansen'],
          },
          good,
        ],
      }),
    ).toEqual([
      'error unknown_criterion riskProfile.weights["9.9"]',
      'error unknown_criterion riskProfile.scenarios[0].impact["2.4"]',
      'error unknown_municipality riskProfile.scenarios[0].municipalities[1]',
      'error duplicate_id riskProfile.scenarios[1].id',
      'error unknown_action riskProfile.scenarios[0].actions[1]',
    ])
  })

  it('rejects class scores that do not increase and weights that are all zero', () => {
    expect(check({ classScores: { B: 30 }, scenarios: [good] })).toEqual([
      'error class_scores_not_increasing riskProfile.classScores',
    ])
    const zero = Object.fromEntries(method.criteria.map((c) => [c.id, 0]))
    expect(check({ weights: zero, scenarios: [good] })).toContain(
      'error weights_all_zero riskProfile.weights',
    )
  })

  it("accepts the region's own actions and rejects incomplete ones", () => {
    expect(
      check({
        scenarios: [{ ...good, actions: ['ijs', 'leeg'] }],
        communication: {
          actions: [
            { id: 'ijs', title: 'IJs', steps: ['Ga niet op het ijs.'] },
            { id: 'leeg' },
            { id: 'ijs', title: 'IJs', steps: ['x'] },
          ],
          informationPoints: [{ name: 'Balie', municipality: 'GM0001' }],
        },
      }),
    ).toEqual([
      'error new_action_incomplete riskProfile.communication.actions[1]',
      'error duplicate_id riskProfile.communication.actions[2].id',
      'error unknown_municipality riskProfile.communication.informationPoints[0].municipality',
    ])
  })

  it('warns about unscored criteria, weightless criteria, no impact and no actions for residents', () => {
    expect(
      check({
        scenarios: [
          { ...good, impact: { '2.1': 'C', erfgoed: 'D' } },
          {
            ...good,
            id: 'niets',
            impact: Object.fromEntries(Object.keys(all).map((k) => [k, 'X' as const])),
            tags: [],
          },
          { ...good, id: 'dubbel', municipalities: ['GM0034', 'GM0034'] },
        ],
      }),
    ).toEqual([
      'warning criteria_unscored riskProfile.scenarios[0].impact',
      'warning criterion_without_weight riskProfile.scenarios[0].impact.erfgoed',
      'warning no_impact riskProfile.scenarios[1].impact',
      'warning duplicate_municipality riskProfile.scenarios[2].municipalities[1]',
      'warning no_actions_for_residents riskProfile.scenarios[1]',
    ])
  })

  it('speaks Dutch by default', () => {
    const [issue] = validateRiskProfile(
      RiskProfileSchema.parse({ scenarios: [{ ...good, impact: { ...all, '7.1': 'A' } }] }),
      { method },
    )
    expect(issue!.message).toBe('Onbekend impactcriterium "7.1" in methode nrb@2026.1')
  })

  it('leaves class and tag errors to the schema', () => {
    const parsed = RiskProfileSchema.safeParse({
      scenarios: [{ ...good, impact: { '2.1': 'F' }, tags: ['tsunami'] }],
    } as unknown)
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual([
      'scenarios.0.tags.0',
      'scenarios.0.impact.2.1',
    ])
  })
})
