import { existsSync, readFileSync } from 'node:fs'
import { parseAssessmentsCsv, parsePointsCsv, parseRegion, type Region } from '@weerbaar/core'
import { addCalendarMonths } from '@weerbaar/core/internal'
import { catalog, getGuideline } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import {
  DEMO_NOTICE,
  demoRegions,
  getDemoRegion,
  vr14GooiEnVechtstreek,
  vr25Flevoland,
} from './index.ts'
import { demoDataDir, demoRegionPath, demoRegionPaths } from './paths.ts'

function parsed(code: string): Region {
  const result = parseRegion(getDemoRegion(code)!.data, { catalog })
  if (!result.ok)
    throw new Error(`${code} does not parse: ${JSON.stringify(result.issues.slice(0, 5))}`)
  return result.value
}

/** DOMAIN.md §4: the twelve municipalities, their CBS codes and rounded populations. */
const MUNICIPALITIES = {
  VR25: [
    ['GM0034', 'Almere', 226_000],
    ['GM0995', 'Lelystad', 83_000],
    ['GM0303', 'Dronten', 43_000],
    ['GM0171', 'Noordoostpolder', 49_000],
    ['GM0184', 'Urk', 22_000],
    ['GM0050', 'Zeewolde', 24_000],
  ],
  VR14: [
    ['GM0402', 'Hilversum', 93_000],
    ['GM1942', 'Gooise Meren', 59_000],
    ['GM0406', 'Huizen', 41_000],
    ['GM1696', 'Wijdemeren', 24_000],
    ['GM0376', 'Blaricum', 12_000],
    ['GM0417', 'Laren', 11_000],
  ],
} as const

/** Rough boxes around each municipality (WGS84), drawn from the map, to catch points in the wrong place. */
const BOXES: Record<string, { lat: [number, number]; lon: [number, number] }> = {
  GM0034: { lat: [52.3, 52.45], lon: [5.05, 5.4] },
  GM0995: { lat: [52.4, 52.6], lon: [5.35, 5.65] },
  GM0303: { lat: [52.4, 52.62], lon: [5.55, 5.9] },
  GM0171: { lat: [52.6, 52.85], lon: [5.55, 6.0] },
  GM0184: { lat: [52.64, 52.68], lon: [5.57, 5.64] },
  GM0050: { lat: [52.22, 52.42], lon: [5.4, 5.7] },
  GM0402: { lat: [52.18, 52.27], lon: [5.12, 5.23] },
  GM1942: { lat: [52.25, 52.35], lon: [5.03, 5.2] },
  GM0406: { lat: [52.28, 52.32], lon: [5.2, 5.29] },
  GM1696: { lat: [52.16, 52.29], lon: [5.0, 5.17] },
  GM0376: { lat: [52.26, 52.3], lon: [5.22, 5.29] },
  GM0417: { lat: [52.24, 52.27], lon: [5.19, 5.25] },
}

const edition = getGuideline('noodsteunpunten', '2026.1')!

describe.each(['VR25', 'VR14'] as const)('demo region %s', (code) => {
  it('parses with the national rules catalog without errors or warnings', () => {
    const result = parseRegion(getDemoRegion(code)!.data, { catalog })
    expect(result.ok ? result.warnings : result.issues).toEqual([])
  })

  it('is marked as fictitious and names the 2026.2 guideline', () => {
    const region = parsed(code)
    expect(region.region.name).toMatch(/\(fictieve demodata\)$/)
    expect(region.guideline).toEqual({ id: 'noodsteunpunten', version: '2026.2' })
    expect(getDemoRegion(code)!.name).toBe(region.region.name)
  })

  it('holds the real municipalities with their CBS codes and rounded populations', () => {
    expect(parsed(code).municipalities.map((m) => [m.code, m.name, m.population])).toEqual(
      MUNICIPALITIES[code],
    )
  })

  it('has about one point per 5,000 inhabitants, in every municipality', () => {
    const region = parsed(code)
    let inhabitants = 0
    for (const m of region.municipalities) {
      const count = region.points.filter((p) => p.municipality === m.code).length
      const ratio = count / (m.population / 5000)
      expect(ratio, m.name).toBeGreaterThan(0.75)
      expect(ratio, m.name).toBeLessThan(1.3)
      inhabitants += m.population
    }
    expect(Math.abs(region.points.length / (inhabitants / 5000) - 1)).toBeLessThan(0.05)
  })

  it('has a coordination point and a non-public point in every municipality, and local points', () => {
    const region = parsed(code)
    for (const m of region.municipalities) {
      const points = region.points.filter((p) => p.municipality === m.code)
      expect(
        points.some((p) => !p.public),
        `${m.name} non-public`,
      ).toBe(true)
      expect(
        points.some((p) => p.tier === 'coordination' && p.kind === 'fire_station'),
        `${m.name} coordination`,
      ).toBe(true)
    }
    const localKinds = new Set(region.points.filter((p) => p.tier === 'local').map((p) => p.kind))
    expect([...localKinds].sort()).toEqual([
      'community_centre',
      'library',
      'other',
      'place_of_worship',
      'school',
      'sports_hall',
      'town_hall',
    ])
  })

  it('places every point inside its municipality', () => {
    for (const p of parsed(code).points) {
      const box = BOXES[p.municipality]!
      expect(p.location.lat, p.id).toBeGreaterThanOrEqual(box.lat[0])
      expect(p.location.lat, p.id).toBeLessThanOrEqual(box.lat[1])
      expect(p.location.lon, p.id).toBeGreaterThanOrEqual(box.lon[0])
      expect(p.location.lon, p.id).toBeLessThanOrEqual(box.lon[1])
    }
  })

  it('is mostly active, with some planned and a few inactive points', () => {
    const statuses = parsed(code).points.map((p) => p.status)
    const share = (s: string) => statuses.filter((x) => x === s).length / statuses.length
    expect(share('active')).toBeGreaterThan(0.65)
    expect(share('planned')).toBeGreaterThan(0.08)
    expect(share('inactive')).toBeGreaterThan(0)
    expect(share('inactive')).toBeLessThan(share('planned'))
  })

  it('has a realistic mix of assessments: every result, measured values, expired and never assessed', () => {
    const region = parsed(code)
    const { assessments, points } = region
    expect(new Set(assessments.map((a) => a.result).filter(Boolean))).toEqual(
      new Set(['met', 'partial', 'not_met', 'not_applicable']),
    )
    for (const r of edition.requirements.filter((r) => r.check.type === 'minimum')) {
      expect(
        assessments.some(
          (a) => a.requirement === r.id && a.value !== undefined && a.result === undefined,
        ),
        r.id,
      ).toBe(true)
    }
    for (const a of assessments) {
      expect(a.date >= '2025-01-01' && a.date < '2026-11-01', `${a.point} ${a.date}`).toBe(true)
    }
    const validFor = new Map(edition.requirements.map((r) => [r.id, r.validForMonths]))
    const latest = new Map<string, string>()
    for (const a of assessments) {
      const key = `${a.point} ${a.requirement}`
      if ((latest.get(key) ?? '') < a.date) latest.set(key, a.date)
    }
    const expired = [...latest].filter(([key, date]) => {
      const months = validFor.get(key.split(' ')[1]!)
      return months !== undefined && addCalendarMonths(date, months) < '2026-11-01'
    })
    expect(expired.length / latest.size).toBeGreaterThan(0.03)
    expect(expired.length / latest.size).toBeLessThan(0.3)
    const assessed = new Set(assessments.map((a) => a.point))
    expect(
      points.some((p) => p.status === 'active' && !assessed.has(p.id)),
      'an active point never assessed',
    ).toBe(true)
    expect(
      points.some((p) => p.status === 'planned' && !assessed.has(p.id)),
      'a planned point never assessed',
    ).toBe(true)
  })

  it('carries Dutch notes on how points arranged things, for most requirements', () => {
    const { assessments } = parsed(code)
    const notes = assessments.flatMap((a) => (a.note ? [a.note] : []))
    expect(new Set(notes).size).toBeGreaterThan(60)
    expect(
      notes.filter((n) => /\b(de|het|een|en|met|op|geen|nog|niet|in|van|voor|is|er)\b/i.test(n))
        .length / notes.length,
    ).toBeGreaterThan(0.95)
    const explained = new Set(
      assessments
        .filter(
          (a) =>
            a.note && (a.result === 'met' || (a.result === undefined && a.value !== undefined)),
        )
        .map((a) => a.requirement),
    )
    expect(explained.size).toBeGreaterThan(25)
  })

  it('ships the same points and assessments as Dutch Excel CSV', () => {
    const region = parsed(code)
    const paths = demoRegionPaths.find((p) => p.code === code)!
    const pointsText = readFileSync(paths.pointsCsv, 'utf8')
    expect(pointsText.startsWith('\uFEFFid;name;municipality;')).toBe(true)
    expect(parsePointsCsv(pointsText)).toEqual({ ok: true, warnings: [], value: region.points })
    expect(parseAssessmentsCsv(readFileSync(paths.assessmentsCsv, 'utf8'))).toEqual({
      ok: true,
      warnings: [],
      value: region.assessments,
    })
  })

  it('embeds the risk profile from risk/ when that file exists', () => {
    const riskFile = new URL(`../risk/${code.toLowerCase()}.json`, import.meta.url)
    const raw = getDemoRegion(code)!.data
    if (existsSync(riskFile))
      expect(raw.riskProfile).toEqual(JSON.parse(readFileSync(riskFile, 'utf8')))
    else expect(raw).not.toHaveProperty('riskProfile')
  })
})

describe('package exports', () => {
  it('lists both regions, Flevoland first, with their data and files', () => {
    expect(demoRegions.map((r) => [r.code, r.file])).toEqual([
      ['VR25', 'vr25-flevoland.json'],
      ['VR14', 'vr14-gooi-en-vechtstreek.json'],
    ])
    expect(getDemoRegion('vr25')!.data).toBe(vr25Flevoland)
    expect(getDemoRegion('VR14')!.data).toBe(vr14GooiEnVechtstreek)
    expect(getDemoRegion('VR09')).toBeUndefined()
    expect(DEMO_NOTICE.nl).toContain('Fictieve')
  })

  it('gives Node paths to the files, which hold what the package exports', () => {
    expect(JSON.parse(readFileSync(demoRegionPath('VR25')!, 'utf8'))).toEqual(vr25Flevoland)
    expect(demoRegionPath('vr14')).toBe(`${demoDataDir}vr14-gooi-en-vechtstreek.json`)
    expect(demoRegionPath('VR09')).toBeUndefined()
  })

  it('keeps the package entry browser-safe: no Node built-ins', () => {
    for (const file of ['index.ts', 'regions.ts']) {
      expect(readFileSync(new URL(file, import.meta.url), 'utf8')).not.toMatch(/from "node:/)
    }
  })

  it('gives every point an id that is unique across both regions', () => {
    const ids = ['VR25', 'VR14'].flatMap((c) => parsed(c).points.map((p) => p.id))
    expect(new Set(ids).size).toBe(ids.length)
  })
})
