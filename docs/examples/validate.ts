import { readFileSync } from 'node:fs'
import { formatIssue, parseRegionJson } from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'

/** Validates a region file; prints every problem and returns whether it is valid. */
export function validate(path: string): boolean {
  const result = parseRegionJson(readFileSync(path, 'utf8'), { catalog, lang: 'en' })
  const problems = result.ok ? result.warnings : result.issues
  for (const issue of problems) console.log(`${issue.severity}: ${formatIssue(issue, 'en')}`)
  if (result.ok) console.log(`${result.value.region.name}: ${result.value.points.length} points`)
  return result.ok
}
