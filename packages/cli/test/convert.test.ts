import { parseRegionJson } from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, fixture, flevoland, tempDir } from './cli.ts'

const small = fixture('small-region.json')

function parsed(text: string) {
  const result = parseRegionJson(text, { catalog })
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'))
  return result.value
}

describe('weerbaar convert', () => {
  it.each([small, flevoland])('goes to CSV and back without changing the region (%s)', (file) => {
    const dir = tempDir()
    const out = join(dir, 'csv')
    const to = cli(['convert', file, '--to-csv', out])
    expect(to.code).toBe(0)
    expect(to.stdout).toBe('')
    const name = file.split('/').at(-1)!.replace('.json', '')
    // Partners, agreements and staffing only for a region that has them (the demo regions do).
    const network = 'partners' in (JSON.parse(readFileSync(file, 'utf8')) as object)
    expect(readdirSync(out).sort()).toEqual([
      ...(network ? [`${name}.agreements.csv`] : []),
      `${name}.assessments.csv`,
      ...(network ? [`${name}.partners.csv`] : []),
      `${name}.points.csv`,
      ...(network ? [`${name}.staffing.csv`] : []),
    ])
    const points = readFileSync(join(out, `${name}.points.csv`), 'utf8')
    expect(
      points.startsWith(
        '\uFEFFid;name;municipality;tier;kind;status;lat;lon;address;capacity;public;statusReason;provenance\r\n',
      ),
    ).toBe(true)

    const back = cli([
      'convert',
      file,
      '--points',
      join(out, `${name}.points.csv`),
      '--assessments',
      join(out, `${name}.assessments.csv`),
    ])
    expect(back.stderr).toBe('')
    expect(back.code).toBe(0)
    const original = parsed(readFileSync(file, 'utf8'))
    expect(parsed(back.stdout)).toEqual(original)
    // Everything but points and assessments is the file as it was, key order included.
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    const result = JSON.parse(back.stdout) as Record<string, unknown>
    expect(Object.keys(result)).toEqual(Object.keys(raw))
    expect({ ...result, points: null, assessments: null }).toEqual({
      ...raw,
      points: null,
      assessments: null,
    })
  })

  it('writes the new region file whole with --out, and reads CSV saved by Dutch Excel', () => {
    const dir = tempDir()
    // Windows-1252, comma decimals, Dutch dates: as Excel saves "CSV (gescheiden door lijstscheidingsteken)".
    const assessments = Buffer.from(
      'point;requirement;date;result;value;note;assessor\r\nurk-kazerne;power.backup;1-10-2026;;96,5;Aggregaat getest, café;\r\n',
      'latin1',
    )
    writeFileSync(join(dir, 'assessments.csv'), assessments)
    const r = cli(['convert', small, '--assessments', 'assessments.csv', '--out', 'new.json'], {
      cwd: dir,
    })
    expect(r.stdout).toBe('')
    expect(r.errLines).toEqual(['geschreven: new.json'])
    expect(r.code).toBe(0)
    const region = parsed(readFileSync(join(dir, 'new.json'), 'utf8'))
    expect(region.assessments).toEqual([
      {
        point: 'urk-kazerne',
        requirement: 'power.backup',
        date: '2026-10-01',
        value: 96.5,
        note: 'Aggregaat getest, café',
      },
    ])
    expect(region.points).toEqual(parsed(readFileSync(small, 'utf8')).points)
    expect(readdirSync(dir).sort()).toEqual(['assessments.csv', 'new.json'])
  })

  it("--out through a symbolic link keeps the link and the file's permissions", () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'data'))
    writeFileSync(join(dir, 'data', 'region.json'), '{}')
    chmodSync(join(dir, 'data', 'region.json'), 0o640)
    symlinkSync(join('data', 'region.json'), join(dir, 'current.json'))
    expect(cli(['convert', small, '--to-csv', 'csv'], { cwd: dir }).code).toBe(0)
    const points = join('csv', 'small-region.points.csv')
    const r = cli(['convert', small, '--points', points, '--out', 'current.json'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(lstatSync(join(dir, 'current.json')).isSymbolicLink()).toBe(true)
    expect(parsed(readFileSync(join(dir, 'data', 'region.json'), 'utf8'))).toEqual(
      parsed(readFileSync(small, 'utf8')),
    )
    expect(statSync(join(dir, 'data', 'region.json')).mode & 0o777).toBe(0o640)
    expect(readdirSync(join(dir, 'data'))).toEqual(['region.json'])
  })

  it('--out into a device writes straight into it, and never replaces the device', () => {
    const dir = tempDir()
    expect(cli(['convert', small, '--to-csv', 'csv'], { cwd: dir }).code).toBe(0)
    const points = join('csv', 'small-region.points.csv')
    const r = cli(['convert', small, '--points', points, '--out', '/dev/null'], { cwd: dir })
    expect(r.stderr).toBe('geschreven: /dev/null\n')
    expect(r.code).toBe(0)
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
    expect(readdirSync('/dev').filter((name) => name.startsWith('.null.'))).toEqual([])
  })

  it('reports every problem in both CSV files, at their line and column, and writes nothing', () => {
    const dir = tempDir()
    const r = cli([
      'convert',
      small,
      '--points',
      fixture('broken.points.csv'),
      '--assessments',
      fixture('broken.assessments.csv'),
      '--out',
      join(dir, 'new.json'),
    ])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    const p = fixture('broken.points.csv')
    const a = fixture('broken.assessments.csv')
    expect(r.errLines).toEqual([
      `${p}:3:3: fout: points[1].municipality: Kolom "municipality": Onbekende gemeente "GM9999": voeg haar toe aan municipalities`,
      expect.stringMatching(new RegExp(`^${p}:4:5: fout: points\\[2\\]\\.kind: Kolom "kind": `)),
      expect.stringMatching(
        new RegExp(
          `^${p}:4:7: fout: points\\[2\\]\\.location\\.lat: Kolom "lat": "noord" is geen getal`,
        ),
      ),
      `${a}:2:3: fout: assessments[0].date: Kolom "date": Deze datum bestaat niet`,
      expect.stringMatching(
        new RegExp(
          `^${a}:3:2: fout: assessments\\[1\\]\\.requirement: Kolom "requirement": Onbekende eis "power\\.nuclear"`,
        ),
      ),
      `${a}:4:1: fout: assessments[2].point: Kolom "point": Onbekend noodsteunpunt "onbekend"`,
      expect.stringMatching(
        new RegExp(`^${a}:5:4: fout: assessments\\[3\\]\\.result: Kolom "result": `),
      ),
      `${p}: 3 fouten`,
      `${a}: 4 fouten`,
    ])
    expect(readdirSync(dir)).toEqual([])
  })

  it('names the file of a CSV problem without a path (a missing column)', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.csv'), 'point;requirement;result\nurk-kazerne;info.board;met\n')
    const r = cli(['convert', small, '--assessments', 'a.csv', '--lang', 'en'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.errLines[0]).toMatch(/^a\.csv:1(:\d+)?: error: .*date/)
  })

  it('refuses to convert from an invalid region file', () => {
    const dir = tempDir()
    const r = cli(['convert', 'test/fixtures/invalid-region.json', '--to-csv', dir])
    expect(r.code).toBe(1)
    expect(r.errLines.at(-1)).toBe('test/fixtures/invalid-region.json: 11 fouten')
    expect(readdirSync(dir)).toEqual([])
  })

  it.each([
    [
      ['convert', small],
      'weerbaar: geef --to-csv <map> (naar CSV) of --points en/of --assessments (terug naar JSON)',
    ],
    [
      ['convert', small, '--to-csv', 'x', '--points', 'p.csv'],
      'weerbaar: gebruik --to-csv óf --points/--assessments, niet allebei',
    ],
    [['convert', small, '--points', 'nergens.csv'], 'weerbaar: nergens.csv: bestand niet gevonden'],
    [
      ['convert', small, '--points', fixture('broken.points.csv'), '--out', 'geen/map/new.json'],
      'weerbaar: geen/map: bestand niet gevonden',
    ],
    [
      ['convert', small, '--to-csv', 'package.json'],
      'weerbaar: package.json: bestaat al en is geen map',
    ],
  ])('wrong usage %j: exit 2', (args, message) => {
    const r = cli(args)
    expect(r.errLines).toEqual([message])
    expect(r.code).toBe(2)
  })

  it('creates the CSV directory when it is missing', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'a'))
    expect(cli(['convert', small, '--to-csv', join(dir, 'a', 'b', 'c'), '--quiet'])).toMatchObject({
      code: 0,
      stdout: '',
      stderr: '',
    })
    expect(readdirSync(join(dir, 'a', 'b', 'c'))).toHaveLength(2)
  })
})
