import type { RulesCatalog } from '@weerbaar/core'
import { getGuideline, guidelineEditions } from './editions.ts'
import { getActionLibrary, getRiskMethod } from './risk/index.ts'

/**
 * The national rules for `parseRegion(json, { catalog })`: guideline editions, risk methods
 * and handelingsperspectieven, so references in a region file are checked.
 */
export const catalog: RulesCatalog = {
  getGuideline,
  // With every edition, assessments of requirements another edition has are history, not typos.
  listGuidelineEditions: guidelineEditions,
  getRiskMethod,
  getActionLibrary: () => getActionLibrary(),
}
