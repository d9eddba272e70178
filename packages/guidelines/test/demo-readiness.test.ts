/**
 * Golden readiness of the demo regions (fictitious data from packages/demo-data) on a fixed
 * date, under the real editions. Read as files, so guidelines does not depend on demo-data.
 * When the demo data or an edition changes on purpose, check the new figures and update with
 * `npx vitest run -u` (and the hand-checked point below if it changed).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { computeReadiness, parseRegion, type Region } from '@weerbaar/core'
import { describe, expect, it } from 'vitest'
import { catalog } from '../src/catalog.ts'
import { resolveRuleset } from '../src/editions.ts'

const AS_OF = '2026-11-01'
const demo = (file: string): Region => {
  const result = parseRegion(
    JSON.parse(readFileSync(join(import.meta.dirname, '../../demo-data/data', file), 'utf8')),
    { catalog },
  )
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return result.value
}
const regions = { vr25: demo('vr25-flevoland.json'), vr14: demo('vr14-gooi-en-vechtstreek.json') }

describe('readiness of the demo regions on 2026-11-01', () => {
  it('matches the golden figures', async () => {
    const golden = Object.fromEntries(
      Object.entries(regions).map(([code, region]) => {
        const report = computeReadiness(region, resolveRuleset(region), { asOf: AS_OF })
        return [
          code,
          {
            guideline: report.guideline,
            region: report.region,
            municipalities: report.municipalities,
            points: report.points.map((p) => ({
              id: p.id,
              level: p.level,
              score: p.score,
              completeness: p.completeness,
            })),
          },
        ]
      }),
    )
    await expect(JSON.stringify(golden, null, 2) + '\n').toMatchFileSnapshot(
      'golden/demo-readiness-2026-11-01.json.snap',
    )
  })

  it('hand-checked: kazerne-almere-stad', () => {
    const region = regions.vr25
    const p = computeReadiness(region, resolveRuleset(region), { asOf: AS_OF }).points.find(
      (x) => x.id === 'kazerne-almere-stad',
    )!
    // 34 requirements apply to this coordination fire station (Almere is in the flood, heat and
    // drinking-water scenarios), total weight 61. Met on 2025-07-30: info.board 3,
    // info.plain-language 1, emergency.log 1, needs.water 2, needs.sanitation 1, power.lighting 1,
    // comms.radio 3, coord.crisis-link 3, coord.point-overview 2, coord.neighbourhood 1,
    // staff.keys 1, recog.signage 1, access.step-free 2, access.capacity 1,
    // flood.raised-storage 2, heat.cool-room 2, water.distribution 2 = 29. Not met:
    // info.printed-actions 1, emergency.reporting 3, comms.courier 1 = 5 more assessed.
    // Expired by 2026-11-01 (assessed 2025-07-30, valid 12 or 6 months): care.first-aid,
    // care.first-aider, power.backup, comms.test, staff.trained, staff.exercise.
    expect(p.requirements).toHaveLength(34)
    expect(p.score).toBeCloseTo((100 * 29) / 61, 9)
    expect(p.completeness).toBeCloseTo((100 * 34) / 61, 9)
    expect(p.level).toBe('not_ready') // emergency.reporting is mandatory and not met
    expect(p.requirements.filter((r) => r.outcome === 'expired').map((r) => r.id)).toEqual([
      'care.first-aid',
      'care.first-aider',
      'power.backup',
      'comms.test',
      'staff.trained',
      'staff.exercise',
    ])
  })

  it('hand-checked: a planned point reports its status', () => {
    const region = regions.vr25
    const p = computeReadiness(region, resolveRuleset(region), { asOf: AS_OF }).points.find(
      (x) => x.id === 'kazerne-almere-haven',
    )!
    expect(p).toMatchObject({
      status: 'planned',
      level: 'planned',
      assessedLevel: 'unknown',
      score: 0,
      completeness: 0,
    })
  })
})
