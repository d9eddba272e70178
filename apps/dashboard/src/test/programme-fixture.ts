import type { Programme } from '#/domain/programme-types.ts'

/** A small programme: two goals, one manual and one live indicator, actions and decisions. */
export function smallProgramme(): Programme {
  return {
    schemaVersion: 1,
    id: 'wv-test',
    name: 'Weerbaarheid en veerkracht (test)',
    regions: ['VR25'],
    pillars: [{ id: 'netwerk', name: 'Netwerk activeren' }],
    goals: [
      { id: 'partners', pillar: 'netwerk', name: 'Netwerk van partners', risks: [] },
      { id: 'noodsteunpunten', pillar: 'netwerk', name: 'Noodsteunpunten', risks: [] },
    ],
    actions: [
      {
        id: 'analyse',
        goal: 'partners',
        name: 'Netwerkanalyse',
        owner: 'Veiligheidsregio Flevoland',
        start: '2026-01-01',
        due: '2026-06-30',
        status: 'running',
      },
      {
        id: 'visie',
        goal: 'partners',
        name: 'Visie burgerhulp',
        owner: 'Gemeente Almere',
        due: '2027-03-31',
        status: 'not_started',
      },
    ],
    decisions: [
      { id: 'budget', goal: 'partners', question: 'Budget 2027?', status: 'open' },
      { id: 'mandaat', question: 'Mandaat programmamanager?', status: 'open' },
    ],
    indicators: [
      {
        id: 'partners-aangesloten',
        goal: 'partners',
        name: 'Partners aangesloten',
        unit: '%',
        direction: 'increase',
        kind: 'manual',
        baseline: { date: '2026-01-01', value: 20 },
        target: { date: '2027-01-01', value: 80 },
        values: [{ date: '2026-07-01', value: 45 }],
      },
      {
        id: 'gereed',
        goal: 'noodsteunpunten',
        name: 'Punten gereed',
        unit: '%',
        direction: 'increase',
        kind: 'live',
        measure: 'ready-points-share',
        baseline: { date: '2026-01-01', value: 40 },
        target: { date: '2027-12-31', value: 90 },
      },
    ],
  }
}
