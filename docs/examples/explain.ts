import { computeReadiness, explainPoint, type Region } from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'

/** Why a point has its level, and the cheapest fixes, in the Dutch the dashboard shows. */
export function explain(region: Region, pointId: string, asOf: string): void {
  const ruleset = resolveRuleset(region)
  const point = computeReadiness(region, ruleset, { asOf }).points.find((p) => p.id === pointId)
  if (!point) throw new Error(`No point ${pointId}`)
  const explanation = explainPoint(point, ruleset)
  console.log(explanation.summary)
  const costliest = [...explanation.requirements].sort((a, b) => b.cost - a.cost).slice(0, 3)
  for (const r of costliest) console.log(`  ${r.sentence}`)
  for (const fix of explanation.fixes) console.log(`  → ${fix.sentence}`)
}
