import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import nrbJson from '../../../guidelines/data/risk/nrb-2026.1.json' with { type: 'json' }
import { GRADED_CLASSES, IMPACT_CLASSES, RiskMethodSchema, type ImpactClass } from './method.ts'
import {
  classAt,
  impactPosition,
  likelihoodPosition,
  resolveRiskParameters,
  scenarioImpact,
} from './score.ts'

const method = RiskMethodSchema.parse(nrbJson)
const nrbCriteria = method.criteria.filter((c) => !c.optional).map((c) => c.id)
const defaults = resolveRiskParameters(method)

const uniform = (k: ImpactClass) => Object.fromEntries(nrbCriteria.map((id) => [id, k]))

/** Random but valid overrides: strictly increasing class scores and non-negative weights, not all zero. */
const parametersArb = fc
  .record({
    steps: fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 5, maxLength: 5 }),
    weights: fc.array(fc.double({ min: 0, max: 5, noNaN: true }), {
      minLength: nrbCriteria.length,
      maxLength: nrbCriteria.length,
    }),
  })
  .filter(({ weights }) => weights.some((w) => w > 0.001))
  .map(({ steps, weights }) => {
    let acc = 0
    const classScores = Object.fromEntries(GRADED_CLASSES.map((k, i) => [k, (acc += steps[i]!)]))
    return resolveRiskParameters(method, {
      classScores,
      weights: Object.fromEntries(nrbCriteria.map((id, i) => [id, weights[i]!])),
    })
  })

const impactArb = fc.dictionary(fc.constantFrom(...nrbCriteria), fc.constantFrom(...IMPACT_CLASSES))

describe('resolveRiskParameters', () => {
  it("uses the method's documented assumptions by default", () => {
    expect(defaults.method).toBe('nrb@2026.1')
    expect(GRADED_CLASSES.map((k) => defaults.classScores[k].value)).toEqual([1, 3, 9, 27, 81])
    expect(defaults.classScores.A.basis).toBe('assumption')
    expect(defaults.weights['2.1']).toEqual({ value: 1, basis: 'assumption' })
    expect(defaults.weights.erfgoed!.value).toBe(0)
    expect(defaults.totalWeight).toBe(10)
    expect(defaults.horizonYears).toEqual({ value: 5, basis: 'assumption' })
    expect(defaults.horizontalAxis).toBe('likelihood')
  })

  it("takes the region's overrides, marked as the region's", () => {
    const p = resolveRiskParameters(method, {
      classScores: { E: 100 },
      weights: { erfgoed: 2, '2.1': 3 },
      horizonYears: 1,
    })
    expect(p.classScores.E).toEqual({ value: 100, basis: 'region' })
    expect(p.classScores.D).toEqual({ value: 27, basis: 'assumption' })
    expect(p.weights.erfgoed).toEqual({ value: 2, basis: 'region' })
    expect(p.totalWeight).toBe(14)
    expect(p.horizonYears).toEqual({ value: 1, basis: 'region' })
  })

  it('refuses numbers that cannot be scored', () => {
    expect(() => resolveRiskParameters(method, { classScores: { B: 0.5 } })).toThrow(
      /increase strictly/,
    )
    expect(() =>
      resolveRiskParameters(method, {
        weights: Object.fromEntries(method.criteria.map((c) => [c.id, 0])),
      }),
    ).toThrow(/add up to 0/)
  })
})

describe('impactPosition and classAt', () => {
  it('puts each class score at the centre of its cell and the boundaries at geometric means', () => {
    expect(
      GRADED_CLASSES.map((k) => impactPosition(defaults.classScores[k].value, defaults)),
    ).toEqual([0.5, 1.5, 2.5, 3.5, 4.5])
    expect(impactPosition(0, defaults)).toBe(0)
    expect(impactPosition(Math.sqrt(3 * 9), defaults)).toBeCloseTo(2, 12)
    expect(classAt(impactPosition(5.19, defaults))).toBe('B')
    expect(classAt(impactPosition(5.2, defaults))).toBe('C')
    expect(classAt(0)).toBe('A')
    expect(classAt(4.5)).toBe('E')
    expect(classAt(5)).toBe('E')
  })

  it('is monotone and stays within 0–4.5', () => {
    fc.assert(
      fc.property(
        parametersArb,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (p, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          const pl = impactPosition(lo, p)
          const ph = impactPosition(hi, p)
          expect(pl).toBeLessThanOrEqual(ph + 1e-12)
          expect(pl).toBeGreaterThanOrEqual(0)
          expect(ph).toBeLessThanOrEqual(4.5)
        },
      ),
    )
  })

  it('places likelihood classes at the centres of their cells', () => {
    expect(GRADED_CLASSES.map(likelihoodPosition)).toEqual([0.5, 1.5, 2.5, 3.5, 4.5])
  })
})

describe('scenarioImpact', () => {
  it('is the weighted average of the class scores over all criteria; X and unscored count 0', () => {
    const impact = scenarioImpact(
      {
        impact: {
          '2.1': 'C',
          '2.2': 'C',
          '2.3': 'D',
          '3.1': 'D',
          '5.1': 'E',
          '5.3': 'C',
          '1.1': 'X',
        },
      },
      method,
      defaults,
    )
    expect(impact.score).toBeCloseTo((9 + 9 + 27 + 27 + 81 + 9) / 10, 12)
    expect(impact.class).toBe('D')
    expect(impact.unscored).toEqual(['1.2', '4.1', '5.2'])
    const x = impact.criteria.find((c) => c.criterion === '1.1')!
    expect(x).toMatchObject({ class: 'X', score: 0, contribution: 0 })
    expect(impact.criteria.find((c) => c.criterion === '1.2')!.class).toBeNull()
    expect(impact.criteria.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(impact.score, 12)
  })

  it('ignores cultureel erfgoed until the region weighs it', () => {
    const base = { ...uniform('B'), erfgoed: 'E' as const }
    expect(scenarioImpact({ impact: base }, method, defaults).score).toBeCloseTo(3, 12)
    const weighed = resolveRiskParameters(method, { weights: { erfgoed: 1 } })
    expect(scenarioImpact({ impact: base }, method, weighed).score).toBeCloseTo((30 + 81) / 11, 12)
  })

  it('gives a scenario scored K on every criterion the aggregate class K', () => {
    fc.assert(
      fc.property(parametersArb, fc.constantFrom(...GRADED_CLASSES), (p, k) => {
        const impact = scenarioImpact({ impact: uniform(k) }, method, p)
        expect(impact.class).toBe(k)
        expect(impact.position).toBeCloseTo(GRADED_CLASSES.indexOf(k) + 0.5, 9)
      }),
    )
  })

  it('never lowers the score, position or class when one criterion is raised a class', () => {
    const order: ImpactClass[] = ['X', 'A', 'B', 'C', 'D', 'E']
    fc.assert(
      fc.property(
        parametersArb,
        impactArb,
        fc.constantFrom(...nrbCriteria),
        (p, impact, criterion) => {
          const current = impact[criterion] ?? 'X'
          const next = order[Math.min(order.length - 1, order.indexOf(current) + 1)]!
          const before = scenarioImpact({ impact }, method, p)
          const after = scenarioImpact({ impact: { ...impact, [criterion]: next } }, method, p)
          expect(after.score).toBeGreaterThanOrEqual(before.score - 1e-12)
          expect(after.position).toBeGreaterThanOrEqual(before.position - 1e-12)
          expect(GRADED_CLASSES.indexOf(after.class)).toBeGreaterThanOrEqual(
            GRADED_CLASSES.indexOf(before.class),
          )
        },
      ),
    )
  })

  it('keeps the score between 0 and the score of E', () => {
    fc.assert(
      fc.property(parametersArb, impactArb, (p, impact) => {
        const { score } = scenarioImpact({ impact }, method, p)
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(p.classScores.E.value + 1e-9)
      }),
    )
  })
})
