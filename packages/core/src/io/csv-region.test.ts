import { describe, expect, it } from 'vitest'
import { minimalCatalog, minimalRegion } from '../../test/fixtures/minimal-region.ts'
import { parseRegion } from '../region/parse.ts'
import { mergeRegionCsv, regionToCsv } from './csv-region.ts'

const minimal = minimalRegion
const catalog = minimalCatalog

describe('regionToCsv and mergeRegionCsv', () => {
  it('round-trips a region through its two CSV files', () => {
    const parsed = parseRegion(minimal(), { catalog })
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const files = regionToCsv(parsed.value)
    const merged = mergeRegionCsv({ ...minimal(), points: [], assessments: [] }, files, { catalog })
    expect(merged).toEqual(parsed)
  })

  it('reports references the region does not know at the CSV line and column', () => {
    const points =
      'id;name;municipality;tier;kind;status;lat;lon\r\n' +
      'kazerne;Kazerne;GM0034;coordination;fire_station;active;52,34;5,15\r\n' +
      'elders;Buurthuis;GM9999;local;community_centre;active;52,34;5,15\r\n' +
      'kapot;Kapot;GM0034;local;school;active;noord;5,15\r\n' +
      'verwisseld;Verwisseld;GM0034;local;school;active;5,15;52,34\r\n'
    const assessments =
      'datum;punt;eis;resultaat\r\n' +
      '2026-01-10;kazerne;power.backup;voldaan\r\n' +
      '2026-01-10;weg;info.board;voldaan\r\n' +
      '2026-01-10;kapot;info.board;voldaan\r\n' +
      '2026-01-10;kazerne;verzonnen.eis;voldaan\r\n'
    const result = mergeRegionCsv(minimal(), { points, assessments }, { catalog, lang: 'en' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    // "kapot" was rejected by the CSV reader, so the assessment naming it is not reported again.
    expect(result.issues.map((i) => [i.severity, i.path, i.code, i.line, i.column])).toEqual([
      ['error', 'points[2].location.lat', 'invalid_number', 4, 7],
      ['error', 'points[1].municipality', 'unknown_municipality', 3, 3],
      ['error', 'assessments[1].point', 'unknown_point', 3, 2],
      ['error', 'assessments[3].requirement', 'unknown_requirement', 5, 3],
      ['warning', 'points[3].location', 'outside_netherlands', 5, 7],
    ])
    expect(result.issues[1]!.message).toBe(
      'Column "municipality": Unknown municipality "GM9999": add it to municipalities',
    )
  })

  it("keeps the region's other data and replaces only what the CSV gives", () => {
    const assessments =
      'point;requirement;date;result\nurk-buurthuis;info.board;2026-10-01;partial\n'
    const result = mergeRegionCsv(minimal(), { assessments }, { catalog })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.points.map((p) => p.id)).toEqual(['almere-poort-kazerne', 'urk-buurthuis'])
    expect(result.value.assessments).toEqual([
      { point: 'urk-buurthuis', requirement: 'info.board', date: '2026-10-01', result: 'partial' },
    ])
  })

  it('reads what the dashboard shows: municipality names and Dutch labels, with all problems at once', () => {
    const points =
      'id;naam;gemeente;soort punt;locatie;status;lat;lon;reden;herkomst\r\n' +
      'kazerne;Kazerne;almere;Coördinatiepunt;Brandweerkazerne;actief;52,34;5,15;;\r\n' +
      'wijk;Wijkhuis;GM0034;lokaal punt;buurthuis of wijkcentrum;niet actief;52,35;5,16;Verbouwing;Locatievoorstel 2\r\n' +
      'fout;Fout;Almre;lokaal punt;kasteel;actief;52,35;5,16;;\r\n' +
      'fout2;Fout 2;Almere;regionaal;school;actief;52,35;5,16;;\r\n'
    const base = { ...minimal(), assessments: [] }
    const result = mergeRegionCsv(base, { points }, { catalog })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => [i.path, i.line, i.column])).toEqual([
      ['points[2].municipality', 4, 3],
      ['points[2].kind', 4, 5],
      ['points[3].tier', 5, 4],
    ])
    const fixed = points.split('\r\n').slice(0, 3).join('\r\n')
    const ok = mergeRegionCsv(base, { points: fixed }, { catalog })
    expect(ok.ok).toBe(true)
    if (!ok.ok) return
    expect(ok.value.points).toEqual([
      expect.objectContaining({
        id: 'kazerne',
        municipality: 'GM0034',
        tier: 'coordination',
        kind: 'fire_station',
        status: 'active',
      }),
      expect.objectContaining({
        id: 'wijk',
        tier: 'local',
        kind: 'community_centre',
        status: 'inactive',
        statusReason: 'Verbouwing',
        provenance: 'Locatievoorstel 2',
      }),
    ])
  })

  it('reports a base that is not a region without throwing', () => {
    const result = mergeRegionCsv('nonsense', { points: '' })
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['empty_file', 'not_an_object'])
  })
})
