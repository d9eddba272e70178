import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ProgrammeJsonSchema } from '../src/report/programme-contract.ts'
import { cli, demoData, flevoland, gooi, tempDir } from './cli.ts'

const plan = join(demoData, 'programme-weerbaarheid-en-veerkracht.json')
const regions = ['--region', flevoland, '--region', gooi]
const grids = [
  '--population',
  join(demoData, 'population/vr25-flevoland.csv'),
  '--population',
  join(demoData, 'population/vr14-gooi-en-vechtstreek.csv'),
]
const asOf = ['--as-of', '2026-12-01']

function run(args: string[], code = 0) {
  const r = cli(['programme', ...args])
  expect(r.code, r.stderr).toBe(code)
  return r
}

// Each case starts the command a few times; on a busy machine one start takes seconds.
describe('weerbaar programme', { timeout: 120_000 }, () => {
  it('--format json: versions first, the documented contract, snapshot of the demo programme', async () => {
    const r = run([plan, ...regions, ...grids, ...asOf, '--format', 'json', '--lang', 'en'])
    expect(r.stderr).toBe('')
    const value = JSON.parse(r.stdout) as Record<string, unknown>
    expect(Object.keys(value)[0]).toBe('versions')
    const { versions, ...rest } = value
    expect(Object.keys(versions as object)).toEqual(['cli', 'core', 'guidelines'])
    const json = ProgrammeJsonSchema.parse(rest)
    expect(json.goals.map((g) => [g.id, g.status])).toEqual([
      ['samenleving-activeren', 'at_risk'],
      ['risicocommunicatie', 'behind'],
      ['nafase-herstel', 'on_track'],
      ['netwerk-noodsteunpunten', 'behind'],
      ['continuiteit-crisisorganisatie', 'on_track'],
    ])
    expect(json.overdueActions).toEqual(['visie-risicocommunicatie'])
    // --lang en: the messages in English.
    expect(json.goals[1]!.reasons[0]!.message).toContain('days past its due date')
    const stable = { ...value, versions: { cli: 'x.y.z', core: 'x.y.z', guidelines: 'x.y.z' } }
    await expect(`${JSON.stringify(stable, null, 2)}\n`).toMatchFileSnapshot('json/programme.json')
  })

  it('text by default: the status per goal with its reasons', () => {
    const r = run([plan, ...regions, ...grids, ...asOf])
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('Stand              2 op koers, 1 risico, 2 achter')
    expect(r.stdout).toContain('Risicocommunicatie: achter')
    expect(r.stdout).toContain('is 31 dagen over de einddatum 31 oktober 2026')
  })

  it('--format html|md --out: writes the board report whole, and nothing on stdout', () => {
    const dir = tempDir()
    for (const format of ['html', 'md']) {
      const out = join(dir, `rapportage.${format}`)
      const r = run([plan, ...regions, ...grids, ...asOf, '--format', format, '--out', out])
      expect(r.stdout).toBe('')
      expect(r.errLines).toEqual([`geschreven: ${out}`])
      expect(readFileSync(out, 'utf8')).toContain(
        format === 'html'
          ? '<h1>Voortgangsrapportage Weerbaarheid en veerkracht (fictieve demodata)</h1>'
          : '# Voortgangsrapportage Weerbaarheid en veerkracht (fictieve demodata)',
      )
    }
    expect(readdirSync(dir).sort()).toEqual(['rapportage.html', 'rapportage.md'])
  })

  it('without a region or a grid: a warning, and the live indicators say why they are unknown', () => {
    const r = run([plan, '--region', flevoland, ...asOf, '--format', 'json'])
    expect(r.errLines).toEqual([
      expect.stringMatching(
        /programme-weerbaarheid-en-veerkracht\.json.*risks_not_checked|risico's van de doelen/,
      ),
      expect.stringMatching(
        /json:\d+:\d+: waarschuwing: regions\[1\]: De gegevens van VR14 ontbreken$/,
      ),
    ])
    const { versions: _versions, ...rest } = JSON.parse(r.stdout) as Record<string, unknown>
    const json = ProgrammeJsonSchema.parse(rest)
    const network = json.goals.find((g) => g.id === 'netwerk-noodsteunpunten')!
    expect(network.indicators.map((i) => i.unavailable?.code ?? null)).toEqual([
      'region_missing',
      'region_missing',
      'region_missing',
    ])
  })

  it('an invalid programme: exit 1, every problem with file, line and column', () => {
    const dir = tempDir()
    const broken = join(dir, 'plan.json')
    const text = readFileSync(plan, 'utf8')
      .replace('"pillar": "noodsteunpunten"', '"pillar": "noodsteunpuntn"')
      .replace('"status": "not_started"', '"status": "gepland"')
    writeFileSync(broken, text)
    const r = run([broken, ...regions, ...asOf], 1)
    expect(r.stdout).toBe('')
    const line = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1
    expect(r.stderr).toContain(`${broken}:${line('"noodsteunpuntn"')}:`)
    expect(r.stderr).toContain('goals[3].pillar: Onbekende pijler "noodsteunpuntn"')
    expect(r.stderr).toContain(`${broken}:${line('"gepland"')}:`)
    expect(r.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })

  it('a programme from a newer Weerbaar: exit 1 with the upgrade message', () => {
    const dir = tempDir()
    const newer = join(dir, 'plan.json')
    writeFileSync(
      newer,
      readFileSync(plan, 'utf8').replace('"schemaVersion": 1', '"schemaVersion": 3'),
    )
    const r = run([newer, ...regions], 1)
    expect(r.errLines).toEqual([
      expect.stringMatching(
        /plan\.json:3:3: fout: schemaVersion: .*nieuwere versie van Weerbaar.*Werk Weerbaar bij/,
      ),
      `${newer}: 1 fout`,
    ])
  })

  it('usage: a region that is not in the programme', () => {
    const other = join(tempDir(), 'vr09.json')
    writeFileSync(
      other,
      readFileSync(flevoland, 'utf8').replace('"code": "VR25"', '"code": "VR09"'),
    )
    expect(run([plan, '--region', other], 2).stderr).toContain(
      'regio VR09 hoort niet bij dit programma',
    )
  })

  it('usage: a region given twice', () => {
    expect(run([plan, '--region', flevoland, '--region', flevoland], 2).stderr).toContain(
      'regio VR25 is al gegeven',
    )
  })

  it('usage: --since not before the date, a format it does not have', () => {
    expect(run([plan, ...asOf, '--since', '2026-12-01'], 2).stderr).toContain(
      '--since (2026-12-01) moet vóór de peildatum (2026-12-01) liggen',
    )
    expect(run([plan, '--format', 'pdf'], 2).stderr).toContain('--format')
  })

  it('usage: --out into a folder that does not exist writes nothing', () => {
    const missingDir = join(tempDir(), 'nope', 'rapport.html')
    run([plan, ...regions, '--format', 'html', '--out', missingDir], 2)
    expect(existsSync(missingDir)).toBe(false)
  })
})
