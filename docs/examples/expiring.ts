import { expiringSoon, type Region } from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'

/** Assessments that expire within `days`: plan the next test before they do. */
export function printExpiring(region: Region, asOf: string, days = 60): void {
  for (const a of expiringSoon(region, resolveRuleset(region), { asOf, days })) {
    const flag = a.mandatory ? 'mandatory' : 'recommended'
    console.log(`${a.validUntil} ${a.pointName}: ${a.title} (${flag}, ${a.daysLeft} days left)`)
  }
}
