import { describe, expect, it } from 'vitest'
import { smallProgramme } from '#/test/programme-fixture.ts'
import { conflictRows } from './programme-conflict.ts'

const at = '2026-11-28T10:00:00.000Z'

describe('conflictRows', () => {
  it('sets each edited field against the colleague’s version of it', () => {
    const before = smallProgramme()
    const theirs = smallProgramme()
    theirs.actions[0]!.owner = 'Gemeente Lelystad'
    theirs.decisions = theirs.decisions.filter((d) => d.id !== 'mandaat')
    const rows = conflictRows(
      [
        {
          id: '1',
          at,
          kind: 'action.update',
          actionId: 'analyse',
          set: { owner: 'Gemeente Dronten', reason: null },
        },
        {
          id: '2',
          at,
          kind: 'indicator.value.put',
          indicatorId: 'partners-aangesloten',
          value: { date: '2026-07-01', value: 45 },
        },
        { id: '3', at, kind: 'decision.update', decisionId: 'mandaat', set: { status: 'decided' } },
      ],
      theirs,
      before,
    )
    expect(rows).toEqual([
      {
        subject: 'action',
        name: 'Netwerkanalyse',
        field: 'owner',
        theirs: 'Gemeente Lelystad',
        mine: 'Gemeente Dronten',
        same: false,
      },
      {
        subject: 'action',
        name: 'Netwerkanalyse',
        field: 'reason',
        theirs: undefined,
        mine: undefined,
        same: true,
      },
      {
        subject: 'value',
        name: 'Partners aangesloten',
        field: '2026-07-01',
        theirs: 45,
        mine: 45,
        same: true,
      },
      {
        subject: 'decision',
        name: 'Mandaat programmamanager?',
        field: 'status',
        theirs: undefined,
        mine: 'decided',
        same: false,
      },
    ])
  })
})
