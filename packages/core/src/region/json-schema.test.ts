import { describe, expect, it } from 'vitest'
import { regionJsonSchema } from './json-schema.ts'

describe('region JSON Schema', () => {
  it('matches the committed schema/region.schema.json (run `npx vitest -u` after a schema change)', async () => {
    const text = `${JSON.stringify(regionJsonSchema(), null, 2)}\n`
    await expect(text).toMatchFileSnapshot('../../schema/region.schema.json')
  })

  it("lists the contract's top-level fields", () => {
    const schema = regionJsonSchema() as { properties: Record<string, unknown>; required: string[] }
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        '$schema',
        'schemaVersion',
        'region',
        'guideline',
        'municipalities',
        'points',
        'assessments',
        'riskProfile',
        'partners',
        'agreements',
        'staffing',
      ]),
    )
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'region', 'guideline', 'municipalities']),
    )
    // The network is optional: files written before it keep loading.
    for (const field of ['partners', 'agreements', 'staffing'])
      expect(schema.required).not.toContain(field)
  })
})
