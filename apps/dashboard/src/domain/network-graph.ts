import { isAgreementValid, type CalendarDate, type Region, type Tier } from '@weerbaar/core'

export interface GraphNode {
  name: string
  kind: 'partner' | 'point'
  /** Points only: a coordination point is drawn larger. */
  tier?: Tier
}

export interface GraphEdge {
  source: string
  target: string
  /** `agreement`: a valid agreement (solid line); `staffing`: staffing only (dashed). */
  via: 'agreement' | 'staffing'
}

export interface NetworkGraphData {
  nodes: Record<string, GraphNode>
  edges: Record<string, GraphEdge>
  /** Partners in a column on the left, points on the right, each in name order. */
  layout: Record<string, { x: number; y: number }>
  /** The same facts as rows, for the table alternative. */
  rows: {
    partner: string
    partnerName: string
    links: { point: string; pointName: string; via: GraphEdge['via'] }[]
  }[]
}

const ROW = 44
const COLUMN = 420

/**
 * The diagram of one municipality's points and the partners linked to them on `asOf`: an edge
 * for each partner–point pair, solid when a valid agreement links them (staffing or not), dashed
 * when only staffing does. Node ids are prefixed so a partner and a point may share an id.
 */
export function toNetworkGraph(
  region: Pick<Region, 'points' | 'partners' | 'agreements' | 'staffing'>,
  municipality: string,
  asOf: CalendarDate,
): NetworkGraphData {
  const points = region.points
    .filter((p) => p.municipality === municipality)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  const here = new Set(points.map((p) => p.id))
  const links = new Map<string, Map<string, GraphEdge['via']>>()
  const link = (partner: string, point: string, via: GraphEdge['via']) => {
    if (!here.has(point)) return
    let byPoint = links.get(partner)
    if (!byPoint) links.set(partner, (byPoint = new Map()))
    if (byPoint.get(point) !== 'agreement') byPoint.set(point, via)
  }
  for (const a of region.agreements ?? [])
    if (isAgreementValid(a, asOf)) for (const p of a.points) link(a.partner, p, 'agreement')
  for (const s of region.staffing ?? []) link(s.partner, s.point, 'staffing')

  const partners = (region.partners ?? [])
    .filter((p) => links.has(p.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  const nodes: Record<string, GraphNode> = {}
  const layout: Record<string, { x: number; y: number }> = {}
  // Both columns over the same height, the shorter one spread out, so the lines fan out evenly
  // and a handful of partners next to dozens of points do not overlap.
  const height = Math.max(partners.length, points.length) * ROW
  partners.forEach((p, i) => {
    nodes[`partner:${p.id}`] = { name: p.name, kind: 'partner' }
    layout[`partner:${p.id}`] = { x: 0, y: ((i + 0.5) * height) / partners.length }
  })
  points.forEach((p, i) => {
    nodes[`point:${p.id}`] = { name: p.name, kind: 'point', tier: p.tier }
    layout[`point:${p.id}`] = { x: COLUMN, y: (height - points.length * ROW) / 2 + i * ROW }
  })
  const edges: Record<string, GraphEdge> = {}
  const names = new Map(points.map((p) => [p.id, p.name]))
  const rows: NetworkGraphData['rows'] = []
  for (const partner of partners) {
    const byPoint = links.get(partner.id)!
    const row: NetworkGraphData['rows'][number] = {
      partner: partner.id,
      partnerName: partner.name,
      links: [],
    }
    for (const point of points) {
      const via = byPoint.get(point.id)
      if (!via) continue
      edges[`${partner.id}→${point.id}`] = {
        source: `partner:${partner.id}`,
        target: `point:${point.id}`,
        via,
      }
      row.links.push({ point: point.id, pointName: names.get(point.id)!, via })
    }
    rows.push(row)
  }
  return { nodes, edges, layout, rows }
}
