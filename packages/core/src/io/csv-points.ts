import { POINT_KINDS, TIERS } from '../guideline/schema.ts'
import { POINT_STATUSES, PointSchema, type Point, type PointInput } from '../region/schema.ts'
import type { Lang, Result } from '../shared/issues.ts'
import {
  enumValues,
  readCsvRecords,
  recordToCells,
  type CsvFieldSpec,
  type CsvRecordSpec,
} from './csv-records.ts'
import { resolveCsvWriteOptions, writeCsvTable, type CsvWriteOptions } from './csv-table.ts'

/** Columns of the points CSV, in the order they are written. */
export const POINTS_CSV_COLUMNS = [
  'id',
  'name',
  'municipality',
  'tier',
  'kind',
  'status',
  'lat',
  'lon',
  'address',
  'capacity',
  'public',
  'statusReason',
  'provenance',
] as const

const pointFields: readonly CsvFieldSpec[] = [
  { column: 'id', path: ['id'], type: 'code', required: true },
  { column: 'name', path: ['name'], type: 'text', required: true, aliases: ['naam'] },
  {
    column: 'municipality',
    path: ['municipality'],
    type: 'code',
    required: true,
    aliases: ['gemeente', 'gemeentecode'],
  },
  {
    column: 'tier',
    path: ['tier'],
    type: 'code',
    required: true,
    aliases: ['niveau', 'soort punt'],
    values: enumValues(TIERS, {
      coordinatie: 'coordination',
      coördinatie: 'coordination',
      coordinatiepunt: 'coordination',
      coördinatiepunt: 'coordination',
      lokaal: 'local',
      'lokaal punt': 'local',
      'coordination point': 'coordination',
      'local point': 'local',
    }),
  },
  {
    column: 'kind',
    path: ['kind'],
    type: 'code',
    required: true,
    aliases: ['soort', 'locatie', 'soort locatie'],
    values: enumValues(POINT_KINDS, {
      brandweerkazerne: 'fire_station',
      kazerne: 'fire_station',
      buurthuis: 'community_centre',
      'buurthuis of wijkcentrum': 'community_centre',
      'community centre': 'community_centre',
      'fire station': 'fire_station',
      'town hall': 'town_hall',
      'sports hall': 'sports_hall',
      'place of worship': 'place_of_worship',
      wijkcentrum: 'community_centre',
      dorpshuis: 'community_centre',
      gemeentehuis: 'town_hall',
      stadhuis: 'town_hall',
      sporthal: 'sports_hall',
      bibliotheek: 'library',
      gebedshuis: 'place_of_worship',
      kerk: 'place_of_worship',
      moskee: 'place_of_worship',
      overig: 'other',
      anders: 'other',
    }),
  },
  {
    column: 'status',
    path: ['status'],
    type: 'code',
    required: true,
    values: enumValues(POINT_STATUSES, {
      gepland: 'planned',
      actief: 'active',
      inactief: 'inactive',
      'niet actief': 'inactive',
    }),
  },
  {
    column: 'lat',
    path: ['location', 'lat'],
    type: 'number',
    required: true,
    aliases: ['breedtegraad', 'latitude'],
  },
  {
    column: 'lon',
    path: ['location', 'lon'],
    type: 'number',
    required: true,
    aliases: ['lengtegraad', 'longitude', 'lng'],
  },
  { column: 'address', path: ['address'], type: 'text', aliases: ['adres'] },
  { column: 'capacity', path: ['capacity'], type: 'integer', aliases: ['capaciteit'] },
  { column: 'public', path: ['public'], type: 'boolean', aliases: ['openbaar'] },
  {
    column: 'statusReason',
    path: ['statusReason'],
    type: 'text',
    aliases: ['reden', 'statusreden', 'reden status'],
  },
  { column: 'provenance', path: ['provenance'], type: 'text', aliases: ['herkomst'] },
]

export const pointsCsvSpec: CsvRecordSpec<Point> = {
  collection: 'points',
  fields: pointFields,
  schema: PointSchema,
  idColumn: 'id',
}

export interface CsvReadOptions {
  /** Language of the messages; Dutch by default. */
  lang?: Lang | undefined
}

/**
 * Reads a points CSV (`id;name;municipality;tier;kind;status;lat;lon;address;capacity;public`,
 * optionally `statusReason;provenance`):
 * `;`, `,` or tab, with or without BOM, decimal comma or point, ja/nee/true/false/1/0, empty
 * cells absent. Columns are found by header name, in any order. Every problem is reported, each
 * with path, line and column (the field number). References to municipalities are checked by
 * `mergeRegionCsv`, which knows the region.
 */
export function parsePointsCsv(text: string, options: CsvReadOptions = {}): Result<Point[]> {
  const { errors, records, warnings } = readCsvRecords(text, pointsCsvSpec, options.lang ?? 'nl')
  if (errors.length > 0) return { ok: false, issues: [...errors, ...warnings] }
  return { ok: true, value: records.map((r) => r.value!), warnings }
}

/** Writes points as CSV; the defaults open correctly in Dutch Excel (BOM, `;`, decimal comma, CRLF). */
export function pointsToCsv(
  points: readonly (Point | PointInput)[],
  options: CsvWriteOptions = {},
): string {
  const resolved = resolveCsvWriteOptions(options)
  const rows = points.map((point) =>
    recordToCells({ ...point, public: point.public ?? true }, pointFields, resolved),
  )
  return writeCsvTable(POINTS_CSV_COLUMNS, rows, resolved)
}
