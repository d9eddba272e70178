import { computeReadiness, readinessTimeline, riskReadiness, type PointLevel } from '@weerbaar/core'
import { resolveRuleset, riskMethodFor } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { demoRegion } from '#/test/helpers.ts'
import {
  countLevels,
  LEVEL_COLORS,
  LEVEL_ORDER,
  levelsByMunicipalityData,
  readinessTrendData,
  RISK_MARKER,
  riskDiagramData,
  scenarioReadinessData,
} from './data.ts'

const levels = Object.fromEntries(LEVEL_ORDER.map((l) => [l, l.toUpperCase()])) as Record<
  PointLevel,
  string
>
const region = demoRegion()
const ruleset = resolveRuleset(region)
const report = computeReadiness(region, ruleset, { asOf: '2026-11-28' })

/** Two markers do not overlap: their boxes of RISK_MARKER are at most touching. */
const apart = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) >= RISK_MARKER.x - 1e-9 || Math.abs(a.y - b.y) >= RISK_MARKER.y - 1e-9

describe('levelsByMunicipalityData', () => {
  const chart = levelsByMunicipalityData(report, {
    levels,
    municipality: 'Gemeente',
    total: 'Totaal',
  })

  it('has one bar per municipality and one stacked dataset per level', () => {
    expect(chart.data.labels).toEqual(region.municipalities.map((m) => m.name))
    expect(chart.data.datasets.map((d) => d.label)).toEqual(LEVEL_ORDER.map((l) => l.toUpperCase()))
    expect(chart.data.datasets.every((d) => d.stack === 'levels')).toBe(true)
    expect(chart.data.datasets[0]!.backgroundColor).toBe(LEVEL_COLORS.ready)
  })

  it('counts every point once, and the table says the same as the bars', () => {
    const total = chart.data.datasets.reduce(
      (sum, d) => sum + (d.data as number[]).reduce((a, b) => a + b, 0),
      0,
    )
    expect(total).toBe(region.points.length)
    chart.table.rows.forEach((row, i) => {
      const fromBars = chart.data.datasets.map((d) => (d.data as number[])[i])
      expect(row.slice(1, -1)).toEqual(fromBars)
      expect(row.at(-1)).toBe(fromBars.reduce((a, b) => a! + b!, 0))
    })
    expect(chart.table.columns[0]).toBe('Gemeente')
  })

  it('matches core’s counts of active levels per municipality', () => {
    report.municipalities.forEach((m, i) => {
      for (const level of ['ready', 'not_ready', 'unknown'] as const) {
        const d = chart.data.datasets[LEVEL_ORDER.indexOf(level)]!
        expect((d.data as number[])[i]).toBe(m.levels[level])
      }
    })
  })
})

describe('readinessTrendData', () => {
  const timeline = readinessTimeline(region, ruleset, ['2026-09-30', '2026-10-31', '2026-11-28'])
  const chart = readinessTrendData(timeline, {
    date: (d) => d.slice(0, 7),
    network: 'N',
    meanScore: 'S',
    ready: 'R',
    column: 'Datum',
  })

  it('plots network completeness and mean score per date, rounded to one decimal', () => {
    expect(chart.data.labels).toEqual(['2026-09', '2026-10', '2026-11'])
    expect(chart.data.datasets).toHaveLength(2)
    const scores = chart.data.datasets[1]!.data as number[]
    scores.forEach((v, i) => expect(v).toBeCloseTo(timeline[i]!.region.meanScore!, 1))
    // Not only colour tells the lines apart: one is dashed with square markers.
    expect(chart.data.datasets[1]!.borderDash).toEqual([6, 4])
  })

  it('has a row per date in its table', () => {
    expect(chart.table.rows.map((r) => r[0])).toEqual(['2026-09', '2026-10', '2026-11'])
    expect(chart.table.rows[2]![3]).toBe(timeline[2]!.region.readyPoints)
  })
})

describe('risk charts', () => {
  const withProfile = {
    ...region,
    riskProfile: {
      method: { id: 'nrb', version: '2026.1' },
      scenarios: [
        {
          id: 'stroom',
          title: 'Langdurige stroomuitval',
          theme: 'Energie',
          tags: ['power-outage'],
          impact: { '2.1': 'C', '5.1': 'E' },
          likelihood: 'C',
        },
        {
          id: 'water',
          title: 'Overstroming',
          theme: 'Water',
          tags: ['flood'],
          impact: { '2.1': 'E', '3.1': 'E' },
          likelihood: 'A',
        },
      ],
    },
  } as unknown as typeof region
  const method = riskMethodFor(withProfile.riskProfile!)
  const rr = riskReadiness(withProfile, ruleset, method, { asOf: '2026-11-28' })

  it('places each scenario at its diagram position with its rank', () => {
    const chart = riskDiagramData(rr.analysis!, {
      dataset: 'x',
      rank: 'Nr',
      scenario: 'S',
      likelihood: 'L',
      impact: 'I',
    })
    expect(chart.points.map((p) => p.rank)).toEqual([1, 2])
    const first = rr.analysis!.scenarios[0]!
    expect(chart.data.datasets[0]!.data[0]).toEqual({ x: first.diagram.x, y: first.diagram.y })
    expect(chart.table.rows[0]![1]).toBe(first.title)
  })

  it('spreads scenarios that share a cell so every number stays readable', () => {
    const same = {
      ...rr.analysis!,
      scenarios: [rr.analysis!.scenarios[0]!, { ...rr.analysis!.scenarios[0]!, rank: 2, id: 'b' }],
    }
    const chart = riskDiagramData(same, {
      dataset: 'x',
      rank: 'Nr',
      scenario: 'S',
      likelihood: 'L',
      impact: 'I',
    })
    const [a, b] = chart.points
    expect(apart(a!, b!)).toBe(true)
    // Still inside the cell of their class.
    for (const p of chart.points)
      expect(Math.floor(p.x)).toBe(Math.floor(same.scenarios[0]!.diagram.x))
  })

  it('also spreads scenarios that nearly share a spot', () => {
    const base = rr.analysis!.scenarios[0]!
    const near = {
      ...rr.analysis!,
      scenarios: [0, 0.05, 0.1, 0.15].map((dy, k) => ({
        ...base,
        rank: k + 1,
        id: `s${k}`,
        diagram: { ...base.diagram, y: base.diagram.y + dy },
      })),
    }
    const { points } = riskDiagramData(near, {
      dataset: 'x',
      rank: 'Nr',
      scenario: 'S',
      likelihood: 'L',
      impact: 'I',
    })
    for (const [i, a] of points.entries())
      for (const b of points.slice(i + 1)) expect(apart(a, b)).toBe(true)
  })

  it('keeps every marker of the demo risk profile inside the cell of its classes', () => {
    const demo = riskReadiness(region, ruleset, riskMethodFor(region.riskProfile!), {
      asOf: '2026-11-28',
    })
    const scenarios = demo.analysis!.scenarios
    const { points } = riskDiagramData(demo.analysis!, {
      dataset: 'x',
      rank: 'Nr',
      scenario: 'S',
      likelihood: 'L',
      impact: 'I',
    })
    const cell = (v: number) => Math.min(4, Math.floor(v))
    points.forEach((p, i) => {
      const { x, y } = scenarios[i]!.diagram
      // the whole marker inside the cell of its classes
      expect(p.x - cell(x)).toBeGreaterThanOrEqual(RISK_MARKER.x / 2 - 1e-9)
      expect(cell(x) + 1 - p.x).toBeGreaterThanOrEqual(RISK_MARKER.x / 2 - 1e-9)
      expect(p.y - cell(y)).toBeGreaterThanOrEqual(RISK_MARKER.y / 2 - 1e-9)
      expect(cell(y) + 1 - p.y).toBeGreaterThanOrEqual(RISK_MARKER.y / 2 - 1e-9)
    })
    for (const [i, a] of points.entries())
      for (const b of points.slice(i + 1)) expect(apart(a, b)).toBe(true)
  })

  it('shows readiness per scenario as a share of required points', () => {
    const chart = scenarioReadinessData(rr.scenarios, {
      dataset: 'x',
      scenario: 'S',
      ready: 'R',
      required: 'N',
      network: 'P',
    })
    expect(chart.data.labels).toEqual(rr.scenarios.map((s) => `${s.risk.rank}. ${s.risk.title}`))
    expect(chart.table.rows[0]![2]).toBe(rr.scenarios[0]!.readiness.requiredPoints)
  })
})

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
