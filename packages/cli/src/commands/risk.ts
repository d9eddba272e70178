import { riskReadiness, toRiskReport, type RiskReadiness } from '@weerbaar/core'
import { resolveRuleset, riskMethodFor } from '@weerbaar/guidelines'
import type { Command } from 'commander'
import { CliError, ExitCode } from '../errors.ts'
import { t, type Lang } from '../i18n.ts'
import { renderMarkdown, renderTerminal, type Block } from '../output/document.ts'
import { formatNumber, formatPercent } from '../output/format.ts'
import { renderCsvTable, type Format, type Table } from '../output/table.ts'
import type { CommandSetup } from '../program.ts'
import { loadRegion } from '../region.ts'
import { addAsOfOption, addFormatOption, asOfDate, toJsonResult } from './shared.ts'

const L = (nl: string, en: string) => ({ nl, en })

export function registerRisk(program: Command, setup: CommandSetup): void {
  const { l, action } = setup
  const command = program
    .command('risk')
    .description(
      l({
        nl: 'het risicoprofiel gerangschikt, met de gereedheid per scenario',
        en: 'the risk profile ranked, with readiness per scenario',
      }),
    )
    .argument('<region.json>', l({ nl: 'het regiobestand', en: 'the region file' }))
  addAsOfOption(command, setup)
  addFormatOption(command, setup)
  command
    .addHelpText(
      'after',
      l({
        nl: `
Per scenario: rang, impactklasse, waarschijnlijkheid, de gemeenten waar het speelt, en hoeveel
noodsteunpunten gereed zijn als alleen de eisen zonder scenario en die van dit scenario tellen.
Prioriteit = (risicopositie / 9) × (1 − netwerkcompleetheid): hoog risico én onvoorbereid.

Voorbeelden:
  $ weerbaar risk regio.json
  $ weerbaar risk regio.json --as-of 2026-11-01 --format json`,
        en: `
Per scenario: rank, impact class, likelihood, the municipalities it concerns, and how many points
are ready when only untagged requirements and the scenario's own count.
Priority = (risk position / 9) × (1 − network completeness): high risk and unprepared.

Examples:
  $ weerbaar risk region.json --lang en
  $ weerbaar risk region.json --as-of 2026-11-01 --format json`,
      }),
    )
    .action(
      action(async (ctx, path: string, options: { asOf?: string; format: Format }) => {
        const region = await loadRegion(path, ctx)
        // The command is used right; the data lacks what it needs: exit 1, like invalid data.
        if (!region.riskProfile)
          throw new CliError(`${path}: ${t(ctx.lang, 'noRiskProfile')}`, ExitCode.failure)
        if (region.riskProfile.scenarios.length === 0)
          throw new CliError(`${path}: ${t(ctx.lang, 'noScenarios')}`, ExitCode.failure)
        const result = riskReadiness(
          region,
          resolveRuleset(region),
          riskMethodFor(region.riskProfile),
          { asOf: asOfDate(options) },
        )
        const data = toRiskReport(result)
        if (options.format === 'json') ctx.out(toJsonResult(data))
        else if (options.format === 'csv') ctx.out(renderCsvTable(riskTable(result)))
        else {
          const blocks = riskBlocks(result, region.region, ctx.lang)
          ctx.out(
            options.format === 'md'
              ? renderMarkdown(blocks, ctx.lang)
              : renderTerminal(blocks, ctx.lang),
          )
        }
      }),
    )
}

function riskTable(result: RiskReadiness, lang?: Lang): Table {
  return {
    columns: [
      { key: 'rank', label: L('#', '#'), kind: 'integer' },
      { key: 'id', label: L('Scenario', 'Scenario') },
      { key: 'title', label: L('Titel', 'Title') },
      { key: 'impactClass', label: L('Impact', 'Impact') },
      { key: 'likelihoodClass', label: L('Kans', 'Likelihood') },
      { key: 'riskPosition', label: L('Risico', 'Risk'), kind: 'number' },
      { key: 'municipalities', label: L('Gemeenten', 'Municipalities') },
      { key: 'readyPoints', label: L('Gereed', 'Ready'), kind: 'integer' },
      { key: 'activePoints', label: L('Actief', 'Active'), kind: 'integer' },
      { key: 'requiredPoints', label: L('Nodig', 'Required'), kind: 'integer' },
      { key: 'networkCompleteness', label: L('Netwerk', 'Network'), kind: 'percent' },
      { key: 'priority', label: L('Prioriteit', 'Priority'), kind: 'number', digits: 2 },
    ],
    rows: result.scenarios.map(({ risk, readiness, priority }) => [
      risk.rank,
      risk.id,
      risk.title,
      lang ? `${risk.impact.class} ${risk.impact.label}` : risk.impact.class,
      lang ? `${risk.likelihood.class} ${risk.likelihood.label}` : risk.likelihood.class,
      risk.riskPosition,
      risk.municipalities
        ? risk.municipalities.join(lang ? ', ' : ' ')
        : lang
          ? L('alle', 'all')[lang]
          : '',
      readiness.readyPoints,
      readiness.activePoints,
      readiness.requiredPoints,
      readiness.networkCompleteness,
      priority,
    ]),
  }
}

function riskBlocks(
  result: RiskReadiness,
  region: { code: string; name: string },
  lang: Lang,
): Block[] {
  const pick = (x: { nl: string; en: string }) => x[lang]
  const byPriority = [...result.scenarios].sort((a, b) => b.priority - a.priority).slice(0, 3)
  return [
    {
      type: 'title',
      text: `${pick(L('Risicoprofiel', 'Risk profile'))} ${region.name} (${region.code})`,
    },
    {
      type: 'text',
      text: `${pick(L('Methode', 'Method'))} ${result.analysis?.method ?? '–'} · ${pick(L('peildatum', 'as of'))} ${result.asOf}`,
    },
    {
      type: 'heading',
      text: pick(L('Scenario’s, hoogste risico eerst', 'Scenarios, highest risk first')),
    },
    { type: 'table', table: riskTable(result, lang) },
    {
      type: 'heading',
      text: pick(L('Hoog risico en het minst voorbereid', 'High risk and least prepared')),
    },
    {
      type: 'facts',
      facts: byPriority.map(({ risk, readiness, priority }) => [
        risk.title,
        `${pick(L('prioriteit', 'priority'))} ${formatNumber(priority, lang, 2)} · ${formatNumber(readiness.readyPoints, lang, 0)}/${formatNumber(readiness.requiredPoints, lang, 0)} ${pick(L('punten gereed', 'points ready'))} (${formatPercent(readiness.networkCompleteness, lang)})`,
      ]),
    },
  ]
}
