/** Writes reference/data-spec.md and the JSON report contract from the zod schemas, and the pages made from the guideline editions. Run: `npm run data-spec -w @weerbaar/docs`. */
import { writeFileSync } from 'node:fs'
import { renderGuidelineHistory, renderSourcedRules } from './guideline-pages.ts'
import {
  missingMeanings,
  renderDataSpec,
  renderProgrammeContract,
  renderProgrammeSpec,
  renderReportContract,
  staleNotes,
} from './data-spec.ts'

for (const [file, render] of [
  ['../reference/data-spec.md', renderDataSpec],
  ['../guide/parts/report-contract.md', renderReportContract],
  ['../reference/programme-file.md', renderProgrammeSpec],
  ['../guide/parts/programme-contract.md', renderProgrammeContract],
  ['../reference/guideline-sources.md', renderSourcedRules],
  ['../reference/guideline-history.md', renderGuidelineHistory],
] as const) {
  const target = new URL(file, import.meta.url)
  writeFileSync(target, render())
  console.log(`wrote ${target.pathname}`)
}
for (const key of staleNotes())
  console.warn(`note ${key} in scripts/field-notes.ts is no longer used: remove it`)
for (const key of missingMeanings())
  console.warn(
    `field ${key} has no meaning: describe it in the schema or in scripts/field-notes.ts`,
  )
