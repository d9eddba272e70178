import {
  AGREEMENT_STATUSES,
  AgreementSchema,
  PARTNER_KINDS,
  PartnerSchema,
  PROVISIONS,
  StaffingSchema,
  type Agreement,
  type Partner,
  type Staffing,
} from '../network/schema.ts'
import type { Result } from '../shared/issues.ts'
import type { CsvReadOptions } from './csv-points.ts'
import {
  enumValues,
  parseCsvRecords,
  writeCsvRecords,
  type CsvFieldSpec,
  type CsvRecordSpec,
} from './csv-records.ts'
import type { CsvWriteOptions } from './csv-table.ts'

/**
 * Partners, agreements and staffing as Dutch Excel CSV. Contacts (personal data) are never in a CSV: a
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

/** Columns of the staffing CSV: people are counted, never named. */
export const STAFFING_CSV_COLUMNS = [
  'point',
  'partner',
  'role',
  'people',
  'availableWithinHours',
] as const

const staffingFields: readonly CsvFieldSpec[] = [
  {
    column: 'point',
    path: ['point'],
    type: 'code',
    required: true,
    aliases: ['punt', 'noodsteunpunt'],
  },
  { column: 'partner', path: ['partner'], type: 'code', required: true },
  { column: 'role', path: ['role'], type: 'text', required: true, aliases: ['taak', 'rol'] },
  {
    column: 'people',
    path: ['people'],
    type: 'integer',
    required: true,
    aliases: ['mensen', 'aantal'],
  },
  {
    column: 'availableWithinHours',
    path: ['availableWithinHours'],
    type: 'number',
    aliases: ['binnen uren', 'beschikbaar binnen uren'],
  },
]

export const staffingCsvSpec: CsvRecordSpec<Staffing> = {
  collection: 'staffing',
  fields: staffingFields,
  schema: StaffingSchema,
}

/**
 * Reads a partners CSV (`id;name;kind;municipalities`, municipalities as `GM0034, GM0995`).
 * Every problem is reported with path, line and column.
 */
export function parsePartnersCsv(text: string, options: CsvReadOptions = {}): Result<Partner[]> {
  return parseCsvRecords(text, partnersCsvSpec, options.lang ?? 'nl')
}

/** Writes partners as CSV, never their contacts; Dutch Excel by default. */
export function partnersToCsv(partners: readonly Partner[], options: CsvWriteOptions = {}): string {
  return writeCsvRecords(PARTNERS_CSV_COLUMNS, partners, partnersCsvSpec, options)
}

/**
 * Reads an agreements CSV (`id;partner;points;provides;status;signed;validUntil;note`; points
 * and provides as lists `a, b`; dates as 2026-03-01 or 1-3-2026).
 */
export function parseAgreementsCsv(
  text: string,
  options: CsvReadOptions = {},
): Result<Agreement[]> {
  return parseCsvRecords(text, agreementsCsvSpec, options.lang ?? 'nl')
}

/** Writes agreements as CSV; Dutch Excel by default. */
export function agreementsToCsv(
  agreements: readonly Agreement[],
  options: CsvWriteOptions = {},
): string {
  return writeCsvRecords(AGREEMENTS_CSV_COLUMNS, agreements, agreementsCsvSpec, options)
}

/**
 * Reads a staffing CSV (`point;partner;role;people;availableWithinHours`; people a whole number,
 * hours with a decimal comma or point). Whether points and partners exist is checked by
 * `mergeRegionCsv`.
 */
export function parseStaffingCsv(text: string, options: CsvReadOptions = {}): Result<Staffing[]> {
  return parseCsvRecords(text, staffingCsvSpec, options.lang ?? 'nl')
}

/** Writes staffing as CSV; Dutch Excel by default. */
export function staffingToCsv(
  staffing: readonly Staffing[],
  options: CsvWriteOptions = {},
): string {
  return writeCsvRecords(STAFFING_CSV_COLUMNS, staffing, staffingCsvSpec, options)
}
