import {
  decodeCsvBytes,
  mergeRegionCsv,
  parseAgreementsCsv,
  parseStaffingCsv,
  parseAssessmentsCsv,
  parseJsonText,
  parsePartnersCsv,
  parsePointsCsv,
  regionToCsv,
  type Issue,
  type RegionCsvFiles,
} from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'
import type { Command } from 'commander'
import { basename, join } from 'node:path'
import type { Context } from '../context.ts'
import { ExitCode, InvalidDataError, UsageError } from '../errors.ts'
import {
  checkOutputFile,
  ensureOutputDirectory,
  readInputBytes,
  readInputText,
  writeFileAtomic,
} from '../files.ts'
import { t } from '../i18n.ts'
import type { CommandSetup } from '../program.ts'
import { loadRegion } from '../region.ts'
import { toJson } from './shared.ts'

interface ConvertOptions {
  toCsv?: string
  points?: string
  assessments?: string
  partners?: string
  agreements?: string
  staffing?: string
  out?: string
}

export function registerConvert(program: Command, { l, action }: CommandSetup): void {
  program
    .command('convert')
    .description(
      l({
        nl: 'regiobestand naar CSV (punten, beoordelingen) en terug',
        en: 'region file to CSV (points, assessments) and back',
      }),
    )
    .argument('<region.json>', l({ nl: 'het regiobestand', en: 'the region file' }))
    .option(
      '--to-csv <dir>',
      l({
        nl: 'schrijf <naam>.points.csv en <naam>.assessments.csv in deze map',
        en: 'write <name>.points.csv and <name>.assessments.csv to this directory',
      }),
    )
    .option(
      '--points <file.csv>',
      l({
        nl: 'vervang de noodsteunpunten door die uit deze CSV',
        en: 'replace the points with those of this CSV',
      }),
    )
    .option(
      '--assessments <file.csv>',
      l({
        nl: 'vervang de beoordelingen door die uit deze CSV',
        en: 'replace the assessments with those of this CSV',
      }),
    )
    .option(
      '--partners <file.csv>',
      l({
        nl: 'vervang de partners door die uit deze CSV (contactpersonen blijven)',
        en: 'replace the partners with those of this CSV (contacts are kept)',
      }),
    )
    .option(
      '--agreements <file.csv>',
      l({
        nl: 'vervang de afspraken door die uit deze CSV',
        en: 'replace the agreements with those of this CSV',
      }),
    )
    .option(
      '--staffing <file.csv>',
      l({
        nl: 'vervang de bemensing door die uit deze CSV',
        en: 'replace the staffing with that of this CSV',
      }),
    )
    .option(
      '--out <file.json>',
      l({
        nl: 'schrijf het nieuwe regiobestand hierheen (standaard: stdout)',
        en: 'write the new region file here (default: stdout)',
      }),
    )
    .addHelpText(
      'after',
      l({
        nl: `
Naar CSV schrijft Weerbaar ; en decimale komma's met BOM: het opent goed in Nederlandse Excel.
Bij inlezen mag de CSV ; of , gebruiken, met of zonder BOM, en decimale komma's.
Kolommen punten:       id;name;municipality;tier;kind;status;lat;lon;address;capacity;public;statusReason;provenance
Kolommen beoordelingen: point;requirement;date;result;value;note;assessor
Kolommen partners:      id;name;kind;municipalities (lijsten als GM0034, GM0995)
Kolommen afspraken:     id;partner;points;provides;status;signed;validUntil;note
Kolommen bemensing:     point;partner;role;people;availableWithinHours (aantallen, geen namen)
Partners, afspraken en bemensing worden alleen geschreven als de regio ze heeft; contactpersonen
(persoonsgegevens) komen nooit in een CSV.
Terug naar JSON komen gemeenten, richtlijn en risicoprofiel uit <region.json>; het
resultaat wordt als geheel gecontroleerd, fouten met regel en kolom in de CSV.

Voorbeelden:
  $ weerbaar convert regio.json --to-csv csv/
  $ weerbaar convert regio.json --points csv/regio.points.csv --assessments csv/regio.assessments.csv --out nieuw.json`,
        en: `
CSV written by Weerbaar uses ; and decimal commas with a BOM: it opens correctly in Dutch Excel.
CSV read may use ; or ,, with or without a BOM, and decimal commas.
Points columns:      id;name;municipality;tier;kind;status;lat;lon;address;capacity;public;statusReason;provenance
Assessments columns: point;requirement;date;result;value;note;assessor
Partners columns:    id;name;kind;municipalities (lists as GM0034, GM0995)
Agreements columns:  id;partner;points;provides;status;signed;validUntil;note
Staffing columns:    point;partner;role;people;availableWithinHours (counts, not names)
Partners, agreements and staffing are written only when the region has them; contacts (personal data)
never go into a CSV.
Back to JSON, municipalities, guideline and risk profile come from <region.json>; the result
is checked as a whole, with line and column in the CSV for every problem.

Examples:
  $ weerbaar convert region.json --to-csv csv/
  $ weerbaar convert region.json --points csv/region.points.csv --assessments csv/region.assessments.csv --out new.json`,
      }),
    )
    .action(
      action(async (ctx, path: string, options: ConvertOptions) => {
        const fromCsv =
          options.points !== undefined ||
          options.assessments !== undefined ||
          options.partners !== undefined ||
          options.agreements !== undefined ||
          options.staffing !== undefined
        if (options.toCsv !== undefined && (fromCsv || options.out !== undefined)) {
          throw new UsageError(t(ctx.lang, 'convertOneWay'))
        }
        if (options.toCsv !== undefined) return toCsv(path, options.toCsv, ctx)
        if (!fromCsv) throw new UsageError(t(ctx.lang, 'convertDirection'))
        return fromCsvFiles(path, options, ctx)
      }),
    )
}

async function toCsv(path: string, dir: string, ctx: Context): Promise<ExitCode> {
  const region = await loadRegion(path, ctx)
  await ensureOutputDirectory(dir, ctx.lang)
  const name = basename(path).replace(/\.json$/i, '')
  const files = regionToCsv(region)
  for (const [kind, text] of Object.entries(files)) {
    const file = join(dir, `${name}.${kind}.csv`)
    await writeFileAtomic(file, text, ctx.lang)
    ctx.note(t(ctx.lang, 'wrote', { file }))
  }
  return ExitCode.ok
}

const issueKey = (i: Issue) => `${i.code}|${i.line}|${i.column}|${i.message}`

async function fromCsvFiles(
  path: string,
  options: ConvertOptions,
  ctx: Context,
): Promise<ExitCode> {
  if (options.out !== undefined) await checkOutputFile(options.out, ctx.lang)
  const base = parseJsonText(await readInputText(path, ctx.lang), ctx.lang)
  if (!base.ok) throw new InvalidDataError(path, base.issues)

  // Each CSV on its own, so that problems without a path (header, quotes) are put to the right
  // file; then the region as a whole, for references between the rows and the rest of the region.
  const files: RegionCsvFiles = {}
  const fileOf: Record<string, string> = {}
  const byFile = new Map<string, Issue[]>()
  const seen = new Set<string>()
  const add = (file: string, issue: Issue) => {
    if (seen.has(issueKey(issue))) return
    seen.add(issueKey(issue))
    byFile.set(file, [...(byFile.get(file) ?? []), issue])
  }
  const csvs = [
    ['points', options.points, parsePointsCsv],
    ['assessments', options.assessments, parseAssessmentsCsv],
    ['partners', options.partners, parsePartnersCsv],
    ['agreements', options.agreements, parseAgreementsCsv],
    ['staffing', options.staffing, parseStaffingCsv],
  ] as const
  for (const [kind, file, parse] of csvs) {
    if (file === undefined) continue
    const text = decodeCsvBytes(await readInputBytes(file, ctx.lang)).text
    const parsed = parse(text, { lang: ctx.lang })
    for (const issue of parsed.ok ? parsed.warnings : parsed.issues) add(file, issue)
    files[kind] = text
    fileOf[kind] = file
  }
  const merged = mergeRegionCsv(base.value, files, { lang: ctx.lang, catalog })
  for (const issue of merged.ok ? merged.warnings : merged.issues) {
    const collection = /^(points|assessments|partners|agreements|staffing)\b/.exec(issue.path)?.[1]
    add((collection && fileOf[collection]) || path, issue)
  }
  for (const [file, issues] of byFile) ctx.issues(file, issues)
  if (!merged.ok) {
    for (const [file, issues] of byFile) {
      const count = issues.filter((i) => i.severity === 'error').length
      if (count > 0) ctx.error(t(ctx.lang, 'invalid', { file, count }))
    }
    return ExitCode.failure
  }

  // Everything else of the region file stays as it was (key order, $schema, no added defaults).
  const document = { ...(base.value as Record<string, unknown>) }
  if (files.points !== undefined) document.points = merged.value.points
  if (files.assessments !== undefined) document.assessments = merged.value.assessments
  if (files.partners !== undefined) document.partners = merged.value.partners
  if (files.agreements !== undefined) document.agreements = merged.value.agreements
  if (files.staffing !== undefined) document.staffing = merged.value.staffing
  const json = toJson(document)
  if (options.out === undefined) ctx.out(json)
  else {
    await writeFileAtomic(options.out, json, ctx.lang)
    ctx.note(t(ctx.lang, 'wrote', { file: options.out }))
  }
  return ExitCode.ok
}
