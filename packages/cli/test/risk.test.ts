import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, fixture, flevoland, gooi, tempDir } from './cli.ts'

const small = fixture('small-region.json')

describe('weerbaar risk', () => {
  it('ranks the scenarios with readiness under each', () => {
    const r = cli(['risk', small, '--as-of', '2026-11-01'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(
      /^1 +stroomuitval +Langdurige stroomuitval +C ernstig +C mogelijk +5,4 +alle +1 +3 +10 +10% +0,54$/m,
    )
    expect(r.stdout).toMatch(/^2 +overstroming +.* +GM0184 +1 +2 +5 +20% +0,35$/m)
  })

  it('as JSON, numbers unrounded, without echoing the input', () => {
    const r = cli(['risk', small, '--as-of', '2026-11-01', '--format', 'json'])
    const data = JSON.parse(r.stdout) as {
      asOf: string
      method: string
      scenarios: Array<Record<string, unknown>>
    }
    expect(data.asOf).toBe('2026-11-01')
    expect(data.method).toBe('nrb@2026.1')
    expect(data.scenarios.map((s) => [s.rank, s.id])).toEqual([
      [1, 'stroomuitval'],
      [2, 'overstroming'],
    ])
    expect(data.scenarios[0]).toMatchObject({
      municipalities: null,
      readiness: { readyPoints: 1, requiredPoints: 10, networkCompleteness: 10 },
    })
    expect(data.scenarios[0]).not.toHaveProperty('scenario')
    expect(data.scenarios[0]!.priority).toBeCloseTo(0.54, 2)
  })

  it('as CSV with stable values', () => {
    const rows = cli(['risk', small, '--as-of', '2026-11-01', '--format', 'csv'])
      .stdout.slice(1)
      .trimEnd()
      .split('\r\n')
    expect(rows[0]).toBe(
      'rank;id;title;impactClass;likelihoodClass;riskPosition;municipalities;readyPoints;activePoints;requiredPoints;networkCompleteness;priority',
    )
    expect(rows[2]).toMatch(
      /^2;overstroming;Overstroming vanuit het IJsselmeer;D;A;3,98\d+;GM0184;1;2;5;20;0,35\d+$/,
    )
  })

  it('a region without a risk profile, or without scenarios, is a data problem: exit 1 (not 2, usage)', () => {
    const dir = tempDir()
    const region = JSON.parse(readFileSync(small, 'utf8')) as Record<string, any>
    const profile = region.riskProfile
    delete region.riskProfile
    writeFileSync(join(dir, 'r.json'), JSON.stringify(region))
    expect(cli(['risk', 'r.json'], { cwd: dir })).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'weerbaar: r.json: dit regiobestand heeft geen risicoprofiel (riskProfile)\n',
    })
    region.riskProfile = { ...profile, scenarios: [] }
    writeFileSync(join(dir, 'empty.json'), JSON.stringify(region))
    expect(cli(['risk', 'empty.json', '--lang', 'en'], { cwd: dir })).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'weerbaar: empty.json: the risk profile of this region file has no scenarios; add them to riskProfile.scenarios\n',
    })
  })
})

describe('weerbaar risicowijzer', () => {
  it('writes HTML and Markdown for one municipality, without non-public points and without leftovers', () => {
    const dir = tempDir()
    const r = cli([
      'risicowijzer',
      small,
      '--municipality',
      'GM0184',
      '--out',
      join(dir, 'out'),
      '--as-of',
      '2026-11-01',
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.errLines).toEqual([
      `geschreven: ${join(dir, 'out', 'risicowijzer-GM0184.html')}`,
      `geschreven: ${join(dir, 'out', 'risicowijzer-GM0184.md')}`,
    ])
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'risicowijzer-GM0184.html',
      'risicowijzer-GM0184.md',
    ])
    const html = readFileSync(join(dir, 'out', 'risicowijzer-GM0184.html'), 'utf8')
    const md = readFileSync(join(dir, 'out', 'risicowijzer-GM0184.md'), 'utf8')
    expect(html).toMatch(/^<!DOCTYPE html>/i)
    expect(html).toMatch(/<html lang="nl"/)
    expect(html).toMatch(/<\/html>\s*$/)
    for (const text of [html, md]) {
      expect(text).toContain('Brandweerkazerne Urk')
      expect(text).toContain('Langdurige stroomuitval')
      // The church is not public: it must never reach residents.
      expect(text).not.toContain('Kerkzaal')
    }
  })

  it('writes one for every municipality of the demo regions with --all', () => {
    for (const file of [flevoland, gooi]) {
      const dir = tempDir()
      const r = cli(['risicowijzer', file, '--all', '--out', dir, '--quiet'])
      expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' })
      const region = JSON.parse(readFileSync(file, 'utf8')) as {
        municipalities: Array<{ code: string }>
        points: Array<{ name: string; public?: boolean }>
      }
      expect(readdirSync(dir).sort()).toEqual(
        region.municipalities
          .flatMap((m) => [`risicowijzer-${m.code}.html`, `risicowijzer-${m.code}.md`])
          .sort(),
      )
      const hidden = region.points.filter((p) => p.public === false).map((p) => p.name)
      for (const name of readdirSync(dir)) {
        const text = readFileSync(join(dir, name), 'utf8')
        for (const point of hidden) expect(text, `${point} in ${name}`).not.toContain(point)
      }
    }
  })

  it.each([
    [
      ['risicowijzer', small, '--municipality', 'GM0363', '--out', 'x'],
      'weerbaar: onbekende gemeente "GM0363"; deze regio heeft: GM0184, GM0050',
    ],
    [['risicowijzer', small, '--out', 'x'], 'weerbaar: geef --municipality <GM####> of --all'],
    [
      ['risicowijzer', small, '--all', '--municipality', 'GM0184', '--out', 'x'],
      'weerbaar: geef --municipality <GM####> of --all',
    ],
    [
      ['risicowijzer', small, '--municipality', 'GM0184'],
      'weerbaar: verplichte optie ontbreekt: --out <dir> (zie: weerbaar risicowijzer --help)',
    ],
    [
      ['risicowijzer', small, '--municipality', 'GM0184', '--out', 'package.json'],
      'weerbaar: package.json: bestaat al en is geen map',
    ],
  ])('wrong usage %j: exit 2', (args, message) => {
    const r = cli(args)
    expect(r.errLines).toEqual([message])
    expect(r.code).toBe(2)
  })

  it('leaves an existing file untouched when it cannot write', () => {
    const dir = tempDir()
    const target = join(dir, 'risicowijzer-GM0184.html')
    // A directory where the Markdown file should go makes the second rename fail.
    writeFileSync(target, 'oud')
    mkdirSync(join(dir, 'risicowijzer-GM0184.md'))
    const r = cli(['risicowijzer', small, '--municipality', 'GM0184', '--out', dir])
    expect(r.code).toBe(1)
    expect(r.errLines.at(-1)).toMatch(/^weerbaar: .*risicowijzer-GM0184\.md: kan niet schrijven/)
    // The HTML was written whole; no temporary file is left behind.
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/i)
    expect(readdirSync(dir).sort()).toEqual(['risicowijzer-GM0184.html', 'risicowijzer-GM0184.md'])
  })
})

describe('weerbaar risk on the demo regions', () => {
  it.each([flevoland, gooi])('ranks every scenario of %s once, highest risk first', (file) => {
    const r = cli(['risk', file, '--format', 'json'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const data = JSON.parse(r.stdout) as {
      scenarios: Array<{ rank: number; riskPosition: number; priority: number }>
    }
    const region = JSON.parse(readFileSync(file, 'utf8')) as {
      riskProfile: { scenarios: unknown[] }
    }
    expect(data.scenarios.map((s) => s.rank)).toEqual(
      region.riskProfile.scenarios.map((_, i) => i + 1),
    )
    const positions = data.scenarios.map((s) => s.riskPosition)
    expect(positions).toEqual([...positions].sort((a, b) => b - a))
    for (const s of data.scenarios) {
      expect(s.priority).toBeGreaterThanOrEqual(0)
      expect(s.priority).toBeLessThanOrEqual(1)
    }
  })
})
