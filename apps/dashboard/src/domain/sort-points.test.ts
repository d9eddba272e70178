import { computeReadiness } from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { demoRegion } from '#/test/helpers.ts'
import { FIRST_DIRECTION, sortPoints } from './sort-points.ts'

const region = demoRegion()
const report = computeReadiness(region, resolveRuleset(region), { asOf: '2026-11-28' })

describe('sortPoints', () => {
  it('starts worst first on a score: lowest score (and no score) on top', () => {
    const sorted = sortPoints(report.points, 'score', FIRST_DIRECTION.score)
    const scores = sorted.map((p) => p.score ?? -1)
    expect(scores).toEqual([...scores].sort((a, b) => a - b))
    expect(sorted[0]!.score ?? -1).toBeLessThanOrEqual(sorted.at(-1)!.score ?? -1)
  })

  it('sorts levels not ready → unknown → ready → planned → inactive, and back', () => {
    const levels = sortPoints(report.points, 'level', 'ascending').map((p) => p.level)
    const order = ['not_ready', 'unknown', 'ready', 'planned', 'inactive']
    const ranks = levels.map((l) => order.indexOf(l))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(sortPoints(report.points, 'level', 'descending')[0]!.level).toBe('inactive')
  })

  it('sorts names in Dutch order and leaves the input alone', () => {
    const input = [...report.points]
    const names = sortPoints(input, 'name', 'ascending').map((p) => p.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')))
    expect(input).toEqual(report.points)
  })
})
