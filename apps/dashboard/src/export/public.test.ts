import { parsePointsCsv, parseAssessmentsCsv, parseRegionJson } from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { demoRegion } from '#/test/helpers.ts'
import { publicRegion, publishablePoints, regionExports } from './public.ts'

describe('public exports', () => {
  const region = demoRegion()
  const hidden = region.points.filter((p) => !p.public || p.status !== 'active')
  const hiddenIds = new Set(hidden.map((p) => p.id))

  it('the demo has non-public, planned and inactive points to leave out', () => {
    expect(region.points.some((p) => !p.public)).toBe(true)
    expect(region.points.some((p) => p.public && p.status === 'planned')).toBe(true)
    expect(region.points.some((p) => p.public && p.status === 'inactive')).toBe(true)
  })

  it('publishes only public, active points', () => {
    const published = publishablePoints(region.points)
    expect(published.length).toBe(region.points.length - hidden.length)
    expect(published.every((p) => p.public && p.status === 'active')).toBe(true)
  })

  it('the public region keeps only assessments of published points, without assessor or note', () => {
    const pub = publicRegion(region)
    expect(pub.assessments.length).toBeGreaterThan(0)
    expect(pub.assessments.every((a) => !hiddenIds.has(a.point))).toBe(true)
    expect(pub.assessments.some((a) => 'assessor' in a || 'note' in a)).toBe(false)
    expect(region.assessments.some((a) => a.assessor)).toBe(true)
  })

  it('leaves the partner network (agreements, staffing, contact persons) out', () => {
    expect(region.partners?.some((p) => p.contacts?.length)).toBe(true)
    const pub = publicRegion(region)
    expect([pub.partners, pub.agreements, pub.staffing]).toEqual([undefined, undefined, undefined])
    const json = regionExports(region, { publicOnly: true }).json
    for (const contact of region.partners!.flatMap((p) => p.contacts ?? []))
      for (const value of [contact.name, contact.phone, contact.email])
        if (value) expect(json).not.toContain(value)
  })

  it('leaves the action list (internal planning, owners) out', () => {
    const point = region.points[0]!
    const withActions = {
      ...region,
      actions: [
        {
          id: 'a1',
          point: point.id,
          requirement: region.assessments[0]!.requirement,
          description: 'Noodstroom aansluiten',
          owner: 'Jan Jansen',
          due: '2026-12-31',
          status: 'open' as const,
        },
      ],
    }
    const out = regionExports(withActions, { publicOnly: true })
    expect(publicRegion(withActions).actions).toBeUndefined()
    expect(out.json).not.toContain('Jan Jansen')
    expect(regionExports(withActions, { publicOnly: false }).json).toContain('Jan Jansen')
  })

  it('every public export path (JSON, points CSV, assessments CSV) leaves the hidden points out', () => {
    const out = regionExports(region, { publicOnly: true })
    const json = parseRegionJson(out.json, { catalog })
    expect(json.ok).toBe(true)
    if (!json.ok) return
    expect(json.value.points.some((p) => hiddenIds.has(p.id))).toBe(false)
    const points = parsePointsCsv(out.pointsCsv)
    expect(points.ok).toBe(true)
    if (!points.ok) return
    expect(points.value.map((p) => p.id).sort()).toEqual(
      publishablePoints(region.points)
        .map((p) => p.id)
        .sort(),
    )
    const assessments = parseAssessmentsCsv(out.assessmentsCsv)
    expect(assessments.ok).toBe(true)
    if (!assessments.ok) return
    expect(assessments.value.some((a) => hiddenIds.has(a.point))).toBe(false)
    for (const p of hidden) {
      expect(out.json).not.toContain(`"${p.id}"`)
      expect(out.pointsCsv).not.toContain(p.name)
    }
  })

  it('the full export keeps everything', () => {
    const out = regionExports(region, { publicOnly: false })
    expect(out.points).toHaveLength(region.points.length)
    for (const p of hidden) expect(out.pointsCsv).toContain(p.id)
  })
})
