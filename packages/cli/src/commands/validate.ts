import { locateIssues } from '@weerbaar/core'
import type { Command } from 'commander'
import { ExitCode } from '../errors.ts'
import { readInputText } from '../files.ts'
import { t } from '../i18n.ts'
import type { CommandSetup } from '../program.ts'
import { localToday } from '../dates.ts'
import { checkRegionText, supersededWarning, type CheckedRegion } from '../region.ts'
import { sortIssues } from '../context.ts'
import { toJsonResult } from './shared.ts'

type ValidateFormat = (typeof VALIDATE_FORMATS)[number]
const VALIDATE_FORMATS = ['text', 'json'] as const

export function registerValidate(program: Command, { l, action, parsers }: CommandSetup): void {
  program
    .command('validate')
    .description(l({ nl: 'controleer een regiobestand', en: 'check a region file' }))
    .argument('<region.json>', l({ nl: 'het regiobestand', en: 'the region file' }))
    .option(
      '--format <format>',
      l({
        nl: 'uitvoer: text (een regel per probleem op stderr) of json (alles op stdout)',
        en: 'output: text (a line per problem on stderr) or json (everything on stdout)',
      }),
      parsers.choice<ValidateFormat>('--format', VALIDATE_FORMATS),
      'text',
    )
    .addHelpText(
      'after',
      l({
        nl: `
Controleert elk veld en het bestand als geheel: dubbele ids, beoordelingen van onbekende
punten of eisen, punten in een onbekende gemeente, onmogelijke datums, het risicoprofiel.
Elk probleem komt op een eigen regel: bestand:regel:kolom: fout: pad: melding.
Afsluitcode 0 als het bestand geldig is (waarschuwingen mogelijk), 1 als het dat niet is.

Met --format json staat alles op stdout als één JSON-object (versions, file, valid, errors,
warnings, points, assessments, issues); de afsluitcode blijft dezelfde.

Voorbeelden:
  $ weerbaar validate regio.json
  $ weerbaar validate regio.json --lang en --quiet
  $ weerbaar validate regio.json --format json > controle.json`,
        en: `
Checks every field and the file as a whole: duplicate ids, assessments of unknown points or
requirements, points in an unknown municipality, impossible dates, the risk profile.
Every problem is printed on a line of its own: file:line:column: error: path: message.
Exit code 0 when the file is valid (it may have warnings), 1 when it is not.

With --format json everything goes to stdout as one JSON object (versions, file, valid,
errors, warnings, points, assessments, issues); the exit code is the same.

Examples:
  $ weerbaar validate region.json --lang en
  $ weerbaar validate region.json --quiet
  $ weerbaar validate region.json --format json > check.json`,
      }),
    )
    .action(
      action(async (ctx, path: string, options: { format: ValidateFormat }) => {
        const text = await readInputText(path, ctx.lang)
        const checked = checkRegionText(text, ctx)
        // Today, on the user's calendar: is the region's edition still the one in effect?
        const superseded = checked.region
          ? supersededWarning(checked.region, localToday(), path, ctx)
          : undefined
        if (superseded) checked.issues.push(...locateIssues(text, [superseded]))
        const errors = checked.issues.filter((i) => i.severity === 'error').length
        const valid = checked.ok && checked.region !== undefined
        if (options.format === 'json') {
          ctx.out(toJsonResult(validationJson(path, checked, errors)))
          return valid ? ExitCode.ok : ExitCode.failure
        }
        ctx.issues(path, checked.issues)
        if (!valid || !checked.region) {
          ctx.error(t(ctx.lang, 'invalid', { file: path, count: errors }))
          return ExitCode.failure
        }
        // The verdict is the command's result, so it goes to stdout; --quiet leaves only the exit code.
        if (!ctx.quiet)
          ctx.out(
            `${t(ctx.lang, 'valid', {
              file: path,
              points: checked.region.points.length,
              assessments: checked.region.assessments.length,
              warnings: checked.issues.length,
            })}\n`,
          )
        return ExitCode.ok
      }),
    )
}

/**
 * The JSON of `weerbaar validate --format json` (docs/guide/cli.md): the verdict, the counts
 * and every issue with its position, errors first, in file order. `points` and `assessments`
 * are null when the file is invalid (nothing was read as a region).
 */
export function validationJson(file: string, checked: CheckedRegion, errors: number) {
  const valid = checked.ok && checked.region !== undefined
  return {
    file,
    valid,
    errors,
    warnings: checked.issues.length - errors,
    points: valid ? checked.region!.points.length : null,
    assessments: valid ? checked.region!.assessments.length : null,
    issues: sortIssues(checked.issues).map((i) => ({
      severity: i.severity,
      code: i.code,
      path: i.path,
      line: i.line ?? null,
      column: i.column ?? null,
      message: i.message,
    })),
  }
}
