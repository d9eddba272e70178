import { riskReadiness, type Region } from '@weerbaar/core'
import { resolveRuleset, riskMethodFor } from '@weerbaar/guidelines'

/** The risk profile ranked, each scenario with the readiness of the network under it. */
export function printRisks(region: Region, asOf: string): void {
  if (!region.riskProfile) return console.log('No risk profile')
  const method = riskMethodFor(region.riskProfile)
  const { scenarios } = riskReadiness(region, resolveRuleset(region), method, { asOf })
  for (const s of scenarios) console.log(s.sentence)
  const [urgent] = [...scenarios].sort((a, b) => b.priority - a.priority)
  if (urgent) console.log(`Most urgent: ${urgent.risk.title}`)
}
