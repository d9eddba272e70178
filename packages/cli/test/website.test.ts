import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, fixture, flevoland, tempDir } from './cli.ts'

const small = fixture('small-region.json')

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  )
}

describe('weerbaar website', () => {
  it('writes the whole site for a demo region, without any non-public point', () => {
    const dir = join(tempDir(), 'site')
    const r = cli([
      'website',
      flevoland,
      '--out',
      dir,
      '--as-of',
      '2026-12-03',
      '--base-url',
      'https://www.example.org/noodsteunpunten',
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    const files = listFiles(dir).sort()
    expect(r.errLines).toEqual([`geschreven: ${dir} (${files.length} bestanden)`])
    for (const expected of [
      'index.html',
      'en/index.html',
      'gemeente/GM0034.html',
      'en/gemeente/GM0034.html',
      'embed/GM0034.html',
      'embed/GM0034.txt',
      'risicowijzer/GM0034.html',
      'noodsteunpunten.geojson',
      'assets/site.css',
      'assets/site.js',
      'assets/risicowijzer.css',
    ])
      expect(files).toContain(expected)
    expect(readFileSync(join(dir, 'embed/GM0034.txt'), 'utf8')).toMatch(
      /^<iframe src="https:\/\/www\.example\.org\/noodsteunpunten\/embed\/GM0034\.html" title="Noodsteunpunten in Almere"/,
    )
    expect(readFileSync(join(dir, 'gemeente/GM0034.html'), 'utf8')).toContain(
      'Stand van 3 december 2026.',
    )
    const region = JSON.parse(readFileSync(flevoland, 'utf8')) as {
      points: Array<{ id: string; name: string; public?: boolean }>
    }
    const publicNames = new Set(region.points.filter((p) => p.public !== false).map((p) => p.name))
    const hidden = region.points.filter((p) => p.public === false && !publicNames.has(p.name))
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8')
      for (const p of hidden) expect(text, `${p.name} in ${file}`).not.toContain(p.name)
    }
  })

  it('warns that the embed code is relative without --base-url', () => {
    const dir = tempDir()
    const r = cli(['website', small, '--out', dir, '--as-of', '2026-12-03'])
    expect(r.code).toBe(0)
    expect(r.errLines[0]).toMatch(/^waarschuwing: zonder --base-url wijst de insluitcode/)
    expect(readFileSync(join(dir, 'embed/GM0184.txt'), 'utf8')).toContain('src="embed/GM0184.html"')
  })

  it.each([
    [
      ['website', small, '--out', 'x', '--base-url', 'javascript:alert(1)'],
      'weerbaar: --base-url: geen webadres: "javascript:alert(1)" (bijvoorbeeld https://www.gemeente.nl/noodsteunpunten/)',
    ],
    [
      ['website', small],
      'weerbaar: verplichte optie ontbreekt: --out <dir> (zie: weerbaar website --help)',
    ],
  ])('wrong usage %j: exit 2', (args, message) => {
    const r = cli(args)
    expect(r.errLines).toEqual([message])
    expect(r.code).toBe(2)
  })

  it('writes nothing when one file cannot be placed, and leaves no staging folder', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'noodsteunpunten.geojson'))
    const r = cli(['website', small, '--out', dir, '--as-of', '2026-12-03', '--quiet'])
    expect(r.code).toBe(1)
    expect(r.errLines.at(-1)).toMatch(/^weerbaar: .*noodsteunpunten\.geojson: kan niet schrijven/)
    expect(readdirSync(dir)).toEqual(['noodsteunpunten.geojson'])
    expect(existsSync(join(dir, 'index.html'))).toBe(false)
  })
})
