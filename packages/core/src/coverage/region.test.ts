import { describe, expect, it } from 'vitest'
import type { Point, Region } from '../region/schema.ts'
import { uncoveredCellsGeoJson } from './geojson.ts'
import { createPopulationGrid } from './grid.ts'
import { rdToWgs84 } from './projection.ts'
import {
  levelsFromReadiness,
  qualifyingPoints,
  regionCoverage,
  regionSiting,
  sitingCandidates,
} from './region.ts'

const at = (x: number, y: number) => rdToWgs84({ x, y })
const point = (
  id: string,
  status: Point['status'],
  x: number,
  y: number,
  municipality = 'GM0001',
): Point => ({
  id,
  name: id,
  municipality,
  tier: 'local',
  kind: 'community_centre',
  status,
  location: at(x, y),
  public: true,
})

const region: Region = {
  schemaVersion: 1,
  region: { code: 'VR99', name: 'Testregio' },
  guideline: { id: 'noodsteunpunten', version: '2026.1' },
  municipalities: [
    { code: 'GM0001', name: 'Eendorp', population: 120 },
    { code: 'GM0002', name: 'Tweedorp', population: 60 },
    { code: 'GM0003', name: 'Leegdorp', population: 10 },
  ],
  points: [
    point('ready-1', 'active', 150_000, 450_000),
    point('not-ready', 'active', 160_000, 450_000),
    point('planned-1', 'planned', 170_000, 450_000, 'GM0002'),
    point('closed', 'inactive', 180_000, 450_000, 'GM0002'),
  ],
  assessments: [],
}
const levels = {
  'ready-1': 'ready',
  'not-ready': 'not_ready',
  'planned-1': 'planned',
  closed: 'inactive',
}

const grid = createPopulationGrid(
  [
    { x: 150_250, y: 450_250, population: 100, municipality: 'GM0001' },
    { x: 160_250, y: 450_250, population: 20, municipality: 'GM0001' },
    { x: 170_250, y: 450_250, population: 50, municipality: 'GM0002' },
    { x: 180_250, y: 450_250, population: 10, municipality: 'GM0002' },
    { x: 190_250, y: 450_250, population: 999, municipality: 'GM0363' },
  ],
  500,
)

describe('qualifyingPoints', () => {
  it('counts ready active points by default, all active ones, or the ready ones plus the planned', () => {
    expect(qualifyingPoints(region, levels).map((p) => p.id)).toEqual(['ready-1'])
    expect(qualifyingPoints(region, undefined, 'active').map((p) => p.id)).toEqual([
      'ready-1',
      'not-ready',
    ])
    expect(
      qualifyingPoints(region, new Map(Object.entries(levels)), 'planned').map((p) => p.id),
    ).toEqual(['ready-1', 'planned-1'])
    expect(() => qualifyingPoints(region, undefined, 'ready')).toThrow(/readiness levels/)
  })

  it('takes levels from a readiness report', () => {
    expect(levelsFromReadiness({ points: [{ id: 'a', level: 'ready' }] })).toEqual(
      new Map([['a', 'ready']]),
    )
  })
})

describe('regionCoverage', () => {
  it('reports per municipality of the region, with names and registered population, and warns about the rest', () => {
    const result = regionCoverage(region, grid, { radius: 1000, levels, lang: 'en' })
    expect(result.qualifying).toEqual(['ready-1'])
    expect(
      result.municipalities.map((m) => [
        m.code,
        m.name,
        m.population,
        m.covered,
        m.registeredPopulation,
      ]),
    ).toEqual([
      ['GM0001', 'Eendorp', 120, 100, 120],
      ['GM0002', 'Tweedorp', 60, 0, 60],
      ['GM0003', 'Leegdorp', 0, 0, 10],
    ])
    expect(result.total).toMatchObject({ population: 180, covered: 100 })
    expect(result.municipalities[2]!.percentage).toBeNull()
    expect(result.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'grid_outside_region',
        '1 cells (999 inhabitants) of municipality GM0363 are not in this region and do not count',
      ],
      [
        'municipality_without_cells',
        'Municipality Leegdorp (GM0003) has no cells in the population grid: its coverage is unknown',
      ],
    ])
    expect(result.grid.x.length).toBe(4)
  })

  it('draws the uncovered cells as squares in WGS84, or as points without a cell size', () => {
    const result = regionCoverage(region, grid, { radius: 1000, levels })
    const squares = uncoveredCellsGeoJson(result.grid, result)
    expect(squares.features).toHaveLength(3)
    const first = squares.features[0]!
    expect(first.properties).toEqual({
      population: 20,
      municipality: 'GM0001',
      nearestDistance: 10_253,
    })
    expect(first.geometry.type).toBe('Polygon')
    const ring = (first.geometry.coordinates as [number, number][][])[0]!
    expect(ring).toHaveLength(5)
    expect(ring[0]).toEqual(ring[4])
    const corner = rdToWgs84({ x: 160_000, y: 450_000 })
    expect(ring[0]![0]).toBeCloseTo(corner.lon, 6)
    expect(ring[0]![1]).toBeCloseTo(corner.lat, 6)
    const points = uncoveredCellsGeoJson({ ...result.grid, cellSize: undefined }, result)
    expect(points.features[0]!.geometry.type).toBe('Point')
    // Standard GeoJSON: a round trip through JSON changes nothing.
    expect(JSON.parse(JSON.stringify(squares))).toEqual(squares)
  })
})

describe('sitingCandidates and regionSiting', () => {
  it("offers the planned points that do not count yet, then the file's candidates, skipping doubles", () => {
    const file = [
      {
        id: 'planned-1',
        name: 'again',
        municipality: 'GM0002',
        kind: 'school' as const,
        location: at(1, 1),
      },
      {
        id: 'ready-1',
        name: 'already counts',
        municipality: 'GM0001',
        kind: 'school' as const,
        location: at(1, 1),
      },
      {
        id: 'new-1',
        name: 'Sporthal',
        municipality: 'GM0001',
        kind: 'sports_hall' as const,
        location: at(160_250, 450_250),
      },
      {
        id: 'far',
        name: 'Elders',
        municipality: 'GM0999',
        kind: 'other' as const,
        location: at(1, 1),
      },
    ]
    const qualifying = qualifyingPoints(region, levels)
    const { candidates, warnings } = sitingCandidates(region, qualifying, file, 'en')
    expect(candidates.map((c) => [c.id, c.source])).toEqual([
      ['planned-1', 'planned'],
      ['new-1', 'file'],
      ['far', 'file'],
    ])
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['duplicate_candidate', 'candidates[0].id'],
      ['candidate_is_point', 'candidates[1].id'],
      ['candidate_outside_region', 'candidates[3].municipality'],
    ])
  })

  it('picks sites in order of the people they add, naming each', () => {
    const file = [
      {
        id: 'new-1',
        name: 'Sporthal',
        municipality: 'GM0001',
        kind: 'sports_hall' as const,
        location: at(160_250, 450_250),
      },
    ]
    const result = regionSiting(region, grid, { radius: 1000, levels, count: 5, candidates: file })
    expect(result.baseline.covered).toBe(100)
    expect(result.picks.map((p) => [p.site.id, p.gain, p.covered])).toEqual([
      ['planned-1', 50, 150],
      ['new-1', 20, 170],
    ])
    expect(result.population).toBe(180)
  })
})
