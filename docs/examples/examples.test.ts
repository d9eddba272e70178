/**
 * The examples included in the guide are real code: this test type-checks them with the docs
 * tsconfig and runs each one against the demo regions, so an API change that breaks an example
 * fails CI instead of misleading a reader.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseRegionJson, wgs84ToRd, type Region } from '@weerbaar/core'
import { demoRegionPaths } from '@weerbaar/demo-data/paths'
import { catalog } from '@weerbaar/guidelines'
import ts from 'typescript'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { printCoverage } from './coverage.ts'
import { explain } from './explain.ts'
import { printExpiring } from './expiring.ts'
import { compareEditions } from './guideline-diff.ts'
import { printImpact } from './guideline-impact.ts'
import { upgradeRegion } from './upgrade-edition.ts'
import { printReadiness } from './readiness.ts'
import { writeRisicowijzer } from './risicowijzer.ts'
import { printRisks } from './risk.ts'
import { describeRules } from './ruleset.ts'
import { exportCsv, importAssessments } from './spreadsheet.ts'
import { validate } from './validate.ts'

const here = fileURLToPath(new URL('.', import.meta.url))
const example = (name: string) => fileURLToPath(new URL(name, import.meta.url))
/** A fixed report date after the demo assessments, so the expectations do not age. */
const AS_OF = '2026-11-01'

let lines: string[] = []
let dir = ''
beforeEach(() => {
  lines = []
  vi.spyOn(console, 'log').mockImplementation(
    (...args: unknown[]) => void lines.push(args.join(' ')),
  )
  dir = mkdtempSync(join(tmpdir(), 'weerbaar-docs-'))
})
afterEach(() => {
  vi.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

function readRegion(path: string): Region {
  const result = parseRegionJson(readFileSync(path, 'utf8'), { catalog })
  if (!result.ok) throw new Error(`${path} does not parse: ${JSON.stringify(result.issues)}`)
  return result.value
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const demos = demoRegionPaths.map((paths) => ({ ...paths, data: readRegion(paths.region) }))

it('the examples type-check', () => {
  const configPath = fileURLToPath(new URL('../tsconfig.json', import.meta.url))
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(
    config,
    ts.sys,
    fileURLToPath(new URL('..', import.meta.url)),
  )
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(here, f))
  const program = ts.createProgram(files, parsed.options)
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
  expect(diagnostics).toEqual([])
}, 60_000)

describe('validate.ts', () => {
  it('accepts the region file of the guide', () => {
    expect(validate(example('region.json'))).toBe(true)
    expect(lines).toContain('Veiligheidsregio Flevoland: 2 points')
  })

  it.each(demos)('accepts demo region $code', (demo) => {
    expect(validate(demo.region)).toBe(true)
    expect(lines.at(-1)).toBe(`${demo.data.region.name}: ${demo.data.points.length} points`)
  })

  it('reports every problem of a broken file, with its path, line and column', () => {
    const broken = JSON.parse(readFileSync(example('region.json'), 'utf8'))
    broken.points[0].municipality = 'GM0999'
    broken.assessments[0].requirement = 'power.backp'
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken, null, 2))
    expect(validate(join(dir, 'broken.json'))).toBe(false)
    expect(lines.join('\n')).toMatch(
      /points\[0\]\.municipality \(line \d+, column \d+\): Unknown municipality "GM0999"/,
    )
    expect(lines.join('\n')).toMatch(
      /assessments\[0\]\.requirement .*Unknown requirement "power\.backp"/,
    )
  })
})

describe.each(demos)('on demo region $code', (demo) => {
  it('readiness.ts prints every municipality and the region', () => {
    printReadiness(demo.data, AS_OF)
    expect(lines).toHaveLength(demo.data.municipalities.length + 1)
    expect(lines[0]).toMatch(
      new RegExp(
        `^${escape(demo.data.municipalities[0]!.name)}: \\d+ of \\d+ points ready \\(\\d+%\\)$`,
      ),
    )
    expect(lines.at(-1)).toMatch(
      new RegExp(`^${escape(demo.data.region.name)}: network [\\d.]+%, mean score [\\d.]+$`),
    )
  })

  it('explain.ts explains an active point in Dutch', () => {
    const point = demo.data.points.find((p) => p.status === 'active')!
    explain(demo.data, point.id, AS_OF)
    expect(lines[0]).toMatch(new RegExp(`^${escape(point.name)}: (gereed|niet gereed|onbekend)`))
    expect(lines.length).toBeGreaterThan(1)
  })

  it('expiring.ts lists assessments that expire within a year', () => {
    printExpiring(demo.data, AS_OF, 365)
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines)
      expect(line).toMatch(/^\d{4}-\d{2}-\d{2} .+ \((mandatory|recommended), \d+ days left\)$/)
  })

  it("guideline-impact.ts compares the demo's edition with 2025.1", () => {
    printImpact(demo.data, '2025.1', AS_OF)
    expect(lines[0]).toMatch(
      new RegExp(
        `^noodsteunpunten@${escape(demo.data.guideline.version)} → noodsteunpunten@2025\\.1: ready points \\d+ → \\d+$`,
      ),
    )
  })

  it('ruleset.ts shows the rules and norms', () => {
    describeRules(demo.data)
    expect(lines[0]).toMatch(
      new RegExp(
        `^noodsteunpunten@${escape(demo.data.guideline.version)}: \\d+ requirements, \\d+ mandatory$`,
      ),
    )
    expect(lines.some((l) => l.startsWith('inhabitantsPerPoint = '))).toBe(true)
  })

  it('risk.ts ranks the risk profile with readiness per scenario', () => {
    printRisks(demo.data, AS_OF)
    if (demo.data.riskProfile) {
      expect(lines[0]).toMatch(/^1\. /)
      expect(lines.at(-1)).toMatch(/^Most urgent: /)
    } else {
      expect(lines).toEqual(['No risk profile'])
    }
  })

  it('risicowijzer.ts writes HTML and Markdown without non-public points', () => {
    const municipality = demo.data.municipalities[0]!
    writeRisicowijzer(demo.data, municipality.code, AS_OF, dir)
    const html = readFileSync(join(dir, `risicowijzer-${municipality.code}.html`), 'utf8')
    const markdown = readFileSync(join(dir, `risicowijzer-${municipality.code}.md`), 'utf8')
    expect(html).toContain('lang="nl"')
    expect(markdown).toContain(municipality.name)
    for (const hidden of demo.data.points.filter((p) => !p.public)) {
      expect(html).not.toContain(hidden.name)
      expect(markdown).not.toContain(hidden.name)
    }
  })

  it('coverage.ts reports coverage per municipality', () => {
    // A small grid around the demo points: one cell 300 m from each point (covered by an
    // active point at 1,000 m) and one 5 km away (not covered).
    const rows = ['x;y;population;municipality']
    for (const p of demo.data.points) {
      const { x, y } = wgs84ToRd(p.location)
      rows.push(`${Math.round(x) + 300};${Math.round(y)};100;${p.municipality}`)
      rows.push(`${Math.round(x) + 5000};${Math.round(y)};50;${p.municipality}`)
    }
    writeFileSync(join(dir, 'grid.csv'), rows.join('\n'))
    printCoverage(demo.data, join(dir, 'grid.csv'), AS_OF, 'active')
    expect(lines).toHaveLength(demo.data.municipalities.length + 1)
    expect(lines[0]).toMatch(/^.+: \d+\.\d% within 1000 m$/)
    expect(lines.at(-1)).toMatch(/: \d+ of \d+ residents covered$/)
  })

  it('spreadsheet.ts round-trips the assessments through CSV', () => {
    exportCsv(demo.data, dir)
    expect(importAssessments(demo.data, join(dir, 'assessments.csv'))?.assessments).toEqual(
      demo.data.assessments,
    )
  })

  it("spreadsheet.ts reads the demo's own CSV export", () => {
    expect(importAssessments(demo.data, demo.assessmentsCsv)?.assessments).toHaveLength(
      demo.data.assessments.length,
    )
  })
})

describe('spreadsheet.ts', () => {
  it('names the line of a bad cell', () => {
    const region = readRegion(example('region.json'))
    exportCsv(region, dir)
    const csv = readFileSync(join(dir, 'assessments.csv'), 'utf8').replace(
      '2026-09-14',
      '2026-09-31',
    )
    writeFileSync(join(dir, 'broken.csv'), csv)
    expect(importAssessments(region, join(dir, 'broken.csv'))).toBeUndefined()
    expect(lines.join('\n')).toMatch(/line 2/)
  })
})

describe.each(demos.map((d) => [d.code, d] as const))('upgrade-edition.ts on %s', (_code, demo) => {
  // The demo as it was before the move: on 2026.1, with the same assessments.
  const before: Region = { ...demo.data, guideline: { ...demo.data.guideline, version: '2026.1' } }

  it('moves a region from 2026.1 to 2026.2, keeping every assessment, and says what changes', () => {
    const after = upgradeRegion(before, '2026.2', AS_OF)
    expect(after.guideline.version).toBe('2026.2')
    expect(after.assessments).toHaveLength(before.assessments.length)
    expect(lines[0]).toBe('noodsteunpunten@2026.1 → noodsteunpunten@2026.2')
    expect(lines[1]).toMatch(/^ready points (\d+) → \1$/)
    expect(lines[2]).toMatch(/^network completeness [\d.]+% → [\d.]+%$/)
    expect(lines).toContain('points that drop a level: 0')
    expect(lines).toContain('assessments that become history: 0')
    expect(lines.filter((l) => l.startsWith('warning'))).toEqual([])
  })

  it('and back: assessments of requirements only 2026.2 has become history, one warning each', () => {
    const after = upgradeRegion(before, '2026.2', AS_OF)
    const withNew: Region = {
      ...after,
      assessments: [
        ...after.assessments,
        {
          point: after.points[0]!.id,
          requirement: 'needs.medicines',
          date: '2026-12-02',
          result: 'met',
        },
      ],
    }
    lines = []
    const back = upgradeRegion(withNew, '2026.1', AS_OF)
    expect(back.assessments).toHaveLength(withNew.assessments.length)
    expect(lines).toContain('assessments that become history: 1')
    expect(lines.filter((l) => l.startsWith('warning'))).toEqual([
      expect.stringMatching(
        /^warning assessments\[\d+\]\.requirement: 1 beoordeling\(en\) van eis "needs\.medicines"/,
      ),
    ])
  })
})

describe('guideline-diff.ts', () => {
  it('lists the editions and the changes from 2025.1 to 2026.1', () => {
    compareEditions('2025.1', '2026.1')
    expect(lines.some((l) => /^noodsteunpunten@2026\.1 \w+: \d+ requirements$/.test(l))).toBe(true)
    expect(lines.some((l) => l.startsWith('+ power.test (mandatory)'))).toBe(true)
    expect(lines.some((l) => l.startsWith('~ power.backup:'))).toBe(true)
  })
})

describe('ruleset.ts', () => {
  it("shows a region's own norm", () => {
    describeRules(readRegion(example('region.json')))
    expect(lines).toContain('maxDistanceMeters = 1500 (region)')
  })
})
