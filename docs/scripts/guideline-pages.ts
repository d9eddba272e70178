/**
 * Pages generated from the guideline editions in `@weerbaar/guidelines`: the rules that claim a
 * source (for reviewers) and the history of the rules. Written by `npm run data-spec`, checked
 * by `guideline-pages.test.ts`.
 */
import {
  diffGuidelines,
  getGuideline,
  listGuidelines,
  sourcedRules,
  type GuidelineDiff,
} from '@weerbaar/guidelines'

/** `5000 (source)`, and for inhabitantsPerPoint the tiers that count: `5000 (source); counts: local`. */
function normText(side: GuidelineDiff['norms'][number]['from']): string {
  const tiers = side.countedTiers ? `; counts: ${side.countedTiers.join(', ')}` : ''
  return `${side.value} (${side.basis})${tiers}`
}

/** A changed field's value: `–` when absent, evidence as the agreement it asks for. */
function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '–'
  if (typeof value === 'object' && 'provides' in value) return `provides: ${String(value.provides)}`
  return JSON.stringify(value)
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\{\{/g, '{ {').replace(/\n/g, ' ')
}

const editions = () => listGuidelines().map((g) => getGuideline(g.id, g.version)!)

/** `reference/guideline-sources.md`: every sourced rule of every edition with its citations. */
export function renderSourcedRules(): string {
  const out = [
    '# Sourced rules',
    '',
    '<!-- Generated from the editions in @weerbaar/guidelines by docs/scripts/guideline-pages.ts. Do not edit: run `npm run data-spec -w @weerbaar/docs`. -->',
    '',
    'A rule marked `basis: "source"` may say only what its sources say. This page lists, per',
    'edition, every norm and requirement that claims a source, with the sources it relies on, so',
    'a reviewer can check them one by one. Every other rule is an **assumption** with its',
    'rationale in the edition file (`weerbaar guideline show <id@version>`). The same list is',
    'kept, as reviewed, in `packages/guidelines/src/provenance.test.ts`.',
    '',
  ]
  for (const e of editions()) {
    const rules = sourcedRules(e)
    const assumptions = e.requirements.filter((r) => r.basis === 'assumption').length
    out.push(
      `## ${e.id}@${e.version}`,
      '',
      `${e.title}. Status \`${e.status}\`, in force from ${e.effective.from}${e.effective.to ? ` to ${e.effective.to}` : ''}. ` +
        `${rules.length} sourced rules; ${assumptions} of ${e.requirements.length} requirements are assumptions.`,
      '',
      '| Rule | Title | Sources |',
      '| --- | --- | --- |',
      ...rules.map(
        (r) =>
          `| \`${r.rule}\` | ${cell(r.title)} | ${r.sources
            .map(
              (s) =>
                `\`${s.id}\`: ${cell(s.publisher)}, "${cell(s.title)}"${s.date ? ` (${s.date})` : ''}`,
            )
            .join('<br>')} |`,
      ),
      '',
    )
  }
  return out.join('\n')
}

const NOTE_KIND: Record<string, string> = {
  change: 'Change',
  correction: 'Correction',
  contested: 'Contested',
}

/**
 * `reference/guideline-history.md` (Richtlijnhistorie): every edition, newest first, with what
 * changed from the edition before it (from `diffGuidelines`) and why (the edition's notes).
 */
export function renderGuidelineHistory(): string {
  const out = [
    '# Richtlijnhistorie / Guideline history',
    '',
    '<!-- Generated from the editions in @weerbaar/guidelines by docs/scripts/guideline-pages.ts. Do not edit: run `npm run data-spec -w @weerbaar/docs`. -->',
    '',
    'Every edition of the national rules Weerbaar ships, newest first: when it is in force, what',
    'changed from the edition before it, and why. The requirements themselves are in',
    '`weerbaar guideline show <id@version>`; the sources of every sourced rule are on',
    '[Sourced rules](./guideline-sources.md). How a region moves from one edition to the next is',
    'in [Moving to a new edition](../guide/upgrading-editions.md).',
    '',
  ]
  const all = editions()
  for (const e of [...all].reverse()) {
    const before = all[all.indexOf(e) - 1]
    const previous = before && before.id === e.id ? before : undefined
    out.push(
      `## ${e.id}@${e.version}`,
      '',
      `**${e.title}**`,
      '',
      `Status \`${e.status}\` · in force from ${e.effective.from}${e.effective.to ? ` to ${e.effective.to}` : ''} · ${e.requirements.length} requirements`,
      '',
    )
    if (previous) {
      const d = diffGuidelines(previous, e)
      out.push(`### What changed from ${previous.version}`, '')
      const lines = [
        ...d.added.map((r) => `- Added: \`${r.id}\` ${cell(r.title)} (${r.level})`),
        ...d.removed.map((r) => `- Removed: \`${r.id}\` ${cell(r.title)}`),
        ...d.changed.flatMap((r) =>
          r.changes.map(
            (c) =>
              `- Changed: \`${r.id}\` ${c.field}: ${cell(fieldText(c.from))} → ${cell(fieldText(c.to))}`,
          ),
        ),
        ...d.norms.map(
          (n) => `- Norm \`${n.norm}\`: ${cell(normText(n.from))} → ${cell(normText(n.to))}`,
        ),
      ]
      out.push(...(lines.length ? lines : ['- No requirement or norm changed.']), '')
    } else {
      out.push('The first edition.', '')
    }
    const notes = e.notes ?? []
    if (notes.length) {
      out.push('### Why', '')
      for (const n of notes)
        out.push(
          `- **${NOTE_KIND[n.kind] ?? n.kind}${n.date ? `, ${n.date}` : ''}.** ${cell(n.text)}${n.sources.length ? ` (${n.sources.map((s) => `\`${s}\``).join(', ')})` : ''}`,
        )
      out.push('')
    }
  }
  return out.join('\n')
}
