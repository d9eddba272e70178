/**
 * Chart data as pure functions of core's results: no DOM, no chart.js at run time, tested on
 * their own. Each returns what the chart draws and the table that says the same in text.
 */
import type {
  PointLevel,
  RegionReadiness,
  RiskAnalysis,
  ScenarioRiskReadiness,
  TimelineEntry,
} from '@weerbaar/core'
import type { ChartData } from 'chart.js'

/** Level colours, each with ≥ 4.5:1 contrast on white; the same in badges, charts and the map. */
export const LEVEL_COLORS: Record<PointLevel, string> = {
  ready: '#1e6b2e',
  not_ready: '#b3261e',
  unknown: '#8a5a00',
  planned: '#4b5d73',
  inactive: '#8c8c8c',
}

/** The order levels are stacked and listed in: best first. */
export const LEVEL_ORDER: readonly PointLevel[] = [
  'ready',
  'unknown',
  'not_ready',
  'planned',
  'inactive',
]

/** How many of the points are at each level (every level present, 0 where none). */
export function countLevels(
  points: Iterable<{ readonly level: PointLevel }>,
): Record<PointLevel, number> {
  const counts = Object.fromEntries(LEVEL_ORDER.map((level) => [level, 0])) as Record<
    PointLevel,
    number
  >
  for (const p of points) counts[p.level]++
  return counts
}

export interface DataTable {
  columns: string[]
  rows: Array<Array<string | number | null>>
}

export interface ChartWithTable<T extends 'bar' | 'line' | 'scatter'> {
  data: ChartData<T>
  table: DataTable
}

/** Points per level per municipality, for a stacked bar chart. */
export function levelsByMunicipalityData(
  report: Pick<RegionReadiness, 'municipalities' | 'points'>,
  labels: { levels: Record<PointLevel, string>; municipality: string; total: string },
): ChartWithTable<'bar'> {
  const points = new Map(report.municipalities.map((m) => [m.code, [] as { level: PointLevel }[]]))
  for (const p of report.points) points.get(p.municipality)?.push(p)
  const names = report.municipalities.map((m) => m.name)
  const perMunicipality = report.municipalities.map((m) => countLevels(points.get(m.code)!))
  return {
    data: {
      labels: names,
      datasets: LEVEL_ORDER.map((level) => ({
        label: labels.levels[level],
        data: perMunicipality.map((c) => c[level]),
        backgroundColor: LEVEL_COLORS[level],
        borderColor: '#ffffff',
        borderWidth: 1,
        stack: 'levels',
      })),
    },
    table: {
      columns: [labels.municipality, ...LEVEL_ORDER.map((l) => labels.levels[l]), labels.total],
      rows: report.municipalities.map((m, i) => {
        const c = perMunicipality[i]!
        const values = LEVEL_ORDER.map((l) => c[l])
        return [m.name, ...values, values.reduce((a, b) => a + b, 0)]
      }),
    },
  }
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10)

/** Network completeness and mean score at each date of the timeline, for a line chart. */
export function readinessTrendData(
  timeline: readonly TimelineEntry[],
  labels: {
    date: (d: string) => string
    network: string
    meanScore: string
    ready: string
    column: string
  },
): ChartWithTable<'line'> {
  return {
    data: {
      labels: timeline.map((e) => labels.date(e.asOf)),
      datasets: [
        {
          label: labels.network,
          data: timeline.map((e) => round1(e.region.networkCompleteness)),
          borderColor: '#154273',
          backgroundColor: '#154273',
          pointStyle: 'circle',
          tension: 0.2,
        },
        {
          label: labels.meanScore,
          data: timeline.map((e) => round1(e.region.meanScore)),
          borderColor: '#8a5a00',
          backgroundColor: '#8a5a00',
          borderDash: [6, 4],
          pointStyle: 'rect',
          tension: 0.2,
        },
      ],
    },
    table: {
      columns: [labels.column, labels.network, labels.meanScore, labels.ready],
      rows: timeline.map((e) => [
        labels.date(e.asOf),
        round1(e.region.networkCompleteness),
        round1(e.region.meanScore),
        e.region.readyPoints,
      ]),
    },
  }
}

export interface RiskPoint {
  x: number
  y: number
  rank: number
  title: string
}

/**
 * The size of a marker in axis units (one cell = 1 × 1) in the risk diagram as drawn on a
 * coordinator's screen: about 24 px plus a little air, on a cell of about 85 × 60 px.
 */
export const RISK_MARKER = { x: 0.33, y: 0.44 } as const

/**
 * Where to draw each scenario so no marker hides another and every marker stays inside the cell
 * of its own classes, clear of the class lines: the picture never suggests another class (the
 * table lists the exact classes). Scenarios that would overlap in one cell are laid out side by
 * side around their centre, in rows of at most three.
 */
export function spreadInCells(
  positions: readonly { x: number; y: number }[],
): { x: number; y: number }[] {
  const half = { x: RISK_MARKER.x / 2, y: RISK_MARKER.y / 2 }
  const cellOf = (v: number) => Math.min(4, Math.max(0, Math.floor(v)))
  /** `v` moved into its cell, its marker (and `extent` around it) clear of the cell's lines. */
  const inCell = (v: number, cell: number, margin: number, extent = 0) =>
    Math.min(cell + 1 - margin - extent, Math.max(cell + margin + extent, v))
  const cells = positions.map((p) => ({ x: cellOf(p.x), y: cellOf(p.y) }))
  const overlaps = (i: number, j: number) =>
    cells[i]!.x === cells[j]!.x &&
    cells[i]!.y === cells[j]!.y &&
    Math.abs(positions[i]!.x - positions[j]!.x) < RISK_MARKER.x &&
    Math.abs(positions[i]!.y - positions[j]!.y) < RISK_MARKER.y
  const clusters: number[][] = []
  positions.forEach((_, i) => {
    const near = clusters.find((members) => members.some((j) => overlaps(i, j)))
    if (near) near.push(i)
    else clusters.push([i])
  })
  const out = positions.map((p) => ({ ...p }))
  for (const members of clusters) {
    const cell = cells[members[0]!]!
    const rows = Math.ceil(members.length / 3)
    const columns = Math.ceil(members.length / rows)
    const width = (columns - 1) * RISK_MARKER.x
    const height = (rows - 1) * RISK_MARKER.y
    const mean = (axis: 'x' | 'y') =>
      members.reduce((sum, j) => sum + positions[j]![axis], 0) / members.length
    const cx = inCell(mean('x'), cell.x, half.x, width / 2)
    const cy = inCell(mean('y'), cell.y, half.y, height / 2)
    // Highest risk (first in the list) top left, reading order.
    members.forEach((index, k) => {
      const row = Math.floor(k / columns)
      const inRow = Math.min(columns, members.length - row * columns)
      out[index] = {
        x: cx + (k % columns) * RISK_MARKER.x - ((inRow - 1) * RISK_MARKER.x) / 2,
        y: cy + height / 2 - row * RISK_MARKER.y,
      }
    })
  }
  return out
}

/** Every scenario as a numbered point in the risk diagram (axes 0–5, one cell per class). */
export function riskDiagramData(
  analysis: Pick<RiskAnalysis, 'scenarios'>,
  labels: { dataset: string; rank: string; scenario: string; likelihood: string; impact: string },
): ChartWithTable<'scatter'> & { points: RiskPoint[] } {
  const position = spreadInCells(analysis.scenarios.map((s) => s.diagram))
  const points = analysis.scenarios.map((s, i) => ({
    x: position[i]!.x,
    y: position[i]!.y,
    rank: s.rank,
    title: s.title,
  }))
  return {
    points,
    data: {
      datasets: [
        {
          label: labels.dataset,
          data: points.map((p) => ({ x: p.x, y: p.y })),
          backgroundColor: '#154273',
          borderColor: '#ffffff',
          borderWidth: 2,
          pointRadius: 11,
          pointHoverRadius: 13,
        },
      ],
    },
    table: {
      columns: [labels.rank, labels.scenario, labels.likelihood, labels.impact],
      rows: analysis.scenarios.map((s) => [
        s.rank,
        s.title,
        `${s.likelihood.class} (${s.likelihood.label})`,
        `${s.impact.class} (${s.impact.label})`,
      ]),
    },
  }
}

/** Share of required points that is ready under each scenario, highest risk first. */
export function scenarioReadinessData(
  scenarios: readonly ScenarioRiskReadiness[],
  labels: { dataset: string; scenario: string; ready: string; required: string; network: string },
): ChartWithTable<'bar'> {
  return {
    data: {
      labels: scenarios.map((s) => `${s.risk.rank}. ${s.risk.title}`),
      datasets: [
        {
          label: labels.dataset,
          data: scenarios.map((s) => round1(s.readiness.networkCompleteness) ?? 0),
          backgroundColor: scenarios.map((s) =>
            s.readiness.networkCompleteness >= 100 ? LEVEL_COLORS.ready : '#154273',
          ),
        },
      ],
    },
    table: {
      columns: [labels.scenario, labels.ready, labels.required, labels.network],
      rows: scenarios.map((s) => [
        `${s.risk.rank}. ${s.risk.title}`,
        s.readiness.readyPoints,
        s.readiness.requiredPoints,
        round1(s.readiness.networkCompleteness),
      ]),
    },
  }
}
