/**
 * Pages generated from the guideline editions in `@weerbaar/guidelines`: the rules that claim a
 * source (for reviewers) and the history of the rules. Written by `npm run data-spec`, checked
 * by `guideline-pages.test.ts`.
 */
import { listGuidelines, getGuideline, sourcedRules } from '@weerbaar/guidelines'

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
