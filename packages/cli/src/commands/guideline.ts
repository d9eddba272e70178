import {
  guidelineImpact,
  WeerbaarError,
  type GuidelineEdition,
  type Requirement,
  type Ruleset,
} from '@weerbaar/core'
import {
  diffGuidelines,
  getGuideline,
  listGuidelines,
  resolveRuleset,
  type GuidelineDiff,
} from '@weerbaar/guidelines'
import type { Command } from 'commander'
import type { Context } from '../context.ts'
import { CliError, ExitCode, UsageError } from '../errors.ts'
import { t, type Lang } from '../i18n.ts'
import { renderMarkdown, renderTerminal, type Block } from '../output/document.ts'
import { counted, formatNumber, formatPercent } from '../output/format.ts'
import { levelLabel } from '../output/labels.ts'
import { renderCsvTable, type Format, type Table } from '../output/table.ts'
import type { CommandSetup } from '../program.ts'
import { loadRegion } from '../region.ts'
import { addAsOfOption, addFormatOption, asOfDate, toJson, toJsonResult } from './shared.ts'

const L = (nl: string, en: string) => ({ nl, en })

/**
 * Prints blocks for people, or one table as CSV, or data as JSON. A result object (diff,
 * impact) is printed with the versions; `list` (an array) and `show` (the edition itself, as
 * data) are printed as they are.
 */
function output(
  ctx: Context,
  format: Format,
  data: unknown,
  blocks: () => Block[],
  csv: () => Table,
  { result = false } = {},
): void {
  if (format === 'json') ctx.out(result ? toJsonResult(data as object) : toJson(data))
  else if (format === 'csv') ctx.out(renderCsvTable(csv()))
  else if (format === 'md') ctx.out(renderMarkdown(blocks(), ctx.lang))
  else ctx.out(renderTerminal(blocks(), ctx.lang))
}

function editionsList(): string {
  return (
    listGuidelines()
      .map((g) => `${g.id}@${g.version}`)
      .join(', ') || '–'
  )
}

/** `noodsteunpunten@2026.1` → the edition; a usage error naming the known ones otherwise. */
function editionFromRef(ref: string, lang: Lang): GuidelineEdition {
  const match = /^([^@\s]+)@([^@\s]+)$/.exec(ref)
  if (!match) throw new UsageError(t(lang, 'badGuidelineRef', { value: ref }))
  const edition = getGuideline(match[1]!, match[2]!)
  if (!edition) throw new UsageError(t(lang, 'unknownGuideline', { ref, known: editionsList() }))
  return edition
}

const period = (e: { effective: { from: string; to?: string } }) =>
  `${e.effective.from} – ${e.effective.to ?? ''}`.trimEnd()

function checkText(r: Pick<Requirement, 'check'>, lang: Lang): string {
  if (r.check.type === 'boolean') return lang === 'nl' ? 'ja/nee' : 'yes/no'
  return `≥ ${formatNumber(r.check.min, lang, 2)} ${r.check.unit}`
}

function appliesText(r: Pick<Requirement, 'appliesTo'>): string {
  const a = r.appliesTo
  if (!a) return ''
  return [...(a.tiers ?? []), ...(a.kinds ?? []), ...(a.scenarios ?? [])].join(', ')
}

export function registerGuideline(program: Command, setup: CommandSetup): void {
  const { l, action } = setup
  const guideline = program
    .command('guideline')
    .description(
      l({
        nl: 'richtlijnedities: tonen, vergelijken, gevolgen voor de regio',
        en: 'guideline editions: show, compare, impact on the region',
      }),
    )
    .addHelpText(
      'after',
      l({
        nl: `
Voorbeelden:
  $ weerbaar guideline list
  $ weerbaar guideline show noodsteunpunten@2026.1
  $ weerbaar guideline diff noodsteunpunten@2025.1 noodsteunpunten@2026.1
  $ weerbaar guideline impact regio.json --to 2025.1`,
        en: `
Examples:
  $ weerbaar guideline list
  $ weerbaar guideline show noodsteunpunten@2026.1
  $ weerbaar guideline diff noodsteunpunten@2025.1 noodsteunpunten@2026.1
  $ weerbaar guideline impact region.json --to 2025.1`,
      }),
    )

  const list = guideline
    .command('list')
    .description(l({ nl: 'de beschikbare edities', en: 'the available editions' }))
  addFormatOption(list, setup).action(
    action(async (ctx, options: { format: Format }) => {
      const editions = listGuidelines()
      const table: Table = {
        columns: [
          { key: 'id', label: L('Richtlijn', 'Guideline') },
          { key: 'version', label: L('Versie', 'Version') },
          { key: 'status', label: L('Status', 'Status') },
          { key: 'from', label: L('Geldig vanaf', 'Effective from') },
          { key: 'to', label: L('Tot en met', 'Until') },
          { key: 'requirements', label: L('Eisen', 'Requirements'), kind: 'integer' },
          { key: 'title', label: L('Titel', 'Title') },
        ],
        rows: editions.map((e) => [
          e.id,
          e.version,
          e.status,
          e.effective.from,
          e.effective.to ?? '',
          e.requirements,
          e.title,
        ]),
      }
      output(
        ctx,
        options.format,
        editions,
        () => [{ type: 'table', table }],
        () => table,
      )
    }),
  )

  const show = guideline
    .command('show')
    .description(
      l({
        nl: 'normen, functies en eisen van één editie, met bronnen',
        en: 'norms, functions and requirements of one edition, with sources',
      }),
    )
    .argument(
      '<id@version>',
      l({ nl: 'bijv. noodsteunpunten@2026.1', en: 'e.g. noodsteunpunten@2026.1' }),
    )
  addFormatOption(show, setup).action(
    action(async (ctx, ref: string, options: { format: Format }) => {
      const edition = editionFromRef(ref, ctx.lang)
      const requirements = requirementsTable(edition.requirements, ctx.lang)
      output(
        ctx,
        options.format,
        edition,
        () => editionBlocks(edition, requirements, ctx.lang),
        () => requirements,
      )
    }),
  )

  const diff = guideline
    .command('diff')
    .description(
      l({ nl: 'wat er verandert tussen twee edities', en: 'what changes between two editions' }),
    )
    .argument(
      '<from>',
      l({ nl: 'bijv. noodsteunpunten@2025.1', en: 'e.g. noodsteunpunten@2025.1' }),
    )
    .argument('<to>', l({ nl: 'bijv. noodsteunpunten@2026.1', en: 'e.g. noodsteunpunten@2026.1' }))
  addFormatOption(diff, setup).action(
    action(async (ctx, from: string, to: string, options: { format: Format }) => {
      const result = diffGuidelines(editionFromRef(from, ctx.lang), editionFromRef(to, ctx.lang))
      output(
        ctx,
        options.format,
        result,
        () => diffBlocks(result, ctx.lang),
        () => diffTable(result),
        { result: true },
      )
    }),
  )

  const impact = guideline
    .command('impact')
    .description(
      l({
        nl: 'wat overstappen op een andere editie doet met elk noodsteunpunt',
        en: 'what moving to another edition does to each point',
      }),
    )
    .argument('<region.json>', l({ nl: 'het regiobestand', en: 'the region file' }))
    .requiredOption(
      '--to <version>',
      l({
        nl: 'verplicht: de andere editie, bijv. 2025.1',
        en: 'required: the other edition, e.g. 2025.1',
      }),
    )
  addAsOfOption(impact, setup)
  addFormatOption(impact, setup).action(
    action(async (ctx, path: string, options: { to: string; asOf?: string; format: Format }) => {
      const region = await loadRegion(path, ctx)
      const { id } = region.guideline
      const target = options.to.includes('@') ? options.to : `${id}@${options.to}`
      const edition = editionFromRef(target, ctx.lang)
      if (edition.id !== id)
        throw new UsageError(
          t(ctx.lang, 'unknownGuideline', { ref: target, known: editionsList() }),
        )
      let from: Ruleset
      let to: Ruleset
      try {
        from = resolveRuleset(region)
        to = resolveRuleset(region, { version: edition.version })
      } catch (error) {
        // A supplement requirement that clashes with one of the other edition: a data problem.
        if (error instanceof WeerbaarError)
          throw new CliError(`${path}: ${error.message}`, ExitCode.failure, { cause: error })
        throw error
      }
      const result = guidelineImpact(region, from, to, { asOf: asOfDate(options) })
      output(
        ctx,
        options.format,
        result,
        () => impactBlocks(result, ctx.lang),
        () => impactTable(result, undefined),
        { result: true },
      )
    }),
  )
}

function requirementsTable(requirements: readonly Requirement[], lang: Lang): Table {
  return {
    columns: [
      { key: 'id', label: L('Eis', 'Requirement') },
      { key: 'function', label: L('Functie', 'Function') },
      { key: 'level', label: L('Niveau', 'Level') },
      { key: 'weight', label: L('Gewicht', 'Weight'), kind: 'integer' },
      { key: 'check', label: L('Toets', 'Check') },
      { key: 'validForMonths', label: L('Geldig (mnd)', 'Valid (months)'), kind: 'integer' },
      { key: 'appliesTo', label: L('Geldt voor', 'Applies to') },
      { key: 'basis', label: L('Basis', 'Basis') },
      { key: 'title', label: L('Titel', 'Title') },
    ],
    rows: requirements.map((r) => [
      r.id,
      r.function,
      r.level,
      r.weight,
      checkText(r, lang),
      r.validForMonths ?? null,
      appliesText(r),
      r.basis,
      r.title,
    ]),
  }
}

function editionBlocks(e: GuidelineEdition, requirements: Table, lang: Lang): Block[] {
  const pick = (x: { nl: string; en: string }) => x[lang]
  return [
    { type: 'title', text: `${e.title} (${e.id}@${e.version})` },
    {
      type: 'text',
      text: `${pick(L('Status', 'Status'))}: ${e.status} · ${pick(L('geldig', 'effective'))} ${period(e)}`,
    },
    { type: 'heading', text: pick(L('Normen', 'Norms')) },
    {
      type: 'table',
      table: {
        columns: [
          { key: 'norm', label: L('Norm', 'Norm') },
          { key: 'value', label: L('Waarde', 'Value'), kind: 'number' },
          { key: 'basis', label: L('Basis', 'Basis') },
          { key: 'sources', label: L('Bronnen', 'Sources') },
          { key: 'countedTiers', label: L('Telt mee', 'Counts') },
          { key: 'intent', label: L('Bedoeling', 'Intent') },
        ],
        rows: Object.entries(e.norms).map(([key, norm]) => [
          key,
          norm.value,
          norm.basis,
          norm.sources.join(', '),
          norm.countedTiers
            ? `${norm.countedTiers.tiers.join(', ')} (${norm.countedTiers.basis})`
            : key === 'inhabitantsPerPoint'
              ? pick(L('alle niveaus', 'every tier'))
              : '',
          norm.intent?.text ?? '',
        ]),
      },
    },
    { type: 'heading', text: pick(L('Functies', 'Functions')) },
    {
      type: 'table',
      table: {
        columns: [
          { key: 'id', label: L('Functie', 'Function') },
          { key: 'title', label: L('Titel', 'Title') },
        ],
        rows: e.functions.map((f) => [f.id, f.title]),
      },
    },
    { type: 'heading', text: pick(L('Eisen', 'Requirements')) },
    { type: 'table', table: requirements },
    ...((e.notes ?? []).length === 0
      ? []
      : ([
          { type: 'heading', text: pick(L('Toelichting', 'Notes')) },
          {
            type: 'table',
            table: {
              columns: [
                { key: 'kind', label: L('Soort', 'Kind') },
                { key: 'text', label: L('Tekst', 'Text') },
                { key: 'sources', label: L('Bronnen', 'Sources') },
              ],
              rows: (e.notes ?? []).map((n) => [n.kind, n.text, n.sources.join(', ')]),
            },
          },
        ] satisfies Block[])),
    { type: 'heading', text: pick(L('Bronnen', 'Sources')) },
    {
      type: 'table',
      table: {
        columns: [
          { key: 'id', label: L('Bron', 'Source') },
          { key: 'publisher', label: L('Uitgever', 'Publisher') },
          { key: 'title', label: L('Titel', 'Title') },
          { key: 'date', label: L('Datum', 'Date') },
          { key: 'address', label: L('Adres', 'Address') },
        ],
        rows: e.sources.map((s) => [s.id, s.publisher, s.title, s.date ?? '', s.address ?? '']),
      },
    },
  ]
}

/** A changed field's value; evidence as the agreement it asks for (`provides: fuel`). */
const show = (value: unknown) =>
  value === null || value === undefined
    ? '–'
    : typeof value === 'string'
      ? value
      : isEvidence(value)
        ? `provides: ${value.provides}`
        : JSON.stringify(value)

const isEvidence = (value: unknown): value is { provides: string } =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 1 &&
  typeof (value as { provides?: unknown }).provides === 'string'

/** `5000 (source)`, and for inhabitantsPerPoint the tiers that count: `5000 (source); telt: local`. */
function normText(side: GuidelineDiff['norms'][number]['from'], lang?: Lang): string {
  const value = lang ? formatNumber(side.value, lang, 2) : String(side.value)
  const tiers = side.countedTiers
    ? `; ${lang === 'en' ? 'counts' : 'telt'}: ${side.countedTiers.join(', ')}`
    : ''
  return `${value} (${side.basis})${tiers}`
}

/** Every change as one row: `added`, `removed`, `changed` (one row per field) or `norm`. */
function diffTable(d: GuidelineDiff): Table {
  return {
    columns: [
      { key: 'change', label: L('Wijziging', 'Change') },
      { key: 'id', label: L('Eis of norm', 'Requirement or norm') },
      { key: 'field', label: L('Veld', 'Field') },
      { key: 'from', label: L('Was', 'From') },
      { key: 'to', label: L('Wordt', 'To') },
      { key: 'title', label: L('Titel', 'Title') },
    ],
    rows: [
      ...d.added.map((r) => ['added', r.id, '', '', r.level, r.title]),
      ...d.removed.map((r) => ['removed', r.id, '', r.level, '', r.title]),
      ...d.changed.flatMap((r) =>
        r.changes.map((c) => ['changed', r.id, c.field, show(c.from), show(c.to), r.title]),
      ),
      ...d.norms.map((n) => ['norm', n.norm, 'value', normText(n.from), normText(n.to), '']),
    ],
  }
}

function diffBlocks(d: GuidelineDiff, lang: Lang): Block[] {
  const pick = (x: { nl: string; en: string }) => x[lang]
  const blocks: Block[] = [
    { type: 'title', text: `${d.from} → ${d.to}` },
    {
      type: 'text',
      text: pick(
        L(
          `${counted(d.added.length, 'eis', 'eisen')} toegevoegd, ${d.removed.length} vervallen, ${d.changed.length} gewijzigd, ${counted(d.norms.length, 'norm', 'normen')} gewijzigd`,
          `${counted(d.added.length, 'requirement', 'requirements')} added, ${d.removed.length} removed, ${d.changed.length} changed, ${counted(d.norms.length, 'norm', 'norms')} changed`,
        ),
      ),
    },
  ]
  const entries = (title: { nl: string; en: string }, rows: GuidelineDiff['added']) => {
    if (rows.length === 0) return
    blocks.push(
      { type: 'heading', text: pick(title) },
      {
        type: 'table',
        table: {
          columns: [
            { key: 'id', label: L('Eis', 'Requirement') },
            { key: 'function', label: L('Functie', 'Function') },
            { key: 'level', label: L('Niveau', 'Level') },
            { key: 'title', label: L('Titel', 'Title') },
          ],
          rows: rows.map((r) => [r.id, r.function, r.level, r.title]),
        },
      },
    )
  }
  entries(L('Toegevoegd', 'Added'), d.added)
  entries(L('Vervallen', 'Removed'), d.removed)
  if (d.changed.length > 0) {
    blocks.push(
      { type: 'heading', text: pick(L('Gewijzigd', 'Changed')) },
      {
        type: 'table',
        table: {
          columns: [
            { key: 'id', label: L('Eis', 'Requirement') },
            { key: 'field', label: L('Veld', 'Field') },
            { key: 'from', label: L('Was', 'From') },
            { key: 'to', label: L('Wordt', 'To') },
          ],
          rows: d.changed.flatMap((r) =>
            r.changes.map((c) => [r.id, c.field, show(c.from), show(c.to)]),
          ),
        },
      },
    )
  }
  if (d.norms.length > 0) {
    blocks.push(
      { type: 'heading', text: pick(L('Normen', 'Norms')) },
      {
        type: 'table',
        table: {
          columns: [
            { key: 'norm', label: L('Norm', 'Norm') },
            { key: 'from', label: L('Was', 'From') },
            { key: 'to', label: L('Wordt', 'To') },
          ],
          rows: d.norms.map((n) => [n.norm, normText(n.from, lang), normText(n.to, lang)]),
        },
      },
    )
  }
  return blocks
}

type Impact = ReturnType<typeof guidelineImpact>

function impactTable(impact: Impact, lang: Lang | undefined): Table {
  const level = (value: Impact['points'][number]['from']['level']) =>
    lang ? levelLabel(value, lang) : value
  return {
    columns: [
      { key: 'id', label: L('Id', 'Id') },
      { key: 'name', label: L('Naam', 'Name') },
      { key: 'municipality', label: L('Gemeente', 'Municipality') },
      { key: 'fromLevel', label: L('Niveau nu', 'Level now') },
      { key: 'toLevel', label: L('Niveau straks', 'Level then') },
      { key: 'fromScore', label: L('Score nu', 'Score now'), kind: 'percent' },
      { key: 'toScore', label: L('Score straks', 'Score then'), kind: 'percent' },
      { key: 'change', label: L('Verschil', 'Change') },
    ],
    rows: impact.points.map((p) => [
      p.id,
      p.name,
      p.municipality,
      level(p.from.level),
      level(p.to.level),
      p.from.score,
      p.to.score,
      lang ? { up: '↑', same: '=', down: '↓' }[p.change] : p.change,
    ]),
  }
}

function impactBlocks(impact: Impact, lang: Lang): Block[] {
  const pick = (x: { nl: string; en: string }) => x[lang]
  const { from, to } = impact.region
  const n = (v: number) => formatNumber(v, lang, 0)
  const changed = {
    ...impact,
    points: impact.points.filter((p) => p.change !== 'same' || p.from.score !== p.to.score),
  }
  return [
    { type: 'title', text: `${impact.from} → ${impact.to}` },
    { type: 'text', text: `${pick(L('peildatum', 'as of'))} ${impact.asOf}` },
    { type: 'heading', text: pick(L('Regio', 'Region')) },
    {
      type: 'table',
      table: {
        columns: [
          { key: 'figure', label: L('', '') },
          { key: 'from', label: { nl: impact.from, en: impact.from }, kind: 'number' },
          { key: 'to', label: { nl: impact.to, en: impact.to }, kind: 'number' },
        ],
        rows: [
          [pick(L('Gerede punten', 'Ready points')), n(from.readyPoints), n(to.readyPoints)],
          [
            pick(L('Benodigde punten', 'Required points')),
            n(from.requiredPoints),
            n(to.requiredPoints),
          ],
          [
            pick(L('Netwerkcompleetheid', 'Network completeness')),
            formatPercent(from.networkCompleteness, lang),
            formatPercent(to.networkCompleteness, lang),
          ],
          [
            pick(L('Gemiddelde score', 'Mean score')),
            formatPercent(from.meanScore, lang),
            formatPercent(to.meanScore, lang),
          ],
        ],
      },
    },
    {
      type: 'text',
      text:
        impact.drops.length === 0
          ? pick(L('\nGeen enkel actief punt zakt een niveau.', '\nNo active point drops a level.'))
          : pick(
              L(
                `\n${impact.drops.length === 1 ? '1 actief punt zakt' : `${impact.drops.length} actieve punten zakken`} een niveau: `,
                `\n${impact.drops.length === 1 ? '1 active point drops' : `${impact.drops.length} active points drop`} a level: `,
              ),
            ) + impact.drops.join(', '),
    },
    { type: 'text', text: historyText(impact, lang) },
    {
      type: 'heading',
      text: pick(
        L('Punten waarvan niveau of score verandert', 'Points whose level or score changes'),
      ),
    },
    { type: 'table', table: impactTable(changed, lang) },
  ]
}

/** How many assessments become history (and come back), per requirement. */
function historyText(impact: Impact, lang: Lang): string {
  const pick = (x: { nl: string; en: string }) => x[lang]
  const list = (requirements: Impact['history']['requirements']) =>
    requirements.map((r) => `${r.requirement} (${formatNumber(r.assessments, lang, 0)})`).join(', ')
  const lines = [
    impact.history.assessments === 0
      ? pick(L('Geen beoordeling wordt geschiedenis.', 'No assessment becomes history.'))
      : pick(
          L(
            `${formatNumber(impact.history.assessments, lang, 0)} beoordelingen worden geschiedenis: ze blijven bewaard maar tellen niet meer mee: `,
            `${formatNumber(impact.history.assessments, lang, 0)} assessments become history: kept, but no longer counted: `,
          ),
        ) + list(impact.history.requirements),
  ]
  if (impact.restored.assessments > 0)
    lines.push(
      pick(
        L(
          `${formatNumber(impact.restored.assessments, lang, 0)} beoordelingen uit de geschiedenis tellen weer mee: `,
          `${formatNumber(impact.restored.assessments, lang, 0)} assessments from history count again: `,
        ),
      ) + list(impact.restored.requirements),
    )
  return lines.join('\n')
}
