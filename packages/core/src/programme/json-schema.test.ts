import { describe, expect, it } from 'vitest'
import { programmeJsonSchema } from './json-schema.ts'

describe('programme JSON Schema', () => {
  it('matches the committed schema/programme.schema.json (run `npx vitest -u` after a schema change)', async () => {
    const text = `${JSON.stringify(programmeJsonSchema(), null, 2)}\n`
    await expect(text).toMatchFileSnapshot('../../schema/programme.schema.json')
  })

  it('requires what a programme cannot do without and leaves the lists with defaults optional', () => {
    const schema = programmeJsonSchema() as {
      properties: Record<string, unknown>
      required: string[]
    }
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'name', 'regions', 'pillars', 'goals']),
    )
    for (const optional of ['actions', 'decisions', 'indicators', 'reports'])
      expect(schema.required).not.toContain(optional)
  })
})
