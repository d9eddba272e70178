import { describe, expect, it } from 'vitest'
import { isInformativeNote } from './notes.ts'

describe('isInformativeNote', () => {
  it('refuses bookkeeping remarks and notes too short to teach anything', () => {
    for (const note of [
      '',
      '-',
      'ok',
      'OK.',
      'offline vastgelegd',
      'Offline vastgelegd.',
      'zie vorige keer',
      'n.v.t.',
      'aggregaat aanwezig',
    ])
      expect(isInformativeNote(note), note).toBe(false)
  })

  it('accepts a note that says how', () => {
    expect(isInformativeNote('Aggregaat van de brandweer, jaarlijks getest in oktober')).toBe(true)
    expect(isInformativeNote('  Sleutel ligt bij de buurvrouw op nummer 3  ')).toBe(true)
  })
})
