import { describe, expect, it } from 'vitest'
import { minimalCatalog as catalog, minimalRegion } from '../../test/fixtures/minimal-region.ts'
import { parseRegionJson } from '../io/json.ts'
import type { Lang } from '../shared/issues.ts'
import { parseRegion } from './parse.ts'

/** [path, message] of every error of a region changed by `edit`. */
function errors(edit: (doc: Record<string, any>) => void, lang: Lang = 'nl') {
  const doc = minimalRegion()
  edit(doc)
  const result = parseRegion(doc, { catalog, lang })
  expect(result.ok).toBe(false)
  return result.ok
    ? []
    : result.issues.filter((i) => i.severity === 'error').map((i) => [i.path, i.message])
}

describe('shape messages: what is missing or allowed, in the user language, never zod text', () => {
  it('a missing enum field names it and its values, as the data specification spells them', () => {
    const edit = (doc: Record<string, any>) => delete doc.points[0].tier
    expect(errors(edit)).toEqual([
      ['points[0].tier', 'Verplicht veld ontbreekt: tier (coordination of local)'],
    ])
    expect(errors(edit, 'en')).toEqual([
      ['points[0].tier', 'Required field missing: tier (coordination or local)'],
    ])
  })

  it('a missing text, number or object field names what kind of value it needs', () => {
    expect(
      errors((doc) => {
        delete doc.points[0].name
        delete doc.points[0].location.lat
        delete doc.region
      }),
    ).toEqual([
      ['region', 'Verplicht veld ontbreekt: region (een object ({ … }))'],
      ['points[0].name', 'Verplicht veld ontbreekt: name (tekst)'],
      ['points[0].location.lat', 'Verplicht veld ontbreekt: lat (een getal)'],
    ])
  })

  it('a wrong value lists the allowed ones; with three or more, "a, b of c"', () => {
    expect(errors((doc) => (doc.points[0].status = 'open'))).toEqual([
      ['points[0].status', 'Ongeldige waarde "open": kies planned, active of inactive'],
    ])
  })

  it('a value of the wrong type says what was expected and what was found', () => {
    expect(errors((doc) => (doc.municipalities[0].population = '226.000'), 'en')).toEqual([
      ['municipalities[0].population', 'Expected a number, got text ("226.000")'],
    ])
  })

  it('a check type missing or unknown (a discriminated union) lists the types', () => {
    const supplement = (check: unknown) => (doc: Record<string, any>) =>
      (doc.supplement = {
        requirements: [
          {
            id: 'vr25.x',
            title: 'X',
            description: 'X',
            function: 'basic_needs',
            level: 'recommended',
            basis: 'assumption',
            rationale: 'r',
            check,
          },
        ],
      })
    expect(errors(supplement({ type: 'range' }))).toEqual([
      [
        'supplement.requirements[0].check.type',
        'Ongeldige waarde "range": kies boolean of minimum',
      ],
    ])
    expect(errors(supplement({ unit: 'uur', min: 3 }), 'en')).toEqual([
      [
        'supplement.requirements[0].check.type',
        'Required field missing: type (boolean or minimum)',
      ],
    ])
  })

  it('limits read as sentences: empty text, empty list, out of range', () => {
    expect(
      errors((doc) => {
        doc.points[0].name = ''
        doc.points[0].location.lat = 95
        doc.points[0].capacity = -1
        doc.municipalities = []
        doc.points[0].municipality = 'GM0034'
      }, 'en').filter(([path]) => !String(path).includes('municipality')),
    ).toEqual([
      ['municipalities', 'Must not be an empty list: give at least one'],
      ['points[0].name', 'Must not be empty'],
      ['points[0].location.lat', 'Must be at most 90'],
      ['points[0].capacity', 'Must be at least 0'],
    ])
  })

  it('each unknown field is its own issue, at the key itself, with its line and column', () => {
    const text = `{
  "schemaVersion": 1,
  "region": { "code": "VR25", "name": "Flevoland", "Naam": "x", "kode": "y" },
  "guideline": { "id": "noodsteunpunten", "version": "2026.1" },
  "municipalities": [{ "code": "GM0034", "name": "Almere", "population": 226000 }]
}`
    const result = parseRegionJson(text, { catalog, lang: 'en' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => [i.path, i.line, i.column, i.message])).toEqual([
      [
        'region.Naam',
        3,
        52,
        'Unknown field "Naam": it does not exist here (check the spelling; case matters)',
      ],
      [
        'region.kode',
        3,
        65,
        'Unknown field "kode": it does not exist here (check the spelling; case matters)',
      ],
    ])
  })
})
