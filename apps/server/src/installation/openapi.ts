import type { OpenapiHelpers } from '../openapi/document.ts'
import { NewRegionSchema } from './plugin.ts'

export const installationOpenapiSchemas = { NewRegion: NewRegionSchema }

/** `POST /regions`, added to the `/regions` path of the document. */
export function installationRegionsOperations({ body, problems }: OpenapiHelpers) {
  return {
    post: {
      summary:
        'Create an empty region on the installation (admin): code, name, municipalities and optionally the guideline edition; then add its first coordinator with POST /regions/{code}/users',
      requestBody: body('NewRegion'),
      responses: {
        '201': { description: '{ region, lastSeq }; Location is the region' },
        ...problems(401, 403, 409, 422),
      },
    },
  }
}
