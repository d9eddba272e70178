import {
  analyzeNetwork,
  contactDirectory,
  decodeCsvBytes,
  parsePopulationGrid,
  regionCoverage,
  rulesetLabel,
  simulateDropOut,
  withoutPartner,
  type Region,
} from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'
import type { Command } from 'commander'
import type { Context } from '../context.ts'
import { InvalidDataError, UsageError } from '../errors.ts'
import { readInputBytes } from '../files.ts'
import type { CommandSetup } from '../program.ts'
import { loadRegion } from '../region.ts'
import { toNetworkJson, type NetworkJson } from '../report/network-contract.ts'
import { renderMarkdown, renderTerminal, type Block } from '../output/document.ts'
import { formatNumber, formatPercent } from '../output/format.ts'
import { renderCsvTable, type Format, type Table } from '../output/table.ts'
import { addAsOfOption, addFormatOption, asOfDate, toJson } from './shared.ts'

interface NetworkOptions {
  asOf?: string
  without?: string
  threshold?: number
  format: Format
  withContacts?: boolean
  population?: string
  confidential?: number
  radius?: number
}

const L = (nl: string, en: string) => ({ nl, en })

export function registerNetwork(program: Command, setup: CommandSetup): void {
  const { l, action, parsers } = setup
  const command = program
    .command('network')
    .description(
      l({
        nl: 'netwerk van partners: afspraken, bemensing en kwetsbare schakels',
        en: 'network of partners: agreements, staffing and single points of failure',
      }),
    )
    .argument('<region.json>', l({ nl: 'het regiobestand', en: 'the region file' }))
  addAsOfOption(command, setup)
  command
    .option(
      '--without <partner>',
      l({
        nl: 'wat als deze partner uitvalt: alles opnieuw zonder zijn afspraken en bemensing',
        en: 'what if this partner drops out: everything again without its agreements and staffing',
      }),
    )
    .option(
      '--threshold <share>',
      l({
        nl: 'kwetsbare schakel boven dit aandeel (0 tot 1; standaard 0,25)',
        en: 'single point of failure above this share (0 to 1; default 0.25)',
      }),
      (value: string) => {
        const n = Number(value.replace(',', '.'))
        if (value.trim() !== '' && Number.isFinite(n) && n >= 0 && n < 1) return n
        throw new UsageError(
          l({
            nl: `--threshold: verwacht een aandeel van 0 tot 1, zoals 0,25; niet "${value}"`,
            en: `--threshold: expected a share from 0 to 1, such as 0.25; not "${value}"`,
          }),
        )
      },
    )
    .option(
      '--population <grid>',
      l({
        nl: 'met --without: tel ook de inwoners binnen bereik van een gereed punt, voor en na, met dit bevolkingsraster (zoals bij coverage)',
        en: 'with --without: also count the residents within reach of a ready point, before and after, on this population grid (as for coverage)',
      }),
    )
    .option(
      '--confidential <inhabitants>',
      l({
        nl: 'inwoners voor een vak met een CBS-geheimhoudingscode (-99997 e.d.), bijv. 0',
        en: 'inhabitants for a cell with a CBS confidentiality code (-99997 etc.), e.g. 0',
      }),
      parsers.nonNegativeNumber('--confidential'),
    )
    .option(
      '--radius <m>',
      l({
        nl: 'afstand in meter voor --population (standaard: de norm maxDistanceMeters)',
        en: 'distance in metres for --population (default: the norm maxDistanceMeters)',
      }),
      parsers.positiveNumber('--radius'),
    )
  addFormatOption(command, setup)
  command
    .option(
      '--with-contacts',
      l({
        nl: 'neem de contactpersonen op (persoonsgegevens; alleen voor wie ze nodig heeft)',
        en: 'include the contact persons (personal data; only for those who need them)',
      }),
    )
    .addHelpText(
      'after',
      l({
        nl: `
Per noodsteunpunt: welke voorzieningen een geldige afspraak dekt, hoeveel uur (0 tot 72) de
bemensing volhoudt en wat ontbreekt; de kwetsbare schakels (partners van wie meer dan het
aandeel van de punten of inwoners afhangt); afspraken die binnen 90 dagen aflopen; punten
zonder afspraak over de locatie. Contactgegevens alleen met --with-contacts.

Voorbeelden:
  $ weerbaar network regio.json
  $ weerbaar network regio.json --without brandstof-noord --format json > uitval.json
  $ weerbaar network regio.json --without brandstof-noord --population raster.csv
  $ weerbaar network regio.json --with-contacts --format md > netwerkoverleg.md`,
        en: `
Per point: which provisions a valid agreement covers, how many hours (0 to 72) its staffing
lasts and what is missing; the single points of failure (partners on whom more than the share
of points or residents depends); agreements ending within 90 days; points without an agreement
for their location. Contact details only with --with-contacts.

Examples:
  $ weerbaar network region.json --lang en
  $ weerbaar network region.json --without fuel-north --format json > dropout.json
  $ weerbaar network region.json --without fuel-north --population grid.csv
  $ weerbaar network region.json --with-contacts --format md > network-meeting.md`,
      }),
    )
    .action(
      action(async (ctx, path: string, options: NetworkOptions) => {
        const region = await loadRegion(path, ctx)
        const reach = await residentsWithinReach(region, options, ctx)
        ctx.out(renderNetwork(networkJson(region, options, ctx, reach), options, ctx))
      }),
    )
}

type ReachCounter = (readyPointIds: ReadonlySet<string>) => number

/**
 * With `--population`: a counter of the residents within reach of a set of ready points, as
 * `weerbaar coverage --include ready` counts them. Only for `--without` (the before and after).
 */
async function residentsWithinReach(
  region: Region,
  options: NetworkOptions,
  ctx: Context,
): Promise<ReachCounter | undefined> {
  if (options.population === undefined) {
    if (options.radius !== undefined || options.confidential !== undefined)
      throw new UsageError(
        ctx.lang === 'nl'
          ? '--radius en --confidential horen bij --population'
          : '--radius and --confidential go with --population',
      )
    return undefined
  }
  if (options.without === undefined)
    throw new UsageError(
      ctx.lang === 'nl'
        ? '--population telt inwoners voor en na een uitval: geef ook --without <partner>'
        : '--population counts residents before and after a drop-out: also give --without <partner>',
    )
  const bytes = await readInputBytes(options.population, ctx.lang)
  const parsed = parsePopulationGrid(decodeCsvBytes(bytes).text, {
    lang: ctx.lang,
    ...(options.confidential !== undefined ? { confidential: options.confidential } : {}),
  })
  if (!parsed.ok) throw new InvalidDataError(options.population, parsed.issues)
  ctx.issues(options.population, parsed.warnings)
  const grid = parsed.value.grid
  const radius = options.radius ?? resolveRuleset(region).norms.maxDistanceMeters.value
  let warned = false
  return (ready) => {
    const levels = new Map(
      region.points.map((p) => [p.id, ready.has(p.id) ? 'ready' : 'not_ready']),
    )
    const result = regionCoverage(region, grid, {
      radius,
      include: 'ready',
      levels,
      lang: ctx.lang,
    })
    if (!warned) ctx.issues(options.population!, result.warnings)
    warned = true
    return result.total.covered
  }
}

function networkJson(
  region: Region,
  options: NetworkOptions,
  ctx: Context,
  reach?: ReachCounter,
): NetworkJson {
  const asOf = asOfDate(options)
  const ruleset = resolveRuleset(region)
  let analyzed: Region = region
  let dropOut = null
  if (options.without !== undefined) {
    const known = (region.partners ?? []).map((p) => p.id)
    if (!known.includes(options.without))
      throw new UsageError(
        ctx.lang === 'nl'
          ? `onbekende partner "${options.without}" (bekend: ${known.join(', ') || '–'})`
          : `unknown partner "${options.without}" (known: ${known.join(', ') || '–'})`,
      )
    dropOut = simulateDropOut(region, ruleset, options.without, {
      asOf,
      ...(reach ? { residentsWithinReach: reach } : {}),
    })
    analyzed = withoutPartner(region, options.without)
  }
  const analysis = analyzeNetwork(analyzed, ruleset, {
    asOf,
    ...(options.threshold !== undefined ? { spofThreshold: options.threshold } : {}),
  })
  return toNetworkJson(analysis, {
    guideline: rulesetLabel(ruleset),
    without: options.without ?? null,
    dropOut,
    ...(options.withContacts ? { contacts: contactDirectory(region) } : {}),
  })
}

function renderNetwork(json: NetworkJson, options: NetworkOptions, ctx: Context): string {
  switch (options.format) {
    case 'json':
      return toJson(json)
    case 'csv':
      return renderCsvTable(pointsTable(json))
    case 'md':
      return renderMarkdown(blocks(json, ctx), ctx.lang)
    case 'table':
      return renderTerminal(blocks(json, ctx), ctx.lang)
  }
}

function pointsTable(json: NetworkJson): Table {
  return {
    columns: [
      { key: 'id', label: L('Punt', 'Point') },
      { key: 'municipality', label: L('Gemeente', 'Municipality') },
      { key: 'provisions', label: L('Afgesproken', 'Agreed') },
      { key: 'people', label: L('Mensen', 'People'), kind: 'integer' },
      { key: 'staffingHours', label: L('Uren bemensing', 'Staffed hours'), kind: 'integer' },
      { key: 'missing', label: L('Ontbreekt', 'Missing') },
    ],
    rows: json.points.map((p) => [
      p.id,
      p.municipality,
      p.provisions.join(', '),
      p.people,
      p.staffingHours,
      p.missing.join(', '),
    ]),
  }
}

function blocks(json: NetworkJson, ctx: Context): Block[] {
  const pick = (texts: { nl: string; en: string }) => texts[ctx.lang]
  const share = (value: number) => formatPercent(100 * value, ctx.lang)
  const out: Block[] = [
    { type: 'title', text: pick(L('Netwerk', 'Network')) },
    {
      type: 'text',
      text: [
        `${pick(L('Richtlijn', 'Guideline'))} ${json.guideline}`,
        `${pick(L('peildatum', 'as of'))} ${json.asOf}`,
        ...(json.without ? [`${pick(L('zonder', 'without'))} ${json.without}`] : []),
      ].join(' · '),
    },
  ]
  if (json.dropOut) {
    const { before, after } = json.dropOut
    const n = (v: number | null) => (v === null ? '–' : formatNumber(v, ctx.lang, 0))
    out.push(
      { type: 'heading', text: pick(L('Als deze partner uitvalt', 'If this partner drops out')) },
      {
        type: 'table',
        table: {
          columns: [
            { key: 'figure', label: L('', '') },
            { key: 'before', label: L('Nu', 'Now'), kind: 'integer' },
            { key: 'after', label: L('Zonder', 'Without'), kind: 'integer' },
          ],
          rows: [
            [pick(L('Gerede punten', 'Ready points')), before.readyPoints, after.readyPoints],
            [
              pick(L('Punten 72 uur bemenst', 'Points staffed 72 h')),
              before.staffedPoints,
              after.staffedPoints,
            ],
          ],
        },
      },
    )
    if (before.residentsWithinReach !== null)
      out.push({
        type: 'text',
        text: `${pick(L('Inwoners binnen bereik', 'Residents within reach'))}: ${n(before.residentsWithinReach)} → ${n(after.residentsWithinReach)}`,
      })
  }
  out.push({
    type: 'heading',
    text: pick(L('Kwetsbare schakels', 'Single points of failure')),
  })
  if (json.singlePointsOfFailure.length === 0)
    out.push({
      type: 'text',
      text: pick(L('Geen boven de drempel.', 'None above the threshold.')),
    })
  else
    out.push({
      type: 'table',
      table: {
        columns: [
          { key: 'partner', label: L('Partner', 'Partner') },
          { key: 'provides', label: L('Levert', 'Provides') },
          { key: 'points', label: L('Punten', 'Points'), kind: 'integer' },
          { key: 'share', label: L('Aandeel punten', 'Share of points') },
          { key: 'residentShare', label: L('Aandeel inwoners', 'Share of residents') },
          { key: 'municipalities', label: L('Gemeenten', 'Municipalities') },
        ],
        rows: json.singlePointsOfFailure.map((s) => [
          s.partnerName,
          s.provides,
          s.points.length,
          share(s.share),
          share(s.residentShare),
          s.municipalities.map((m) => `${m.code} ${share(m.share)}`).join(', '),
        ]),
      },
    })
  if (json.expiring.length > 0)
    out.push(
      {
        type: 'heading',
        text: pick(L('Afspraken die binnenkort aflopen', 'Agreements ending soon')),
      },
      {
        type: 'table',
        table: {
          columns: [
            { key: 'agreement', label: L('Afspraak', 'Agreement') },
            { key: 'partner', label: L('Partner', 'Partner') },
            { key: 'validUntil', label: L('Geldig tot', 'Valid until') },
            { key: 'daysLeft', label: L('Dagen', 'Days'), kind: 'integer' },
          ],
          rows: json.expiring.map((e) => [e.agreement, e.partner, e.validUntil, e.daysLeft]),
        },
      },
    )
  if (json.withoutLocationAgreement.length > 0)
    out.push(
      {
        type: 'heading',
        text: pick(
          L('Punten zonder afspraak over de locatie', 'Points without a location agreement'),
        ),
      },
      { type: 'text', text: json.withoutLocationAgreement.join(', ') },
    )
  out.push(
    { type: 'heading', text: pick(L('Noodsteunpunten', 'Points')) },
    { type: 'table', table: pointsTable(json) },
  )
  if (json.contacts) {
    out.push({ type: 'heading', text: pick(L('Contactpersonen', 'Contacts')) })
    for (const m of json.contacts) {
      if (m.roles.length === 0) continue
      out.push({
        type: 'table',
        table: {
          columns: [
            { key: 'municipality', label: L('Gemeente', 'Municipality') },
            { key: 'role', label: L('Rol', 'Role') },
            { key: 'partner', label: L('Partner', 'Partner') },
            { key: 'name', label: L('Naam', 'Name') },
            { key: 'phone', label: L('Telefoon', 'Phone') },
            { key: 'email', label: L('E-mail', 'Email') },
          ],
          rows: m.roles.flatMap((r) =>
            r.contacts.map((c) => [
              m.name,
              r.role,
              c.partnerName,
              c.name ?? '',
              c.phone ?? '',
              c.email ?? '',
            ]),
          ),
        },
      })
    }
  }
  return out
}
