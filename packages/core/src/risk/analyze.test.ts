import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import nrbJson from '../../../guidelines/data/risk/nrb-2026.1.json' with { type: 'json' }
import { SCENARIO_TAGS } from '../guideline/schema.ts'
import {
  analyzeRiskProfile,
  compareRisks,
  concernsMunicipality,
  risksByMunicipality,
  risksForMunicipality,
} from './analyze.ts'
import { GRADED_CLASSES, IMPACT_CLASSES, RiskMethodSchema } from './method.ts'
import { RiskProfileSchema, type RiskProfile, type ScenarioInput } from './schema.ts'

const method = RiskMethodSchema.parse(nrbJson)
const criteria = method.criteria.filter((c) => !c.optional).map((c) => c.id)

function profile(scenarios: ScenarioInput[], extra: Partial<RiskProfile> = {}): RiskProfile {
  return RiskProfileSchema.parse({ scenarios, ...extra })
}

const flood: ScenarioInput = {
  id: 'dijkdoorbraak',
  title: 'Dijkdoorbraak',
  theme: 'Natuurlijke omgeving',
  tags: ['flood'],
  impact: {
    '1.1': 'D',
    '2.1': 'E',
    '2.2': 'D',
    '2.3': 'E',
    '3.1': 'E',
    '4.1': 'D',
    '5.1': 'E',
    '5.2': 'C',
    '5.3': 'E',
    '1.2': 'B',
  },
  likelihood: 'A',
  municipalities: ['GM0034', 'GM0995'],
}
const power: ScenarioInput = {
  id: 'stroomuitval',
  title: 'Langdurige stroomuitval',
  theme: 'Nutsvoorzieningen',
  tags: ['power-outage'],
  impact: {
    '2.1': 'C',
    '2.2': 'C',
    '2.3': 'D',
    '3.1': 'D',
    '5.1': 'E',
    '5.3': 'C',
    '1.1': 'X',
    '1.2': 'X',
    '4.1': 'X',
    '5.2': 'A',
  },
  likelihood: 'C',
}
const heat: ScenarioInput = {
  id: 'hitte',
  title: 'Hittegolf',
  theme: 'Natuurlijke omgeving',
  tags: ['heat'],
  impact: {
    '2.1': 'C',
    '2.2': 'B',
    '2.3': 'B',
    '3.1': 'A',
    '5.1': 'B',
    '5.3': 'A',
    '1.1': 'X',
    '1.2': 'X',
    '4.1': 'A',
    '5.2': 'X',
  },
  likelihood: 'E',
}

describe('analyzeRiskProfile', () => {
  const analysis = analyzeRiskProfile(profile([heat, flood, power]), method)

  it('scores, places and ranks every scenario', () => {
    expect(analysis.method).toBe('nrb@2026.1')
    expect(
      analysis.scenarios.map((s) => [
        s.rank,
        s.id,
        s.impact.class,
        s.impact.label,
        s.likelihood.label,
      ]),
    ).toEqual([
      // Very likely and noticeable outranks possible and very serious: one class step counts the same on both axes.
      [1, 'hitte', 'B', 'aanzienlijk', 'zeer waarschijnlijk'],
      [2, 'stroomuitval', 'D', 'zeer ernstig', 'mogelijk'],
      [3, 'dijkdoorbraak', 'E', 'catastrofaal', 'zeer onwaarschijnlijk'],
    ])
    const s = analysis.scenarios[1]!
    expect(s.impact.score).toBeCloseTo(16.3, 10)
    expect(s.diagram).toEqual({
      likelihood: 2.5,
      impact: s.impact.position,
      x: 2.5,
      y: s.impact.position,
    })
    expect(s.riskPosition).toBeCloseTo(2.5 + s.impact.position, 12)
    expect(s.likelihood).toEqual({
      class: 'C',
      label: 'mogelijk',
      probability: { min: 0.005, max: 0.05 },
      horizonYears: 5,
    })
    expect(s.municipalities).toBeNull()
    expect(analysis.scenarios[2]!.municipalities).toEqual(['GM0034', 'GM0995'])
  })

  it('follows the orientation of the diagram', () => {
    const turned = {
      ...method,
      diagram: { ...method.diagram, values: { horizontal: 'impact' as const } },
    }
    const s = analyzeRiskProfile(profile([power]), turned).scenarios[0]!
    expect(s.diagram.x).toBe(s.diagram.impact)
    expect(s.diagram.y).toBe(2.5)
  })

  it('uses the horizon of the region when it sets one', () => {
    const a = analyzeRiskProfile(profile([power], { horizonYears: 1 }), method)
    expect(a.scenarios[0]!.likelihood.horizonYears).toBe(1)
    expect(a.parameters.horizonYears.basis).toBe('region')
  })

  it('refuses a method other than the one the profile names', () => {
    expect(() =>
      analyzeRiskProfile(profile([power], { method: { id: 'nrb', version: '2030.1' } }), method),
    ).toThrow(/follows nrb@2030.1/)
  })

  it('lists the risks per municipality, keeping the regional rank', () => {
    expect(risksForMunicipality(analysis, 'GM0034').map((s) => s.id)).toEqual([
      'hitte',
      'stroomuitval',
      'dijkdoorbraak',
    ])
    expect(risksForMunicipality(analysis, 'GM0184').map((s) => [s.rank, s.id])).toEqual([
      [1, 'hitte'],
      [2, 'stroomuitval'],
    ])
    expect(
      risksByMunicipality(analysis, [
        { code: 'GM0184', name: 'Urk' },
        { code: 'GM0995', name: 'Lelystad' },
      ]).map((m) => [m.name, m.scenarios.length]),
    ).toEqual([
      ['Urk', 2],
      ['Lelystad', 3],
    ])
    expect(concernsMunicipality({ municipalities: undefined }, 'GM9999')).toBe(true)
  })
})

const scenarioArb = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
  title: fc.string({ minLength: 1, maxLength: 12 }),
  theme: fc.constant('Thema'),
  tags: fc.subarray([...SCENARIO_TAGS]),
  impact: fc.dictionary(fc.constantFrom(...criteria), fc.constantFrom(...IMPACT_CLASSES)),
  likelihood: fc.constantFrom(...GRADED_CLASSES),
})

describe('the ranking', () => {
  it('is a total order: antisymmetric, transitive, and only equal for the same scenario', () => {
    fc.assert(
      fc.property(fc.array(scenarioArb, { minLength: 3, maxLength: 3 }), (scenarios) => {
        const [a, b, c] = analyzeRiskProfile(profile(scenarios), method).scenarios.map((s) => s)
        for (const [x, y] of [
          [a!, b!],
          [b!, c!],
          [a!, c!],
        ] as const) {
          expect(Math.sign(compareRisks(x, y))).toBe(-Math.sign(compareRisks(y, x)))
          if (compareRisks(x, y) === 0) {
            expect([x.id, x.title, x.impact.score, x.likelihood.class]).toEqual([
              y.id,
              y.title,
              y.impact.score,
              y.likelihood.class,
            ])
          }
        }
        // Sorted output: a ≤ b ≤ c, hence a ≤ c.
        expect(compareRisks(a!, b!)).toBeLessThanOrEqual(0)
        expect(compareRisks(b!, c!)).toBeLessThanOrEqual(0)
        expect(compareRisks(a!, c!)).toBeLessThanOrEqual(0)
      }),
    )
  })

  it('does not depend on the order of the scenarios in the file', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(scenarioArb, { selector: (s) => s.id, minLength: 1, maxLength: 8 })
          .chain((list) =>
            fc.tuple(
              fc.constant(list),
              fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
            ),
          ),
        ([list, shuffled]) => {
          const ranks = (l: ScenarioInput[]) =>
            analyzeRiskProfile(profile(l), method).scenarios.map((s) => `${s.rank}:${s.id}`)
          expect(ranks(shuffled)).toEqual(ranks(list))
        },
      ),
    )
  })

  it('never ranks a scenario lower after raising its likelihood or one of its classes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(scenarioArb, { selector: (s) => s.id, minLength: 2, maxLength: 6 }),
        fc.nat(),
        fc.constantFrom(...criteria),
        fc.boolean(),
        (list, pick, criterion, raiseLikelihood) => {
          const i = pick % list.length
          const target = list[i]!
          const raised = { ...target }
          if (raiseLikelihood)
            raised.likelihood =
              GRADED_CLASSES[Math.min(4, GRADED_CLASSES.indexOf(target.likelihood) + 1)]!
          else {
            const order = ['X', 'A', 'B', 'C', 'D', 'E'] as const
            const current = target.impact[criterion] ?? 'X'
            raised.impact = {
              ...target.impact,
              [criterion]: order[Math.min(5, order.indexOf(current) + 1)]!,
            }
          }
          const rankOf = (l: ScenarioInput[]) =>
            analyzeRiskProfile(profile(l), method).scenarios.find((s) => s.id === target.id)!.rank
          const after = list.map((s, j) => (j === i ? raised : s))
          expect(rankOf(after)).toBeLessThanOrEqual(rankOf(list))
        },
      ),
    )
  })
})
