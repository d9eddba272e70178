import { computeReadiness, parseRegion } from '@weerbaar/core'
import { catalog, resolveRuleset } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { DEMO_DATA_DATE, shiftDemoDates } from './dates.ts'
import { vr25Flevoland } from './index.ts'

const readyOn = (data: unknown, asOf: string) => {
  const parsed = parseRegion(data, { catalog })
  if (!parsed.ok) throw new Error('demo does not parse')
  return computeReadiness(parsed.value, resolveRuleset(parsed.value), { asOf }).region.readyPoints
}

describe('shiftDemoDates', () => {
  it('keeps the demo as ready on any later day as it is on the day it describes', () => {
    const onItsDay = readyOn(vr25Flevoland, DEMO_DATA_DATE)
    expect(onItsDay).toBeGreaterThan(0)
    for (const today of ['2027-06-01', '2028-02-29']) {
      // unshifted, the demo ages: by mid-2027 no point is ready
      expect(readyOn(vr25Flevoland, today)).toBeLessThan(onItsDay)
      expect(readyOn(shiftDemoDates(vr25Flevoland, today), today)).toBe(onItsDay)
    }
  })

  it('moves every assessment by the same number of days, and never backward', () => {
    const shifted = shiftDemoDates(vr25Flevoland, '2026-11-11')
    const before = vr25Flevoland.assessments!
    expect(shifted.assessments).toHaveLength(before.length)
    expect(shifted.assessments![0]!.date).not.toBe(before[0]!.date)
    shifted.assessments!.forEach((a, i) => {
      const days = (Date.parse(a.date) - Date.parse(before[i]!.date)) / 86_400_000
      expect(days).toBe(10)
      expect({ ...a, date: before[i]!.date }).toEqual(before[i])
    })
    expect(shiftDemoDates(vr25Flevoland, '2026-10-01')).toBe(vr25Flevoland)
    expect(shiftDemoDates(vr25Flevoland, DEMO_DATA_DATE)).toBe(vr25Flevoland)
  })
})

describe('shiftDemoDates and agreements', () => {
  it('moves signed and validUntil by the same days, so the agreements ending soon stay the same', () => {
    const data = {
      assessments: [{ date: '2026-10-01' }],
      agreements: [{ signed: '2026-01-01', validUntil: '2026-12-11' }, { signed: '2025-06-01' }],
    }
    expect(shiftDemoDates(data, '2026-11-11')).toEqual({
      assessments: [{ date: '2026-10-11' }],
      agreements: [{ signed: '2026-01-11', validUntil: '2026-12-21' }, { signed: '2025-06-11' }],
    })
  })
})
