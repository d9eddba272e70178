import { locateIssues } from '@weerbaar/core'
import type { Command } from 'commander'
import { ExitCode } from '../errors.ts'
import { readInputText } from '../files.ts'
import { t } from '../i18n.ts'
import type { CommandSetup } from '../program.ts'
import { localToday } from '../dates.ts'
import { checkRegionText, supersededWarning } from '../region.ts'

export function registerValidate(program: Command, { l, action }: CommandSetup): void {
  program
    .command('validate')
    .description(l({ nl: 'controleer een regiobestand', en: 'check a region file' }))
    .argument('<region.json>', l({ nl: 'het regiobestand', en: 'the region file' }))
    .addHelpText(
      'after',
      l({
        nl: `
Controleert elk veld en het bestand als geheel: dubbele ids, beoordelingen van onbekende
punten of eisen, punten in een onbekende gemeente, onmogelijke datums, het risicoprofiel.
Elk probleem komt op een eigen regel: bestand:regel:kolom: fout: pad: melding.
Afsluitcode 0 als het bestand geldig is (waarschuwingen mogelijk), 1 als het dat niet is.

Voorbeelden:
  $ weerbaar validate regio.json
  $ weerbaar validate regio.json --lang en --quiet`,
        en: `
Checks every field and the file as a whole: duplicate ids, assessments of unknown points or
requirements, points in an unknown municipality, impossible dates, the risk profile.
Every problem is printed on a line of its own: file:line:column: error: path: message.
Exit code 0 when the file is valid (it may have warnings), 1 when it is not.

Examples:
  $ weerbaar validate region.json --lang en
  $ weerbaar validate region.json --quiet`,
      }),
    )
    .action(
      action(async (ctx, path: string) => {
        const text = await readInputText(path, ctx.lang)
        const checked = checkRegionText(text, ctx)
        // Today, on the user's calendar: is the region's edition still the one in effect?
        const superseded = checked.region
          ? supersededWarning(checked.region, localToday(), path, ctx)
          : undefined
        if (superseded) checked.issues.push(...locateIssues(text, [superseded]))
        ctx.issues(path, checked.issues)
        const errors = checked.issues.filter((i) => i.severity === 'error').length
        if (!checked.ok || !checked.region) {
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
