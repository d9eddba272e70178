import { writeFileSync } from 'node:fs'
import { risicowijzer, type Region } from '@weerbaar/core'
import { getActionLibrary, riskMethodFor } from '@weerbaar/guidelines'

/** Writes a municipality's risicowijzer for residents as HTML and Markdown. */
export function writeRisicowijzer(
  region: Region,
  municipality: string,
  date: string,
  dir: string,
): void {
  const library = getActionLibrary()
  if (!library) throw new Error('No library of handelingsperspectieven')
  const method = region.riskProfile ? riskMethodFor(region.riskProfile) : undefined
  const doc = risicowijzer(region, municipality, { library, method, date })
  writeFileSync(`${dir}/risicowijzer-${municipality}.html`, doc.html)
  writeFileSync(`${dir}/risicowijzer-${municipality}.md`, doc.markdown)
}
