import { locateIssues } from '@weerbaar/core'
import type { Command } from 'commander'
import { ExitCode, InvalidDataError } from '../errors.ts'
import { readInputText } from '../files.ts'
import type { CommandSetup } from '../program.ts'
import { checkRegionText } from '../region.ts'
import {
  apiBase,
  failureFor,
  readProblem,
  regionUrl,
  request,
  serverLabel,
  tokenFromEnvironment,
  ts,
} from './server-client.ts'

interface PushOptions {
  server: string
}

export function registerPush(program: Command, { l, action }: CommandSetup): void {
  program
    .command('push')
    .description(
      l({
        nl: 'zet een regiobestand op een Weerbaar-server (vervangt de regio daar)',
        en: 'put a region file on a Weerbaar server (replaces the region there)',
      }),
    )
    .argument('<region.json>', l({ nl: 'het regiobestand', en: 'the region file' }))
    .requiredOption(
      '--server <url>',
      l({
        nl: 'adres van de server, bijv. https://weerbaar.example.nl',
        en: 'address of the server, e.g. https://weerbaar.example.nl',
      }),
    )
    .addHelpText(
      'after',
      l({
        nl: `
Het token komt uit de omgevingsvariabele WEERBAAR_TOKEN (een persoonlijk toegangstoken van
de server), nooit uit een optie: zo belandt het niet in de shellgeschiedenis. Het bestand
wordt eerst hier gecontroleerd zoals 'weerbaar validate' dat doet; een ongeldig bestand gaat
niet naar de server. Weigert de server de regio, dan staat elk probleem op een eigen regel
en is op de server niets veranderd. Alleen een coördinator van de regio mag dit.

Afsluitcodes: 0 gelukt, 1 ongeldige gegevens of de server faalde, 2 verkeerd gebruik
(ook: geen token, token geweigerd, geen rol in de regio).

Voorbeelden:
  $ weerbaar push regio.json --server https://weerbaar.example.nl
  $ weerbaar validate regio.json && weerbaar push regio.json --server https://weerbaar.example.nl`,
        en: `
The token comes from the environment variable WEERBAAR_TOKEN (a personal access token of the
server), never from an option, so it stays out of shell history. The file is checked here
first, as 'weerbaar validate' does; an invalid file is not sent. When the server refuses the
region, every problem is printed on a line of its own and nothing changed on the server.
Only a coordinator of the region may do this.

Exit codes: 0 success, 1 invalid data or the server failed, 2 wrong usage (also: no token,
token refused, no role in the region).

Examples:
  $ weerbaar push region.json --server https://weerbaar.example.nl --lang en`,
      }),
    )
    .action(
      action(async (ctx, path: string, options: PushOptions) => {
        const base = apiBase(options.server, ctx.lang)
        const token = tokenFromEnvironment(process.env, ctx.lang)
        const text = await readInputText(path, ctx.lang)
        const checked = checkRegionText(text, ctx)
        if (!checked.ok || !checked.region) throw new InvalidDataError(path, checked.issues)
        ctx.issues(path, checked.issues)
        const region = checked.region
        const code = region.region.code

        const url = regionUrl(base, code)
        // The file as written goes up, so the server judges exactly what the user checked.
        const response = await request(url, { method: 'PUT', token, body: text, lang: ctx.lang })
        if (response.status === 200 || response.status === 201 || response.status === 204) {
          ctx.note(
            ts(ctx.lang, 'pushed', {
              file: path,
              region: code,
              server: serverLabel(base),
              points: region.points.length,
              assessments: region.assessments.length,
            }),
          )
          return ExitCode.ok
        }
        const problem = readProblem(response)
        if ((response.status === 422 || response.status === 400) && problem?.issues.length) {
          // The server's paths point into the same document, so they get the file's lines too.
          const issues = locateIssues(text, problem.issues)
          ctx.issues(path, issues)
          ctx.error(
            ts(ctx.lang, 'refused', {
              file: path,
              count: issues.filter((i) => i.severity === 'error').length,
            }),
          )
          return ExitCode.failure
        }
        throw failureFor(response, url, code, ctx)
      }),
    )
}
