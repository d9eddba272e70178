import { risicowijzer } from '@weerbaar/core'
import { getActionLibrary, riskMethodFor } from '@weerbaar/guidelines'
import type { Command } from 'commander'
import { join } from 'node:path'
import { CliError, ExitCode, UsageError } from '../errors.ts'
import { ensureOutputDirectory, writeFileAtomic } from '../files.ts'
import { t } from '../i18n.ts'
import type { CommandSetup } from '../program.ts'
import { loadRegion } from '../region.ts'
import { addAsOfOption, asOfDate, checkMunicipality } from './shared.ts'

interface RisicowijzerOptions {
  municipality?: string
  all?: boolean
  out: string
  asOf?: string
}

export function registerRisicowijzer(program: Command, setup: CommandSetup): void {
  const { l, action } = setup
  const command = program
    .command('risicowijzer')
    .description(
      l({
        nl: 'de risicowijzer voor inwoners van een gemeente, als HTML en Markdown',
        en: "a municipality's risicowijzer for residents, as HTML and Markdown",
      }),
    )
    .argument('<region.json>', l({ nl: 'het regiobestand', en: 'the region file' }))
    .option(
      '--municipality <GM####>',
      l({ nl: 'de gemeente (CBS-code)', en: 'the municipality (CBS code)' }),
    )
    .option(
      '--all',
      l({ nl: 'voor elke gemeente van de regio', en: 'for every municipality of the region' }),
    )
    .requiredOption(
      '--out <dir>',
      l({
        nl: 'verplicht: map voor de bestanden (wordt gemaakt als die ontbreekt)',
        en: 'required: directory for the files (created when missing)',
      }),
    )
  addAsOfOption(command, setup)
  command
    .addHelpText(
      'after',
      l({
        nl: `
Schrijft risicowijzer-<GM####>.html (op zichzelf staand, print op A4, werkt zonder netwerk) en
risicowijzer-<GM####>.md. Niet-openbare noodsteunpunten komen er nooit in. De datum op de pagina
is --as-of, standaard vandaag. Bestanden worden in hun geheel geschreven of niet.

Voorbeelden:
  $ weerbaar risicowijzer regio.json --municipality GM0034 --out risicowijzers/
  $ weerbaar risicowijzer regio.json --all --out risicowijzers/`,
        en: `
Writes risicowijzer-<GM####>.html (self-contained, prints on A4, works offline) and
risicowijzer-<GM####>.md. Non-public points never appear in them. The date on the page is
--as-of, today by default. Files are written whole or not at all.

Examples:
  $ weerbaar risicowijzer region.json --municipality GM0034 --out risicowijzers/
  $ weerbaar risicowijzer region.json --all --out risicowijzers/`,
      }),
    )
    .action(
      action(async (ctx, path: string, options: RisicowijzerOptions) => {
        if ((options.municipality === undefined) === !options.all)
          throw new UsageError(t(ctx.lang, 'municipalityOrAll'))
        const region = await loadRegion(path, ctx)
        if (options.municipality !== undefined) checkMunicipality(region, options.municipality, ctx)
        const codes =
          options.municipality !== undefined
            ? [options.municipality]
            : region.municipalities.map((m) => m.code)
        const library = getActionLibrary()
        if (!library) throw new CliError('no library of handelingsperspectieven', ExitCode.internal)
        const method = region.riskProfile ? riskMethodFor(region.riskProfile) : undefined
        const date = asOfDate(options)
        await ensureOutputDirectory(options.out, ctx.lang)
        for (const code of codes) {
          const document = risicowijzer(region, code, {
            library,
            ...(method ? { method } : {}),
            date,
          })
          for (const [extension, content] of [
            ['html', document.html],
            ['md', document.markdown],
          ] as const) {
            const file = join(options.out, `risicowijzer-${code}.${extension}`)
            await writeFileAtomic(file, content, ctx.lang)
            ctx.note(t(ctx.lang, 'wrote', { file }))
          }
        }
        return ExitCode.ok
      }),
    )
}
