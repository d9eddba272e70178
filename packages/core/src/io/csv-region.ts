import { parseRegion, type ParseRegionOptions } from '../region/parse.ts'
import type { Region } from '../region/schema.ts'
import { formatPath, parsePath, type Issue, type Lang, type Result } from '../shared/issues.ts'
import { assessmentsCsvSpec, assessmentsToCsv } from './csv-assessments.ts'
import { csvMessage } from './csv-messages.ts'
import {
  agreementsCsvSpec,
  agreementsToCsv,
  partnersCsvSpec,
  partnersToCsv,
  staffingCsvSpec,
  staffingToCsv,
} from './csv-network.ts'
import { pointsCsvSpec, pointsToCsv } from './csv-points.ts'
import {
  columnForPath,
  readCsvRecords,
  type CsvRecordSpec,
  type CsvRecords,
} from './csv-records.ts'
import type { CsvWriteOptions } from './csv-table.ts'

/** The CSV texts of a region: points and assessments, and its partners, agreements and staffing. */
export interface RegionCsvFiles {
  points?: string | undefined
  assessments?: string | undefined
  partners?: string | undefined
  agreements?: string | undefined
  staffing?: string | undefined
}

/**
 * Writes a region's points and assessments as CSV texts (Dutch Excel by default), plus its
 * partners, agreements and staffing when it has them. Contacts are never written.
 */
export function regionToCsv(
  region: Pick<Region, 'points' | 'assessments' | 'partners' | 'agreements' | 'staffing'>,
  options: CsvWriteOptions = {},
): RegionCsvFiles & { points: string; assessments: string } {
  return {
    points: pointsToCsv(region.points, options),
    assessments: assessmentsToCsv(region.assessments, options),
    ...(region.partners ? { partners: partnersToCsv(region.partners, options) } : {}),
    ...(region.agreements ? { agreements: agreementsToCsv(region.agreements, options) } : {}),
    ...(region.staffing ? { staffing: staffingToCsv(region.staffing, options) } : {}),
  }
}

interface Loaded {
  spec: CsvRecordSpec<unknown>
  read: CsvRecords<unknown>
  /** CSV record of each entry in the merged document. */
  byDocIndex: CsvRecords<unknown>['records']
}

function load(
  text: string | undefined,
  spec: CsvRecordSpec<unknown>,
  lang: Lang,
): Loaded | undefined {
  if (text === undefined) return undefined
  const read = readCsvRecords(text, spec, lang)
  return { spec, read, byDocIndex: read.records.filter((r) => r.value !== undefined) }
}

/**
 * The points spec that also reads a municipality by its name in `base` (as the dashboard shows
 * it: "Almere" for GM0034), in any case. A code stays a code.
 */
function withMunicipalityNames(
  spec: CsvRecordSpec<unknown>,
  base: unknown,
): CsvRecordSpec<unknown> {
  const list = (base as { municipalities?: unknown } | null)?.municipalities
  if (!Array.isArray(list)) return spec
  const names: Record<string, string> = {}
  for (const m of list as Array<{ code?: unknown; name?: unknown }>) {
    if (typeof m?.code === 'string' && typeof m.name === 'string')
      names[m.name.trim().toLowerCase()] = m.code
  }
  return {
    ...spec,
    fields: spec.fields.map((field) =>
      field.column === 'municipality' ? { ...field, values: { ...names, ...field.values } } : field,
    ),
  }
}

/**
 * Replaces the points and/or assessments of a region with those read from CSV, then checks the
 * whole region with `parseRegion`: unknown municipalities, points or requirements are reported
 * at the line and column of the CSV cell. The rest of the region (municipalities, risk profile…)
 * comes from `base`, typically the region file the CSV was exported from.
 */
export function mergeRegionCsv(
  base: unknown,
  files: RegionCsvFiles,
  options: ParseRegionOptions = {},
): Result<Region> {
  const lang = options.lang ?? 'nl'
  const points = load(files.points, withMunicipalityNames(pointsCsvSpec, base), lang)
  const assessments = load(files.assessments, assessmentsCsvSpec as CsvRecordSpec<unknown>, lang)
  const partners = load(files.partners, partnersCsvSpec as CsvRecordSpec<unknown>, lang)
  const agreements = load(files.agreements, agreementsCsvSpec as CsvRecordSpec<unknown>, lang)
  const staffing = load(files.staffing, staffingCsvSpec as CsvRecordSpec<unknown>, lang)
  const all = [points, assessments, partners, agreements, staffing]
  const csvErrors = all.flatMap((l) => l?.read.errors ?? [])
  const csvWarnings = all.flatMap((l) => l?.read.warnings ?? [])

  const isObject = typeof base === 'object' && base !== null && !Array.isArray(base)
  const doc: Record<string, unknown> = isObject ? { ...(base as Record<string, unknown>) } : {}
  if (points) doc.points = points.byDocIndex.map((r) => r.value)
  if (assessments) doc.assessments = assessments.byDocIndex.map((r) => r.value)
  if (partners) {
    // A CSV has no contacts: keep those the region file has for the same partner id.
    const contacts = new Map<unknown, unknown>()
    if (Array.isArray(doc.partners))
      for (const p of doc.partners as { id?: unknown; contacts?: unknown }[])
        if (p && p.contacts !== undefined) contacts.set(p.id, p.contacts)
    doc.partners = partners.byDocIndex.map((r) => {
      const value = r.value as { id: string }
      const kept = contacts.get(value.id)
      return kept === undefined ? value : { ...value, contacts: kept }
    })
  }
  if (agreements) doc.agreements = agreements.byDocIndex.map((r) => r.value)
  if (staffing) doc.staffing = staffing.byDocIndex.map((r) => r.value)
  const checked = parseRegion(isObject ? doc : base, options)

  // Points the CSV rejected are not in the document; assessments naming them are not "unknown".
  const rejectedPointIds = new Set(
    points?.read.records.filter((r) => r.value === undefined).map((r) => r.raw.id),
  )
  const loaded: Record<string, Loaded | undefined> = {
    points,
    assessments,
    partners,
    agreements,
    staffing,
  }
  const locate = (issue: Issue): Issue | undefined => {
    const [collection, docIndex, ...rest] = parsePath(issue.path)
    const source = typeof collection === 'string' ? loaded[collection] : undefined
    const record = typeof docIndex === 'number' ? source?.byDocIndex[docIndex] : undefined
    if (!source || !record) return issue
    if (issue.code === 'unknown_point' && rejectedPointIds.has(record.raw.point)) return undefined
    const field = columnForPath(source.spec.fields, rest)
    const j = field ? source.read.columns.get(field.column) : undefined
    return {
      ...issue,
      path: formatPath([collection!, record.index, ...rest]),
      message: field
        ? csvMessage('column_prefix', lang, { column: field.column, message: issue.message })
        : issue.message,
      line: j === undefined ? record.row.line : record.row.cellLines[j]!,
      ...(j === undefined ? {} : { column: j + 1 }),
    }
  }

  const regionIssues = (checked.ok ? checked.warnings : checked.issues)
    .map(locate)
    .filter((i): i is Issue => i !== undefined)
  const errors = [...csvErrors, ...regionIssues.filter((i) => i.severity === 'error')]
  const warnings = [...csvWarnings, ...regionIssues.filter((i) => i.severity === 'warning')]
  if (!checked.ok || errors.length > 0) return { ok: false, issues: [...errors, ...warnings] }
  return { ok: true, value: checked.value, warnings }
}
