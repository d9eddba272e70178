import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, fixture, flevoland, gooi, tempDir } from './cli.ts'

/** One line per problem: `file:line:column: fout: path: message`, never a stack trace. */
const ISSUE_LINE = /^test\/fixtures\/[\w-]+\.json:\d+:\d+: (fout|error|waarschuwing|warning): /

describe('weerbaar validate', () => {
  it.each([flevoland, gooi])(
    'accepts the demo region %s: exit 0, the verdict on stdout, nothing on stderr',
    (file) => {
      const r = cli(['validate', file])
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(
        /: geldig \(\d+ noodsteunpunten, \d+ beoordelingen, 0 waarschuwingen\)\n$/,
      )
    },
  )

  it('says it in English with --lang en, and nothing at all with --quiet', () => {
    // The fixture follows 2026.1, which 2026.2 supersedes since 2026-12-01: the one warning.
    const r = cli(['validate', fixture('small-region.json'), '--lang', 'en'])
    expect(r.stdout).toBe(
      `${fixture('small-region.json')}: valid (5 points, 21 assessments, 1 warning)\n`,
    )
    expect(r.errLines).toEqual([
      expect.stringMatching(
        /: warning: guideline\.version: noodsteunpunten@2026\.1 is superseded by noodsteunpunten@2026\.2/,
      ),
    ])
    const quiet = cli(['validate', fixture('small-region.json'), '--quiet'])
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' })
  })

  it('reports every problem of an invalid file, one line each with line and column, and exits 1', () => {
    const r = cli(['validate', 'test/fixtures/invalid-region.json'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    const [summary, ...rest] = [...r.errLines].reverse()
    expect(summary).toBe('test/fixtures/invalid-region.json: 11 fouten')
    const lines = rest.reverse()
    expect(lines).toHaveLength(11)
    for (const line of lines) expect(line).toMatch(ISSUE_LINE)
    // In file order, so a reader can walk down the file.
    const lineNumbers = lines.map((l) => Number(l.split(':')[1]))
    expect(lineNumbers).toEqual([...lineNumbers].sort((a, b) => a - b))
    expect(lines).toEqual(
      expect.arrayContaining([
        'test/fixtures/invalid-region.json:21:7: fout: municipalities[1].population: Het aantal inwoners moet groter zijn dan 0',
        expect.stringMatching(
          /^test\/fixtures\/invalid-region.json:33:9: fout: points\[0\]\.location\.lat: /,
        ),
        'test/fixtures/invalid-region.json:40:7: fout: points[1].id: Dubbele id van noodsteunpunt "urk-kazerne" (ook gebruikt in points[0])',
        'test/fixtures/invalid-region.json:68:7: fout: points[3].municipality: Onbekende gemeente "GM9999": voeg haar toe aan municipalities',
        'test/fixtures/invalid-region.json:95:7: fout: assessments[0].date: Deze datum bestaat niet',
        expect.stringMatching(
          /^test\/fixtures\/invalid-region.json:100:7: fout: assessments\[1\]\.requirement: Onbekende eis "power\.nuclear"/,
        ),
        'test/fixtures/invalid-region.json:105:7: fout: assessments[2].point: Onbekend noodsteunpunt "nergens"',
      ]),
    )
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('reports in English with --lang en', () => {
    const r = cli(['validate', 'test/fixtures/invalid-region.json', '--lang', 'en'])
    expect(r.code).toBe(1)
    expect(r.errLines).toContain(
      'test/fixtures/invalid-region.json:95:7: error: assessments[0].date: This date does not exist',
    )
    expect(r.errLines.at(-1)).toBe('test/fixtures/invalid-region.json: 11 errors')
  })

  it('reports JSON syntax errors with line and column', () => {
    const dir = tempDir()
    const broken =
      '{\n  "schemaVersion": 1,\n  "region": { "code": "VR25", "name": "Kapot" },\n  "municipalities": [\n    { "code": "GM0184", "name": "Urk", "population": 22000 },\n  ]\n'
    writeFileSync(join(dir, 'kapot.json'), broken)
    const r = cli(['validate', 'kapot.json'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.errLines).toEqual([
      'kapot.json:6:3: fout: Dit is geen JSON: Waarde verwacht',
      "kapot.json:7:1: fout: Dit is geen JSON: Sluitaccolade '}' verwacht",
      'kapot.json: 2 fouten',
    ])
  })

  it('prints warnings on stderr and still exits 0; --quiet leaves them out', () => {
    const r = cli(['validate', 'test/fixtures/warning-region.json'])
    expect(r.code).toBe(0)
    expect(r.errLines).toEqual([
      // The fixture follows 2026.1, which 2026.2 supersedes since 2026-12-01.
      'test/fixtures/warning-region.json:10:5: waarschuwing: guideline.version: noodsteunpunten@2026.1 is vervangen door noodsteunpunten@2026.2 (geldig vanaf 2026-12-01); bekijk de gevolgen met: weerbaar guideline impact test/fixtures/warning-region.json --to 2026.2',
      'test/fixtures/warning-region.json:85:7: waarschuwing: points[4].location: Locatie 48.85, 2.35 ligt buiten Nederland; zijn lat en lon verwisseld?',
    ])
    expect(r.stdout).toMatch(/geldig \(5 noodsteunpunten, 21 beoordelingen, 2 waarschuwingen\)/)
    expect(cli(['validate', 'test/fixtures/warning-region.json', '--quiet'])).toMatchObject({
      code: 0,
      stdout: '',
      stderr: '',
    })
  })

  it('reports an empty file and a file that is not a region', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'empty.json'), '')
    writeFileSync(join(dir, 'array.json'), '[1, 2]\n')
    const empty = cli(['validate', 'empty.json'], { cwd: dir })
    expect(empty.code).toBe(1)
    expect(empty.errLines[0]).toBe('empty.json:1:1: fout: Het bestand is leeg')
    const array = cli(['validate', 'array.json', '--lang', 'en'], { cwd: dir })
    expect(array.code).toBe(1)
    expect(array.errLines).toHaveLength(2)
  })

  describe('files that cannot be read: one line, exit 2, no stack trace', () => {
    it('a missing file', () => {
      expect(cli(['validate', 'nergens.json'])).toMatchObject({
        code: 2,
        stdout: '',
        stderr: 'weerbaar: nergens.json: bestand niet gevonden\n',
      })
      expect(cli(['validate', 'nergens.json', '--lang', 'en']).stderr).toBe(
        'weerbaar: nergens.json: file not found\n',
      )
    })

    it('a directory', () => {
      expect(cli(['validate', 'test'])).toMatchObject({
        code: 2,
        stderr: 'weerbaar: test: dit is een map, geen bestand\n',
      })
    })

    it('a path through a file', () => {
      expect(cli(['validate', 'package.json/region.json'])).toMatchObject({
        code: 2,
        stderr: 'weerbaar: package.json/region.json: bestand niet gevonden\n',
      })
    })

    it.skipIf(process.getuid?.() === 0)('a file without read permission', () => {
      const dir = tempDir()
      const file = join(dir, 'secret.json')
      writeFileSync(file, '{}')
      chmodSync(file, 0o000)
      expect(cli(['validate', 'secret.json'], { cwd: dir })).toMatchObject({
        code: 2,
        stderr: 'weerbaar: secret.json: geen toestemming om te lezen\n',
      })
    })

    it('shows the cause with --debug', () => {
      const r = cli(['validate', 'nergens.json', '--debug'])
      expect(r.code).toBe(2)
      expect(r.errLines[0]).toBe('weerbaar: nergens.json: bestand niet gevonden')
      expect(r.stderr).toMatch(/ENOENT/)
      expect(r.stderr).toMatch(/\n\s+at /)
    })
  })
})

describe('weerbaar validate: what a new user gets wrong', () => {
  const dir = tempDir()
  const region = JSON.parse(readFileSync(fixture('small-region.json'), 'utf8')) as {
    points: Array<Record<string, unknown>>
    assessments: Array<Record<string, unknown>>
  }
  const write = (name: string, text: string) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }

  it('a missing field: what is missing and which values it takes, in Dutch, at its object', () => {
    const { tier: _tier, ...point } = region.points[0]!
    const path = write(
      'missing-tier.json',
      JSON.stringify({ ...region, points: [point, ...region.points.slice(1)] }, null, 2),
    )
    const r = cli(['validate', path])
    expect(r.code).toBe(1)
    expect(r.errLines[0]).toMatch(
      /:\d+:\d+: fout: points\[0\]\.tier: Verplicht veld ontbreekt: tier \(coordination of local\)$/,
    )
    expect(r.stderr).not.toMatch(/Invalid|expected|received/)
  })

  it('a key twice in one object is an error at the second, not silently the last value', () => {
    const text = JSON.stringify(region, null, 2).replace(
      '"status": "active",',
      '"status": "active",\n      "status": "inactive",',
    )
    const r = cli(['validate', write('duplicate-key.json', text), '--lang', 'en'])
    expect(r.code).toBe(1)
    expect(r.errLines[0]).toMatch(
      /duplicate-key\.json:\d+:7: error: points\[\d+\]\.status: Field "status" appears twice in this object \(first on line \d+\)/,
    )
  })

  it('an assessment dated after today is a warning (exit 0), with its line', () => {
    const assessments = region.assessments.map((a, i) =>
      i === 0 ? { ...a, date: '2999-01-01' } : a,
    )
    const path = write('future.json', JSON.stringify({ ...region, assessments }, null, 2))
    const r = cli(['validate', path, '--lang', 'en'])
    expect(r.code).toBe(0)
    // The fixture follows 2026.1, superseded since 2026-12-01: that warning comes first.
    expect(r.errLines).toEqual([
      expect.stringMatching(/future\.json:\d+:\d+: warning: guideline\.version: .* is superseded/),
      expect.stringMatching(
        /future\.json:\d+:\d+: warning: assessments\[0\]\.date: Assessment dated 2999-01-01, after today \(\d{4}-\d{2}-\d{2}\)/,
      ),
    ])
    expect(r.stdout).toMatch(/valid \(5 points, 21 assessments, 2 warnings\)\n$/)
  })
})
