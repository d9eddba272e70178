import { describe, expect, it } from 'vitest'
import { candidatesToCsv, parseCandidatesCsv } from './candidates.ts'

describe('parseCandidatesCsv', () => {
  it('reads id;name;lat;lon;municipality;kind with decimal commas, Dutch kinds and leading comments', () => {
    const text =
      '\uFEFF# fictitious sites\r\nid;name;lat;lon;municipality;kind\r\nk-1;Sporthal De Schakel;52,3701;5,2190;GM0034;sporthal\r\nk-2;Buurthuis De Kiem;52.39;5.27;GM0034;community_centre\r\n'
    const result = parseCandidatesCsv(text)
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.value.comments).toEqual(['fictitious sites'])
    expect(result.value.candidates).toEqual([
      {
        id: 'k-1',
        name: 'Sporthal De Schakel',
        location: { lat: 52.3701, lon: 5.219 },
        municipality: 'GM0034',
        kind: 'sports_hall',
      },
      {
        id: 'k-2',
        name: 'Buurthuis De Kiem',
        location: { lat: 52.39, lon: 5.27 },
        municipality: 'GM0034',
        kind: 'community_centre',
      },
    ])
  })

  it("reports problems with the file's own line numbers, comment lines counted", () => {
    const text =
      '# one\n# two\nid;name;lat;lon;municipality;kind\nk-1;A;abc;5.2;GM0034;school\nk-1;B;52.3;5.2;Almere;school\n'
    const result = parseCandidatesCsv(text, { lang: 'en' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => [i.path, i.line, i.column])).toEqual([
      ['candidates[0].location.lat', 4, 3],
      ['candidates[1].id', 5, 1],
      ['candidates[1].municipality', 5, 5],
    ])
  })

  it('round-trips through candidatesToCsv', () => {
    const candidates = [
      {
        id: 'k-1',
        name: 'Bibliotheek Urk',
        location: { lat: 52.66, lon: 5.6 },
        municipality: 'GM0184',
        kind: 'library' as const,
      },
    ]
    const result = parseCandidatesCsv(candidatesToCsv(candidates))
    expect(result.ok && result.value.candidates).toEqual(candidates)
  })
})
