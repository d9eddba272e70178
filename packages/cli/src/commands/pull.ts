import type { Command } from 'commander'
import { CliError, ExitCode } from '../errors.ts'
import { checkOutputFile, writeFileAtomic } from '../files.ts'
import type { CommandSetup } from '../program.ts'
import { checkRegionText } from '../region.ts'
import {
  apiBase,
  checkRegionCode,
  failureFor,
  regionUrl,
  request,
  serverLabel,
  tokenFromEnvironment,
  ts,
} from './server-client.ts'

interface PullOptions {
  server: string
  out?: string
}

export function registerPull(program: Command, { l, action }: CommandSetup): void {
  program
    .command('pull')
    .description(
      l({
        nl: 'haal een regio op van een Weerbaar-server als regiobestand',
        en: 'fetch a region from a Weerbaar server as a region file',
      }),
    )
    .argument('<VRnn>', l({ nl: 'de code van de regio', en: 'the code of the region' }))
    .requiredOption(
      '--server <url>',
      l({
        nl: 'adres van de server, bijv. https://weerbaar.example.nl',
        en: 'address of the server, e.g. https://weerbaar.example.nl',
      }),
    )
    .option(
      '--out <region.json>',
      l({
        nl: 'schrijf naar dit bestand (standaard: stdout)',
        en: 'write to this file (default: stdout)',
      }),
    )
    .addHelpText(
      'after',
      l({
        nl: `
Het token komt uit de omgevingsvariabele WEERBAAR_TOKEN (een persoonlijk toegangstoken van
de server), nooit uit een optie. Wat de server stuurt wordt eerst gecontroleerd zoals
'weerbaar validate' dat doet; pas daarna wordt het bestand in één keer geschreven (een
tijdelijk bestand dat daarna de plaats van het oude inneemt), dus nooit half.

Voorbeelden:
  $ weerbaar pull VR25 --server https://weerbaar.example.nl --out regio.json
  $ weerbaar pull VR25 --server https://weerbaar.example.nl | jq '.points | length'`,
        en: `
The token comes from the environment variable WEERBAAR_TOKEN (a personal access token of the
server), never from an option. What the server sends is checked first, as 'weerbaar validate'
does; only then is the file written in one go (a temporary file that then replaces the old
one), so never half.

Examples:
  $ weerbaar pull VR25 --server https://weerbaar.example.nl --out region.json --lang en`,
      }),
    )
    .action(
      action(async (ctx, code: string, options: PullOptions) => {
        checkRegionCode(code, ctx.lang)
        const base = apiBase(options.server, ctx.lang)
        const token = tokenFromEnvironment(process.env, ctx.lang)
        // A typo in the output path is found before the download, not after it.
        if (options.out !== undefined) await checkOutputFile(options.out, ctx.lang)

        const url = regionUrl(base, code)
        const response = await request(url, { method: 'GET', token, lang: ctx.lang })
        if (response.status !== 200) throw failureFor(response, url, code, ctx)

        let document: unknown
        try {
          document = JSON.parse(response.text)
        } catch (error) {
          throw new CliError(
            ts(ctx.lang, 'notWeerbaar', {
              url: url.href,
              detail: response.contentType || 'no content type',
            }),
            ExitCode.failure,
            { cause: error },
          )
        }
        // One region file as people keep it in git: two-space indentation and a final newline.
        const text = `${JSON.stringify(document, null, 2)}\n`
        const checked = checkRegionText(text, ctx)
        const source = url.href
        if (!checked.ok || !checked.region) {
          ctx.issues(source, checked.issues)
          ctx.error(
            ts(ctx.lang, 'pulledInvalid', {
              source,
              count: checked.issues.filter((i) => i.severity === 'error').length,
            }),
          )
          return ExitCode.failure
        }
        const region = checked.region
        if (region.region.code !== code)
          throw new CliError(
            ts(ctx.lang, 'regionMismatch', { got: region.region.code, asked: code }),
            ExitCode.failure,
          )
        ctx.issues(source, checked.issues)

        if (options.out === undefined) {
          ctx.out(text)
          return ExitCode.ok
        }
        await writeFileAtomic(options.out, text, ctx.lang)
        ctx.note(
          ts(ctx.lang, 'pulled', {
            file: options.out,
            region: code,
            server: serverLabel(base),
            points: region.points.length,
            assessments: region.assessments.length,
          }),
        )
        return ExitCode.ok
      }),
    )
}
