import { describe, expect, it } from 'vitest'
import {
  minimalCatalog as catalog,
  minimalRegion,
  minimalRegionText,
} from '../../test/fixtures/minimal-region.ts'
import { parseRegionJson } from '../io/json.ts'
import { regionJsonSchema } from './json-schema.ts'
import { parseRegion } from './parse.ts'

describe('nothing is accepted silently', () => {
  it('without a catalog: one warning that requirement ids were not checked', () => {
    const doc = minimalRegion()
    doc.assessments[0].requirement = 'exists.nowhere'
    const result = parseRegion(doc, { lang: 'en' })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.warnings.map((i) => [i.code, i.path, i.severity])).toEqual([
      ['requirements_not_checked', 'guideline', 'warning'],
    ])
    expect(result.warnings[0]!.message).toMatch(/^Requirement ids not checked: pass a catalog/)
    // With the catalog, the same file is refused at the assessment.
    const checked = parseRegion(doc, { lang: 'en', catalog })
    expect(checked.ok ? [] : checked.issues.map((i) => i.code)).toEqual(['unknown_requirement'])
  })

  it('an assessment dated after today warns (a typo in the year would hide it from every report)', () => {
    const doc = minimalRegion()
    doc.assessments[1].date = '2062-09-14'
    const result = parseRegion(doc, { lang: 'en', catalog, today: '2026-12-03' })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.warnings.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'assessment_in_future',
        'assessments[1].date',
        'Assessment dated 2062-09-14, after today (2026-12-03): it counts only from that date on. Is the year right?',
      ],
    ])
    // Today itself is not the future; without `today` nothing is compared.
    doc.assessments[1].date = '2026-12-03'
    expect(parseRegion(doc, { catalog, today: '2026-12-03' })).toMatchObject({ warnings: [] })
    doc.assessments[1].date = '2062-09-14'
    expect(parseRegion(doc, { catalog })).toMatchObject({ warnings: [] })
  })

  it("a supplement requirement's function must exist in the guideline edition (error)", () => {
    const doc = minimalRegion()
    doc.supplement = {
      requirements: [
        {
          id: 'vr25.flyers',
          title: 'Folders',
          description: 'Folders op voorraad',
          function: 'leaflets',
          level: 'recommended',
          basis: 'assumption',
          rationale: 'Regionale keuze',
        },
      ],
    }
    const result = parseRegion(doc, { lang: 'en', catalog })
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'unknown_function',
        'supplement.requirements[0].function',
        'Function "leaflets" does not exist in guideline noodsteunpunten@2026.1; choose one of: power, basic_needs',
      ],
    ])
    doc.supplement.requirements[0].function = 'basic_needs'
    expect(parseRegion(doc, { catalog }).ok).toBe(true)
  })

  it('the JSON Schema for editors says population > 0, like parseRegion', () => {
    const schema = regionJsonSchema() as any
    const population = schema.properties.municipalities.items.properties.population
    expect(population.exclusiveMinimum).toBe(0)
    const doc = minimalRegion()
    doc.municipalities[0].population = 0
    const result = parseRegion(doc, { catalog })
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['population_not_positive'])
  })
})

describe('duplicate keys in a JSON object', () => {
  const withDuplicate = minimalRegionText().replace(
    '"status": "active",',
    '"status": "active",\n      "status": "inactive",',
  )

  it('are an error at the second key, with its line and column and the line of the first', () => {
    const result = parseRegionJson(withDuplicate, { catalog, lang: 'en' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    const lines = withDuplicate.split('\n')
    const first = lines.findIndex((l) => l.includes('"status": "active"')) + 1
    const second = lines.findIndex((l) => l.includes('"status": "inactive"')) + 1
    expect(result.issues).toEqual([
      {
        severity: 'error',
        code: 'duplicate_key',
        path: 'points[0].status',
        message: `Field "status" appears twice in this object (first on line ${first}); which value is meant is unclear: keep one`,
        line: second,
        column: 7,
      },
    ])
  })

  it('are reported in Dutch by default, next to the other problems of the file', () => {
    const broken = withDuplicate.replace('"tier": "local"', '"tier": "lokaal"')
    const result = parseRegionJson(broken, { catalog })
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual([
      'duplicate_key',
      'invalid_value',
    ])
    expect(result.ok ? '' : result.issues[0]!.message).toMatch(
      /^Veld "status" staat twee keer in dit object \(eerder op regel \d+\)/,
    )
  })

  it('the same key in different objects is fine', () => {
    expect(parseRegionJson(minimalRegionText(), { catalog }).ok).toBe(true)
  })
})
