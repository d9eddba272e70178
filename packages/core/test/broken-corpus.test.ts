/**
 * The corpus of broken files: each yields clear issues, named by path and (for text) line and
 * column, and no reader ever throws on any of them. Expected JSON positions are found by
 * searching the fixture for the offending key, so they hold however the file is laid out; CSV
 * columns count fields.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseAssessmentsCsv, parsePointsCsv } from '../src/io/index.ts'
import { parseRegionJson } from '../src/io/json.ts'
import type { Issue, Lang, Result } from '../src/shared/issues.ts'
import { catalogWith } from './fixtures/minimal-region.ts'

const dir = new URL('./fixtures/broken/', import.meta.url)
const read = (file: string) => readFileSync(new URL(file, dir), 'utf8')

const catalog = catalogWith('mandatory')

type Reader = 'region' | 'points' | 'assessments'
const readers: Record<Reader, (text: string, lang: Lang) => Result<unknown>> = {
  region: (text, lang) => parseRegionJson(text, { catalog, lang }),
  points: (text, lang) => parsePointsCsv(text, { lang }),
  assessments: (text, lang) => parseAssessmentsCsv(text, { lang }),
}

function issuesOf(file: string, reader: Reader, lang: Lang = 'nl'): Issue[] {
  const result = readers[reader](read(file), lang)
  expect(result.ok, `${file} should be rejected`).toBe(false)
  return result.ok ? [] : result.issues
}

const where = (issues: Issue[]) => issues.map((i) => [i.path, i.code, i.line, i.column])

/** 1-based line and column of the `nth` occurrence of `token` in a fixture. */
function at(file: string, token: string, nth = 1): [number, number] {
  const text = read(file)
  let offset = -1
  for (let n = 0; n < nth; n++) {
    offset = text.indexOf(token, offset + 1)
    if (offset < 0) throw new Error(`${token} not found ${nth} times in ${file}`)
  }
  const before = text.slice(0, offset).split('\n')
  return [before.length, before[before.length - 1]!.length + 1]
}

/** What every issue must look like: a real message, a position, no programmer noise. */
function expectClear(issues: Issue[]) {
  for (const issue of issues) {
    expect(issue.message.length).toBeGreaterThan(5)
    expect(issue.message).not.toMatch(/undefined|\[object|NaN|Error:|\n\s+at /)
    // Never zod's own wording ("Invalid input: expected string", "Too big: expected number").
    expect(issue.message).not.toMatch(
      /Invalid input|Invalid option|Too (big|small)|Ongeldige invoer/,
    )
    expect(issue.line).toBeGreaterThanOrEqual(1)
  }
}

describe('broken region files (JSON)', () => {
  it('wrong types: each wrong value at its path, line and column', () => {
    const issues = issuesOf('wrong-types.json', 'region', 'en')
    expectClear(issues)
    const file = 'wrong-types.json'
    const expected = [
      ['municipalities[0].population', 'invalid_type', ...at(file, '"population": "226000"')],
      ['points[0].location.lat', 'invalid_type', ...at(file, '"lat": "52,37"')],
      ['points[1].tier', 'invalid_value', ...at(file, '"tier": "regional"')],
      ['points[1].status', 'invalid_value', ...at(file, '"status": "open"')],
      ['points[1].public', 'invalid_type', ...at(file, '"public": "ja"')],
      ['points[1].capacity', 'invalid_type', ...at(file, '"capacity": 12.5')],
      ['assessments[0].date', 'invalid_format', ...at(file, '"date": "2026-9-14"')],
      ['assessments[0].value', 'invalid_type', ...at(file, '"value": "48"')],
    ]
    for (const e of expected) expect(where(issues)).toContainEqual(e)
    // Nothing is reported anywhere else (the malformed date may also be called impossible).
    expect(new Set(issues.map((i) => i.path))).toEqual(new Set(expected.map((e) => e[0])))
    const message = (path: string) => issues.find((i) => i.path === path)!.message
    expect(message('points[1].tier')).toBe('Invalid value "regional": choose coordination or local')
    expect(message('points[1].public')).toBe('Expected true or false, got text ("ja")')
    expect(message('points[1].capacity')).toBe('Expected a whole number, got a number (12.5)')
    expect(message('municipalities[0].population')).toBe('Expected a number, got text ("226000")')
  })

  it('duplicate ids: the second use, pointing at the first', () => {
    const issues = issuesOf('duplicate-ids.json', 'region')
    expectClear(issues)
    expect(where(issues)).toEqual([
      [
        'municipalities[1].code',
        'duplicate_id',
        ...at('duplicate-ids.json', '"code": "GM0034"', 2),
      ],
      ['points[2].id', 'duplicate_id', ...at('duplicate-ids.json', '"id": "kazerne"', 2)],
    ])
    expect(issues[1]!.message).toBe(
      'Dubbele id van noodsteunpunt "kazerne" (ook gebruikt in points[0])',
    )
  })

  it('dangling references: unknown municipality, point and requirement', () => {
    const issues = issuesOf('dangling-references.json', 'region', 'en')
    expectClear(issues)
    const file = 'dangling-references.json'
    expect(where(issues)).toEqual([
      ['points[1].municipality', 'unknown_municipality', ...at(file, '"municipality": "GM0995"')],
      ['assessments[1].point', 'unknown_point', ...at(file, '"point": "verdwenen-punt"')],
      [
        'assessments[2].requirement',
        'unknown_requirement',
        ...at(file, '"requirement": "power.solar"'),
      ],
    ])
    expect(issues.map((i) => i.message)).toEqual([
      'Unknown municipality "GM0995": add it to municipalities',
      'Unknown point "verdwenen-punt"',
      'Unknown requirement "power.solar" in guideline noodsteunpunten@2026.1 and the regional supplement',
    ])
  })

  it('an unknown guideline edition', () => {
    expect(where(issuesOf('unknown-guideline.json', 'region'))).toEqual([
      ['guideline', 'unknown_guideline', ...at('unknown-guideline.json', '"guideline"')],
    ])
  })

  it('a BOM is tolerated: a valid file parses, and lines of errors after it are right', () => {
    const valid = parseRegionJson(read('bom-valid.json'), { catalog })
    expect(valid.ok).toBe(true)
    const issues = issuesOf('bom-with-error.json', 'region', 'en')
    expectClear(issues)
    expect(where(issues)).toEqual([
      [
        'municipalities[0].population',
        'population_not_positive',
        ...at('bom-with-error.json', '"population": 0'),
      ],
      ['points[0].location', 'outside_netherlands', ...at('bom-with-error.json', '"location"')],
    ])
    expect(issues.map((i) => i.severity)).toEqual(['error', 'warning'])
  })

  it('empty and whitespace-only files', () => {
    for (const file of ['empty.json', 'whitespace-only.json']) {
      expect(where(issuesOf(file, 'region'))).toEqual([['', 'empty_file', 1, 1]])
    }
  })

  it('not JSON at all: text, an HTML error page', () => {
    for (const file of ['not-json.txt', 'html.json']) {
      const issues = issuesOf(file, 'region')
      expectClear(issues)
      expect(issues).toHaveLength(1)
      expect(issues[0]).toMatchObject({ code: 'invalid_json', line: 1, column: 1 })
      expect(issues[0]!.message).toMatch(/^Dit is geen JSON/)
    }
  })

  it('truncated JSON, comments and trailing commas: syntax errors at their place', () => {
    const truncated = issuesOf('truncated.json', 'region', 'en')
    expectClear(truncated)
    expect(truncated[0]).toMatchObject({ code: 'invalid_json', line: 9, column: 32 })
    expect(truncated[0]!.message).toBe('This is not JSON: Unexpected End Of String')
    const relaxed = issuesOf('comments-and-trailing-commas.json', 'region')
    expect(relaxed.map((i) => [i.code, i.line])).toContainEqual(['invalid_json', 2])
    expect(relaxed.map((i) => [i.code, i.line])).toContainEqual(['invalid_json', 4])
    expect(relaxed.map((i) => [i.code, i.line])).toContainEqual(['invalid_json', 7])
    const lines = relaxed.map((i) => i.line)
    expect(new Set(lines).size).toBe(lines.length)
  })

  it('an array, and a schema version from the future', () => {
    expect(where(issuesOf('array.json', 'region'))).toEqual([['', 'not_an_object', 1, 1]])
    expect(where(issuesOf('schema-version-2.json', 'region'))).toEqual([
      [
        'schemaVersion',
        'unsupported_schema_version',
        ...at('schema-version-2.json', '"schemaVersion"'),
      ],
    ])
  })

  it('40 errors: all 40 reported, each on its own line', () => {
    const issues = issuesOf('forty-errors.json', 'region')
    expectClear(issues)
    expect(issues).toHaveLength(40)
    expect(issues.every((i) => i.severity === 'error')).toBe(true)
    const file = 'forty-errors.json'
    const two = (n: number) => String(n).padStart(2, '0')
    const expected = Array.from(
      { length: 10 },
      (_, k) =>
        [
          ['points', k, 'location.lat', at(file, `"lat": "52.${two(k + 1)}"`)],
          ['points', 10 + k, 'municipality', at(file, `"municipality": "GM9999"`, k + 1)],
          ['assessments', k, 'point', at(file, `"point": "spookpunt-${two(k + 1)}"`)],
          ['assessments', 10 + k, 'date', at(file, `"date": "`, 10 + k + 1)],
        ] as const,
    ).flat()
    expect(
      where(issues)
        .map(([path, , line, column]) => [path, line, column])
        .sort(),
    ).toEqual(
      expected
        .map(([list, index, field, position]) => [`${list}[${index}].${field}`, ...position])
        .sort(),
    )
    const codes = issues.reduce<Record<string, number>>(
      (count, i) => ({ ...count, [i.code]: (count[i.code] ?? 0) + 1 }),
      {},
    )
    expect(codes).toEqual({
      invalid_type: 10,
      unknown_municipality: 10,
      unknown_point: 10,
      impossible_date: 10,
    })
  })
})

describe('broken CSV files', () => {
  it("a Dutch Excel points file (BOM, ';', decimal commas, CRLF) is read correctly", () => {
    const result = parsePointsCsv(read('points-semicolon-decimal-comma.csv'))
    expect(
      result.ok &&
        result.value.map((p) => [p.id, p.location.lat, p.location.lon, p.capacity, p.public]),
    ).toEqual([
      ['almere-poort-kazerne', 52.3436, 5.1544, 40, true],
      ['urk-buurthuis', 52.6616, 5.6013, 120, false],
    ])
  })

  it("';' with decimal commas and wrong cells: each cell at its line and column, with the column's name", () => {
    const issues = issuesOf('points-semicolon-errors.csv', 'points')
    expectClear(issues)
    expect(where(issues)).toEqual([
      ['points[0].location.lat', 'invalid_number', 2, 7],
      ['points[1].name', 'cell_required', 3, 2],
      ['points[1].status', 'invalid_value', 3, 6],
      ['points[1].capacity', 'invalid_integer', 3, 10],
      ['points[1].public', 'invalid_boolean', 3, 11],
      ['points[2]', 'too_many_cells', 4, 12],
    ])
    // Cell issues name their column: the last segment of the path (location.lat → "lat").
    for (const issue of issues.slice(0, 5))
      expect(issue.message.startsWith(`Kolom "${issue.path.split('.').pop()}": `)).toBe(true)
  })

  it("',' as delimiter with unquoted decimal commas: one issue per row, with the likely cause", () => {
    const issues = issuesOf('points-comma-decimal-comma.csv', 'points', 'en')
    expect(where(issues)).toEqual([
      ['points[0]', 'too_many_cells', 2, 9],
      ['points[1]', 'too_many_cells', 3, 9],
    ])
    expect(issues[0]!.message).toContain('decimal comma in a comma-separated file')
  })

  it('assessments: impossible and unreadable dates, empty required cells, unknown results, an unclosed quote', () => {
    const issues = issuesOf('assessments-errors.csv', 'assessments')
    expectClear(issues)
    expect(where(issues)).toEqual([
      ['assessments[1].date', 'impossible_date', 3, 3],
      ['assessments[2].requirement', 'cell_required', 4, 2],
      ['assessments[2].result', 'invalid_value', 4, 4],
      ['assessments[3].date', 'invalid_date', 5, 3],
      ['', 'missing_quotes', 6, 6],
    ])
  })

  it('an empty CSV file', () => {
    expect(where(issuesOf('empty.csv', 'points'))).toEqual([['', 'empty_file', 1, 1]])
    expect(where(issuesOf('empty.csv', 'assessments'))).toEqual([['', 'empty_file', 1, 1]])
  })
})

describe('the whole corpus', () => {
  const files = readdirSync(dir).sort()

  it('holds the files the issue asks for', () => {
    expect(files.length).toBeGreaterThanOrEqual(20)
  })

  it.each(files)('%s: no reader throws, in either language', (file) => {
    const text = read(file)
    for (const reader of Object.values(readers)) {
      for (const lang of ['nl', 'en'] as const) {
        let result: Result<unknown> | undefined
        expect(() => (result = reader(text, lang))).not.toThrow()
        if (result && !result.ok) expectClear(result.issues)
      }
    }
  })
})
