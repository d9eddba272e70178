import { guidelineImpact, parseRegion, type Region } from '@weerbaar/core'
import { catalog, resolveRuleset } from '@weerbaar/guidelines'

/**
 * Moves a region to another edition of its guideline: shows what changes first, then changes the
 * one line and checks the result. Every assessment is kept; those of requirements the new edition
 * does not have become history (a warning each), and a typo would still be an error.
 */
export function upgradeRegion(region: Region, toVersion: string, asOf: string): Region {
  const impact = guidelineImpact(
    region,
    resolveRuleset(region),
    resolveRuleset(region, { version: toVersion }),
    { asOf },
  )
  const { from, to } = impact.region
  console.log(`${impact.from} → ${impact.to}`)
  console.log(`ready points ${from.readyPoints} → ${to.readyPoints}`)
  console.log(
    `network completeness ${from.networkCompleteness.toFixed(1)}% → ${to.networkCompleteness.toFixed(1)}%`,
  )
  console.log(`points that drop a level: ${impact.drops.length}`)
  console.log(`assessments that become history: ${impact.history.assessments}`)

  const upgraded = { ...region, guideline: { ...region.guideline, version: toVersion } }
  const checked = parseRegion(upgraded, { catalog })
  if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  for (const warning of checked.warnings) console.log(`warning ${warning.path}: ${warning.message}`)
  return checked.value
}
