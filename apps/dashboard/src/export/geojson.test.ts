import { computeReadiness } from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { demoRegion } from '#/test/helpers.ts'
import { pointsToGeoJson } from './geojson.ts'

describe('pointsToGeoJson', () => {
  const region = demoRegion()
  const report = computeReadiness(region, resolveRuleset(region), { asOf: '2026-11-28' })
  const levels = new Map(report.points.map((p) => [p.id, p]))

  it('writes every point with longitude first and its level', () => {
    const geo = pointsToGeoJson(region.points, levels)
    expect(geo.features).toHaveLength(region.points.length)
    const first = region.points[0]!
    expect(geo.features[0]!.geometry.coordinates).toEqual([first.location.lon, first.location.lat])
    expect(geo.features[0]!.properties.level).toBe(levels.get(first.id)!.level)
  })

  it('leaves out non-public, planned and inactive points in a public export, and internal fields', () => {
    expect(region.points.some((p) => !p.public)).toBe(true)
    const geo = pointsToGeoJson(region.points, levels, { publicOnly: true })
    const ids = new Set(geo.features.map((f) => f.properties.id))
    for (const p of region.points) expect(ids.has(p.id)).toBe(p.public && p.status === 'active')
    expect(region.points.some((p) => p.public && p.status === 'planned')).toBe(true)
    expect(
      geo.features.every((f) => !('level' in f.properties) && !('public' in f.properties)),
    ).toBe(true)
  })

  it('never carries a contact of the network (personal data) in a public export', () => {
    const secrets = (region.partners ?? []).flatMap((p) =>
      (p.contacts ?? []).flatMap((c) => [c.name, c.phone, c.email]),
    )
    expect(secrets.filter(Boolean).length).toBeGreaterThan(0)
    const text = JSON.stringify(pointsToGeoJson(region.points, levels, { publicOnly: true }))
    for (const secret of secrets) if (secret) expect(text).not.toContain(secret)
  })
})
