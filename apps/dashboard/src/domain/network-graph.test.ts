import { describe, expect, it } from 'vitest'
import { toNetworkGraph } from './network-graph.ts'
import type { Region } from '@weerbaar/core'

const region: Pick<Region, 'points' | 'partners' | 'agreements' | 'staffing'> = {
  points: [
    { id: 'b', name: 'Buurthuis', municipality: 'GM1', tier: 'local' },
    { id: 'a', name: 'Kazerne', municipality: 'GM1', tier: 'coordination' },
    { id: 'x', name: 'Elders', municipality: 'GM2', tier: 'local' },
  ] as Region['points'],
  partners: [
    { id: 'fuel', name: 'Brandstof', kind: 'business' },
    { id: 'vol', name: 'Vrijwilligers', kind: 'volunteers' },
    { id: 'far', name: 'Ver weg', kind: 'other' },
  ],
  agreements: [
    {
      id: 'a1',
      partner: 'fuel',
      points: ['a', 'b', 'x'],
      provides: ['fuel'],
      status: 'signed',
      signed: '2026-01-01',
    },
    // Ended before the date: no line.
    {
      id: 'a2',
      partner: 'far',
      points: ['a'],
      provides: ['water'],
      status: 'signed',
      signed: '2025-01-01',
      validUntil: '2025-12-31',
    },
    { id: 'a3', partner: 'vol', points: ['b'], provides: ['food'], status: 'draft' },
  ],
  staffing: [
    { point: 'b', partner: 'vol', role: 'gastheer', people: 6 },
    { point: 'a', partner: 'fuel', role: 'monteur', people: 1 },
  ],
}

describe('toNetworkGraph', () => {
  it('links partners and the points of one municipality: solid for a valid agreement, dashed for staffing only', () => {
    const g = toNetworkGraph(region, 'GM1', '2026-06-01')
    expect(Object.keys(g.nodes).sort()).toEqual([
      'partner:fuel',
      'partner:vol',
      'point:a',
      'point:b',
    ])
    expect(g.nodes['point:a']).toEqual({ name: 'Kazerne', kind: 'point', tier: 'coordination' })
    expect(Object.values(g.edges)).toEqual([
      { source: 'partner:fuel', target: 'point:b', via: 'agreement' },
      // Staffing as well as a valid agreement: the agreement's solid line.
      { source: 'partner:fuel', target: 'point:a', via: 'agreement' },
      { source: 'partner:vol', target: 'point:b', via: 'staffing' },
    ])
    expect(
      g.rows.map((r) => [r.partnerName, r.links.map((l) => `${l.pointName}:${l.via}`)]),
    ).toEqual([
      ['Brandstof', ['Buurthuis:agreement', 'Kazerne:agreement']],
      ['Vrijwilligers', ['Buurthuis:staffing']],
    ])
    // Partners left, points right, in name order.
    expect(g.layout['partner:fuel']!.x).toBeLessThan(g.layout['point:b']!.x)
    expect(g.layout['point:b']!.y).toBeLessThan(g.layout['point:a']!.y)
  })

  it('follows the date: an agreement ended since still links on a day it was valid', () => {
    const g = toNetworkGraph(region, 'GM1', '2025-06-01')
    expect(g.rows.map((r) => [r.partner, r.links.map((l) => `${l.point}:${l.via}`)])).toEqual([
      ['fuel', ['a:staffing']],
      ['far', ['a:agreement']],
      ['vol', ['b:staffing']],
    ])
  })
})
