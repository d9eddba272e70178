import type { Region } from '@weerbaar/core'
import { getActionLibrary, riskMethodFor } from '@weerbaar/guidelines'
import type { WebsiteOptions } from '@weerbaar/website'

/**
 * The options the live resident pages are rendered with, the same as `weerbaar website` takes:
 * so `/publiek/{region}/…` serves byte for byte what the command writes for that date and address.
 */
export function websiteOptions(region: Region, asOf: string, baseUrl: string): WebsiteOptions {
  return {
    asOf,
    library: getActionLibrary()!,
    ...(region.riskProfile ? { method: riskMethodFor(region.riskProfile) } : {}),
    baseUrl,
  }
}
