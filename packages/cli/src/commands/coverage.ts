import {
  COVERAGE_INCLUDES,
  computeReadiness,
  decodeCsvBytes,
  levelsFromReadiness,
  parseCandidatesCsv,
  parsePopulationGrid,
  regionCoverage,
  regionSiting,
  toCoverageReport,
  uncoveredCellsGeoJson,
  type Candidate,
  type CoverageInclude,
  type Issue,
  type PopulationGrid,
  type Region,
  type RegionCoverage,
  type RegionSiting,
  type Ruleset,
} from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'
import type { Command } from 'commander'
import type { Context } from '../context.ts'
import { ExitCode, InvalidDataError } from '../errors.ts'
import { checkOutputFile, readInputBytes, writeFileAtomic } from '../files.ts'
import { t, type Lang } from '../i18n.ts'
import { renderMarkdown, renderTerminal, type Block } from '../output/document.ts'
import { formatNumber, formatPercent } from '../output/format.ts'
import { renderCsvTable, type Format, type Table } from '../output/table.ts'
import type { Progress } from '../progress.ts'
import type { CommandSetup } from '../program.ts'
import { loadRegion } from '../region.ts'
import { addAsOfOption, addFormatOption, asOfDate, toJsonResult } from './shared.ts'

const L = (nl: string, en: string) => ({ nl, en })

interface CoverageInputOptions {
  population: string
  confidential?: number
  radius?: number
  include: CoverageInclude
  asOf?: string
  format: Format
}

interface CoverageOptions extends CoverageInputOptions {
  geojson?: string
}

interface SiteOptions extends CoverageInputOptions {
  count: number
  candidates?: string
  improve?: boolean
}

/** The options coverage and siting share: grid, radius, which points count, date, format. */
function addCoverageInputOptions(command: Command, setup: CommandSetup): void {
  const { l, parsers } = setup
  command
    .requiredOption(
      '--population <grid>',
      l({
        nl: 'verplicht: bevolkingsraster: CSV (x;y of lat;lon, population, municipality) of GeoJSON',
        en: 'required: population grid: CSV (x;y or lat;lon, population, municipality) or GeoJSON',
      }),
    )
    .option(
      '--confidential <inhabitants>',
      l({
        nl: 'inwoners voor een vak met een CBS-geheimhoudingscode (-99997 e.d.), bijv. 0; zonder deze optie is zo’n vak een fout',
        en: 'inhabitants for a cell with a CBS confidentiality code (-99997 etc.), e.g. 0; without it such a cell is an error',
      }),
      parsers.nonNegativeNumber('--confidential'),
    )
    .option(
      '--radius <m>',
      l({
        nl: 'afstand in meter (standaard: de norm maxDistanceMeters)',
        en: 'distance in metres (default: the norm maxDistanceMeters)',
      }),
      parsers.positiveNumber('--radius'),
    )
    .option(
      '--include <points>',
      l({
        nl: 'welke punten tellen: ready (actief en gereed), active (alle actieve) of planned (gereed plus gepland)',
        en: 'which points count: ready (active and ready), active (all active) or planned (ready plus planned)',
      }),
      parsers.choice('--include', COVERAGE_INCLUDES),
      'ready',
    )
  addAsOfOption(command, setup)
  addFormatOption(command, setup)
}

interface Prepared {
  region: Region
  ruleset: Ruleset
  grid: PopulationGrid
  radius: number
  levels: Map<string, string> | undefined
  asOf: string
}

/** Puts each issue to the file it is about: the region file for `municipalities[…]`, else the grid. */
function printCoverageWarnings(
  ctx: Context,
  warnings: readonly Issue[],
  files: { region: string; grid: string; candidates?: string },
): void {
  for (const issue of warnings) {
    const file = issue.path.startsWith('municipalities')
      ? files.region
      : issue.path.startsWith('candidates') && files.candidates
        ? files.candidates
        : files.grid
    ctx.issues(file, [issue])
  }
}

/** Region, ruleset, grid, radius and the readiness levels the points are counted by. */
async function prepare(
  path: string,
  options: CoverageInputOptions,
  ctx: Context,
  progress: Progress,
): Promise<Prepared> {
  const region = await loadRegion(path, ctx)
  const ruleset = resolveRuleset(region)
  progress.stage(t(ctx.lang, 'stageGrid'))
  const bytes = await readInputBytes(options.population, ctx.lang)
  const parsed = parsePopulationGrid(decodeCsvBytes(bytes).text, {
    lang: ctx.lang,
    ...(options.confidential !== undefined ? { confidential: options.confidential } : {}),
  })
  progress.end()
  if (!parsed.ok) throw new InvalidDataError(options.population, parsed.issues)
  ctx.issues(options.population, parsed.warnings)
  const asOf = asOfDate(options)
  let levels: Map<string, string> | undefined
  if (options.include !== 'active') {
    progress.stage(t(ctx.lang, 'stageReadiness'))
    levels = levelsFromReadiness(computeReadiness(region, ruleset, { asOf }))
  }
  return {
    region,
    ruleset,
    grid: parsed.value.grid,
    radius: options.radius ?? ruleset.norms.maxDistanceMeters.value,
    levels,
    asOf,
  }
}

export function registerCoverage(program: Command, setup: CommandSetup): void {
  const { l, action } = setup
  const command = program
    .command('coverage')
    .description(
      l({
        nl: 'aandeel van de inwoners binnen bereik van een gereed noodsteunpunt',
        en: 'share of the population within reach of a ready point',
      }),
    )
    .argument('<region.json>', l({ nl: 'het regiobestand', en: 'the region file' }))
  addCoverageInputOptions(command, setup)
  command
    .option(
      '--geojson <file>',
      l({
        nl: 'schrijf ook de niet-gedekte vakken als GeoJSON, voor een kaart',
        en: 'also write the uncovered cells as GeoJSON, for a map',
      }),
    )
    .addHelpText(
      'after',
      l({
        nl: `
Een vak telt als gedekt als een meetellend punt, in welke gemeente ook, binnen de straal van
het midden ligt (rechte lijn in RD New). Per gemeente en voor de regio: inwoners, gedekt,
percentage; en een histogram van de afstand tot het dichtstbijzijnde punt.
Voortgang verschijnt op stderr als dat een terminal is (niet met --quiet).

Voorbeelden:
  $ weerbaar coverage regio.json --population raster.csv
  $ weerbaar coverage regio.json --population raster.csv --include planned --radius 1500
  $ weerbaar coverage regio.json --population raster.csv --geojson ongedekt.geojson --format json`,
        en: `
A cell is covered when a counting point, in any municipality, lies within the radius of its
centre (straight line in RD New). Per municipality and for the region: population, covered,
percentage; and a histogram of the distance to the nearest point.
Progress shows on stderr when it is a terminal (not with --quiet).

Examples:
  $ weerbaar coverage region.json --population grid.csv
  $ weerbaar coverage region.json --population grid.csv --include planned --radius 1500
  $ weerbaar coverage region.json --population grid.csv --geojson uncovered.geojson --format json`,
      }),
    )
    .action(
      action(async (ctx, path: string, options: CoverageOptions) => {
        if (options.geojson !== undefined) await checkOutputFile(options.geojson, ctx.lang)
        const progress = ctx.progress(t(ctx.lang, 'coverageLabel'))
        try {
          const input = await prepare(path, options, ctx, progress)
          progress.stage(t(ctx.lang, 'stageCoverage'))
          const result = regionCoverage(input.region, input.grid, {
            radius: input.radius,
            include: options.include,
            ...(input.levels ? { levels: input.levels } : {}),
            lang: ctx.lang,
          })
          let geojson: string | undefined
          if (options.geojson !== undefined) {
            progress.stage(t(ctx.lang, 'stageGeojson'))
            geojson = `${JSON.stringify(uncoveredCellsGeoJson(result.grid, result))}\n`
          }
          progress.end()
          printCoverageWarnings(ctx, result.warnings, { region: path, grid: options.population })
          if (geojson !== undefined && options.geojson !== undefined) {
            await writeFileAtomic(options.geojson, geojson, ctx.lang)
            ctx.note(t(ctx.lang, 'wrote', { file: options.geojson }))
          }
          ctx.out(renderCoverage(result, input, options.format, ctx.lang))
          return ExitCode.ok
        } finally {
          progress.end()
        }
      }),
    )
}

export function registerSite(program: Command, setup: CommandSetup): void {
  const { l, action, parsers } = setup
  const command = program
    .command('site')
    .description(
      l({
        nl: 'stel voor waar nieuwe noodsteunpunten de meeste inwoners bereiken',
        en: 'propose where new points reach the most people',
      }),
    )
    .argument('<region.json>', l({ nl: 'het regiobestand', en: 'the region file' }))
    .requiredOption(
      '--count <n>',
      l({ nl: 'verplicht: hoeveel nieuwe punten', en: 'required: how many new points' }),
      parsers.positiveInteger('--count'),
    )
    .option(
      '--candidates <file.csv>',
      l({
        nl: 'extra kandidaten (id;name;lat;lon;municipality;kind) naast de geplande punten',
        en: 'more candidates (id;name;lat;lon;municipality;kind) besides the planned points',
      }),
    )
    .option(
      '--improve',
      l({
        nl: 'daarna ruilen zolang dat de dekking verhoogt',
        en: 'then swap while that raises coverage',
      }),
    )
  addCoverageInputOptions(command, setup)
  command
    .addHelpText(
      'after',
      l({
        nl: `
Kiest uit de kandidaten (de geplande punten van de regio, plus --candidates) er N die samen
de meeste nog niet gedekte inwoners bereiken; de bestaande punten blijven staan. Gretig: elke
stap de kandidaat met de grootste winst. Toont per keuze de winst en de dekking daarna.

Voorbeelden:
  $ weerbaar site regio.json --population raster.csv --count 5
  $ weerbaar site regio.json --population raster.csv --count 10 --candidates kandidaten.csv --improve
  $ weerbaar site regio.json --population raster.csv --count 5 --format csv > voorstel.csv`,
        en: `
Chooses N of the candidates (the region's planned points, plus --candidates) that together
reach the most people not covered yet; existing points stay. Greedy: each step the candidate
with the largest gain. Shows each pick's gain and the coverage after it.

Examples:
  $ weerbaar site region.json --population grid.csv --count 5
  $ weerbaar site region.json --population grid.csv --count 10 --candidates candidates.csv --improve
  $ weerbaar site region.json --population grid.csv --count 5 --format csv > proposal.csv`,
      }),
    )
    .action(
      action(async (ctx, path: string, options: SiteOptions) => {
        const progress = ctx.progress(t(ctx.lang, 'sitingLabel'))
        try {
          let candidates: Candidate[] = []
          const input = await prepare(path, options, ctx, progress)
          if (options.candidates !== undefined) {
            const bytes = await readInputBytes(options.candidates, ctx.lang)
            const parsed = parseCandidatesCsv(decodeCsvBytes(bytes).text, { lang: ctx.lang })
            if (!parsed.ok) {
              progress.end()
              throw new InvalidDataError(options.candidates, parsed.issues)
            }
            ctx.issues(options.candidates, parsed.warnings)
            candidates = parsed.value.candidates
          }
          progress.stage(t(ctx.lang, 'stageSiting', { count: options.count }))
          const result = regionSiting(input.region, input.grid, {
            radius: input.radius,
            include: options.include,
            ...(input.levels ? { levels: input.levels } : {}),
            count: options.count,
            candidates,
            improve: Boolean(options.improve),
            lang: ctx.lang,
          })
          progress.end()
          printCoverageWarnings(ctx, result.warnings, {
            region: path,
            grid: options.population,
            ...(options.candidates ? { candidates: options.candidates } : {}),
          })
          // Fewer picks than asked for is an answer, not an error; it says why.
          if (result.picks.length < options.count) {
            const candidates = result.candidates.length
            ctx.note(
              `weerbaar: ${t(ctx.lang, 'fewerPicks', {
                picked: result.picks.length,
                count: options.count,
                reason:
                  candidates < options.count
                    ? t(ctx.lang, 'fewerCandidates', { candidates })
                    : t(ctx.lang, 'noMoreGain'),
              })}`,
            )
          }
          ctx.out(renderSiting(result, input, options.format, ctx.lang))
          return ExitCode.ok
        } finally {
          progress.end()
        }
      }),
    )
}

// --- coverage output ---------------------------------------------------------------------

function municipalityCoverageTable(result: RegionCoverage): Table {
  return {
    columns: [
      { key: 'code', label: L('Code', 'Code') },
      { key: 'name', label: L('Gemeente', 'Municipality') },
      { key: 'population', label: L('Inwoners (raster)', 'Population (grid)'), kind: 'integer' },
      {
        key: 'registeredPopulation',
        label: L('Inwoners (regio)', 'Population (region)'),
        kind: 'integer',
      },
      { key: 'covered', label: L('Gedekt', 'Covered'), kind: 'integer' },
      { key: 'uncovered', label: L('Niet gedekt', 'Not covered'), kind: 'integer' },
      { key: 'percentage', label: L('Dekking', 'Coverage'), kind: 'percent' },
      { key: 'cells', label: L('Vakken', 'Cells'), kind: 'integer' },
    ],
    rows: result.municipalities.map((m) => [
      m.code,
      m.name,
      m.population,
      m.registeredPopulation,
      m.covered,
      m.uncovered,
      m.percentage,
      m.cells,
    ]),
  }
}

function histogramTable(result: RegionCoverage, lang: Lang): Table {
  const total = result.total.population
  let cumulative = 0
  return {
    columns: [
      { key: 'from', label: L('Van (m)', 'From (m)'), kind: 'integer' },
      { key: 'to', label: L('Tot en met (m)', 'Up to (m)'), kind: 'integer' },
      { key: 'population', label: L('Inwoners', 'Population'), kind: 'integer' },
      { key: 'cells', label: L('Vakken', 'Cells'), kind: 'integer' },
      { key: 'cumulative', label: L('Cumulatief', 'Cumulative'), kind: 'percent' },
    ],
    rows: result.histogram.map((bin) => {
      cumulative += bin.population
      return [
        bin.from,
        bin.to ?? (lang === 'nl' ? 'verder' : 'beyond'),
        bin.population,
        bin.cells,
        total > 0 ? (100 * cumulative) / total : null,
      ]
    }),
  }
}

const includeLabel: Record<CoverageInclude, { nl: string; en: string }> = {
  ready: L('actieve punten die gereed zijn', 'active points that are ready'),
  active: L('alle actieve punten', 'all active points'),
  planned: L('gerede én geplande punten', 'ready and planned points'),
}

function renderCoverage(
  result: RegionCoverage,
  input: Prepared,
  format: Format,
  lang: Lang,
): string {
  if (format === 'json') return toJsonResult(toCoverageReport(result, input.asOf))
  if (format === 'csv') return renderCsvTable(municipalityCoverageTable(result))
  const pick = (x: { nl: string; en: string }) => x[lang]
  const n = (v: number) => formatNumber(v, lang, 0)
  const blocks: Block[] = [
    {
      type: 'title',
      text: `${pick(L('Dekking', 'Coverage'))} ${input.region.region.name} (${input.region.region.code})`,
    },
    {
      type: 'text',
      text: `${pick(L('peildatum', 'as of'))} ${input.asOf} · ${pick(L('straal', 'radius'))} ${n(result.radius)} m · ${pick(L('tellen mee', 'counting'))}: ${pick(includeLabel[result.include])} (${n(result.points)})`,
    },
    { type: 'heading', text: pick(L('Regio', 'Region')) },
    {
      type: 'facts',
      facts: [
        [pick(L('Inwoners in het raster', 'Population in the grid')), n(result.total.population)],
        [pick(L('Gedekt', 'Covered')), n(result.total.covered)],
        [pick(L('Niet gedekt', 'Not covered')), n(result.total.uncovered)],
        [pick(L('Dekking', 'Coverage')), formatPercent(result.total.percentage, lang)],
      ],
    },
    { type: 'heading', text: pick(L('Gemeenten', 'Municipalities')) },
    { type: 'table', table: municipalityCoverageTable(result) },
    {
      type: 'heading',
      text: pick(L('Afstand tot het dichtstbijzijnde punt', 'Distance to the nearest point')),
    },
    { type: 'table', table: histogramTable(result, lang) },
  ]
  return format === 'md' ? renderMarkdown(blocks, lang) : renderTerminal(blocks, lang)
}

// --- siting output -----------------------------------------------------------------------

/** The JSON of `weerbaar site`: the picks in order, without the per-cell arrays. */
function sitingJson(result: RegionSiting, input: Prepared) {
  const pick = (p: RegionSiting['picks'][number]) => ({
    id: p.site.id,
    name: p.site.name,
    municipality: p.site.municipality,
    kind: p.site.kind,
    location: p.site.location,
    source: p.site.source,
    gain: p.gain,
    covered: p.covered,
    percentage: p.percentage,
  })
  return {
    asOf: input.asOf,
    radius: result.radius,
    include: result.include,
    population: result.population,
    baseline: result.baseline,
    picks: result.picks.map(pick),
    greedy: result.greedy.map(pick),
    swaps: result.swaps.map((s) => ({
      removed: s.removedId,
      added: s.addedId,
      gain: s.gain,
      covered: s.covered,
    })),
    covered: result.covered,
    percentage: result.percentage,
    candidates: result.candidates.length,
  }
}

function picksTable(result: RegionSiting, lang: Lang | undefined): Table {
  return {
    columns: [
      { key: 'order', label: L('#', '#'), kind: 'integer' },
      { key: 'id', label: L('Kandidaat', 'Candidate') },
      { key: 'name', label: L('Naam', 'Name') },
      { key: 'municipality', label: L('Gemeente', 'Municipality') },
      { key: 'source', label: L('Bron', 'Source') },
      { key: 'lat', label: L('Lat', 'Lat'), kind: 'number', digits: 5 },
      { key: 'lon', label: L('Lon', 'Lon'), kind: 'number', digits: 5 },
      { key: 'gain', label: L('Winst (inwoners)', 'Gain (people)'), kind: 'integer' },
      { key: 'covered', label: L('Gedekt daarna', 'Covered after'), kind: 'integer' },
      { key: 'percentage', label: L('Dekking daarna', 'Coverage after'), kind: 'percent' },
    ],
    rows: result.picks.map((p, i) => [
      i + 1,
      p.site.id,
      p.site.name,
      p.site.municipality,
      lang
        ? (p.site.source === 'planned'
            ? L('gepland punt', 'planned point')
            : L('kandidatenbestand', 'candidate file'))[lang]
        : p.site.source,
      p.site.location.lat,
      p.site.location.lon,
      p.gain,
      p.covered,
      p.percentage,
    ]),
  }
}

function renderSiting(result: RegionSiting, input: Prepared, format: Format, lang: Lang): string {
  if (format === 'json') return toJsonResult(sitingJson(result, input))
  if (format === 'csv') return renderCsvTable(picksTable(result, undefined))
  const pick = (x: { nl: string; en: string }) => x[lang]
  const n = (v: number) => formatNumber(v, lang, 0)
  const blocks: Block[] = [
    {
      type: 'title',
      text: `${pick(L('Voorstel voor nieuwe noodsteunpunten', 'Proposed new points'))} ${input.region.region.name} (${input.region.region.code})`,
    },
    {
      type: 'text',
      text: `${pick(L('peildatum', 'as of'))} ${input.asOf} · ${pick(L('straal', 'radius'))} ${n(result.radius)} m · ${pick(L('tellen mee', 'counting'))}: ${pick(includeLabel[result.include])} · ${n(result.candidates.length)} ${pick(result.candidates.length === 1 ? L('kandidaat', 'candidate') : L('kandidaten', 'candidates'))}`,
    },
    {
      type: 'facts',
      facts: [
        [pick(L('Inwoners in het raster', 'Population in the grid')), n(result.population)],
        [
          pick(L('Dekking nu', 'Coverage now')),
          `${formatPercent(result.baseline.percentage, lang)} (${n(result.baseline.covered)})`,
        ],
        [
          pick(L('Dekking met het voorstel', 'Coverage with the proposal')),
          `${formatPercent(result.percentage, lang)} (${n(result.covered)})`,
        ],
      ],
    },
    { type: 'heading', text: pick(L('Keuzes, in volgorde', 'Picks, in order')) },
  ]
  if (result.picks.length === 0)
    blocks.push({
      type: 'text',
      text: pick(L('Geen kandidaat voegt nog inwoners toe.', 'No candidate adds anyone.')),
    })
  else blocks.push({ type: 'table', table: picksTable(result, lang) })
  if (result.swaps.length > 0) {
    blocks.push({
      type: 'text',
      text: `\n${pick(L('Geruild na de gretige keuze', 'Swapped after the greedy choice'))}: ${result.swaps.map((s) => `${s.removedId} → ${s.addedId} (+${n(s.gain)})`).join(', ')}`,
    })
  }
  return format === 'md' ? renderMarkdown(blocks, lang) : renderTerminal(blocks, lang)
}
