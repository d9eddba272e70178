import { describe, expect, it } from 'vitest'
import { assessmentOf, fieldChanges, formatMoment } from './history.ts'

describe('point history helpers', () => {
  it('lists the changed fields with both values, and nothing else', () => {
    const before = { id: 'p1', name: 'Kazerne', capacity: 80, public: true }
    const after = {
      id: 'p1',
      name: 'Kazerne Stad',
      capacity: 80,
      public: false,
      address: 'Markt 1',
    }
    expect(fieldChanges({ before, after })).toEqual([
      { field: 'name', before: 'Kazerne', after: 'Kazerne Stad' },
      { field: 'public', before: true, after: false },
      { field: 'address', before: undefined, after: 'Markt 1' },
    ])
    expect(fieldChanges({ before: null, after: { id: 'p1' } })).toEqual([
      { field: 'id', before: undefined, after: 'p1' },
    ])
  })

  it('finds the assessment of an entry, recorded or removed', () => {
    const a = { point: 'p1', requirement: 'power.backup', result: 'met', date: '2026-12-03' }
    expect(assessmentOf({ before: null, after: a })).toEqual(a)
    expect(assessmentOf({ before: a, after: null })).toEqual(a)
    expect(assessmentOf({ before: null, after: { id: 'p1' } })).toBeNull()
  })

  it('gives the time in the Netherlands whatever the machine says, in winter and summer', () => {
    expect(formatMoment('2026-12-03T13:02:00.000Z', 'nl')).toBe('3 dec 2026 14:02')
    expect(formatMoment('2026-07-01T22:30:00.000Z', 'nl')).toBe('2 jul 2026 00:30')
    expect(formatMoment('2026-12-03T13:02:00.000Z', 'en')).toBe('3 Dec 2026 14:02')
  })
})
