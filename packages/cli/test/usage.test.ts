import { existsSync, openSync, closeSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { listGuidelines } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { cli, fixture, flevoland, packageDir } from './cli.ts'

const region = fixture('small-region.json')

describe('wrong usage: one line on stderr, exit 2', () => {
  it.each([
    [
      ['valdate', region],
      'weerbaar: onbekende opdracht "valdate" (bedoelde je validate?) (zie: weerbaar --help)',
    ],
    [
      ['report', region, '--fromat', 'json'],
      'weerbaar: onbekende optie "--fromat" (bedoelde je --format?) (zie: weerbaar report --help)',
    ],
    [['report'], 'weerbaar: argument ontbreekt: region.json (zie: weerbaar report --help)'],
    [
      ['validate', region, region],
      'weerbaar: te veel argumenten: verwacht 1, gekregen 2 (zie: weerbaar validate --help)',
    ],
    [
      ['report', region, '--format'],
      'weerbaar: optie --format heeft een waarde nodig (zie: weerbaar report --help)',
    ],
    [
      ['report', region, '--format', 'xml'],
      'weerbaar: --format moet een van table|json|csv|md zijn, niet "xml"',
    ],
    [
      ['report', region, '--as-of', '2026-02-30'],
      'weerbaar: --as-of moet een bestaande datum zijn als JJJJ-MM-DD, niet "2026-02-30"',
    ],
    [
      ['report', region, '--as-of', '1-11-2026'],
      'weerbaar: --as-of moet een bestaande datum zijn als JJJJ-MM-DD, niet "1-11-2026"',
    ],
    [
      ['report', region, '--as-of', 'morgen'],
      'weerbaar: --as-of moet een bestaande datum zijn als JJJJ-MM-DD, niet "morgen"',
    ],
    [['validate', region, '--lang', 'de'], 'weerbaar: --lang moet nl of en zijn, niet "de"'],
    [
      ['report', region, '--scenario', 'meteoriet'],
      'weerbaar: onbekend scenario "meteoriet"; het risicoprofiel kent: stroomuitval, overstroming',
    ],
    [
      ['guideline', 'impact', region],
      'weerbaar: verplichte optie ontbreekt: --to <version> (zie: weerbaar guideline impact --help)',
    ],
    [
      ['guideline', 'show', 'noodsteunpunten'],
      'weerbaar: verwacht een richtlijn als id@versie (bijv. noodsteunpunten@2026.1), niet "noodsteunpunten"',
    ],
    [
      ['guideline', 'show', 'noodsteunpunten@1999.1'],
      `weerbaar: onbekende richtlijn noodsteunpunten@1999.1; beschikbaar: ${listGuidelines()
        .map((g) => `${g.id}@${g.version}`)
        .join(', ')}`,
    ],
  ])('weerbaar %j', (args, message) => {
    const r = cli(args)
    expect(r.stdout).toBe('')
    expect(r.errLines).toEqual([message])
    expect(r.code).toBe(2)
  })

  it('in English with --lang en, wherever it stands', () => {
    expect(cli(['--lang', 'en', 'report', region, '--fromat', 'json']).errLines).toEqual([
      'weerbaar: unknown option "--fromat" (did you mean --format?) (see: weerbaar report --help)',
    ])
    expect(cli(['report', region, '--as-of', '2026-13-01', '--lang=en']).errLines).toEqual([
      'weerbaar: --as-of must be an existing date as YYYY-MM-DD, not "2026-13-01"',
    ])
  })

  it('without a command: the help, then the problem', () => {
    const r = cli([])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^Gebruik: weerbaar/)
    expect(r.errLines.at(-1)).toBe('weerbaar: geef een opdracht (zie: weerbaar --help)')
  })
})

describe('help and version', () => {
  it('weerbaar --help lists every command, the exit codes and examples, in Dutch', () => {
    const r = cli(['--help'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    for (const command of [
      'validate',
      'report',
      'coverage',
      'site',
      'risk',
      'risicowijzer',
      'guideline',
      'convert',
      'push',
      'pull',
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'))
    }
    expect(r.stdout).toMatch(/^Gebruik: weerbaar/)
    expect(r.stdout).toMatch(/^Opdrachten:/m)
    expect(r.stdout).toMatch(/^Afsluitcodes:/m)
    expect(r.stdout).toMatch(/^Voorbeelden:/m)
  })

  it('in English with --lang en', () => {
    const r = cli(['--help', '--lang', 'en'])
    expect(r.stdout).toMatch(/^Usage: weerbaar/)
    expect(r.stdout).toMatch(/^Exit codes:/m)
    expect(r.stdout).toMatch(/^Examples:/m)
  })

  it.each([
    ['validate'],
    ['report'],
    ['coverage'],
    ['site'],
    ['risk'],
    ['risicowijzer'],
    ['convert'],
    ['guideline'],
    ['push'],
    ['pull'],
  ])('weerbaar %s --help has examples and the global options', (command) => {
    const r = cli([command, '--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(new RegExp(`^Gebruik: weerbaar ${command}`))
    expect(r.stdout).toMatch(/^Voorbeelden:\n {2}\$ weerbaar /m)
    expect(r.stdout).toMatch(/--lang <nl\|en>/)
    expect(r.stdout).not.toMatch(/\(default:/)
  })

  it('weerbaar help <command> is the same as <command> --help: help on stdout, exit 0', () => {
    const r = cli(['help', 'report'])
    expect(r.stdout).toBe(cli(['report', '--help']).stdout)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(cli(['help'])).toMatchObject({ code: 0, stderr: '' })
  })

  it('--version prints the version of the package, then the core and guidelines inside it', () => {
    const version = (dir: string) =>
      (
        JSON.parse(readFileSync(join(packageDir, dir, 'package.json'), 'utf8')) as {
          version: string
        }
      ).version
    expect(cli(['--version'])).toMatchObject({
      code: 0,
      stdout: `${version('.')}\n@weerbaar/core ${version('../core')}\n@weerbaar/guidelines ${version('../guidelines')}\n`,
      stderr: '',
    })
  })
})

describe('output that cannot be written', () => {
  // /dev/full fails every write with ENOSPC, as a full disk does.
  it.runIf(existsSync('/dev/full'))(
    'a full disk on stdout is one line on stderr and exit 1, not a stack trace',
    () => {
      const full = openSync('/dev/full', 'w')
      try {
        const r = cli(['report', flevoland, '--format', 'json'], { stdout: full })
        expect(r.stderr).toBe('weerbaar: stdout: kan niet schrijven (ENOSPC)\n')
        expect(r.code).toBe(1)
      } finally {
        closeSync(full)
      }
    },
  )
})
