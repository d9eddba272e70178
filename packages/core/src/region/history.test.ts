import { describe, expect, it } from 'vitest'
import type { GuidelineEdition } from '../guideline/schema.ts'
import { minimalRegion } from '../../test/fixtures/minimal-region.ts'
import { historicalAssessments, historicalRequirementIds } from './history.ts'
import { parseRegion, type RulesCatalog } from './parse.ts'

/** Three editions: 2026.2 drops `info.board` and adds `care.missing-persons`; 2025.1 had `info.old`. */
const edition = (version: string, ids: string[]) =>
  ({
    id: 'noodsteunpunten',
    version,
    sources: [],
    functions: [{ id: 'information' }],
    requirements: ids.map((id) => ({ id, level: 'recommended', check: { type: 'boolean' } })),
  }) as unknown as GuidelineEdition
const editions = [
  edition('2025.1', ['power.backup', 'info.board', 'info.old']),
  edition('2026.1', ['power.backup', 'info.board']),
  edition('2026.2', ['power.backup', 'care.missing-persons']),
]
const catalog: RulesCatalog = {
  getGuideline: (id, version) => editions.find((e) => e.id === id && e.version === version),
  listGuidelineEditions: (id) => editions.filter((e) => e.id === id).reverse(),
}

const assess = (point: string, requirement: string, date = '2026-01-01') => ({
  point,
  requirement,
  date,
  result: 'met',
})

function region(version: string, requirements: string[]) {
  const doc = minimalRegion()
  doc.guideline = { id: 'noodsteunpunten', version }
  doc.assessments = requirements.map((r, i) =>
    assess(i % 2 ? 'urk-buurthuis' : doc.points[1].id, r, `2026-01-0${(i % 9) + 1}`),
  )
  return doc
}

describe('historicalRequirementIds', () => {
  it('lists what other editions have and this one does not, with the editions, oldest first', () => {
    expect(historicalRequirementIds(catalog, 'noodsteunpunten', '2026.2')).toEqual(
      new Map([
        ['info.board', ['2025.1', '2026.1']],
        ['info.old', ['2025.1']],
      ]),
    )
    expect(historicalRequirementIds(catalog, 'noodsteunpunten', '2026.1')).toEqual(
      new Map([
        ['info.old', ['2025.1']],
        ['care.missing-persons', ['2026.2']],
      ]),
    )
  })

  it('knows no history without a way to list editions', () => {
    expect(
      historicalRequirementIds({ getGuideline: catalog.getGuideline }, 'noodsteunpunten', '2026.2'),
    ).toEqual(new Map())
  })
})

describe('parseRegion after an upgrade', () => {
  it('keeps assessments of a dropped requirement as history: valid, one warning per requirement with its count', () => {
    const result = parseRegion(
      region('2026.2', ['power.backup', 'info.board', 'info.board', 'info.board', 'info.old']),
      { catalog, lang: 'en' },
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.assessments).toHaveLength(5)
    expect(result.warnings).toEqual([
      {
        severity: 'warning',
        code: 'historical_requirement',
        path: 'assessments[1].requirement',
        message:
          '3 assessment(s) of requirement "info.board", which noodsteunpunten@2026.2 does not have (edition 2025.1, 2026.1 does): kept as history, not counted for readiness',
      },
      expect.objectContaining({
        code: 'historical_requirement',
        path: 'assessments[4].requirement',
        message: expect.stringContaining('1 assessment(s) of requirement "info.old"'),
      }),
    ])
  })

  it('says the same in Dutch', () => {
    const result = parseRegion(region('2026.2', ['info.board']), { catalog })
    expect(result.ok && result.warnings[0]!.message).toBe(
      '1 beoordeling(en) van eis "info.board", die noodsteunpunten@2026.2 niet heeft (wel editie 2025.1, 2026.1): bewaard als geschiedenis, tellen niet mee voor de gereedheid',
    )
  })

  it('keeps a typo an error: an id that no edition and no supplement knows', () => {
    const result = parseRegion(region('2026.2', ['info.baord', 'info.board']), {
      catalog,
      lang: 'en',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => [i.severity, i.code, i.path])).toEqual([
      ['error', 'unknown_requirement', 'assessments[0].requirement'],
      ['warning', 'historical_requirement', 'assessments[1].requirement'],
    ])
  })

  it('treats a supplement requirement as known, not as history', () => {
    const doc = region('2026.2', ['info.board'])
    doc.supplement = {
      requirements: [
        {
          id: 'info.board',
          title: 'Bord',
          description: 'Een bord',
          function: 'information',
          level: 'recommended',
          basis: 'assumption',
          rationale: 'Regionale keuze',
        },
      ],
    }
    const result = parseRegion(doc, { catalog })
    expect(result.ok && result.warnings).toEqual([])
  })
})

describe('historicalAssessments', () => {
  it('groups the assessments a ruleset does not judge by requirement, with their points', () => {
    const assessments = [
      { point: 'a', requirement: 'info.board' },
      { point: 'b', requirement: 'power.backup' },
      { point: 'b', requirement: 'info.board' },
      { point: 'a', requirement: 'info.board' },
    ]
    expect(historicalAssessments(assessments, editions[2]!)).toEqual([
      { requirement: 'info.board', assessments: 3, points: ['a', 'b'] },
    ])
    expect(historicalAssessments(assessments, editions[1]!)).toEqual([])
  })
})
