import { guidelineImpact, type Region } from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'

/** What moving the region to another edition would do to its points, on the same assessments. */
export function printImpact(region: Region, toVersion: string, asOf: string): void {
  const impact = guidelineImpact(
    region,
    resolveRuleset(region),
    resolveRuleset(region, { version: toVersion }),
    { asOf },
  )
  const { from, to } = impact.region
  console.log(`${impact.from} → ${impact.to}: ready points ${from.readyPoints} → ${to.readyPoints}`)
  for (const p of impact.points.filter((p) => impact.drops.includes(p.id))) {
    console.log(`  ${p.name}: ${p.from.level} → ${p.to.level}`)
  }
}
