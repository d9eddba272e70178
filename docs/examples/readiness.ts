import { computeReadiness, type Region } from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'

/** Readiness of the region and each municipality on a date (the clock is always an argument). */
export function printReadiness(region: Region, asOf: string): void {
  const report = computeReadiness(region, resolveRuleset(region), { asOf })
  for (const m of report.municipalities) {
    console.log(
      `${m.name}: ${m.readyPoints} of ${m.requiredPoints} points ready (${m.networkCompleteness.toFixed(0)}%)`,
    )
  }
  const { region: r } = report
  console.log(
    `${r.name}: network ${r.networkCompleteness.toFixed(1)}%, mean score ${r.meanScore?.toFixed(1) ?? 'none'}`,
  )
}
