import { describe, expect, it } from 'vitest'
import { countLevels } from './map-points.ts'

describe('countLevels', () => {
  it('counts every level, zero for the ones without points', () => {
    const levels = ['ready', 'ready', 'not_ready', 'planned'] as const
    expect(countLevels(levels.map((level) => ({ level })))).toEqual({
      ready: 2,
      unknown: 0,
      not_ready: 1,
      planned: 1,
      inactive: 0,
    })
  })
})
