import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bin, cli, demoData, fixture, flevoland, gooi, packageDir, tempDir } from './cli.ts'

const small = fixture('small-region.json')
const population = fixture('population.csv')
const candidates = fixture('candidates.csv')
const asOf = '2026-11-01'

interface CoverageJson {
  asOf: string
  radius: number
  include: string
  points: number
  qualifying: string[]
  total: {
    population: number
    covered: number
    uncovered: number
    percentage: number | null
    cells: number
  }
  municipalities: Array<{
    code: string
    name: string
    population: number
    covered: number
    percentage: number | null
  }>
  histogram: Array<{ from: number; to: number | null; population: number; cells: number }>
}

function coverage(...args: string[]): CoverageJson {
  const r = cli([
    'coverage',
    small,
    '--population',
    population,
    '--as-of',
    asOf,
    '--format',
    'json',
    ...args,
  ])
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  return JSON.parse(r.stdout) as CoverageJson
}

describe('weerbaar coverage', () => {
  it('counts the ready points at the norm radius by default', () => {
    const c = coverage()
    expect(c).toMatchObject({
      asOf,
      radius: 1000,
      include: 'ready',
      points: 1,
      qualifying: ['urk-kazerne'],
    })
    expect(c.total).toMatchObject({ population: 9700, covered: 3600, uncovered: 6100, cells: 36 })
    expect(c.total.percentage).toBeCloseTo((100 * 3600) / 9700, 10)
    expect(c.municipalities.map((m) => [m.code, m.name, m.population, m.covered])).toEqual([
      ['GM0184', 'Urk', 6000, 3600],
      ['GM0050', 'Zeewolde', 3700, 0],
    ])
    expect(c.histogram.reduce((sum, bin) => sum + bin.population, 0)).toBe(9700)
    expect(c.histogram.at(-1)!.to).toBeNull()
  })

  it('counts every active point with --include active, and a wider --radius covers more', () => {
    expect(coverage('--include', 'active').qualifying).toEqual([
      'urk-kazerne',
      'urk-buurthuis',
      'zeewolde-kazerne',
    ])
    const planned = coverage('--include', 'planned')
    expect(planned.qualifying).toEqual(['urk-kazerne', 'urk-kerk'])
    const wide = coverage('--radius', '1500')
    expect(wide.radius).toBe(1500)
    expect(wide.total.covered).toBeGreaterThan(3600)
  })

  it('prints a table for people', () => {
    const r = cli(['coverage', small, '--population', population, '--as-of', asOf])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^peildatum 2026-11-01 · straal 1\.000 m · tellen mee: actieve punten die gereed zijn \(1\)$/m,
    )
    expect(r.stdout).toMatch(/^ {2}Dekking +37,1%$/m)
    expect(r.stdout).toMatch(/^GM0184 +Urk +6\.000 +22\.000 +3\.600 +2\.400 +60% +25$/m)
    expect(r.stdout).toMatch(/^ +5\.000 +verder +3\.700 +11 +100%$/m)
  })

  it('writes the uncovered cells as GeoJSON with --geojson', () => {
    const dir = tempDir()
    const file = join(dir, 'ongedekt.geojson')
    const r = cli([
      'coverage',
      small,
      '--population',
      population,
      '--as-of',
      asOf,
      '--geojson',
      file,
      '--format',
      'csv',
    ])
    expect(r.code).toBe(0)
    expect(r.errLines).toEqual([`geschreven: ${file}`])
    expect(
      r.stdout.startsWith(
        '\uFEFFcode;name;population;registeredPopulation;covered;uncovered;percentage;cells\r\n',
      ),
    ).toBe(true)
    const geojson = JSON.parse(readFileSync(file, 'utf8')) as {
      type: string
      features: Array<{ properties: { population: number } }>
    }
    expect(geojson.type).toBe('FeatureCollection')
    expect(geojson.features.reduce((sum, f) => sum + f.properties.population, 0)).toBe(6100)
    expect(readdirSync(dir)).toEqual(['ongedekt.geojson'])
  })

  it('reports a broken grid with line and column, exit 1', () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, 'raster.csv'),
      'lat;lon;population;municipality\n52,66;5,60;veel;GM0184\n52,66;5,61;-5;Urk\n',
    )
    const r = cli(['coverage', small, '--population', 'raster.csv'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.errLines.length).toBeGreaterThanOrEqual(3)
    for (const line of r.errLines.slice(0, -1)) expect(line).toMatch(/^raster\.csv:\d+:\d+: fout: /)
    expect(r.errLines.at(-1)).toMatch(/^raster\.csv: \d+ fouten$/)
  })

  it.each([
    [
      ['coverage', small],
      'weerbaar: verplichte optie ontbreekt: --population <grid> (zie: weerbaar coverage --help)',
    ],
    [
      ['coverage', small, '--population', 'nergens.csv'],
      'weerbaar: nergens.csv: bestand niet gevonden',
    ],
    [
      ['coverage', small, '--population', population, '--radius', '0'],
      'weerbaar: --radius moet een getal groter dan 0 zijn, niet "0"',
    ],
    [
      ['coverage', small, '--population', population, '--include', 'all'],
      'weerbaar: --include moet een van ready|active|planned zijn, niet "all"',
    ],
    [
      ['coverage', small, '--population', population, '--geojson', 'geen/map/x.geojson'],
      'weerbaar: geen/map: bestand niet gevonden',
    ],
  ])('wrong usage %j: exit 2', (args, message) => {
    const r = cli(args)
    expect(r.errLines).toEqual([message])
    expect(r.code).toBe(2)
  })
})

describe('weerbaar site', () => {
  it('picks candidates greedily with their gain and the coverage after each', () => {
    const r = cli([
      'site',
      small,
      '--population',
      population,
      '--as-of',
      asOf,
      '--count',
      '2',
      '--candidates',
      candidates,
      '--format',
      'json',
    ])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const s = JSON.parse(r.stdout) as {
      baseline: { covered: number }
      picks: Array<{ id: string; source: string; gain: number; covered: number }>
      candidates: number
      covered: number
    }
    expect(s.baseline.covered).toBe(3600)
    expect(s.candidates).toBe(4)
    expect(s.picks.map((p) => [p.id, p.source, p.gain, p.covered])).toEqual([
      ['zeewolde-centrum', 'file', 2700, 6300],
      ['zeewolde-oost', 'file', 1000, 7300],
    ])
    expect(s.covered).toBe(7300)
  })

  it('uses the planned points as candidates without a candidate file, and prints a table', () => {
    const r = cli(['site', small, '--population', population, '--as-of', asOf, '--count', '3'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^1 +urk-kerk +Kerkzaal Urk +GM0184 +gepland punt +52,663 +5,599 +600 +4\.200 +43,3%$/m,
    )
  })

  it('as CSV for a spreadsheet', () => {
    const r = cli([
      'site',
      small,
      '--population',
      population,
      '--as-of',
      asOf,
      '--count',
      '1',
      '--candidates',
      candidates,
      '--format',
      'csv',
    ])
    expect(r.stdout).toBe(
      '\uFEFForder;id;name;municipality;source;lat;lon;gain;covered;percentage\r\n1;zeewolde-centrum;Sporthal Zeewolde;GM0050;file;52,33;5,541;2700;6300;64,94845360824742\r\n',
    )
  })

  it('reports a broken candidate file, exit 1', () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, 'k.csv'),
      'id;name;lat;lon;municipality;kind\nx;X;noord;5,6;GM0050;kasteel\n',
    )
    const r = cli(
      [
        'site',
        small,
        '--population',
        population,
        '--count',
        '1',
        '--candidates',
        'k.csv',
        '--lang',
        'en',
      ],
      { cwd: dir },
    )
    expect(r.code).toBe(1)
    expect(
      r.errLines.slice(0, -1).every((l) => /^k\.csv:2:\d+: error: candidates\[0\]\./.test(l)),
    ).toBe(true)
    expect(r.errLines.at(-1)).toBe('k.csv: 2 errors')
  })

  it('needs --count, a whole number above 0', () => {
    expect(cli(['site', small, '--population', population]).errLines).toEqual([
      'weerbaar: verplichte optie ontbreekt: --count <n> (zie: weerbaar site --help)',
    ])
    expect(cli(['site', small, '--population', population, '--count', '2.5']).errLines).toEqual([
      'weerbaar: --count moet een geheel getal groter dan 0 zijn, niet "2.5"',
    ])
  })
})

const hasScript = spawnSync('script', ['--version']).status === 0

describe('progress on stderr', () => {
  it('stays away when stderr is not a terminal', () => {
    const r = cli(['site', small, '--population', population, '--count', '1', '--format', 'json'])
    expect(r.stderr).toBe('')
  })

  it.skipIf(!hasScript)(
    'shows the steps on a terminal, clears its line, and is silent with --quiet',
    () => {
      const run = (extra: string) =>
        spawnSync(
          'script',
          [
            '-qfc',
            `"${process.execPath}" "${bin}" coverage "${small}" --population "${population}" --format json ${extra} > /dev/null`,
            '/dev/null',
          ],
          {
            cwd: packageDir,
            encoding: 'utf8',
          },
        ).stdout
      const shown = run('')
      expect(shown).toContain('Dekking: bevolkingsraster lezen…')
      expect(shown).toContain('Dekking: dekking berekenen…')
      expect(shown.endsWith('\r\x1b[2K')).toBe(true)
      expect(run('--quiet')).toBe('')
    },
  )
})

describe('coverage and siting on the demo regions', () => {
  const regions = [
    ['vr25-flevoland', flevoland],
    ['vr14-gooi-en-vechtstreek', gooi],
  ] as const

  it.each(regions)(
    'coverage of %s counts every inhabitant of the synthetic grid once',
    (name, file) => {
      const r = cli([
        'coverage',
        file,
        '--population',
        join(demoData, 'population', `${name}.csv`),
        '--include',
        'active',
        '--format',
        'json',
      ])
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      const c = JSON.parse(r.stdout) as CoverageJson & {
        municipalities: Array<{ registeredPopulation: number }>
      }
      const region = JSON.parse(readFileSync(file, 'utf8')) as {
        municipalities: Array<{ code: string; population: number }>
      }
      expect(c.municipalities.map((m) => m.code)).toEqual(region.municipalities.map((m) => m.code))
      expect(c.total.population).toBe(c.municipalities.reduce((sum, m) => sum + m.population, 0))
      expect(c.total.covered).toBe(c.municipalities.reduce((sum, m) => sum + m.covered, 0))
      expect(c.total.percentage).toBeGreaterThan(0)
      expect(c.total.percentage).toBeLessThanOrEqual(100)
    },
  )

  it.each(regions)('siting in %s picks candidates with gains that never grow', (name, file) => {
    const r = cli([
      'site',
      file,
      '--population',
      join(demoData, 'population', `${name}.csv`),
      '--candidates',
      join(demoData, 'candidates', `${name}.csv`),
      '--include',
      'active',
      '--count',
      '4',
      '--format',
      'json',
    ])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const s = JSON.parse(r.stdout) as {
      baseline: { covered: number }
      picks: Array<{ gain: number; covered: number }>
      covered: number
    }
    expect(s.picks).toHaveLength(4)
    const gains = s.picks.map((p) => p.gain)
    expect(gains).toEqual([...gains].sort((a, b) => b - a))
    expect(s.covered).toBe(s.baseline.covered + gains.reduce((a, b) => a + b, 0))
  })
})

describe('coverage and site: the details a new user runs into', () => {
  const dir = tempDir()
  const region = 'test/fixtures/small-region.json'

  it('a CBS code -99997 names the option that exists (--confidential), which then counts it', () => {
    const grid = readFileSync(fixture('population.csv'), 'utf8').replace(
      '52.65260;5.58630;150;GM0184',
      '52.65260;5.58630;-99997;GM0184',
    )
    writeFileSync(join(dir, 'secret.csv'), grid)
    const refused = cli([
      'coverage',
      region,
      '--population',
      join(dir, 'secret.csv'),
      '--lang',
      'en',
    ])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /-99997 is a CBS code .* weerbaar coverage and site with --confidential 0/,
    )
    const counted = cli([
      'coverage',
      region,
      '--population',
      join(dir, 'secret.csv'),
      '--confidential',
      '0',
      '--as-of',
      '2026-11-01',
      '--lang',
      'en',
      '--format',
      'json',
    ])
    expect(counted.code, counted.stderr).toBe(0)
    expect(counted.stderr).toMatch(
      /1 cell had a CBS confidentiality code instead of a count; it counts as 0 inhabitants/,
    )
    expect(JSON.parse(counted.stdout).total.population).toBe(9700 - 150)
    expect(cli(['coverage', region, '--population', 'x.csv', '--confidential', '-1']).code).toBe(2)
  })

  it('site --count 3 with fewer candidates picks what there is and says why, in the singular for one', () => {
    writeFileSync(
      join(dir, 'one.csv'),
      'id;name;lat;lon;municipality;kind\nzeewolde-centrum;Sporthal Zeewolde;52,33;5,541;GM0050;sports_hall\n',
    )
    const args = [
      'site',
      region,
      '--population',
      fixture('population.csv'),
      '--as-of',
      '2026-11-01',
    ]
    const planned = JSON.parse(cli([...args, '--count', '1', '--format', 'json']).stdout)
      .candidates as number
    const r = cli([
      ...args,
      '--count',
      String(planned + 3),
      '--candidates',
      join(dir, 'one.csv'),
      '--lang',
      'en',
    ])
    expect(r.code).toBe(0)
    const candidates = planned + 1
    expect(r.stderr).toContain(
      `there ${candidates === 1 ? 'is' : 'are'} only ${candidates} candidate${candidates === 1 ? '' : 's'} (the planned points plus --candidates); give more with --candidates`,
    )
    expect(r.stdout).toContain(`· ${candidates} candidate${candidates === 1 ? '' : 's'}`)
  })
})
