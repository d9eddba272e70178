/**
 * The live indicators equal the figures the reports give on the same date: the readiness report
 * (`weerbaar report`), the coverage analysis (`weerbaar coverage`) and the network analysis
 * (`weerbaar network`), for each demo region and for both combined.
 */
import { describe, expect, it } from 'vitest'
import {
  demoCatalog as catalog,
  demoEdition as edition,
  demoGrids as grids,
  demoRegions as demos,
} from '../../test/fixtures/programme/demo.ts'
import type { PopulationGrid } from '../coverage/grid.ts'
import { levelsFromReadiness, regionCoverage } from '../coverage/region.ts'
import { analyzeNetwork } from '../network/analyze.ts'
import { computeReadiness } from '../readiness/compute.ts'
import { toReport } from '../readiness/report.ts'
import { createRuleset } from '../readiness/ruleset.ts'
import type { Region } from '../region/schema.ts'
import { LiveFigures } from './live.ts'
import { computeProgrammeProgress } from './progress.ts'
import type { LiveMeasure, Programme } from './schema.ts'

const regions = demos.map((d) => d.region)

/** What the reports say of one region on a date. */
function reported(region: Region, grid: PopulationGrid, asOf: string) {
  const ruleset = createRuleset(edition, region)
  const readiness = computeReadiness(region, ruleset, { asOf })
  const report = toReport(readiness)
  const coverage = regionCoverage(region, grid, {
    radius: ruleset.norms.maxDistanceMeters.value,
    include: 'ready',
    levels: levelsFromReadiness(readiness),
  })
  const network = analyzeNetwork(region, ruleset, { asOf })
  return {
    report,
    coverage,
    expired: report.points
      .filter((p) => p.status !== 'inactive')
      .flatMap((p) => p.requirements)
      .filter((r) => r.outcome === 'expired').length,
    validAgreements: network.partners.reduce((s, p) => s + p.validAgreements, 0),
  }
}

// Dates across the demo data: its first assessments, agreements starting and ending, today.
const DATES = ['2025-03-31', '2025-12-31', '2026-06-30', '2026-11-27', '2026-11-28', '2026-12-03']

describe('live indicators equal the reports on the same date', () => {
  const live = new LiveFigures(new Map(regions.map((r) => [r.region.code, r])), catalog, grids)
  const value = (measure: LiveMeasure, codes: string[], date: string) => {
    const v = live.value(measure, codes, date)
    if (v.value === null) throw new Error(`${measure} on ${date}: ${v.code}`)
    return v.value
  }

  for (const date of DATES)
    it(`on ${date}, per region`, () => {
      for (const { region, grid } of demos) {
        const code = region.region.code
        const r = reported(region, grid, date)
        expect(value('ready-points-share', [code], date)).toBe(
          (100 * r.report.region.readyPoints) / r.report.region.requiredPoints,
        )
        expect(value('network-completeness', [code], date)).toBe(
          r.report.region.networkCompleteness,
        )
        expect(value('population-coverage', [code], date)).toBe(r.coverage.total.percentage)
        expect(value('assessments-expired', [code], date)).toBe(r.expired)
        expect(value('agreements-valid', [code], date)).toBe(r.validAgreements)
      }
    })

  it('combines the regions as sums, not as a mean of percentages', () => {
    const date = '2026-11-28'
    const [a, b] = demos.map((d) => reported(d.region, d.grid, date))
    const codes = ['VR25', 'VR14']
    expect(value('ready-points-share', codes, date)).toBeCloseTo(
      (100 * (a!.report.region.readyPoints + b!.report.region.readyPoints)) /
        (a!.report.region.requiredPoints + b!.report.region.requiredPoints),
      10,
    )
    expect(value('network-completeness', codes, date)).toBeCloseTo(
      (a!.report.region.networkCompleteness * a!.report.region.requiredPoints +
        b!.report.region.networkCompleteness * b!.report.region.requiredPoints) /
        (a!.report.region.requiredPoints + b!.report.region.requiredPoints),
      10,
    )
    expect(value('population-coverage', codes, date)).toBeCloseTo(
      (100 * (a!.coverage.total.covered + b!.coverage.total.covered)) /
        (a!.coverage.total.population + b!.coverage.total.population),
      10,
    )
    expect(value('assessments-expired', codes, date)).toBe(a!.expired + b!.expired)
    expect(value('agreements-valid', codes, date)).toBe(a!.validAgreements + b!.validAgreements)
  })

  it('the demo data moves: the figures differ between dates (the test above compares something)', () => {
    const agreements = DATES.map((d) => value('agreements-valid', ['VR25', 'VR14'], d))
    expect(new Set(agreements).size).toBeGreaterThan(2)
    const expired = DATES.map((d) => value('assessments-expired', ['VR25', 'VR14'], d))
    expect(new Set(expired).size).toBeGreaterThan(2)
  })
})

describe('live indicators in the progress', () => {
  const programme: Programme = {
    schemaVersion: 1,
    id: 'live',
    name: 'Live',
    regions: ['VR25', 'VR14'],
    pillars: [{ id: 'p', name: 'P' }],
    goals: [{ id: 'g', pillar: 'p', name: 'G', risks: [] }],
    actions: [],
    decisions: [],
    reports: [{ date: '2026-05-15' }],
    indicators: [
      {
        id: 'dekking',
        goal: 'g',
        name: 'Dekking',
        kind: 'live',
        measure: 'population-coverage',
        region: 'VR14',
        direction: 'increase',
        baseline: { date: '2026-01-01', value: 10 },
        target: { date: '2027-12-31', value: 90 },
      },
      {
        id: 'afspraken',
        goal: 'g',
        name: 'Afspraken',
        kind: 'live',
        measure: 'agreements-valid',
        direction: 'increase',
        baseline: { date: '2026-01-01', value: 10 },
        target: { date: '2027-12-31', value: 60 },
      },
    ],
  }

  it('computes the trend at the baseline, month ends, report dates and the date', () => {
    const progress = computeProgrammeProgress(programme, regions, {
      asOf: '2026-06-10',
      catalog,
      grids,
    })
    const coverage = progress.goals[0]!.indicators[0]!
    expect(coverage.trend.map((p) => p.date)).toEqual([
      '2026-01-01',
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-15',
      '2026-05-31',
      '2026-06-10',
    ])
    const vr14 = demos[1]!
    for (const point of coverage.trend)
      expect(point.value).toBe(
        reported(vr14.region, vr14.grid, point.date).coverage.total.percentage,
      )
    expect(coverage.value).toBe(coverage.trend.at(-1)!.value)
    const agreements = progress.goals[0]!.indicators[1]!
    expect(agreements.previous).toBe(
      demos.reduce((s, d) => s + reported(d.region, d.grid, '2026-05-15').validAgreements, 0),
    )
  })

  it('says why coverage is unknown without a grid', () => {
    const progress = computeProgrammeProgress(programme, regions, { asOf: '2026-06-10', catalog })
    expect(progress.goals[0]!.indicators[0]!.unavailable).toEqual({
      code: 'grid_missing',
      message: 'Geen bevolkingsraster voor VR14: de dekking is niet te berekenen',
    })
  })
})
