import {
  computeReadiness,
  type CalendarDate,
  type PointReadiness,
  type Region,
  type RegionReadiness,
  type Ruleset,
} from '@weerbaar/core'
import { resolveCsvWriteOptions, writeCsvTable } from '@weerbaar/core/internal'
import { publicRegion } from '#/export/public.ts'
import { nl } from '#/i18n/nl.ts'

/**
 * One municipality's readiness for an export or a report. Marked public, it is computed from
 * the region as published (`publicRegion`: no non-public or not-active points, no assessor
 * names or notes), so not even a count betrays a point that is not public.
 */
export function municipalityReadiness(
  region: Region,
  rules: Ruleset,
  options: { asOf: CalendarDate; code: string; publicOnly: boolean; report?: RegionReadiness },
) {
  const report =
    options.publicOnly || !options.report
      ? computeReadiness(options.publicOnly ? publicRegion(region) : region, rules, {
          asOf: options.asOf,
        })
      : options.report
  return {
    municipality: report.municipalities.find((m) => m.code === options.code) ?? null,
    points: report.points
      .filter((p) => p.municipality === options.code)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  }
}

/** The CSV's columns: Dutch headers, as the points CSV and Dutch Excel expect. */
export const MUNICIPALITY_CSV_HEADER = [
  'id',
  'naam',
  'gemeente',
  'soort punt',
  'locatie',
  'status',
  'openbaar',
  'gereedheid',
  'score',
  'compleetheid (%)',
] as const

/** Whole numbers as they are, others with one decimal, with a decimal comma (Dutch Excel). */
function number(value: number | null): string {
  if (value === null) return ''
  const rounded = Math.round(value * 10) / 10
  return String(rounded).replace('.', ',')
}

/**
 * One municipality's points as CSV for Dutch Excel (`;`, decimal comma, BOM): names, the Dutch
 * labels of tier, kind, status and readiness level, the score and the completeness. Always in
 * Dutch, whatever the interface language: the file is shared with Dutch colleagues and boards.
 */
export function municipalityPointsCsv(
  points: readonly PointReadiness[],
  municipalityName: string,
): string {
  const rows = points.map((p) => [
    p.id,
    p.name,
    municipalityName,
    nl.tier[p.tier],
    nl.kind[p.kind],
    nl.status[p.status],
    p.public ? 'ja' : 'nee',
    nl.level[p.level],
    number(p.score),
    number(p.completeness),
  ])
  return writeCsvTable(MUNICIPALITY_CSV_HEADER, rows, resolveCsvWriteOptions())
}
