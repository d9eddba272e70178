import { readFileSync, writeFileSync } from 'node:fs'
import { formatIssue, mergeRegionCsv, regionToCsv, type Region } from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'

/** Writes points and assessments as CSV for Dutch Excel. */
export function exportCsv(region: Region, dir: string): void {
  const files = regionToCsv(region)
  writeFileSync(`${dir}/points.csv`, files.points)
  writeFileSync(`${dir}/assessments.csv`, files.assessments)
}

/** Reads the edited assessments back into the region; problems name the CSV line and column. */
export function importAssessments(region: Region, path: string): Region | undefined {
  const result = mergeRegionCsv(
    region,
    { assessments: readFileSync(path, 'utf8') },
    { catalog, lang: 'en' },
  )
  if (!result.ok) for (const issue of result.issues) console.log(formatIssue(issue, 'en'))
  return result.ok ? result.value : undefined
}
