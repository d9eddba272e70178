import { diffGuidelines, getGuideline, listGuidelines } from '@weerbaar/guidelines'

/** Lists the shipped editions, then what changed from one edition to another. */
export function compareEditions(from: string, to: string): void {
  for (const e of listGuidelines())
    console.log(`${e.id}@${e.version} ${e.status}: ${e.requirements} requirements`)
  const [a, b] = [getGuideline('noodsteunpunten', from), getGuideline('noodsteunpunten', to)]
  if (!a || !b) throw new Error(`Unknown edition: ${from} or ${to}`)
  const diff = diffGuidelines(a, b)
  for (const r of diff.added) console.log(`+ ${r.id} (${r.level}) ${r.title}`)
  for (const r of diff.removed) console.log(`- ${r.id} ${r.title}`)
  for (const r of diff.changed)
    console.log(`~ ${r.id}: ${r.changes.map((c) => c.field).join(', ')}`)
}
