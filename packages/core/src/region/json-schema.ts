import { z } from 'zod'
import { RegionSchema } from './schema.ts'

export const REGION_SCHEMA_ID = 'https://weerbaar.nl/schema/region.v1.schema.json'

/**
 * The JSON Schema of the region file, generated from the zod schemas. It describes the file as
 * written (input), so optional fields with defaults stay optional for editors.
 */
export function regionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RegionSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  })
  return { ...schema, $id: REGION_SCHEMA_ID }
}
