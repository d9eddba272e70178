import { describe, expect, it } from 'vitest'
import { demoRegion } from '#/test/helpers.ts'
import {
  pointToDraft,
  proposalToPoint,
  suggestPointId,
  validatePointDraft,
  withPoint,
  type PointDraft,
} from './point-form.ts'

const region = demoRegion()
const almere = region.municipalities.find((m) => m.name === 'Almere')!

const good = (over: Partial<PointDraft> = {}): PointDraft => ({
  ...pointToDraft(),
  id: 'buurthuis-de-schakel',
  name: 'Buurthuis De Schakel',
  municipality: almere.code,
  tier: 'local',
  kind: 'community_centre',
  status: 'planned',
  lat: '52,37',
  lon: '5,21',
  ...over,
})

describe('validatePointDraft', () => {
  it('reads a good draft, with a decimal comma, into a point', () => {
    const result = validatePointDraft(good({ capacity: '80', address: ' Markt 1 ' }), region, 'nl')
    expect(result).toEqual({
      ok: true,
      point: {
        id: 'buurthuis-de-schakel',
        name: 'Buurthuis De Schakel',
        municipality: almere.code,
        tier: 'local',
        kind: 'community_centre',
        status: 'planned',
        location: { lat: 52.37, lon: 5.21 },
        address: 'Markt 1',
        capacity: 80,
        public: true,
      },
    })
  })

  it('reports every empty field at once, in its own Dutch words, only for fields of the form', () => {
    const empty = { ...pointToDraft(), tier: '', status: '' }
    const result = validatePointDraft(empty, region, 'nl')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => [i.path, i.message])).toEqual([
      ['id', 'Vul een code in'],
      ['name', 'Vul een naam in'],
      ['municipality', 'Kies een gemeente'],
      ['tier', 'Kies de soort punt'],
      ['kind', 'Kies de soort locatie'],
      ['status', 'Kies een status'],
      ['location', 'Kies de plek op de kaart, zoek het adres op of vul de coördinaten in'],
    ])
    expect(result.issues.some((i) => /string|verwacht|expected/i.test(i.message))).toBe(false)
  })

  it('refuses a taken code, swapped coordinates and a broken capacity', () => {
    const taken = region.points[0]!.id
    const result = validatePointDraft(
      good({ id: taken, lat: '5,21', lon: '52,37', capacity: '12,5' }),
      region,
      'nl',
    )
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual([
      'id_taken',
      'lat_range',
      'lon_range',
      'capacity_number',
    ])
  })

  it('asks for a reason when a point is made inactive, and keeps it', () => {
    const point = region.points.find((p) => p.status === 'active')!
    const draft = { ...pointToDraft(point), status: 'inactive' }
    const refused = validatePointDraft(draft, region, 'en', point.id)
    expect(!refused.ok && refused.issues.map((i) => [i.path, i.message])).toEqual([
      ['statusReason', 'Say why the point is not (or no longer) active'],
    ])
    const ok = validatePointDraft(
      { ...draft, statusReason: 'Sporthal gesloten' },
      region,
      'nl',
      point.id,
    )
    expect(ok.ok && ok.point).toEqual({
      ...point,
      status: 'inactive',
      statusReason: 'Sporthal gesloten',
    })
  })

  it('editing keeps the code: its own id is not "taken"', () => {
    const point = region.points[0]!
    const result = validatePointDraft(
      { ...pointToDraft(point), id: 'iets-anders' },
      region,
      'nl',
      point.id,
    )
    expect(result.ok && result.point).toEqual(point)
  })
})

describe('withPoint', () => {
  it('adds a new point and replaces one with the same id, leaving the rest as it was', () => {
    const added = validatePointDraft(good(), region, 'nl')
    if (!added.ok) throw new Error('draft refused')
    const next = withPoint(region, added.point)
    expect(next.points).toHaveLength(region.points.length + 1)
    expect(next.assessments).toBe(region.assessments)
    const moved = { ...region.points[3]!, location: { lat: 52.5, lon: 5.5 } }
    const again = withPoint(region, moved)
    expect(again.points[3]).toBe(moved)
    expect(again.points.length).toBe(region.points.length)
    expect(region.points[3]).not.toBe(moved)
  })
})

describe('suggestPointId and proposalToPoint', () => {
  it('makes a code from a name, unique in the region', () => {
    expect(suggestPointId('Sporthal De Kúbus (oost)', new Set())).toBe('sporthal-de-kubus-oost')
    expect(suggestPointId('A', new Set(['a', 'a-2']))).toBe('a-3')
  })

  it('turns a siting proposal into a planned point that says where it came from', () => {
    const result = proposalToPoint(
      {
        rank: 2,
        gain: 1234,
        radius: 1000,
        site: {
          id: 'kandidaat-7',
          name: 'Dorpshuis Zuid',
          municipality: almere.code,
          kind: 'community_centre',
          location: { lat: 52.36, lon: 5.22 },
        },
      },
      region,
      '2026-12-03',
      'nl',
    )
    expect(result.ok && result.point).toEqual({
      id: 'kandidaat-7',
      name: 'Dorpshuis Zuid',
      municipality: almere.code,
      tier: 'local',
      kind: 'community_centre',
      status: 'planned',
      location: { lat: 52.36, lon: 5.22 },
      public: true,
      provenance:
        'Locatievoorstel 2 van de dekkingsanalyse op 2026-12-03 (kandidaatlocatie kandidaat-7, +1234 inwoners binnen 1000 m)',
    })
  })
})
