import { getActionLibrary, riskMethodFor } from '@weerbaar/guidelines'
import { buildWebsite, type WebsiteFile } from '@weerbaar/website'
import type { Command } from 'commander'
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { CliError, ExitCode, UsageError } from '../errors.ts'
import { ensureOutputDirectory } from '../files.ts'
import { t, type Lang } from '../i18n.ts'
import type { CommandSetup } from '../program.ts'
import { loadRegion } from '../region.ts'
import { addAsOfOption, asOfDate } from './shared.ts'

interface WebsiteOptions {
  out: string
  asOf?: string
  baseUrl?: string
}

function parseBaseUrl(value: string, lang: Lang): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new UsageError(
      lang === 'nl'
        ? `--base-url: geen webadres: "${value}" (bijvoorbeeld https://www.gemeente.nl/noodsteunpunten/)`
        : `--base-url: not a web address: "${value}" (for example https://www.example.org/noodsteunpunten/)`,
    )
  return url.href
}

/**
 * Writes the site whole or not at all: every file goes into a hidden staging folder inside
 * `out` first; only when all are written are they moved into place (a rename on the same file
 * system). A full disk or a permission error leaves the previous site as it was.
 */
async function writeSite(out: string, files: Map<string, WebsiteFile>, lang: Lang): Promise<void> {
  const staging = join(out, `.weerbaar-website.${process.pid}.${randomBytes(4).toString('hex')}`)
  let current = out
  try {
    for (const [path, file] of files) {
      current = join(out, path)
      const staged = join(staging, path)
      await mkdir(dirname(staged), { recursive: true })
      await writeFile(staged, file.body)
    }
    // A folder where a file must go would stop the moves halfway: find it before moving any.
    for (const path of files.keys()) {
      current = join(out, path)
      const existing = await stat(current).catch(() => undefined)
      if (existing && !existing.isFile())
        throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' })
    }
    for (const path of files.keys()) {
      current = join(out, path)
      await mkdir(dirname(current), { recursive: true })
      await rename(join(staging, path), current)
    }
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
    throw new CliError(
      `${current}: ${t(lang, 'cannotWrite')}${code ? ` (${code})` : ''}`,
      ExitCode.failure,
      {
        cause: error,
      },
    )
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => {})
  }
}

export function registerWebsite(program: Command, setup: CommandSetup): void {
  const { l, action } = setup
  const command = program
    .command('website')
    .description(
      l({
        nl: 'de website voor inwoners "Waar kan ik terecht?": noodsteunpunten, risico’s en wat te doen, per gemeente',
        en: 'the resident website "Waar kan ik terecht?": noodsteunpunten, risks and what to do, per municipality',
      }),
    )
    .argument('<region.json>', l({ nl: 'het regiobestand', en: 'the region file' }))
    .requiredOption(
      '--out <dir>',
      l({
        nl: 'verplicht: map voor de website (wordt gemaakt als die ontbreekt)',
        en: 'required: directory for the website (created when missing)',
      }),
    )
    .option(
      '--base-url <url>',
      l({
        nl: 'het webadres waar de website komt te staan (nodig voor de insluitcode)',
        en: 'the web address the site is published at (needed for the embed code)',
      }),
    )
  addAsOfOption(command, setup)
  command
    .addHelpText(
      'after',
      l({
        nl: `
Schrijft een statische website die elke webserver kan tonen: index.html (kies uw gemeente of
zoek op adres), gemeente/<GM####>.html, risicowijzer/<GM####>.html, embed/<GM####>.html met
de insluitcode embed/<GM####>.txt, noodsteunpunten.geojson en en/ (Engels). Alleen openbare,
actieve noodsteunpunten; nooit een niet-openbaar punt, nooit iets uit beoordelingen. De website
werkt zonder JavaScript; kaart en adres zoeken vragen PDOK pas als de inwoner erom vraagt.
De bestanden worden pas geplaatst als alles geschreven is.

Voorbeelden:
  $ weerbaar website regio.json --out publiek/
  $ weerbaar website regio.json --out publiek/ --base-url https://www.vrfl.nl/noodsteunpunten/`,
        en: `
Writes a static website any web server can host: index.html (choose your municipality or
search an address), gemeente/<GM####>.html, risicowijzer/<GM####>.html, embed/<GM####>.html
with the embed code embed/<GM####>.txt, noodsteunpunten.geojson and en/ (English). Only public,
active points; never a non-public point, nothing from assessments. The site works without
JavaScript; the map and address search ask PDOK only when the resident asks for them.
The files are put in place only once all are written.

Examples:
  $ weerbaar website region.json --out public/
  $ weerbaar website region.json --out public/ --base-url https://www.vrfl.nl/noodsteunpunten/`,
      }),
    )
    .action(
      action(async (ctx, path: string, options: WebsiteOptions) => {
        const baseUrl =
          options.baseUrl !== undefined ? parseBaseUrl(options.baseUrl, ctx.lang) : undefined
        const region = await loadRegion(path, ctx)
        const library = getActionLibrary()
        if (!library) throw new CliError('no library of handelingsperspectieven', ExitCode.internal)
        const method = region.riskProfile ? riskMethodFor(region.riskProfile) : undefined
        // Everything is made in memory first: an error here writes nothing.
        const files = buildWebsite(region, {
          asOf: asOfDate(options),
          library,
          ...(method ? { method } : {}),
          ...(baseUrl ? { baseUrl } : {}),
        })
        await ensureOutputDirectory(options.out, ctx.lang)
        await writeSite(options.out, files, ctx.lang)
        if (!baseUrl)
          ctx.note(
            `${t(ctx.lang, 'warningPrefix')}: ` +
              (ctx.lang === 'nl'
                ? 'zonder --base-url wijst de insluitcode (embed/*.txt) naar een relatief adres; vul het webadres van de website in'
                : 'without --base-url the embed code (embed/*.txt) points to a relative address; fill in the address of the site'),
          )
        ctx.note(
          t(ctx.lang, 'wrote', {
            file: `${options.out} (${files.size} ${ctx.lang === 'nl' ? 'bestanden' : 'files'})`,
          }),
        )
        return ExitCode.ok
      }),
    )
}
