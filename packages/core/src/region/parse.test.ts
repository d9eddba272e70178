import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseRegionJson } from '../io/json.ts'
import { minimalCatalog, minimalRegion } from '../../test/fixtures/minimal-region.ts'
import { parseRegion } from './parse.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8')
const minimal = minimalRegion
const catalog = minimalCatalog

/** A requirement of the region's supplement, with what a test adds. */
const regionalRequirement = (id: string, extra: Record<string, unknown>) => ({
  id,
  title: `Eis ${id}`,
  description: `Regionale eis ${id}`,
  function: 'basic_needs',
  ...extra,
})

describe('parseRegion', () => {
  it('accepts a valid file and fills defaults', () => {
    const result = parseRegion(minimal(), { catalog })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.warnings).toEqual([])
    expect(result.value.points[0]!.public).toBe(true)
    expect(result.value.points[1]!.public).toBe(false)
  })

  it('returns every assessment with the same fields in the same order, keeping the values', () => {
    const doc = minimal()
    doc.assessments = [
      { point: 'urk-buurthuis', requirement: 'power.backup', date: '2026-01-01', value: 48 },
      {
        note: 'Aggregaat getest',
        date: '2026-01-02',
        result: 'met',
        requirement: 'power.backup',
        point: 'urk-buurthuis',
        assessor: 'A. de Vries',
      },
    ]
    const result = parseRegion(doc, { catalog })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const fields = ['point', 'requirement', 'date', 'result', 'value', 'note', 'assessor']
    for (const a of result.value.assessments) expect(Object.keys(a)).toEqual(fields)
    expect(JSON.parse(JSON.stringify(result.value.assessments))).toEqual([
      { point: 'urk-buurthuis', requirement: 'power.backup', date: '2026-01-01', value: 48 },
      {
        point: 'urk-buurthuis',
        requirement: 'power.backup',
        date: '2026-01-02',
        result: 'met',
        note: 'Aggregaat getest',
        assessor: 'A. de Vries',
      },
    ])
  })

  it('reports every problem with its path, not only the first', () => {
    const doc = minimal()
    doc.points.push({ ...doc.points[0], name: 'Dubbel' })
    doc.points[0].location.lat = '52,37'
    doc.points[1].municipality = 'GM9999'
    doc.municipalities[1].population = 0
    doc.assessments.push({
      point: 'nope',
      requirement: 'power.backup',
      date: '2026-02-30',
      result: 'met',
    })
    doc.assessments.push({
      point: 'urk-buurthuis',
      requirement: 'made.up',
      date: '2026-01-01',
      result: 'met',
    })
    const result = parseRegion(doc, { catalog, lang: 'en' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i.code]))
    expect(byPath).toMatchObject({
      'points[0].location.lat': 'invalid_type',
      'points[2].id': 'duplicate_id',
      'points[1].municipality': 'unknown_municipality',
      'municipalities[1].population': 'population_not_positive',
      'assessments[2].point': 'unknown_point',
      'assessments[2].date': 'impossible_date',
      'assessments[3].requirement': 'unknown_requirement',
    })
  })

  it('speaks Dutch by default and English on request', () => {
    const doc = minimal()
    doc.points[1].municipality = 'GM9999'
    doc.points[0].tier = 'regional'
    const nl = parseRegion(doc)
    const en = parseRegion(doc, { lang: 'en' })
    expect(nl.ok || en.ok).toBe(false)
    if (nl.ok || en.ok) return
    expect(nl.issues.find((i) => i.path === 'points[1].municipality')!.message).toMatch(
      /Onbekende gemeente "GM9999"/,
    )
    expect(en.issues.find((i) => i.path === 'points[1].municipality')!.message).toMatch(
      /Unknown municipality "GM9999"/,
    )
    expect(nl.issues.find((i) => i.path === 'points[0].tier')!.message).toMatch(/Ongeldige/i)
  })

  it('warns about coordinates outside the Netherlands without rejecting the file', () => {
    const doc = minimal()
    doc.points[0].location = { lat: 5.15, lon: 52.34 }
    const result = parseRegion(doc, { catalog })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.warnings).toMatchObject([
      { path: 'points[0].location', code: 'outside_netherlands' },
    ])
  })

  it('rejects non-objects and unsupported schema versions cleanly', () => {
    for (const input of [null, [], 'x', 42]) {
      const r = parseRegion(input)
      expect(r).toMatchObject({ ok: false, issues: [{ code: 'not_an_object' }] })
    }
    expect(parseRegion({ ...minimal(), schemaVersion: 2 })).toMatchObject({
      ok: false,
      issues: [{ code: 'unsupported_schema_version', path: 'schemaVersion' }],
    })
  })

  it('reports one problem per bad date: the format, or a day that does not exist', () => {
    const doc = minimal()
    doc.assessments[0]!.date = '14-09-2026'
    const wrongFormat = parseRegion(doc, { lang: 'en', catalog })
    expect(wrongFormat.ok ? [] : wrongFormat.issues.map((i) => [i.path, i.message])).toEqual([
      ['assessments[0].date', 'Expected a calendar date YYYY-MM-DD'],
    ])
    doc.assessments[0]!.date = '2026-02-29'
    const noSuchDay = parseRegion(doc, { lang: 'en', catalog })
    expect(noSuchDay.ok ? [] : noSuchDay.issues.map((i) => [i.path, i.code])).toEqual([
      ['assessments[0].date', 'impossible_date'],
    ])
  })

  it("checks assessments against the guideline's requirements and the region's supplement", () => {
    const doc = minimal()
    const requirement = (id: string, extra: Record<string, unknown>) =>
      regionalRequirement(id, { basis: 'assumption', rationale: 'Regionale keuze', ...extra })
    doc.supplement = {
      requirements: [
        requirement('power.backup', { level: 'recommended' }),
        requirement('water.storage', {
          level: 'mandatory',
          check: { type: 'minimum', unit: 'liter', min: 500 },
        }),
        requirement('flyers', { level: 'mandatory' }),
        requirement('flyers', {
          level: 'recommended',
          check: { type: 'minimum', unit: 'stuks', min: 9 },
        }),
      ],
    }
    const assess = (requirement: string, extra: Record<string, unknown>) =>
      doc.assessments.push({
        point: 'almere-poort-kazerne',
        requirement,
        date: '2026-10-01',
        ...extra,
      })
    assess('water.storage', { value: 600 }) // [2] minimum check: a value is expected
    assess('flyers', { value: 3 }) // [3] yes/no check (the first definition counts): value ignored
    assess('flyers', { result: 'not_applicable' }) // [4] mandatory: not applicable not allowed
    assess('info.board', { result: 'not_applicable' }) // [5] recommended: allowed
    assess('power.backup', { result: 'not_applicable' }) // [6] national mandatory: not allowed
    const result = parseRegion(doc, { catalog, lang: 'en' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => [i.severity, i.code, i.path])).toEqual([
      ['error', 'duplicate_id', 'supplement.requirements[3].id'],
      ['error', 'supplement_shadows_guideline', 'supplement.requirements[0].id'],
      ['warning', 'value_without_minimum', 'assessments[3].value'],
      ['warning', 'not_applicable_not_allowed', 'assessments[4].result'],
      ['warning', 'not_applicable_not_allowed', 'assessments[6].result'],
    ])
  })

  it('holds regional requirements to the provenance rules of the editions (warnings)', () => {
    const doc = minimal()
    const requirement = (id: string, extra: Record<string, unknown>) =>
      regionalRequirement(id, { level: 'recommended', ...extra })
    doc.supplement = {
      requirements: [
        requirement('vr.cited', { sources: ['crisiskunde'] }),
        requirement('vr.silent', {}),
        requirement('vr.dangling', { sources: ['own-memo'] }),
        requirement('vr.assumed', { basis: 'assumption' }),
        requirement('vr.reasoned', { basis: 'assumption', rationale: 'Besluit AB 2026' }),
      ],
    }
    const result = parseRegion(doc, { catalog, lang: 'en' })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.warnings.map((i) => [i.code, i.path])).toEqual([
      ['supplement_without_provenance', 'supplement.requirements[1]'],
      ['supplement_unknown_source', 'supplement.requirements[2].sources[0]'],
      ['supplement_without_provenance', 'supplement.requirements[2]'],
      ['supplement_assumption_without_rationale', 'supplement.requirements[3]'],
    ])
    expect(result.warnings[1]!.message).toBe(
      'Source "own-memo" is not among the sources of guideline noodsteunpunten@2026.1; a regional requirement can only cite those',
    )
  })

  it('reports 40 errors when there are 40', () => {
    const doc = minimal()
    doc.assessments = Array.from({ length: 40 }, (_, i) => ({
      point: `ghost-${i}`,
      requirement: 'info.board',
      date: '2026-01-01',
      result: 'met',
    }))
    const r = parseRegion(doc, { catalog })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.filter((i) => i.code === 'unknown_point')).toHaveLength(40)
  })
})

describe('parseRegionJson', () => {
  it('tolerates a BOM', () => {
    expect(parseRegionJson(`\uFEFF${fixture('minimal-region.json')}`, { catalog }).ok).toBe(true)
  })

  it('names line and column of syntax errors and of data problems', () => {
    const broken = parseRegionJson('{\n  "schemaVersion": 1,\n  "region": }\n')
    expect(broken).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_json', line: 3, column: 13 }],
    })

    const text = fixture('minimal-region.json').replace(
      '"municipality": "GM0184"',
      '"municipality": "GM0000"',
    )
    const r = parseRegionJson(text, { lang: 'en' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    const issue = r.issues.find((i) => i.path === 'points[1].municipality')!
    const lines = text.split('\n')
    expect(lines[issue.line! - 1]!.slice(issue.column! - 1)).toMatch(/^"municipality": "GM0000"/)
  })

  it('reports an empty file and a file that is not JSON', () => {
    expect(parseRegionJson('')).toMatchObject({
      ok: false,
      issues: [{ code: 'empty_file', message: 'Het bestand is leeg' }],
    })
    const notJson = parseRegionJson('id;name\nx;y\n', { lang: 'en' })
    expect(notJson.ok).toBe(false)
    if (!notJson.ok)
      expect(notJson.issues[0]).toMatchObject({ code: 'invalid_json', line: 1, column: 1 })
  })

  it('refuses a file nested ten thousand levels deep with one issue, not a stack overflow', () => {
    const text = `{ "a": "[[[{{{",\n  "b": ${'['.repeat(10_000)}${']'.repeat(10_000)} }`
    const result = parseRegionJson(text, { lang: 'en' })
    expect(result).toMatchObject({
      ok: false,
      // brackets inside the string do not count: level 257 is the 256th '[' on line 2, column 8
      issues: [{ code: 'json_too_deep', path: '', line: 2, column: 8 + 255 }],
    })
    if (!result.ok) expect(result.issues).toHaveLength(1)
    // 256 levels are still parsed, and then judged as a region file
    const deepest = parseRegionJson(`{ "a": ${'['.repeat(255)}${']'.repeat(255)} }`)
    expect(deepest.ok).toBe(false)
    if (!deepest.ok) expect(deepest.issues.map((i) => i.code)).not.toContain('json_too_deep')
  })
})
