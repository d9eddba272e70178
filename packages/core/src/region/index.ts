export * from './schema.ts'
export { parseRegion, type ParseRegionOptions, type RulesCatalog } from './parse.ts'
// Single-entity checks for a store that writes a region one point or assessment at a time.
export {
  checkPointRemoval,
  parseAssessmentAt,
  parsePointAt,
  regionEntityContext,
  type RegionEntityContext,
} from './parse.ts'
export { uniformAssessment } from './uniform.ts'
export * from './history.ts'
export type { RegionMessageCode } from './messages.ts'
export * from './json-schema.ts'
