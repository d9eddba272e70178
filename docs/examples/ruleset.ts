import { rulesetLabel, type Region } from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'

/** The rules a region is judged by: the national edition plus its supplement and norm overrides. */
export function describeRules(region: Region): void {
  const ruleset = resolveRuleset(region)
  const mandatory = ruleset.requirements.filter((r) => r.level === 'mandatory').length
  console.log(
    `${rulesetLabel(ruleset)}: ${ruleset.requirements.length} requirements, ${mandatory} mandatory`,
  )
  for (const [name, norm] of Object.entries(ruleset.norms))
    console.log(`${name} = ${norm.value} (${norm.basis})`)
}
