import type { Command } from 'commander'
import type { Region } from '@weerbaar/core'
import type { Context } from '../context.ts'
import { localToday } from '../dates.ts'
import { UsageError } from '../errors.ts'
import { t } from '../i18n.ts'
import type { CommandSetup } from '../program.ts'
import { VERSIONS } from '../versions.ts'

/** `--as-of YYYY-MM-DD`, validated as an existing calendar date. */
export function addAsOfOption(command: Command, { l, parsers }: CommandSetup): Command {
  return command.option(
    '--as-of <YYYY-MM-DD>',
    l({ nl: 'peildatum (standaard: vandaag)', en: 'the date to judge on (default: today)' }),
    parsers.date('--as-of'),
  )
}

/** `--format table|json|csv|md`, table by default. */
export function addFormatOption(command: Command, { l, parsers }: CommandSetup): Command {
  return command.option(
    '--format <format>',
    l({ nl: 'uitvoer: table, json, csv of md', en: 'output: table, json, csv or md' }),
    parsers.format,
    'table',
  )
}

/** The date asked for, or today on the local calendar: core takes the date as an argument. */
export function asOfDate(options: { asOf?: string }): string {
  return options.asOf ?? localToday()
}

/** A scenario id given on the command line must exist in the region's risk profile. */
export function checkScenario(region: Region, id: string | undefined, ctx: Context): void {
  if (id === undefined) return
  const scenarios = region.riskProfile?.scenarios ?? []
  if (!region.riskProfile) throw new UsageError(t(ctx.lang, 'noRiskProfile'))
  if (!scenarios.some((s) => s.id === id)) {
    throw new UsageError(
      t(ctx.lang, 'unknownScenario', { id, known: scenarios.map((s) => s.id).join(', ') || '–' }),
    )
  }
}

/** A GM code given on the command line must be one of the region's municipalities. */
export function checkMunicipality(region: Region, code: string, ctx: Context): void {
  if (!region.municipalities.some((m) => m.code === code)) {
    throw new UsageError(
      t(ctx.lang, 'unknownMunicipality', {
        code,
        known: region.municipalities.map((m) => m.code).join(', '),
      }),
    )
  }
}

/** JSON output: two-space indentation, numbers as computed (not rounded), a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/**
 * A command's JSON result: `versions` (cli, core, guidelines) first, then the result's fields.
 * For results, not for data files (`convert` writes a region file with `toJson`).
 */
export function toJsonResult(value: object): string {
  return toJson({ versions: VERSIONS, ...value })
}
