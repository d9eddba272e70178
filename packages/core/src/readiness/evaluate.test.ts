import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calendarDate } from '../../test/fixtures/readiness/load.ts'
import type { Requirement } from '../guideline/schema.ts'
import type { Assessment } from '../region/schema.ts'
import { createContext } from './context.ts'
import { evaluateRequirement } from './evaluate.ts'
import { fractionOf, NOT_APPLICABLE, outcomeCode } from './point.ts'
import { createSelection, dateKey, record } from './selection.ts'
import { resolveRequirement, type Ruleset } from './ruleset.ts'
import { OUTCOMES } from './types.ts'

function compiled(overrides: Partial<Requirement>, asOf = '2026-10-01') {
  const requirement = resolveRequirement(
    {
      id: 'x',
      title: 'X',
      description: 'X',
      function: 'f',
      level: 'mandatory',
      weight: 2,
      check: { type: 'boolean' },
      sources: [],
      basis: 'source',
      ...overrides,
    },
    'guideline',
  )
  const norm = { value: 1, basis: 'source' as const, sources: [] }
  const ruleset: Ruleset = {
    guideline: { id: 't', version: '2026.1' },
    title: 't',
    status: 'concept',
    effective: { from: '2026-01-01' },
    norms: {
      inhabitantsPerPoint: norm,
      maxDistanceMeters: norm,
      minCoordinationPointsPerMunicipality: norm,
    },
    requirements: [requirement],
    functions: [],
    sources: [],
  }
  return createContext({}, ruleset, { asOf }).requirements[0]!
}

const a = (fields: Partial<Assessment>): Assessment => ({
  point: 'p',
  requirement: 'x',
  date: '2026-06-01',
  ...fields,
})
const minimum = { check: { type: 'minimum' as const, unit: 'uur', min: 72 } }

describe('evaluateRequirement', () => {
  it('no assessment → unknown, 0', () => {
    expect(evaluateRequirement(compiled({}), undefined)).toMatchObject({
      outcome: 'unknown',
      fraction: 0,
      assessment: null,
    })
  })

  it('results map to fractions: met 1, partial 0.5, not_met 0', () => {
    expect(evaluateRequirement(compiled({}), a({ result: 'met' }))).toMatchObject({
      outcome: 'met',
      fraction: 1,
    })
    expect(evaluateRequirement(compiled({}), a({ result: 'partial' }))).toMatchObject({
      outcome: 'partial',
      fraction: 0.5,
    })
    expect(evaluateRequirement(compiled({}), a({ result: 'not_met' }))).toMatchObject({
      outcome: 'not_met',
      fraction: 0,
    })
  })

  it('a minimum check with a value is judged by the value, whatever the result says', () => {
    const c = compiled(minimum)
    expect(evaluateRequirement(c, a({ value: 72 }))).toMatchObject({ outcome: 'met', fraction: 1 })
    expect(evaluateRequirement(c, a({ value: 100, result: 'not_met' }))).toMatchObject({
      outcome: 'met',
      fraction: 1,
    })
    expect(evaluateRequirement(c, a({ value: 48, result: 'met' }))).toMatchObject({
      outcome: 'partial',
      fraction: 48 / 72,
    })
    expect(evaluateRequirement(c, a({ value: 0 }))).toMatchObject({
      outcome: 'not_met',
      fraction: 0,
    })
    expect(evaluateRequirement(c, a({ value: -3 }))).toMatchObject({
      outcome: 'not_met',
      fraction: 0,
    })
    expect(evaluateRequirement(c, a({ result: 'partial' }))).toMatchObject({
      outcome: 'partial',
      fraction: 0.5,
    })
  })

  it('a value on a boolean check is not judged; the result is', () => {
    expect(evaluateRequirement(compiled({}), a({ value: 10 }))).toMatchObject({
      outcome: 'unknown',
      fraction: 0,
    })
    expect(evaluateRequirement(compiled({}), a({ value: 10, result: 'met' }))).toMatchObject({
      outcome: 'met',
    })
  })

  it('expires after validForMonths, before anything else is looked at', () => {
    const c = compiled({ validForMonths: 12, ...minimum })
    expect(evaluateRequirement(c, a({ date: '2025-10-01', value: 100 }))).toMatchObject({
      outcome: 'met',
    })
    expect(evaluateRequirement(c, a({ date: '2025-09-30', value: 100 }))).toMatchObject({
      outcome: 'expired',
      fraction: 0,
    })
    expect(
      evaluateRequirement(c, a({ date: '2025-09-30', result: 'not_applicable' })),
    ).toMatchObject({ outcome: 'expired' })
  })

  it('not_applicable is left out where allowed, else unknown and flagged', () => {
    const recommended = compiled({ level: 'recommended' })
    expect(evaluateRequirement(recommended, a({ result: 'not_applicable' }))).toMatchObject({
      outcome: 'not_applicable',
      fraction: null,
    })
    const mandatory = compiled({})
    expect(evaluateRequirement(mandatory, a({ result: 'not_applicable' }))).toMatchObject({
      outcome: 'unknown',
      fraction: 0,
      rejectedNotApplicable: true,
    })
    const allowed = compiled({ allowNotApplicable: true })
    expect(evaluateRequirement(allowed, a({ result: 'not_applicable', value: 80 }))).toMatchObject({
      outcome: 'not_applicable',
    })
    const forbidden = compiled({ level: 'recommended', allowNotApplicable: false })
    expect(evaluateRequirement(forbidden, a({ result: 'not_applicable' }))).toMatchObject({
      outcome: 'unknown',
    })
  })
})

describe('outcomeCode / fractionOf on a selection (the allocation-free twins used when scoring)', () => {
  it('agree with evaluateRequirement for any requirement and assessment', () => {
    fc.assert(
      fc.property(
        fc.record({
          level: fc.constantFrom('mandatory', 'recommended') as fc.Arbitrary<Requirement['level']>,
          allowNotApplicable: fc.option(fc.boolean(), { nil: undefined }),
          validForMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
          minimum: fc.boolean(),
        }),
        fc.option(
          fc.record({
            date: calendarDate,
            result: fc.option(
              fc.constantFrom('met', 'partial', 'not_met', 'not_applicable') as fc.Arbitrary<
                NonNullable<Assessment['result']>
              >,
              { nil: undefined },
            ),
            value: fc.option(fc.double({ min: -10, max: 200, noNaN: true }), { nil: undefined }),
          }),
          { nil: undefined },
        ),
        ({ minimum: isMinimum, ...fields }, assessment) => {
          const c = compiled({ ...fields, ...(isMinimum ? minimum : {}) })
          const a =
            assessment &&
            (Object.fromEntries(
              Object.entries({ point: 'p', requirement: 'x', ...assessment }).filter(
                ([, v]) => v !== undefined,
              ),
            ) as unknown as Assessment)
          const full = evaluateRequirement(c, a)
          const selection = createSelection(1)
          if (a) record(selection, 0, 0, dateKey(a.date), a)
          const code = outcomeCode(c, selection, 0)
          expect(OUTCOMES[code]).toBe(full.outcome)
          expect(code === NOT_APPLICABLE ? null : fractionOf(code, c, selection, 0)).toBe(
            full.fraction,
          )
        },
      ),
      { numRuns: 3000 },
    )
  })
})
