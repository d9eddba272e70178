import { readFileSync } from 'node:fs'
import {
  computeReadiness,
  levelsFromReadiness,
  parsePopulationGrid,
  regionCoverage,
  type Region,
} from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'

/** Share of the residents within reach of a point (`include: "active"` counts every active point). */
export function printCoverage(
  region: Region,
  gridPath: string,
  asOf: string,
  include: 'ready' | 'active' = 'ready',
): void {
  const file = parsePopulationGrid(readFileSync(gridPath, 'utf8'))
  if (!file.ok) throw new Error(file.issues.map((i) => i.message).join('\n'))
  const ruleset = resolveRuleset(region)
  const levels = levelsFromReadiness(computeReadiness(region, ruleset, { asOf }))
  const radius = ruleset.norms.maxDistanceMeters.value
  const coverage = regionCoverage(region, file.value.grid, { radius, include, levels })
  for (const m of coverage.municipalities)
    console.log(`${m.name}: ${m.percentage?.toFixed(1) ?? '–'}% within ${radius} m`)
  console.log(
    `${region.region.name}: ${coverage.total.covered} of ${coverage.total.population} residents covered`,
  )
}
