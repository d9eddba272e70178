import {
  AGREEMENT_STATUSES,
  AgreementSchema,
  PARTNER_KINDS,
  PartnerSchema,
  PROVISIONS,
  type Agreement,
  type Partner,
} from '../network/schema.ts'
import type { Result } from '../shared/issues.ts'
import type { CsvReadOptions } from './csv-points.ts'
import {
  enumValues,
  readCsvRecords,
  recordToCells,
  type CsvFieldSpec,
  type CsvRecordSpec,
} from './csv-records.ts'
import { resolveCsvWriteOptions, writeCsvTable, type CsvWriteOptions } from './csv-table.ts'

/**
 * Partners and agreements as Dutch Excel CSV. Contacts (personal data) are never in a CSV: a
 * partners CSV read back keeps the contacts the region file already has (`mergeRegionCsv`).
 */
export const PARTNERS_CSV_COLUMNS = ['id', 'name', 'kind', 'municipalities'] as const

const partnerFields: readonly CsvFieldSpec[] = [
  { column: 'id', path: ['id'], type: 'code', required: true },
  { column: 'name', path: ['name'], type: 'text', required: true, aliases: ['naam'] },
  {
    column: 'kind',
    path: ['kind'],
    type: 'code',
    required: true,
    aliases: ['soort'],
    values: enumValues(PARTNER_KINDS, {
      brandweer: 'fire_service',
      gemeente: 'municipality',
      zorg: 'care',
      onderwijs: 'education',
      welzijn: 'welfare',
      buurthuis: 'welfare',
      religieus: 'religious',
      kerk: 'religious',
      wonen: 'housing',
      woningcorporatie: 'housing',
      bedrijf: 'business',
      nutsbedrijf: 'utility',
      vrijwilligers: 'volunteers',
      overig: 'other',
    }),
  },
  { column: 'municipalities', path: ['municipalities'], type: 'list', aliases: ['gemeenten'] },
]

export const partnersCsvSpec: CsvRecordSpec<Partner> = {
  collection: 'partners',
  fields: partnerFields,
  schema: PartnerSchema,
  idColumn: 'id',
}

export const AGREEMENTS_CSV_COLUMNS = [
  'id',
  'partner',
  'points',
  'provides',
  'status',
  'signed',
  'validUntil',
  'note',
] as const

const agreementFields: readonly CsvFieldSpec[] = [
  { column: 'id', path: ['id'], type: 'code', required: true },
  { column: 'partner', path: ['partner'], type: 'code', required: true },
  {
    column: 'points',
    path: ['points'],
    type: 'list',
    required: true,
    aliases: ['punten', 'noodsteunpunten'],
  },
  {
    column: 'provides',
    path: ['provides'],
    type: 'list',
    required: true,
    aliases: ['levert'],
    values: enumValues(PROVISIONS, {
      locatie: 'location',
      bemensing: 'staffing',
      stroom: 'power',
      brandstof: 'fuel',
      water: 'water',
      voedsel: 'food',
      ehbo: 'first_aid',
      communicatie: 'communication',
      vervoer: 'transport',
    }),
  },
  {
    column: 'status',
    path: ['status'],
    type: 'code',
    required: true,
    values: enumValues(AGREEMENT_STATUSES, {
      concept: 'draft',
      getekend: 'signed',
      ondertekend: 'signed',
      beëindigd: 'ended',
      beeindigd: 'ended',
    }),
  },
  { column: 'signed', path: ['signed'], type: 'date', aliases: ['getekend', 'ondertekend'] },
  { column: 'validUntil', path: ['validUntil'], type: 'date', aliases: ['geldig tot'] },
  { column: 'note', path: ['note'], type: 'text', aliases: ['opmerking', 'notitie'] },
]

export const agreementsCsvSpec: CsvRecordSpec<Agreement> = {
  collection: 'agreements',
  fields: agreementFields,
  schema: AgreementSchema,
  idColumn: 'id',
}

/**
 * Reads a partners CSV (`id;name;kind;municipalities`, municipalities as `GM0034, GM0995`).
 * Every problem is reported with path, line and column.
 */
export function parsePartnersCsv(text: string, options: CsvReadOptions = {}): Result<Partner[]> {
  const { errors, records, warnings } = readCsvRecords(text, partnersCsvSpec, options.lang ?? 'nl')
  if (errors.length > 0) return { ok: false, issues: [...errors, ...warnings] }
  return { ok: true, value: records.map((r) => r.value!), warnings }
}

/** Writes partners as CSV, never their contacts; Dutch Excel by default. */
export function partnersToCsv(partners: readonly Partner[], options: CsvWriteOptions = {}): string {
  const resolved = resolveCsvWriteOptions(options)
  return writeCsvTable(
    PARTNERS_CSV_COLUMNS,
    partners.map((p) => recordToCells(p, partnerFields, resolved)),
    resolved,
  )
}

/**
 * Reads an agreements CSV (`id;partner;points;provides;status;signed;validUntil;note`; points
 * and provides as lists `a, b`; dates as 2026-03-01 or 1-3-2026).
 */
export function parseAgreementsCsv(
  text: string,
  options: CsvReadOptions = {},
): Result<Agreement[]> {
  const { errors, records, warnings } = readCsvRecords(
    text,
    agreementsCsvSpec,
    options.lang ?? 'nl',
  )
  if (errors.length > 0) return { ok: false, issues: [...errors, ...warnings] }
  return { ok: true, value: records.map((r) => r.value!), warnings }
}

/** Writes agreements as CSV; Dutch Excel by default. */
export function agreementsToCsv(
  agreements: readonly Agreement[],
  options: CsvWriteOptions = {},
): string {
  const resolved = resolveCsvWriteOptions(options)
  return writeCsvTable(
    AGREEMENTS_CSV_COLUMNS,
    agreements.map((a) => recordToCells(a, agreementFields, resolved)),
    resolved,
  )
}
