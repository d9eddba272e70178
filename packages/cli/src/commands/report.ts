import { computeReadiness, type Ruleset } from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'
import type { Command } from 'commander'
import type { Context } from '../context.ts'
import type { Lang } from '../i18n.ts'
import type { CommandSetup } from '../program.ts'
import { loadRegion, supersededBy, supersededWarning } from '../region.ts'
import { toReport, type Report } from '../report/contract.ts'
import { renderMarkdown, renderTerminal, type Block } from '../output/document.ts'
import { formatNumber, formatPercent } from '../output/format.ts'
import { levelLabel } from '../output/labels.ts'
import { renderCsvTable, type Format, type Table } from '../output/table.ts'
import { addAsOfOption, addFormatOption, asOfDate, checkScenario, toJson } from './shared.ts'

interface ReportOptions {
  asOf?: string
  scenario?: string
  format: Format
  points?: boolean
}

export function registerReport(program: Command, setup: CommandSetup): void {
  const { l, action } = setup
  const command = program
    .command('report')
    .description(
      l({
        nl: 'gereedheid van de regio, haar gemeenten en noodsteunpunten',
        en: 'readiness of the region, its municipalities and points',
      }),
    )
    .argument('<region.json>', l({ nl: 'het regiobestand', en: 'the region file' }))
  addAsOfOption(command, setup)
  command.option(
    '--scenario <id>',
    l({
      nl: 'gereedheid onder één scenario van het risicoprofiel',
      en: 'readiness under one scenario of the risk profile',
    }),
  )
  addFormatOption(command, setup)
  command
    .option(
      '--points',
      l({
        nl: 'ook een tabel per noodsteunpunt (table, md)',
        en: 'also a table of the points (table, md)',
      }),
    )
    .addHelpText(
      'after',
      l({
        nl: `
Formaten:
  table  voor mensen in een terminal (standaard)
  json   het vaste, gedocumenteerde contract; getallen niet afgerond
  csv    één regel per noodsteunpunt, voor Excel (; en decimale komma)
  md     Markdown, voor een rapport of wiki

Voorbeelden:
  $ weerbaar report regio.json
  $ weerbaar report regio.json --as-of 2026-11-01 --format json > rapport.json
  $ weerbaar report regio.json --scenario langdurige-stroomuitval --points
  $ weerbaar report regio.json --format csv > punten.csv`,
        en: `
Formats:
  table  for people at a terminal (default)
  json   the stable, documented contract; numbers not rounded
  csv    one row per point, for spreadsheets (; and decimal comma)
  md     Markdown, for a report or a wiki

Examples:
  $ weerbaar report region.json --lang en
  $ weerbaar report region.json --as-of 2026-11-01 --format json > report.json
  $ weerbaar report region.json --scenario power-outage --points
  $ weerbaar report region.json --format csv > points.csv`,
      }),
    )
    .action(
      action(async (ctx, path: string, options: ReportOptions) => {
        const region = await loadRegion(path, ctx)
        checkScenario(region, options.scenario, ctx)
        const ruleset = resolveRuleset(region)
        const asOf = asOfDate(options)
        const readiness = computeReadiness(region, ruleset, {
          asOf,
          ...(options.scenario ? { scenario: options.scenario } : {}),
        })
        const superseded = supersededWarning(region, asOf, path, ctx)
        if (superseded) ctx.issues(path, [superseded])
        const report = toReport(readiness, supersededBy(region, asOf))
        ctx.out(renderReport(report, ruleset, options, ctx))
      }),
    )
}

function renderReport(
  report: Report,
  ruleset: Ruleset,
  options: ReportOptions,
  ctx: Context,
): string {
  switch (options.format) {
    case 'json':
      return toJson(report)
    case 'csv':
      return renderCsvTable(pointsTable(report))
    case 'md':
      return renderMarkdown(reportBlocks(report, ruleset, options, ctx.lang), ctx.lang)
    case 'table':
      return renderTerminal(reportBlocks(report, ruleset, options, ctx.lang), ctx.lang)
  }
}

const L = (nl: string, en: string) => ({ nl, en })

function reportBlocks(
  report: Report,
  ruleset: Ruleset,
  options: ReportOptions,
  lang: Lang,
): Block[] {
  const pick = (texts: { nl: string; en: string }) => texts[lang]
  const r = report.region
  const n = (value: number) => formatNumber(value, lang, 0)
  const context = [
    `${pick(L('Richtlijn', 'Guideline'))} ${report.guideline}`,
    `${pick(L('peildatum', 'as of'))} ${report.asOf}`,
    ...(report.scenario ? [`${pick(L('scenario', 'scenario'))} ${report.scenario}`] : []),
  ].join(' · ')
  const titles = new Map(ruleset.requirements.map((req) => [req.id, req.title]))
  const blocks: Block[] = [
    { type: 'title', text: `${r.name} (${r.code})` },
    { type: 'text', text: context },
    { type: 'heading', text: pick(L('Regio', 'Region')) },
    {
      type: 'facts',
      facts: [
        [pick(L('Inwoners', 'Population')), n(r.population)],
        [pick(L('Benodigde punten', 'Required points')), n(r.requiredPoints)],
        [pick(L('Actieve punten', 'Active points')), n(r.activePoints)],
        [pick(L('Gerede punten', 'Ready points')), n(r.readyPoints)],
        [
          pick(L('Netwerkcompleetheid', 'Network completeness')),
          formatPercent(r.networkCompleteness, lang),
        ],
        [pick(L('Gemiddelde score', 'Mean score')), formatPercent(r.meanScore, lang)],
        [pick(L('Volledigheid', 'Completeness')), formatPercent(r.completeness, lang)],
      ],
    },
    { type: 'heading', text: pick(L('Gemeenten', 'Municipalities')) },
    { type: 'table', table: municipalitiesTable(report) },
  ]
  if (r.topGaps.length > 0) {
    blocks.push(
      {
        type: 'heading',
        text: pick(L('Grootste tekorten in de regio', 'Largest gaps in the region')),
      },
      {
        type: 'table',
        table: {
          columns: [
            { key: 'requirement', label: L('Eis', 'Requirement') },
            { key: 'title', label: L('Omschrijving', 'Title') },
            { key: 'points', label: L('Punten zonder', 'Points lacking'), kind: 'integer' },
          ],
          rows: r.topGaps.map((g) => [g.requirement, titles.get(g.requirement) ?? '', g.points]),
        },
      },
    )
  }
  // Requirements met through an agreement (issue 15), so a reader sees why they count as met.
  const evidenced = report.points.flatMap((p) =>
    p.requirements.flatMap((req) =>
      req.evidence
        ? [
            [
              p.id,
              req.id,
              req.outcome,
              req.evidence.agreement,
              req.evidence.partner,
              req.evidence.validUntil ?? '–',
            ],
          ]
        : [],
    ),
  )
  if (evidenced.length > 0) {
    blocks.push(
      {
        type: 'heading',
        text: pick(L('Aangetoond door afspraken', 'Shown by agreements')),
      },
      {
        type: 'table',
        table: {
          columns: [
            { key: 'point', label: L('Punt', 'Point') },
            { key: 'requirement', label: L('Eis', 'Requirement') },
            { key: 'outcome', label: L('Uitkomst', 'Outcome') },
            { key: 'agreement', label: L('Afspraak', 'Agreement') },
            { key: 'partner', label: L('Partner', 'Partner') },
            { key: 'validUntil', label: L('Geldig tot', 'Valid until') },
          ],
          rows: evidenced,
        },
      },
    )
  }
  if (options.points) {
    blocks.push(
      { type: 'heading', text: pick(L('Noodsteunpunten', 'Points')) },
      { type: 'table', table: pointsTable(report, lang) },
    )
  }
  return blocks
}

function municipalitiesTable(report: Report): Table {
  return {
    columns: [
      { key: 'code', label: L('Code', 'Code') },
      { key: 'name', label: L('Gemeente', 'Municipality') },
      { key: 'population', label: L('Inwoners', 'Population'), kind: 'integer' },
      { key: 'requiredPoints', label: L('Nodig', 'Required'), kind: 'integer' },
      { key: 'activePoints', label: L('Actief', 'Active'), kind: 'integer' },
      { key: 'readyPoints', label: L('Gereed', 'Ready'), kind: 'integer' },
      { key: 'networkCompleteness', label: L('Netwerk', 'Network'), kind: 'percent' },
      { key: 'meanScore', label: L('Score', 'Score'), kind: 'percent' },
      { key: 'completeness', label: L('Volledig', 'Complete'), kind: 'percent' },
      { key: 'not_ready', label: L('Niet gereed', 'Not ready'), kind: 'integer' },
      { key: 'unknown', label: L('Onbekend', 'Unknown'), kind: 'integer' },
    ],
    rows: report.municipalities.map((m) => [
      m.code,
      m.name,
      m.population,
      m.requiredPoints,
      m.activePoints,
      m.readyPoints,
      m.networkCompleteness,
      m.meanScore,
      m.completeness,
      m.levels.not_ready,
      m.levels.unknown,
    ]),
  }
}

/**
 * One row per point. Without `lang` (CSV) the status and level are the stable values
 * (`not_ready`); for people the level is a label, and it already tells a point's status.
 */
function pointsTable(report: Report, lang?: Lang): Table {
  const columns: Table['columns'] = [
    { key: 'id', label: L('Id', 'Id') },
    { key: 'name', label: L('Naam', 'Name') },
    { key: 'municipality', label: L('Gemeente', 'Municipality') },
    ...(lang ? [] : [{ key: 'status', label: L('Status', 'Status') }]),
    { key: 'level', label: L('Niveau', 'Level') },
    { key: 'score', label: L('Score', 'Score'), kind: 'percent' },
    { key: 'completeness', label: L('Volledig', 'Complete'), kind: 'percent' },
  ]
  return {
    columns,
    rows: report.points.map((p) => [
      p.id,
      p.name,
      p.municipality,
      ...(lang ? [] : [p.status]),
      lang ? levelLabel(p.level, lang) : p.level,
      p.score,
      p.completeness,
    ]),
  }
}
