import { z } from 'zod'
import { ProgrammeSchema } from './schema.ts'

export const PROGRAMME_SCHEMA_ID = 'https://weerbaar.nl/schema/programme.v1.schema.json'

/**
 * The JSON Schema of the programme file, generated from the zod schemas like the region file's.
 * It describes the file as written (input), so lists with defaults stay optional for editors.
 */
export function programmeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ProgrammeSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  })
  return { ...schema, $id: PROGRAMME_SCHEMA_ID }
}
