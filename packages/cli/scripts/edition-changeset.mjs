// Writes the changeset of a new guideline edition from the project's own commands, so the
// changelog text is what `weerbaar guideline diff` and `weerbaar guideline impact` print, not
// typed by hand:
//
//   npx turbo run build --filter=@weerbaar/cli
//   node packages/cli/scripts/edition-changeset.mjs 2026.1 2026.2 2026-12-01
//
// Arguments: the previous edition, the new one, and the report date of the impact (the new
// edition's first day). The demo regions are taken as they were on the previous edition (the
// same file with the previous `guideline.version`: moving only changes that line).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const [from, to, asOf] = process.argv.slice(2)
if (!from || !to || !/^\d{4}-\d{2}-\d{2}$/.test(asOf ?? '')) {
  console.error('usage: edition-changeset.mjs <from> <to> <as-of YYYY-MM-DD>')
  process.exit(2)
}
const root = fileURLToPath(new URL('../../..', import.meta.url))
const bin = join(root, 'packages/cli/dist/bin.js')
const id = 'noodsteunpunten'

function weerbaar(...args) {
  const r = spawnSync(process.execPath, [bin, ...args, '--lang', 'en'], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`weerbaar ${args.join(' ')} failed:\n${r.stderr}`)
  return r.stdout
}

const diff = JSON.parse(
  weerbaar('guideline', 'diff', `${id}@${from}`, `${id}@${to}`, '--format', 'json'),
)
// The Markdown of the diff without its title, its headings in bold: it sits inside a changelog entry.
const diffText = weerbaar('guideline', 'diff', `${id}@${from}`, `${id}@${to}`, '--format', 'md')
  .trim()
  .split('\n')
  .filter((line) => !line.startsWith('# '))
  .map((line) => line.replace(/^#+ (.*)$/, '**$1**'))
  .join('\n')
  .trim()

const pct = (n) => `${n.toFixed(1)}%`
const demos = [
  ['Flevoland', 'vr25-flevoland.json'],
  ['Gooi en Vechtstreek', 'vr14-gooi-en-vechtstreek.json'],
]
const dir = mkdtempSync(join(tmpdir(), 'weerbaar-changeset-'))
const impactLines = []
try {
  for (const [name, file] of demos) {
    const region = JSON.parse(readFileSync(join(root, 'packages/demo-data/data', file), 'utf8'))
    region.guideline.version = from
    const before = join(dir, file)
    writeFileSync(before, JSON.stringify(region))
    const impact = JSON.parse(
      weerbaar('guideline', 'impact', before, '--to', to, '--as-of', asOf, '--format', 'json'),
    )
    const a = impact.region.from
    const b = impact.region.to
    const because = []
    const active = impact.points.filter((p) => p.status === 'active')
    const up = active.filter((p) => p.change === 'up').length
    const down = active.filter((p) => p.change === 'down').length
    const points = (n) => `${n} ${n === 1 ? 'point' : 'points'}`
    if (up === 0 && down === 0)
      because.push(
        'no point changes level' +
          (diff.added.length
            ? `: the ${diff.added.length} new requirements are ${[...new Set(diff.added.map((r) => r.level))].join(' and ')} and not assessed yet`
            : ''),
      )
    else {
      if (down > 0) because.push(`${points(down)} drop a level`)
      if (up > 0) because.push(`${points(up)} rise a level`)
    }
    const evidenced = diff.changed.filter((r) =>
      r.changes.some((c) => c.field === 'evidence' && c.to !== null),
    ).length
    if (evidenced > 0)
      because.push(
        `${evidenced} ${evidenced === 1 ? 'requirement counts' : 'requirements count'} as met where a valid agreement provides it`,
      )
    if (b.networkCompleteness !== a.networkCompleteness)
      because.push(
        `network completeness goes from ${pct(a.networkCompleteness)} to ${pct(b.networkCompleteness)} because ${b.countedReadyPoints ?? '?'} of the ${b.readyPoints} ready points count towards the ${b.requiredPoints} required (was ${a.countedReadyPoints ?? a.readyPoints})`,
      )
    if (b.meanScore !== a.meanScore)
      because.push(`the mean score goes from ${pct(a.meanScore)} to ${pct(b.meanScore)}`)
    because.push(`${impact.history.assessments} assessments become history`)
    const readyPoints =
      b.readyPoints === a.readyPoints
        ? `keeps its ${a.readyPoints} ready points`
        : `has ${b.readyPoints} ready points instead of ${a.readyPoints}`
    impactLines.push(`- With ${to}, ${name} ${readyPoints}, because ${because.join('; ')}.`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const body = `---
'@weerbaar/cli': patch
'@weerbaar/guidelines': minor
---

New edition \`${id}@${to}\` (from ${asOf}); \`${id}@${from}\` is superseded from that day and
otherwise unchanged, so reports on it stay the same. Regions move by changing
\`guideline.version\`; see "Moving to a new edition" in the docs.

What changed (\`weerbaar guideline diff ${id}@${from} ${id}@${to} --format md\`):

${diffText}

Impact on the demo regions as of ${asOf} (\`weerbaar guideline impact <demo> --to ${to}\`):

${impactLines.join('\n')}
`
const target = join(root, '.changeset', `${id}-${to.replace('.', '-')}.md`)
writeFileSync(target, body)
// The repository's formatter, so the file passes `npm run format:check` as written.
spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['prettier', '--write', target], {
  cwd: root,
  stdio: 'ignore',
})
console.log(`wrote ${target}`)
