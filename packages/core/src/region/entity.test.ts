import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { minimalRegion } from '../../test/fixtures/minimal-region.ts'
import type { GuidelineEdition } from '../guideline/schema.ts'
import type { Issue, Lang } from '../shared/issues.ts'
import {
  checkPointRemoval,
  parseAssessmentAt,
  parsePointAt,
  parseRegion,
  regionEntityContext,
  type RulesCatalog,
} from './parse.ts'

/**
 * The single-entity checks a server runs on each write must be equivalent to validating the
 * whole region: what they accept leaves a region `parseRegion` accepts, and what they refuse
 * `parseRegion` refuses with the same errors (paths and messages).
 */

const edition = (version: string, requirements: object[]) =>
  ({
    id: 'noodsteunpunten',
    version,
    sources: [{ id: 'crisiskunde', publisher: 'crisiskunde.nl', title: 'Noodsteunpunten' }],
    functions: [{ id: 'power', title: 'Stroom' }],
    requirements,
  }) as unknown as GuidelineEdition

const editions = [
  edition('2026.1', [
    { id: 'power.backup', level: 'mandatory', check: { type: 'minimum', unit: 'uur', min: 72 } },
    { id: 'info.board', level: 'recommended', check: { type: 'boolean' } },
  ]),
  edition('2025.1', [
    { id: 'power.backup', level: 'mandatory', check: { type: 'minimum', unit: 'uur', min: 72 } },
    { id: 'old.radio', level: 'mandatory', check: { type: 'boolean' } },
  ]),
]

const catalog: RulesCatalog = {
  getGuideline: (id, version) =>
    editions.find((e) => e.id === id && e.version === version) ?? undefined,
  listGuidelineEditions: (id) => editions.filter((e) => e.id === id),
}

/** The minimal region with a supplement requirement, history and a network around its points. */
function baseRegion() {
  const region = minimalRegion()
  region.supplement = {
    requirements: [
      {
        id: 'vr25.flyers',
        title: 'Folders',
        description: 'Folders op voorraad',
        function: 'power',
        level: 'mandatory',
        basis: 'assumption',
        rationale: 'Regionale keuze',
      },
    ],
  }
  region.assessments.push({
    point: 'urk-buurthuis',
    requirement: 'old.radio',
    date: '2025-03-01',
    result: 'met',
  })
  region.partners = [{ id: 'brandweer', name: 'Brandweer', kind: 'fire_service' }]
  region.agreements = [
    {
      id: 'locatie',
      partner: 'brandweer',
      points: ['almere-poort-kazerne'],
      provides: ['location'],
      status: 'signed',
      signed: '2026-01-01',
    },
  ]
  region.staffing = [{ point: 'urk-buurthuis', partner: 'brandweer', role: 'bemensing', people: 4 }]
  return region
}

const base = baseRegion()
const baseParsed = parseRegion(base, { catalog })

const errorsOf = (issues: readonly Issue[]) =>
  issues.filter((i) => i.severity === 'error').map((i) => [i.path, i.code, i.message])

/** Values that are right, wrong in shape, or wrong in the region (unknown references). */
const pointIdArb = fc.constantFrom('almere-poort-kazerne', 'urk-buurthuis', 'nieuw-1', 'x y', '')
const municipalityArb = fc.constantFrom('GM0034', 'GM0184', 'GM9999', 'Almere', undefined)
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })

const pointArb = fc
  .record({
    id: pointIdArb,
    name: fc.constantFrom('Buurthuis', '', undefined),
    municipality: municipalityArb,
    tier: fc.constantFrom('coordination', 'local', 'national', undefined),
    kind: fc.constantFrom('community_centre', 'fire_station', 'castle'),
    status: fc.constantFrom('active', 'planned', 'inactive', 'gone'),
    location: fc.oneof(
      fc.record({
        lat: fc.double({ min: -100, max: 100, noNaN: true }),
        lon: fc.double({ min: 0, max: 10, noNaN: true }),
      }),
      fc.constant({ lat: 52.5 }),
      fc.constant('52.5,5.2'),
    ),
    public: optional(fc.constantFrom(true, false, 'yes')),
    capacity: optional(fc.integer({ min: -5, max: 500 })),
    unknownField: optional(fc.constant('x')),
  })
  .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)))

const assessmentArb = fc.oneof(
  fc
    .record({
      point: fc.constantFrom('almere-poort-kazerne', 'urk-buurthuis', 'elders', 12),
      requirement: fc.constantFrom(
        'power.backup',
        'info.board',
        'vr25.flyers',
        'old.radio',
        'unknown.req',
        undefined,
      ),
      date: fc.constantFrom('2026-09-14', '2026-02-30', '14-09-2026', undefined),
      result: optional(fc.constantFrom('met', 'partial', 'not_met', 'not_applicable', 'ok')),
      value: optional(fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constant('72'))),
      note: optional(fc.constantFrom('Gecontroleerd', 3)),
      assessor: optional(fc.constant('Inspecteur')),
      extra: optional(fc.constant(true)),
    })
    .map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined))),
  fc.constantFrom(null, 'met', 42, [], undefined),
)

const langArb = fc.constantFrom<Lang>('nl', 'en')

describe('single-entity checks are equivalent to parseRegion', () => {
  it('the base region is valid (the precondition of the single-entity checks)', () => {
    expect(baseParsed.ok).toBe(true)
  })

  it('an assessment: accepted exactly when the region with it is, with the same errors', () => {
    fc.assert(
      fc.property(assessmentArb, langArb, (input, lang) => {
        const at = base.assessments.length
        const full = parseRegion(
          { ...base, assessments: [...base.assessments, input] },
          { catalog, lang },
        )
        const context = regionEntityContext(
          base,
          base.points.map((p: { id: string }) => p.id),
          { catalog },
        )
        const single = parseAssessmentAt(input, at, context, { lang })
        expect(single.ok).toBe(full.ok)
        if (single.ok && full.ok) {
          expect(single.value).toEqual(full.value.assessments[at])
          for (const w of single.warnings) expect(full.warnings).toContainEqual(w)
        } else if (!single.ok && !full.ok) {
          expect(errorsOf(single.issues)).toEqual(errorsOf(full.issues))
        }
      }),
      { numRuns: 400 },
    )
  })

  it('a point, replacing the one with its id or appended: the same verdict and errors', () => {
    fc.assert(
      fc.property(pointArb, langArb, (input, lang) => {
        const existing = base.points.findIndex((p: { id: string }) => p.id === input.id)
        const at = existing >= 0 ? existing : base.points.length
        const points = [...base.points]
        points[at] = input
        const full = parseRegion({ ...base, points }, { catalog, lang })
        const context = regionEntityContext(
          base,
          base.points.map((p: { id: string }) => p.id),
          { catalog },
        )
        const single = parsePointAt(input, at, context, { lang })
        expect(single.ok).toBe(full.ok)
        if (single.ok && full.ok) {
          expect(single.value).toEqual(full.value.points[at])
          for (const w of single.warnings) expect(full.warnings).toContainEqual(w)
        } else if (!single.ok && !full.ok) {
          expect(errorsOf(single.issues)).toEqual(errorsOf(full.issues))
        }
      }),
      { numRuns: 400 },
    )
  })

  it('removing a point and its assessments: refused exactly when the network still names it', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const id of base.points.map((p: { id: string }) => p.id)) {
        const full = parseRegion(
          {
            ...base,
            points: base.points.filter((p: { id: string }) => p.id !== id),
            assessments: base.assessments.filter((a: { point: string }) => a.point !== id),
          },
          { catalog, lang },
        )
        const context = regionEntityContext(
          base,
          base.points.map((p: { id: string }) => p.id),
          { catalog },
        )
        const issues = checkPointRemoval(id, context, { lang })
        expect(issues.length === 0).toBe(full.ok)
        expect(errorsOf(issues)).toEqual(full.ok ? [] : errorsOf(full.issues))
      }
    }
    // Both points are named by the network: neither may go while it does.
    const context = regionEntityContext(base, ['almere-poort-kazerne', 'urk-buurthuis'], {
      catalog,
    })
    expect(checkPointRemoval('almere-poort-kazerne', context, { lang: 'en' })).toMatchObject([
      { code: 'unknown_agreement_point', path: 'agreements[0].points[0]' },
    ])
    expect(checkPointRemoval('urk-buurthuis', context, { lang: 'en' })).toMatchObject([
      { path: 'staffing[0].point' },
    ])
  })

  it('names the problem where parseRegion does, in the entity (examples)', () => {
    const context = regionEntityContext(base, ['almere-poort-kazerne', 'urk-buurthuis'], {
      catalog,
    })
    const result = parseAssessmentAt(
      { point: 'elders', requirement: 'unknown.req', date: '2026-02-30', result: 'met' },
      7,
      context,
      { lang: 'en' },
    )
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      ['assessments[7].date', 'impossible_date'],
      ['assessments[7].point', 'unknown_point'],
      ['assessments[7].requirement', 'unknown_requirement'],
    ])
    const historical = parseAssessmentAt(
      { point: 'urk-buurthuis', requirement: 'old.radio', date: '2026-02-01', result: 'met' },
      7,
      context,
    )
    expect(historical).toMatchObject({ ok: true, warnings: [] })
  })
})
