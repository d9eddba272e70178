import { describe, expect, it } from 'vitest'
import {
  parsePopulationCsv,
  parsePopulationGeoJson,
  parsePopulationGrid,
  recogniseCellSize,
} from './grid-parse.ts'
import { wgs84ToRd } from './projection.ts'

const ok = <T>(result: { ok: true; value: T } | { ok: false; issues: unknown }) => {
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2))
  return result.value
}
const issuesOf = (result: { ok: boolean; issues?: unknown[]; warnings?: unknown[] }) =>
  (result.ok ? result.warnings : result.issues) as {
    code: string
    line?: number
    column?: number
    path: string
    message: string
  }[]

describe('parsePopulationCsv', () => {
  it("reads Dutch Excel CSV: BOM, ';', decimal comma, CRLF, x;y in RD New", () => {
    const text =
      '\uFEFFx;y;population;municipality\r\n155050;463050;25;GM0034\r\n155150;463050;12,5;gm0034\r\n155050;463150;0;34\r\n'
    const file = ok(parsePopulationCsv(text))
    expect(file.coordinates).toBe('rd')
    expect([...file.grid.x]).toEqual([155050, 155150, 155050])
    expect([...file.grid.population]).toEqual([25, 12.5, 0])
    expect(file.grid.municipalities).toEqual(['GM0034'])
    expect(file.grid.cellSize).toBe(100)
  })

  it("reads ',' separated lat;lon and projects to RD New", () => {
    const file = ok(parsePopulationCsv('lat,lon,population,municipality\n52.37,5.22,40,GM0034\n'))
    expect(file.coordinates).toBe('wgs84')
    const rd = wgs84ToRd({ lat: 52.37, lon: 5.22 })
    expect(file.grid.x[0]).toBe(rd.x)
    expect(file.grid.y[0]).toBe(rd.y)
    expect(file.grid.cellSize).toBeUndefined()
  })

  it('accepts Dutch column names in any order and keeps leading # comments', () => {
    const text = '# synthetic\n# second line\ngemeente;inwoners;y;x\nGM0402;15;470250;141750\n'
    const file = ok(parsePopulationCsv(text))
    expect(file.comments).toEqual(['synthetic', 'second line'])
    expect([...file.grid.x]).toEqual([141750])
    expect(file.grid.cellSize).toBe(500)
  })

  it('reports bad cells with line and column, and every one of them', () => {
    const text = [
      '# a comment, so data lines are 3 and on',
      'x;y;population;municipality',
      '155050;463050;abc;GM0034',
      '155050;;5;GM0034',
      '155050;463050;-3;GM0034',
      '155050;463050;5;Almere',
      '463050;155050;5;GM0034',
      '',
      '155050;463050;5;GM0034;extra',
    ].join('\n')
    const result = parsePopulationCsv(text, { lang: 'en' })
    expect(result.ok).toBe(false)
    expect(issuesOf(result).map((i) => [i.code, i.line, i.column, i.path])).toEqual([
      ['invalid_number', 3, 3, 'cells[0].population'],
      ['cell_required', 4, 2, 'cells[1].y'],
      ['negative_population', 5, 3, 'cells[2].population'],
      ['invalid_municipality', 6, 4, 'cells[3].municipality'],
      ['outside_rd', 7, 1, 'cells[4].x'],
      ['too_many_cells', 9, 5, 'cells[5]'],
    ])
    expect(issuesOf(result)[0]!.message).toBe(
      'Column "population": "abc" is not a number (write e.g. 52.37 or 52,37, without thousands separators)',
    )
  })

  it('refuses a count like 1.270 that reads as 1270 in Dutch and 1.27 in English', () => {
    const text =
      'x;y;population;municipality\n155050;463050;1.270;GM0034\n155150;463050;"1,270";GM0034\n' +
      '155250;463050;1270;GM0034\n155350;463050;12,5;GM0034\n155450;463050;1.2705;GM0034\n'
    const result = parsePopulationCsv(text)
    expect(issuesOf(result).map((i) => [i.code, i.line, i.column])).toEqual([
      ['ambiguous_count', 2, 3],
      ['ambiguous_count', 3, 3],
    ])
    expect(issuesOf(result)[0]!.message).toBe(
      'Kolom "population": "1.270" is niet eenduidig: 1270 of 1,27 inwoners? Schrijf aantallen zonder scheidingsteken voor duizendtallen',
    )
    // Coordinates are not counts: a latitude of 52.370 is read as written.
    const lat = ok(parsePopulationCsv('lat;lon;population;municipality\n52.370;5.220;8;GM0034\n'))
    expect(lat.grid.population[0]).toBe(8)
  })

  it('explains CBS confidentiality codes, and replaces them when asked', () => {
    const text =
      'x;y;population;municipality\n155050;463050;-99997;GM0034\n155150;463050;10;GM0034\n'
    const refused = parsePopulationCsv(text)
    expect(issuesOf(refused).map((i) => i.code)).toEqual(['cbs_secret'])
    expect(issuesOf(refused)[0]!.message).toMatch(/CBS-code voor een geheim/)
    const replaced = parsePopulationCsv(text, { confidential: 2 })
    expect(ok(replaced).grid.population[0]).toBe(2)
    expect(issuesOf(replaced).map((i) => i.code)).toEqual(['cbs_secret_replaced'])
  })

  it('needs coordinates, population and municipality in the header', () => {
    expect(
      issuesOf(parsePopulationCsv('population;municipality\n5;GM0034\n')).map((i) => i.code),
    ).toEqual(['no_coordinates'])
    expect(
      issuesOf(parsePopulationCsv('x;y;municipality\n1;2;GM0034\n')).map((i) => [i.code, i.line]),
    ).toEqual([['missing_column', 1]])
    expect(issuesOf(parsePopulationCsv('id;name\n1;a\n')).map((i) => i.code)).toEqual([
      'not_this_csv',
    ])
    expect(issuesOf(parsePopulationCsv('\uFEFF\n\n')).map((i) => i.code)).toEqual(['empty_file'])
    expect(
      issuesOf(parsePopulationCsv('x;y;population;municipality\n')).map((i) => i.code),
    ).toEqual(['no_cells'])
  })

  it('warns about the same cell twice and about unknown columns', () => {
    const result = parsePopulationCsv(
      'x;y;population;municipality;note\n155050;463050;5;GM0034;a\n155050;463050;5;GM0034;b\n',
      { lang: 'en' },
    )
    expect(ok(result).grid.x.length).toBe(2)
    expect(issuesOf(result).map((i) => [i.code, i.line])).toEqual([
      ['unknown_column', 1],
      ['duplicate_cell', 3],
    ])
  })

  it('caps issues per kind and says how many more there were', () => {
    const rows = Array.from({ length: 120 }, () => '155050;463050;x;GM0034')
    const result = parsePopulationCsv(['x;y;population;municipality', ...rows].join('\n'), {
      lang: 'en',
    })
    const issues = issuesOf(result)
    expect(issues.filter((i) => i.code === 'invalid_number')).toHaveLength(50)
    expect(issues.at(-1)).toMatchObject({
      code: 'more_issues',
      message: 'invalid_number: 70 more issues of this kind not shown',
    })
  })

  it('reports an unclosed quote', () => {
    const result = parsePopulationCsv('x;y;population;municipality\n155050;463050;"5;GM0034\n')
    expect(issuesOf(result)[0]).toMatchObject({ code: 'missing_quotes', line: 2 })
  })
})

describe('parsePopulationGeoJson', () => {
  const feature = (geometry: unknown, properties: unknown) => ({
    type: 'Feature',
    geometry,
    properties,
  })

  it('reads WGS84 points and RD New polygons (centre of the cell)', () => {
    const wgs = ok(
      parsePopulationGeoJson(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            feature(
              { type: 'Point', coordinates: [5.22, 52.37] },
              { population: 10, municipality: 'GM0034' },
            ),
          ],
        }),
      ),
    )
    expect(wgs.coordinates).toBe('wgs84')
    expect(wgs.grid.x[0]).toBe(wgs84ToRd({ lat: 52.37, lon: 5.22 }).x)
    const square = [
      [
        [155000, 463000],
        [155500, 463000],
        [155500, 463500],
        [155000, 463500],
        [155000, 463000],
      ],
    ]
    const rd = ok(
      parsePopulationGeoJson(
        JSON.stringify({
          type: 'FeatureCollection',
          crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
          features: [
            feature(
              { type: 'Polygon', coordinates: square },
              { aantal_inwoners: '35', gemeentecode: 'GM0034' },
            ),
          ],
        }),
      ),
    )
    expect(rd.coordinates).toBe('rd')
    expect([rd.grid.x[0], rd.grid.y[0], rd.grid.population[0], rd.grid.cellSize]).toEqual([
      155250, 463250, 35, 500,
    ])
  })

  it('reports problems with their path, line and column', () => {
    const text = `{
  "type": "FeatureCollection",
  "features": [
    { "type": "Feature", "geometry": { "type": "Point", "coordinates": [5.22, 52.37] }, "properties": { "population": "many", "municipality": "GM0034" } },
    { "type": "Feature", "geometry": { "type": "LineString", "coordinates": [] }, "properties": { "municipality": "GM0034" } }
  ]
}`
    const result = parsePopulationGeoJson(text, { lang: 'en' })
    expect(issuesOf(result).map((i) => [i.code, i.path, i.line])).toEqual([
      ['property_not_number', 'features[0].properties.population', 4],
      ['invalid_geometry', 'features[1].geometry', 5],
      ['property_required', 'features[1].properties', 5],
    ])
  })

  it('refuses "1.270" as a population string, but reads the JSON number 1.27', () => {
    const feature = (population: string) =>
      `{ "type": "Feature", "geometry": { "type": "Point", "coordinates": [5.22, 52.37] }, "properties": { "population": ${population}, "municipality": "GM0034" } }`
    const text = `{ "type": "FeatureCollection", "features": [\n${feature('"1.270"')},\n${feature('1.27')}\n] }`
    const result = parsePopulationGeoJson(text, { lang: 'en' })
    expect(issuesOf(result).map((i) => [i.code, i.path, i.line])).toEqual([
      ['ambiguous_count', 'features[0].properties.population', 2],
    ])
    expect(issuesOf(result)[0]!.message).toMatch(
      /^"1\.270" is ambiguous: 1270 or 1\.27 inhabitants\?/,
    )
  })

  it('rejects what is not a FeatureCollection, an unknown crs and broken JSON', () => {
    expect(issuesOf(parsePopulationGeoJson('{"type":"Feature"}')).map((i) => i.code)).toEqual([
      'not_feature_collection',
    ])
    expect(
      issuesOf(
        parsePopulationGeoJson(
          '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3035"}},"features":[]}',
        ),
      ).map((i) => i.code),
    ).toEqual(['unknown_crs'])
    expect(issuesOf(parsePopulationGeoJson('{"type":'))[0]).toMatchObject({
      code: 'invalid_json',
      line: 1,
    })
  })
})

describe('parsePopulationGrid', () => {
  it('tells GeoJSON from CSV by the first character', () => {
    expect(
      ok(
        parsePopulationGrid(
          '\uFEFF {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[5.2,52.3]},"properties":{"population":1,"municipality":"GM0034"}}]}',
        ),
      ).format,
    ).toBe('geojson')
    expect(
      ok(parsePopulationGrid('x;y;population;municipality\n155050;463050;1;GM0034\n')).format,
    ).toBe('csv')
  })
})

describe('recogniseCellSize', () => {
  it('finds the largest lattice the cell centres lie on', () => {
    expect(recogniseCellSize(Float64Array.of(250, 1250), Float64Array.of(750, 250))).toBe(500)
    expect(recogniseCellSize(Float64Array.of(500, 1500), Float64Array.of(500, 1500))).toBe(1000)
    expect(recogniseCellSize(Float64Array.of(50, 150), Float64Array.of(50, 50))).toBe(100)
    expect(recogniseCellSize(Float64Array.of(51), Float64Array.of(50))).toBeUndefined()
  })
})
