import {
  computeProgrammeProgress,
  decodeCsvBytes,
  locateIssues,
  parseProgramme,
  parsePopulationGrid,
  renderProgrammeReport,
  type PopulationGrid,
  type ProgrammeProgress,
  type Region,
} from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'
import type { Command } from 'commander'
import type { Context } from '../context.ts'
import { ExitCode, InvalidDataError, UsageError } from '../errors.ts'
import { checkOutputFile, readInputBytes, readInputText, writeFileAtomic } from '../files.ts'
import { t } from '../i18n.ts'
import { renderTerminal, type Block } from '../output/document.ts'
import { formatNumber } from '../output/format.ts'
import type { CommandSetup } from '../program.ts'
import { loadRegion } from '../region.ts'
import { toProgrammeJson } from '../report/programme-contract.ts'
import { addAsOfOption, asOfDate, toJsonResult } from './shared.ts'

const PROGRAMME_FORMATS = ['text', 'json', 'md', 'html'] as const
type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number]

interface ProgrammeOptions {
  region: string[]
  population: string[]
  asOf?: string
  since?: string
  format: ProgrammeFormat
  out?: string
}

const L = (nl: string, en: string) => ({ nl, en })
const collect = (value: string, previous: string[]) => [...previous, value]

export function registerProgramme(program: Command, setup: CommandSetup): void {
  const { l, action, parsers } = setup
  const command = program
    .command('programme')
    .description(
      l({
        nl: 'voortgang van een programma (zoals Weerbaarheid en veerkracht) en de rapportage aan het bestuur',
        en: 'progress of a programme (such as Weerbaarheid en veerkracht) and the report to the board',
      }),
    )
    .argument('<plan.json>', l({ nl: 'het programmabestand', en: 'the programme file' }))
    .option(
      '--region <region.json>',
      l({
        nl: 'regiobestand van een regio van het programma (herhaal voor elke regio); nodig voor de berekende indicatoren',
        en: "region file of one of the programme's regions (repeat for each); needed for the live indicators",
      }),
      collect,
      [],
    )
    .option(
      '--population <grid>',
      l({
        nl: 'bevolkingsraster voor de indicator population-coverage (herhaal per raster); telt voor de regio’s waarvan het gemeenten bevat',
        en: 'population grid for the population-coverage indicator (repeat per grid); counts for the regions whose municipalities it holds',
      }),
      collect,
      [],
    )
  addAsOfOption(command, setup)
  command
    .option(
      '--since <YYYY-MM-DD>',
      l({
        nl: 'wat is er veranderd sinds deze datum (standaard: de laatste rapportagedatum in het programma vóór de peildatum)',
        en: 'what changed since this date (default: the last report date in the programme before the date)',
      }),
      parsers.date('--since'),
    )
    .option(
      '--format <format>',
      l({ nl: 'uitvoer: text, json, md of html', en: 'output: text, json, md or html' }),
      parsers.choice<ProgrammeFormat>('--format', PROGRAMME_FORMATS),
      'text',
    )
    .option(
      '--out <file>',
      l({
        nl: 'schrijf naar dit bestand in plaats van naar stdout (in zijn geheel of niet)',
        en: 'write to this file instead of stdout (whole or not at all)',
      }),
    )
    .addHelpText(
      'after',
      l({
        nl: `
Per doel: de stand (op koers, risico, achter) met de reden, de indicatoren tegen hun verwachte
verloop (lineair van nulmeting naar streefwaarde), de acties, wat er veranderd is sinds de vorige
rapportage en de besluiten die nodig zijn. Berekende indicatoren (zoals gerede punten en dekking)
komen uit de regiobestanden op elke datum. md en html geven de voortgangsrapportage voor het
Directeurenoverleg en de algemeen besturen (html: één bestand, print met een pagina per doel).

Voorbeelden:
  $ weerbaar programme plan.json --region vr25.json --region vr14.json
  $ weerbaar programme plan.json --region vr25.json --region vr14.json --as-of 2026-12-01 --format html --out rapportage.html
  $ weerbaar programme plan.json --region vr25.json --region vr14.json --population raster.csv --format json`,
        en: `
Per goal: its status (on track, at risk, behind) with the reasons, the indicators against their
expected trajectory (linear from baseline to target), the actions, what changed since the
previous report and the decisions needed. Live indicators (such as ready points and coverage)
are computed from the region files on each date. md and html give the progress report for the
directors' meeting and the general boards (html: one file, prints with a page per goal).

Examples:
  $ weerbaar programme plan.json --region vr25.json --region vr14.json --lang en
  $ weerbaar programme plan.json --region vr25.json --region vr14.json --as-of 2026-12-01 --format html --out report.html
  $ weerbaar programme plan.json --region vr25.json --region vr14.json --population grid.csv --format json`,
      }),
    )
    .action(
      action(async (ctx, path: string, options: ProgrammeOptions) => {
        if (options.out !== undefined) await checkOutputFile(options.out, ctx.lang)
        const asOf = asOfDate(options)
        if (options.since !== undefined && options.since >= asOf)
          throw new UsageError(
            ctx.lang === 'nl'
              ? `--since (${options.since}) moet vóór de peildatum (${asOf}) liggen`
              : `--since (${options.since}) must be before the date (${asOf})`,
          )
        const regions: Region[] = []
        for (const file of options.region) regions.push(await loadRegion(file, ctx))
        const text = await readInputText(path, ctx.lang)
        const programme = loadProgramme(text, path, regions, ctx)
        checkRegions(programme.regions, regions, options.region, ctx)
        const grids = await loadGrids(options.population, regions, ctx)
        const progress = computeProgrammeProgress(programme, regions, {
          asOf,
          catalog,
          grids,
          lang: ctx.lang,
          ...(options.since !== undefined ? { since: options.since } : {}),
        })
        ctx.issues(path, locateIssues(text, progress.warnings))
        const output =
          options.format === 'json'
            ? toJsonResult(toProgrammeJson(progress))
            : options.format === 'text'
              ? renderTerminal(blocks(progress, ctx), ctx.lang)
              : renderProgrammeReport(programme, progress, {
                  format: options.format,
                  language: ctx.lang,
                })
        if (options.out === undefined) ctx.out(output)
        else {
          await writeFileAtomic(options.out, output, ctx.lang)
          ctx.note(t(ctx.lang, 'wrote', { file: options.out }))
        }
        return ExitCode.ok
      }),
    )
}

function loadProgramme(text: string, path: string, regions: Region[], ctx: Context) {
  const parsed = parseProgramme(text, { lang: ctx.lang, regions })
  if (!parsed.ok) throw new InvalidDataError(path, parsed.issues)
  ctx.issues(path, parsed.warnings)
  return parsed.value
}

/** Every region file must be one of the programme's regions, and each region given once. */
function checkRegions(codes: string[], regions: Region[], files: string[], ctx: Context): void {
  const seen = new Map<string, string>()
  regions.forEach((region, k) => {
    const code = region.region.code
    const file = files[k]!
    if (!codes.includes(code))
      throw new UsageError(
        ctx.lang === 'nl'
          ? `${file}: regio ${code} hoort niet bij dit programma (regio's: ${codes.join(', ')})`
          : `${file}: region ${code} is not one of this programme's (regions: ${codes.join(', ')})`,
      )
    const first = seen.get(code)
    if (first !== undefined)
      throw new UsageError(
        ctx.lang === 'nl'
          ? `${file}: regio ${code} is al gegeven met ${first}`
          : `${file}: region ${code} was already given with ${first}`,
      )
    seen.set(code, file)
  })
}

/** Each grid counts for the regions whose municipalities it holds; a region gets at most one. */
async function loadGrids(
  files: string[],
  regions: Region[],
  ctx: Context,
): Promise<Record<string, PopulationGrid>> {
  const grids: Record<string, PopulationGrid> = {}
  for (const file of files) {
    const parsed = parsePopulationGrid(decodeCsvBytes(await readInputBytes(file, ctx.lang)).text, {
      lang: ctx.lang,
    })
    if (!parsed.ok) throw new InvalidDataError(file, parsed.issues)
    ctx.issues(file, parsed.warnings)
    const held = new Set(parsed.value.grid.municipalities)
    let used = false
    for (const region of regions) {
      if (!region.municipalities.some((m) => held.has(m.code))) continue
      const code = region.region.code
      if (grids[code])
        throw new UsageError(
          ctx.lang === 'nl'
            ? `${file}: er is al een raster voor ${code}; geef per regio één raster`
            : `${file}: there is a grid for ${code} already; give one grid per region`,
        )
      grids[code] = parsed.value.grid
      used = true
    }
    if (!used)
      throw new UsageError(
        ctx.lang === 'nl'
          ? `${file}: het raster bevat geen gemeente van de gegeven regio's`
          : `${file}: the grid holds no municipality of the given regions`,
      )
  }
  return grids
}

function blocks(progress: ProgrammeProgress, ctx: Context): Block[] {
  const pick = (texts: { nl: string; en: string }) => texts[ctx.lang]
  const status = {
    on_track: pick(L('op koers', 'on track')),
    at_risk: pick(L('risico', 'at risk')),
    behind: pick(L('achter', 'behind')),
  }
  const number = (value: number | null, unit?: string) =>
    value === null ? '–' : `${formatNumber(value, ctx.lang, 1)}${unit ? ` ${unit}` : ''}`
  const out: Block[] = [
    { type: 'title', text: progress.programme.name },
    {
      type: 'facts',
      facts: [
        [pick(L('Peildatum', 'As of')), progress.asOf],
        [
          pick(L('Vorige rapportage', 'Previous report')),
          progress.since ?? pick(L('geen (eerste rapportage)', 'none (first report)')),
        ],
        [
          pick(L("Regio's", 'Regions')),
          progress.regions.map((r) => `${r.code}${r.name ? ` ${r.name}` : ''}`).join(', '),
        ],
        [
          pick(L('Stand', 'Status')),
          `${progress.totals.on_track} ${status.on_track}, ${progress.totals.at_risk} ${status.at_risk}, ${progress.totals.behind} ${status.behind}`,
        ],
      ],
    },
    {
      type: 'table',
      table: {
        columns: [
          { key: 'goal', label: L('Doel', 'Goal') },
          { key: 'status', label: L('Stand', 'Status') },
          { key: 'indicators', label: L('Indicatoren op koers', 'Indicators on track') },
          { key: 'overdue', label: L('Acties te laat', 'Actions late'), kind: 'integer' },
          { key: 'decisions', label: L('Besluiten nodig', 'Decisions needed'), kind: 'integer' },
        ],
        rows: progress.goals.map((g) => [
          g.name,
          status[g.status],
          `${g.indicators.filter((i) => i.onTrajectory === true).length}/${g.indicators.length}`,
          g.actions.filter((a) => a.overdue).length,
          g.openDecisions.length,
        ]),
      },
    },
  ]
  for (const g of progress.goals) {
    out.push({ type: 'heading', text: `${g.name}: ${status[g.status]}` })
    for (const r of g.reasons) out.push({ type: 'text', text: `  - ${r.message}` })
    if (g.indicators.length > 0)
      out.push({
        type: 'table',
        table: {
          columns: [
            { key: 'indicator', label: L('Indicator', 'Indicator') },
            { key: 'value', label: L('Waarde', 'Value') },
            { key: 'expected', label: L('Verwacht', 'Expected') },
            { key: 'target', label: L('Streefwaarde', 'Target') },
            { key: 'onTrajectory', label: L('Op koers', 'On track') },
          ],
          rows: g.indicators.map((i) => [
            i.name,
            i.value === null ? (i.unavailable?.message ?? '–') : number(i.value, i.unit),
            number(i.expected, i.unit),
            `${number(i.target.value, i.unit)} (${i.target.date})`,
            i.onTrajectory,
          ]),
        },
      })
  }
  if (progress.openDecisions.length > 0) {
    out.push({ type: 'heading', text: pick(L('Besluiten nodig', 'Decisions needed')) })
    for (const d of progress.openDecisions)
      out.push({
        type: 'text',
        text: `  - ${d.question}${d.neededBy ? ` (${pick(L('vóór', 'by'))} ${d.neededBy})` : ''}`,
      })
  }
  return out
}
