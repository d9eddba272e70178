import { Command, CommanderError, Help, type Option } from 'commander'
import { registerConvert } from './commands/convert.ts'
import { registerCoverage, registerSite } from './commands/coverage.ts'
import { registerGuideline } from './commands/guideline.ts'
import { registerPull } from './commands/pull.ts'
import { registerPush } from './commands/push.ts'
import { registerNetwork } from './commands/network.ts'
import { registerProgramme } from './commands/programme.ts'
import { registerReport } from './commands/report.ts'
import { registerRisicowijzer } from './commands/risicowijzer.ts'
import { registerRisk } from './commands/risk.ts'
import { registerValidate } from './commands/validate.ts'
import { registerWebsite } from './commands/website.ts'
import { createContext, type Context, type GlobalOptions, type Streams } from './context.ts'
import { CliError, ExitCode, InvalidDataError } from './errors.ts'
import { t, type Lang } from './i18n.ts'
import { langFromArgv, optionParsers, type OptionParsers } from './options.ts'
import { versionText } from './versions.ts'

/** Everything a command module needs to declare its command. */
export interface CommandSetup {
  lang: Lang
  parsers: OptionParsers
  /** Picks the text in the language of the help. */
  l(texts: Record<Lang, string>): string
  /** Wraps a command's work: builds the context from the global options, records the exit code. */
  action<A extends unknown[]>(
    work: (ctx: Context, ...args: A) => Promise<ExitCode | void>,
  ): (...args: unknown[]) => Promise<void>
}

const HELP_TITLES_NL: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Opdrachten:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
}

function exitCodesHelp(l: CommandSetup['l']): string {
  return l({
    nl: `
Afsluitcodes:
  0  gelukt (waarschuwingen staan op stderr)
  1  ongeldige gegevens (elk probleem op een eigen regel) of het werk mislukte
  2  verkeerd gebruik: onbekende opdracht of optie, ontbrekend argument,
     ongeldige waarde, invoerbestand niet leesbaar
  3  interne fout in weerbaar (meld die, met de uitvoer van --debug)`,
    en: `
Exit codes:
  0  success (warnings are on stderr)
  1  invalid data (every problem on a line of its own) or the work failed
  2  wrong usage: unknown command or option, missing argument, bad value,
     input file not readable
  3  internal error in weerbaar (please report it, with the output of --debug)`,
  })
}

/** Builds the `weerbaar` program in the language the user asked for. */
export function createProgram(
  streams: Streams,
  lang: Lang,
  state: { exitCode: ExitCode },
): Command {
  const l = (texts: Record<Lang, string>) => texts[lang]
  const parsers = optionParsers(lang)
  const program = new Command('weerbaar')

  const setup: CommandSetup = {
    lang,
    parsers,
    l,
    action<A extends unknown[]>(work: (ctx: Context, ...args: A) => Promise<ExitCode | void>) {
      return async (...args: unknown[]) => {
        const command = args.at(-1) as Command
        const globals = command.optsWithGlobals<GlobalOptions>()
        const ctx = createContext(streams, {
          lang: globals.lang,
          quiet: Boolean(globals.quiet),
          debug: Boolean(globals.debug),
        })
        state.exitCode = (await work(ctx, ...(args as A))) ?? ExitCode.ok
      }
    },
  }

  program
    .description(
      l({
        nl: 'Weerbaar: gereedheid van noodsteunpunten, dekking, risicoprofiel en risicowijzer voor een veiligheidsregio.',
        en: 'Weerbaar: readiness of noodsteunpunten, coverage, risk profile and risicowijzer for a safety region.',
      }),
    )
    .version(
      versionText(),
      '-V, --version',
      l({
        nl: 'toon het versienummer, en dat van core en guidelines erin',
        en: 'show the version number, and those of the core and guidelines inside',
      }),
    )
    .helpOption(
      '-h, --help',
      l({ nl: 'toon hulp bij een opdracht', en: 'show help for a command' }),
    )
    .helpCommand(
      l({ nl: 'help [opdracht]', en: 'help [command]' }),
      l({ nl: 'toon hulp bij een opdracht', en: 'show help for a command' }),
    )
    .option(
      '--lang <nl|en>',
      l({ nl: 'taal van de meldingen', en: 'language of the messages' }),
      parsers.lang,
      'nl',
    )
    .option(
      '-q, --quiet',
      l({
        nl: 'geen voortgang en geen waarschuwingen op stderr',
        en: 'no progress and no warnings on stderr',
      }),
    )
    .option(
      '--debug',
      l({
        nl: 'toon de stack trace bij een onverwachte fout',
        en: 'print the stack trace of an unexpected error',
      }),
    )
    .configureOutput({
      writeOut: (text) => void streams.stdout.write(text),
      writeErr: (text) => void streams.stderr.write(text),
      // Usage errors are translated and printed by `run`.
      outputError: () => {},
    })
    .configureHelp({
      showGlobalOptions: true,
      sortSubcommands: false,
      styleTitle: (title) => (lang === 'nl' ? (HELP_TITLES_NL[title] ?? title) : title),
      optionDescription(this: Help, option: Option) {
        const text = Help.prototype.optionDescription.call(this, option)
        return lang === 'nl' ? text.replace('(default: ', '(standaard: ') : text
      },
    })
    .addHelpText(
      'after',
      l({
        nl: `
Voorbeelden:
  $ weerbaar validate regio.json
  $ weerbaar report regio.json --as-of 2026-11-01 --format json > rapport.json
  $ weerbaar risicowijzer regio.json --municipality GM0034 --out risicowijzers/
  $ weerbaar guideline diff noodsteunpunten@2025.1 noodsteunpunten@2026.1
${exitCodesHelp(l)}

Meer: weerbaar <opdracht> --help`,
        en: `
Examples:
  $ weerbaar validate region.json --lang en
  $ weerbaar report region.json --as-of 2026-11-01 --format json > report.json
  $ weerbaar risicowijzer region.json --municipality GM0034 --out risicowijzers/
  $ weerbaar guideline diff noodsteunpunten@2025.1 noodsteunpunten@2026.1
${exitCodesHelp(l)}

More: weerbaar <command> --help`,
      }),
    )

  registerValidate(program, setup)
  registerReport(program, setup)
  registerCoverage(program, setup)
  registerSite(program, setup)
  registerRisk(program, setup)
  registerRisicowijzer(program, setup)
  registerWebsite(program, setup)
  registerGuideline(program, setup)
  registerConvert(program, setup)
  registerPush(program, setup)
  registerPull(program, setup)
  registerNetwork(program, setup)
  registerProgramme(program, setup)

  // Every command reports its own path with a usage error, so the hint names the right --help.
  const inherit = (command: Command, path: string) => {
    command.exitOverride((error) => {
      throw Object.assign(error, { commandPath: path })
    })
    for (const sub of command.commands) inherit(sub, `${path} ${sub.name()}`)
  }
  inherit(program, 'weerbaar')
  return program
}

/** Commander's English usage errors in the user's language, by error code. */
function usageMessage(error: CommanderError, lang: Lang): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? ''
  const suggestion = /\(Did you mean (?:one of )?(.+)\?\)/.exec(error.message)?.[1]
  const hint = suggestion ? ` (${t(lang, 'didYouMean', { names: suggestion })})` : ''
  switch (error.code) {
    case 'commander.unknownCommand':
      return t(lang, 'unknownCommand', { name: quoted }) + hint
    case 'commander.unknownOption':
      return t(lang, 'unknownOption', { name: quoted }) + hint
    case 'commander.missingArgument':
      return t(lang, 'missingArgument', { name: quoted })
    case 'commander.optionMissingArgument':
      return t(lang, 'missingOptionValue', { name: quoted.split(/[ ,]/)[0] ?? quoted })
    case 'commander.missingMandatoryOptionValue':
      return t(lang, 'missingMandatoryOption', { name: quoted })
    case 'commander.excessArguments': {
      const expected = /Expected (\d+)/.exec(error.message)?.[1] ?? '?'
      const received = /got (\d+)/.exec(error.message)?.[1] ?? '?'
      return t(lang, 'excessArguments', { expected, received })
    }
    case 'commander.help':
      return t(lang, 'missingCommand')
    default:
      return error.message.replace(/^error: /, '')
  }
}

/**
 * Runs `weerbaar` with the arguments after the program name and returns the exit code. Every
 * failure becomes lines on stderr and a documented exit code; a stack trace only with --debug.
 */
export async function run(args: readonly string[], streams: Streams): Promise<ExitCode> {
  const lang = langFromArgv(args)
  const debug = args.includes('--debug')
  const quiet = args.includes('--quiet') || args.includes('-q')
  const state: { exitCode: ExitCode } = { exitCode: ExitCode.ok }
  const ctx = createContext(streams, { lang, quiet, debug })
  try {
    await createProgram(streams, lang, state).parseAsync([...args], { from: 'user' })
    return state.exitCode
  } catch (error) {
    return reportError(error, ctx)
  }
}

/** Prints a failure as the documented lines on stderr and returns its exit code. */
export function reportError(error: unknown, ctx: Context): ExitCode {
  const { lang } = ctx
  if (error instanceof CommanderError) {
    // `--help`, `--version` and `weerbaar help [command]` end with the help, exit 0; only a
    // missing command (help shown as an error, exit code 1) is a usage error.
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      (error.code === 'commander.help' && error.exitCode === 0)
    )
      return ExitCode.ok
    const path = (error as CommanderError & { commandPath?: string }).commandPath ?? 'weerbaar'
    ctx.error(`weerbaar: ${usageMessage(error, lang)} (${t(lang, 'seeHelp', { command: path })})`)
    return ExitCode.usage
  }
  if (error instanceof InvalidDataError) {
    ctx.issues(error.source, error.issues)
    ctx.error(
      t(lang, 'invalid', {
        file: error.source,
        count: error.issues.filter((i) => i.severity === 'error').length,
      }),
    )
    return error.exitCode
  }
  if (error instanceof CliError) {
    ctx.error(`weerbaar: ${error.message}`)
    if (ctx.debug && error.cause instanceof Error && error.cause.stack) ctx.error(error.cause.stack)
    return error.exitCode
  }
  const message = error instanceof Error ? error.message : String(error)
  ctx.error(`weerbaar: ${t(lang, 'internalError', { message })}`)
  if (ctx.debug && error instanceof Error && error.stack) ctx.error(error.stack)
  return ExitCode.internal
}
