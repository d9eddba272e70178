import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { POINT_KINDS, TIERS } from '../guideline/schema.ts'
import { POINT_STATUSES, PointSchema, type PointInput } from '../region/schema.ts'
import { formatIssue } from '../shared/issues.ts'
import { POINTS_CSV_COLUMNS, parsePointsCsv, pointsToCsv } from './csv-points.ts'

const HEADER = POINTS_CSV_COLUMNS.join(';')

describe('parsePointsCsv', () => {
  it("reads what Dutch Excel saves: BOM, ';', decimal comma, CRLF, ja/nee, empty cells absent", () => {
    const text =
      '\uFEFFid;name;municipality;tier;kind;status;lat;lon;address;capacity;public\r\n' +
      'almere-poort-kazerne;Brandweerkazerne Almere Poort;GM0034;coordination;fire_station;active;52,3436;5,1544;Pierre Bayleweg 2;150;ja\r\n' +
      "urk-buurthuis;Buurthuis 't Hoekie;GM0184;local;community_centre;planned;52,6616;5,6013;;;nee\r\n"
    const result = parsePointsCsv(text)
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: [
        {
          id: 'almere-poort-kazerne',
          name: 'Brandweerkazerne Almere Poort',
          municipality: 'GM0034',
          tier: 'coordination',
          kind: 'fire_station',
          status: 'active',
          location: { lat: 52.3436, lon: 5.1544 },
          address: 'Pierre Bayleweg 2',
          capacity: 150,
          public: true,
        },
        {
          id: 'urk-buurthuis',
          name: "Buurthuis 't Hoekie",
          municipality: 'GM0184',
          tier: 'local',
          kind: 'community_centre',
          status: 'planned',
          location: { lat: 52.6616, lon: 5.6013 },
          public: false,
        },
      ],
    })
    if (result.ok) expect(result.value[1]).not.toHaveProperty('address')
  })

  it("detects ',' and tab as delimiter, with quoted decimal commas or decimal points", () => {
    const comma =
      'id,name,municipality,tier,kind,status,lat,lon\nx,"Dorpshuis, Ens",GM0171,local,community_centre,active,"52,6335",5.8314\n'
    const tab =
      'id\tname\tmunicipality\ttier\tkind\tstatus\tlat\tlon\nx\tDorpshuis, Ens\tGM0171\tlocal\tcommunity_centre\tactive\t52,6335\t5.8314\n'
    for (const text of [comma, tab]) {
      const result = parsePointsCsv(text)
      expect(result.ok).toBe(true)
      if (result.ok)
        expect(result.value[0]).toMatchObject({
          name: 'Dorpshuis, Ens',
          location: { lat: 52.6335, lon: 5.8314 },
          public: true,
        })
    }
  })

  it("picks ';' from the header even when decimal commas make ',' look plausible", () => {
    const text = `id;name;municipality;tier;kind;status;lat;lon\na;A;GM0034;local;school;active;52,1;5,1\nb;B;GM0034;local;school;active;52,2;5,2\n`
    const result = parsePointsCsv(text)
    expect(result.ok && result.value.map((p) => p.location)).toEqual([
      { lat: 52.1, lon: 5.1 },
      { lat: 52.2, lon: 5.2 },
    ])
  })

  it('finds columns by name in any order and accepts Dutch headers and values', () => {
    const text =
      'Naam;ID;Gemeente;Soort;Niveau;Status;Breedtegraad;Lengtegraad;Openbaar;Capaciteit\nSporthal De Dreef;s1;GM0995;Sporthal;Lokaal;Gepland;52,52;5,47;WAAR;300\n'
    const result = parsePointsCsv(text)
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: [
        {
          id: 's1',
          name: 'Sporthal De Dreef',
          municipality: 'GM0995',
          tier: 'local',
          kind: 'sports_hall',
          status: 'planned',
          location: { lat: 52.52, lon: 5.47 },
          capacity: 300,
          public: true,
        },
      ],
    })
  })

  it('accepts the usual spellings of yes and no', () => {
    const rows = ['ja', 'Nee', 'true', 'FALSE', '1', '0', 'ONWAAR'].map(
      (b, i) => `p${i};P;GM0034;local;school;active;52;5;${b}`,
    )
    const result = parsePointsCsv(
      ['id;name;municipality;tier;kind;status;lat;lon;public', ...rows].join('\n'),
    )
    expect(result.ok && result.value.map((p) => p.public)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      false,
    ])
  })

  it('reports every problem with path, line, column and column name, in reading order', () => {
    const text = [
      HEADER,
      'ok;Goed;GM0034;local;school;active;52,3;5,2;;;',
      'bad;Kazerne;GM0034;regional;fire_station;active;abc;5.2;;1.500;misschien',
      'dup;"Twee',
      'regels";GM0034;local;school;active;52;5;;;',
      ';Zonder id;GM34;local;school;active;52;5;;;',
      'ok;Dubbel;GM0034;local;school;active;52;5;;;',
    ].join('\r\n')
    const result = parsePointsCsv(text, { lang: 'en' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => [i.path, i.code, i.line, i.column])).toEqual([
      ['points[1].tier', 'invalid_value', 3, 4],
      ['points[1].location.lat', 'invalid_number', 3, 7],
      ['points[1].capacity', 'invalid_integer', 3, 10],
      ['points[1].public', 'invalid_boolean', 3, 11],
      ['points[3].id', 'cell_required', 6, 1],
      ['points[3].municipality', 'invalid_format', 6, 3],
      ['points[4].id', 'duplicate_id', 7, 1],
    ])
    const messages = result.issues.map((i) => formatIssue(i, 'en'))
    expect(messages[1]).toBe(
      'points[1].location.lat (line 3, column 7): Column "lat": "abc" is not a number (write e.g. 52.37 or 52,37, without thousands separators)',
    )
    expect(messages[5]).toContain(
      'Column "municipality": Expected a CBS municipality code such as GM0034',
    )
    expect(messages[6]).toContain('Duplicate id "ok" (also on line 2)')
  })

  it('speaks Dutch by default', () => {
    const result = parsePointsCsv(`${HEADER}\nx;X;GM0034;local;school;active;52;vijf`)
    expect(!result.ok && result.issues.map((i) => i.message)).toEqual([
      'Kolom "lon": "vijf" is geen getal (schrijf bijvoorbeeld 52,37 of 52.37, zonder scheidingsteken voor duizendtallen)',
    ])
  })

  it('names missing and doubled columns at the header, and warns about unknown ones', () => {
    const result = parsePointsCsv(
      'id;name;tier;kind;status;lat;lat;extra\nx;X;local;school;active;52;52;?\n',
      { lang: 'en' },
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => [i.severity, i.code, i.line, i.column])).toEqual([
      ['error', 'missing_column', 1, undefined],
      ['error', 'missing_column', 1, undefined],
      ['error', 'duplicate_column', 1, 7],
      ['warning', 'unknown_column', 1, 8],
    ])
    expect(result.issues.filter((i) => i.code === 'missing_column').map((i) => i.message)).toEqual([
      'Column "municipality" is missing from the header row (expected: id;name;municipality;tier;kind;status;lat;lon;address;capacity;public;statusReason;provenance)',
      'Column "lon" is missing from the header row (expected: id;name;municipality;tier;kind;status;lat;lon;address;capacity;public;statusReason;provenance)',
    ])
  })

  it('says so in one issue when the file is not a points CSV at all', () => {
    const assessments = parsePointsCsv(
      'point;requirement;date;result\nx;power.backup;2026-01-01;met\n',
    )
    expect(!assessments.ok && assessments.issues.map((i) => i.code)).toEqual(['not_this_csv'])
    const json = parsePointsCsv('{ "schemaVersion": 1 }')
    expect(!json.ok && json.issues.map((i) => i.code)).toEqual(['not_this_csv'])
  })

  it('reports an empty file, and a header without rows as a warning', () => {
    for (const text of ['', '\uFEFF', ' \r\n\r\n']) {
      const result = parsePointsCsv(text)
      expect(!result.ok && result.issues.map((i) => [i.code, i.line, i.column])).toEqual([
        ['empty_file', 1, 1],
      ])
    }
    const headerOnly = parsePointsCsv(`${HEADER}\r\n`)
    expect(headerOnly.ok && headerOnly.warnings.map((w) => w.code)).toEqual(['no_data_rows'])
  })

  it('points at an unclosed quote and at extra cells', () => {
    const unclosed = parsePointsCsv(
      `${HEADER}\na;A;GM0034;local;school;active;52;5\nb;"B;GM0034;local;school;active;52;5\n`,
    )
    expect(!unclosed.ok && unclosed.issues.find((i) => i.code === 'missing_quotes')).toMatchObject({
      line: 3,
      column: 2,
    })
    // A comma file with unquoted decimal commas has too many cells on the row.
    const commas = parsePointsCsv(
      'id,name,municipality,tier,kind,status,lat,lon\na,A,GM0034,local,school,active,52,1,5,1\n',
    )
    expect(!commas.ok && commas.issues.map((i) => [i.code, i.line, i.column])).toContainEqual([
      'too_many_cells',
      2,
      9,
    ])
  })

  it('ignores blank rows and trailing empty cells as spreadsheets write them', () => {
    const result = parsePointsCsv(
      `${HEADER};;\r\n\r\na;A;GM0034;local;school;active;52;5;;;;;\r\n;;;;;;;;;;\r\n`,
    )
    expect(result.ok && result.value.map((p) => p.id)).toEqual(['a'])
  })

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.constantFrom('', `${HEADER}\n`, '\uFEFF'),
        (body, prefix) => {
          const result = parsePointsCsv(prefix + body)
          if (!result.ok)
            for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('pointsToCsv', () => {
  it("writes for Dutch Excel: BOM, ';', decimal comma, CRLF, ja/nee, quoting and formula escaping", () => {
    const csv = pointsToCsv([
      {
        id: 'a',
        name: 'Buurthuis "De Schakel"; zaal 2',
        municipality: 'GM0034',
        tier: 'local',
        kind: 'community_centre',
        status: 'active',
        location: { lat: 52.37, lon: -5.21 },
        capacity: 80,
      },
      {
        id: 'b',
        name: '=HYPERLINK(1)',
        municipality: 'GM0034',
        tier: 'coordination',
        kind: 'fire_station',
        status: 'inactive',
        location: { lat: 52, lon: 5 },
        address: 'Regel 1\nRegel 2',
        public: false,
      },
    ])
    expect(csv).toBe(
      '\uFEFFid;name;municipality;tier;kind;status;lat;lon;address;capacity;public;statusReason;provenance\r\n' +
        'a;"Buurthuis ""De Schakel""; zaal 2";GM0034;local;community_centre;active;52,37;-5,21;;80;ja;;\r\n' +
        'b;\'=HYPERLINK(1);GM0034;coordination;fire_station;inactive;52;5;"Regel 1\nRegel 2";;nee;;\r\n',
    )
  })

  it('writes plain comma CSV on request', () => {
    const csv = pointsToCsv(
      [
        {
          id: 'a',
          name: 'A',
          municipality: 'GM0034',
          tier: 'local',
          kind: 'school',
          status: 'active',
          location: { lat: 52.5, lon: 5.25 },
        },
      ],
      { delimiter: ',', decimalSeparator: '.', bom: false, newline: '\n', lang: 'en' },
    )
    expect(csv).toBe(
      'id,name,municipality,tier,kind,status,lat,lon,address,capacity,public,statusReason,provenance\na,A,GM0034,local,school,active,52.5,5.25,,,true,,\n',
    )
  })
})

const text = fc.string({ unit: 'binary', minLength: 1 }).filter((s) => s.trim() !== '')
const pointArb: fc.Arbitrary<PointInput> = fc.record(
  {
    id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,12}$/),
    name: fc.oneof(
      text,
      fc.constantFrom('=1+1', '+31 6 1234', '-', '@home', "'=x", "''+y", ' "quoted" ', 'a;b,c'),
    ),
    municipality: fc.stringMatching(/^GM\d{4}$/),
    tier: fc.constantFrom(...TIERS),
    kind: fc.constantFrom(...POINT_KINDS),
    status: fc.constantFrom(...POINT_STATUSES),
    location: fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    }),
    address: text,
    capacity: fc.nat({ max: 100_000 }),
    public: fc.boolean(),
    statusReason: text,
    provenance: text,
  },
  { requiredKeys: ['id', 'name', 'municipality', 'tier', 'kind', 'status', 'location'] },
)
const writeOptions = fc.record({
  delimiter: fc.constantFrom(';' as const, ',' as const, '\t' as const),
  decimalSeparator: fc.constantFrom(',' as const, '.' as const),
  bom: fc.boolean(),
  newline: fc.constantFrom('\r\n' as const, '\n' as const),
  lang: fc.constantFrom('nl' as const, 'en' as const),
})

describe('points CSV round trip', () => {
  it('export then import gives the same points, for every dialect', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(pointArb, { minLength: 1, maxLength: 8, selector: (p) => p.id }),
        writeOptions,
        (points, options) => {
          const result = parsePointsCsv(pointsToCsv(points, options))
          expect(result).toEqual({
            ok: true,
            warnings: [],
            value: points.map((p) => PointSchema.parse(p)),
          })
        },
      ),
      { numRuns: 300 },
    )
  })
})
