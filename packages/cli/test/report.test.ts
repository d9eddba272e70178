import { computeReadiness, parseRegionJson } from '@weerbaar/core'
import { catalog, resolveRuleset } from '@weerbaar/guidelines'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { localToday } from '../src/dates.ts'
import { ReportSchema } from '../src/report/contract.ts'
import { cli, fixture, flevoland, gooi } from './cli.ts'

const small = fixture('small-region.json')
const asOf = '2026-11-01'

function reportJson(file: string, ...args: string[]) {
  const r = cli(['report', file, '--format', 'json', ...args])
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  return JSON.parse(r.stdout) as unknown
}

describe('weerbaar report --format json: the documented contract', () => {
  it.each([flevoland, gooi, small])('matches the schema of the contract for %s', (file) => {
    const parsed = ReportSchema.safeParse(reportJson(file, '--as-of', asOf))
    expect(parsed.error?.issues ?? []).toEqual([])
  })

  it('carries exactly what core computes, numbers unrounded', () => {
    const text = readFileSync(flevoland, 'utf8')
    const region = parseRegionJson(text, { catalog })
    if (!region.ok) throw new Error('demo region does not parse')
    const expected = computeReadiness(region.value, resolveRuleset(region.value), { asOf })
    const report = ReportSchema.parse(reportJson(flevoland, '--as-of', asOf))
    expect(report.asOf).toBe(asOf)
    expect(report.guideline).toBe('noodsteunpunten@2026.2')
    expect(report.scenario).toBeNull()
    expect(report.region).toEqual({
      code: expected.region.code,
      name: expected.region.name,
      population: expected.region.population,
      requiredPoints: expected.region.requiredPoints,
      activePoints: expected.region.activePoints,
      readyPoints: expected.region.readyPoints,
      networkCompleteness: expected.region.networkCompleteness,
      meanScore: expected.region.meanScore,
      completeness: expected.region.completeness,
      levels: expected.region.levels,
      topGaps: expected.region.topGaps,
      coordination: expected.region.coordination,
    })
    expect(report.municipalities.map((m) => [m.code, m.coordination])).toEqual(
      expected.municipalities.map((m) => [m.code, m.coordination]),
    )
    expect(report.municipalities.map((m) => [m.code, m.meanScore, m.levels])).toEqual(
      expected.municipalities.map((m) => [m.code, m.meanScore, m.levels]),
    )
    expect(report.points.map((p) => [p.id, p.level, p.score, p.requirements.length])).toEqual(
      expected.points.map((p) => [p.id, p.level, p.score, p.requirements.length]),
    )
    // Not rounded: some score carries more than two decimals.
    expect(
      report.points.some(
        (p) => p.score !== null && Math.abs(p.score * 100 - Math.round(p.score * 100)) > 1e-9,
      ),
    ).toBe(true)
  })

  it('judges on today, on the local calendar, without --as-of', () => {
    const report = ReportSchema.parse(reportJson(flevoland))
    expect(report.asOf).toBe(localToday())
  })

  it('restricts to a scenario with --scenario', () => {
    const all = ReportSchema.parse(reportJson(small, '--as-of', asOf))
    const power = ReportSchema.parse(
      reportJson(small, '--as-of', asOf, '--scenario', 'stroomuitval'),
    )
    expect(power.scenario).toBe('stroomuitval')
    const requirementsOf = (r: typeof all) =>
      r.points.find((p) => p.id === 'urk-kazerne')!.requirements.map((q) => q.id)
    // The flood requirement applies in Urk through the flood scenario, not under the power-outage one.
    expect(requirementsOf(all)).toContain('flood.raised-storage')
    expect(requirementsOf(power)).not.toContain('flood.raised-storage')
  })

  it('ignores assessments after --as-of', () => {
    const before = ReportSchema.parse(reportJson(small, '--as-of', '2026-01-01'))
    const after = ReportSchema.parse(reportJson(small, '--as-of', asOf))
    expect(before.region.readyPoints).toBe(0)
    expect(after.region.readyPoints).toBe(1)
  })
})

describe('weerbaar report for people', () => {
  it('prints an aligned table with Dutch labels by default', () => {
    const r = cli(['report', small, '--as-of', asOf])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatchInlineSnapshot(`
      "Testregio (fictief) (VR25)
      Richtlijn noodsteunpunten@2026.1 · peildatum 2026-11-01

      Regio
        Inwoners             46.000
        Benodigde punten     10
        Actieve punten       3
        Gerede punten        1
        Netwerkcompleetheid  10%
        Gemiddelde score     25,4%
        Volledigheid         28,5%

      Gemeenten
      Code    Gemeente  Inwoners  Nodig  Actief  Gereed  Netwerk  Score  Volledig  Niet gereed  Onbekend
      ──────  ────────  ────────  ─────  ──────  ──────  ───────  ─────  ────────  ───────────  ────────
      GM0184  Urk         22.000      5       2       1      20%  35,4%       40%            1         0
      GM0050  Zeewolde    24.000      5       1       0       0%   5,5%      5,5%            0         1

      Grootste tekorten in de regio
      Eis               Omschrijving              Punten zonder
      ────────────────  ────────────────────────  ─────────────
      access.capacity   Ruimte voor inwoners                  3
      access.step-free  Drempelvrij                           3
      care.first-aider  Hulpverlener aanwezig                 3
      care.medication   Afspraken over medicatie              3
      comms.courier     Koeriers                              3
      "
    `)
  })

  it('lines up every column of a large region', () => {
    const lines = cli(['report', flevoland, '--as-of', asOf, '--points']).stdout.split('\n')
    const rules = lines
      .map((line, i) => [line, i] as const)
      .filter(([line]) => line.startsWith('──'))
    // Municipalities, gaps, requirements shown by agreements (the demo network), points.
    expect(rules.length).toBe(4)
    for (const [rule, i] of rules) {
      const header = lines[i - 1]!
      const body: string[] = []
      for (let j = i + 1; j < lines.length && lines[j] !== ''; j++) body.push(lines[j]!)
      // Every cell ends where the rule of its column ends (numbers) or starts where it starts (text).
      const starts = [...rule.matchAll(/─+/g)].map((m) => m.index)
      for (const row of [header, ...body]) {
        for (const start of starts.slice(1)) expect(row[start - 1], `${row}`).toBe(' ')
      }
    }
  })

  it('in English with --lang en', () => {
    const r = cli(['report', small, '--as-of', asOf, '--lang', 'en', '--points'])
    expect(r.stdout).toMatch(/^Guideline noodsteunpunten@2026\.1 · as of 2026-11-01$/m)
    expect(r.stdout).toMatch(/^ {2}Network completeness {2}10%$/m)
    expect(r.stdout).toMatch(
      /^urk-buurthuis +Buurthuis De Zuidhoek +GM0184 +not ready +13% +20\.4%$/m,
    )
    expect(r.stdout).toMatch(/^ {2}Population +46,000$/m)
  })

  it('as Markdown with --format md', () => {
    const r = cli(['report', small, '--as-of', asOf, '--format', 'md', '--points'])
    expect(r.stdout).toMatch(/^# Testregio \(fictief\) \(VR25\)$/m)
    expect(r.stdout).toMatch(/^\| Code \| Gemeente \| Inwoners \|/m)
    expect(r.stdout).toMatch(/^\| --- \| --- \| ---: \|/m)
    expect(r.stdout).toMatch(
      /^\| urk-kazerne \| Brandweerkazerne Urk \| GM0184 \| gereed \| 57,9% \| 59,6% \|$/m,
    )
  })
})

describe('weerbaar report --format csv', () => {
  it('has one row per point, Dutch Excel style: BOM, semicolons, decimal commas, CRLF, stable headers', () => {
    const r = cli(['report', small, '--as-of', asOf, '--format', 'csv'])
    expect(r.code).toBe(0)
    expect(
      r.stdout.startsWith('\uFEFFid;name;municipality;status;level;score;completeness\r\n'),
    ).toBe(true)
    const rows = r.stdout.slice(1).trimEnd().split('\r\n')
    expect(rows).toHaveLength(1 + 5)
    expect(rows[1]).toMatch(
      /^urk-kazerne;Brandweerkazerne Urk;GM0184;active;ready;57,89\d+;59,64\d+$/,
    )
    expect(rows).toContain('urk-kerk;Kerkzaal Urk;GM0184;planned;planned;0;0')
  })
})

describe('weerbaar report on broken input', () => {
  it('exits 1 with every problem of the region file', () => {
    const r = cli(['report', 'test/fixtures/invalid-region.json'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.errLines).toHaveLength(12)
    expect(r.errLines.at(-1)).toBe('test/fixtures/invalid-region.json: 11 fouten')
  })

  it('prints warnings on stderr and the report on stdout', () => {
    const r = cli([
      'report',
      'test/fixtures/warning-region.json',
      '--format',
      'json',
      '--as-of',
      asOf,
    ])
    expect(r.code).toBe(0)
    expect(r.errLines).toHaveLength(1)
    expect(r.errLines[0]).toMatch(/waarschuwing: points\[4\]\.location/)
    expect(ReportSchema.safeParse(JSON.parse(r.stdout)).success).toBe(true)
  })
})
