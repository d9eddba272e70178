import type { RulesCatalog } from '@weerbaar/core'
import { getGuideline } from './editions.ts'
import { getActionLibrary, getRiskMethod } from './risk/index.ts'

/**
 * The national rules for `parseRegion(json, { catalog })`: guideline editions, risk methods
 * and handelingsperspectieven, so references in a region file are checked.
 */
export const catalog: RulesCatalog = {
  getGuideline,
  getRiskMethod,
  getActionLibrary: () => getActionLibrary(),
}
