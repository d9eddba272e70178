import { describe, expect, it } from 'vitest'
import { collectExamples, sharesWith, type KnowledgeSource } from './knowledge.ts'

function source(own: boolean, includeAssessorNames: boolean): KnowledgeSource {
  const requirement = (note: string, outcome = 'met') => ({
    id: 'care.first-aid',
    outcome,
    assessment: {
      point: 'p',
      requirement: 'care.first-aid',
      date: '2026-10-01',
      result: 'met',
      note,
      assessor: 'Piet Puk',
    },
  })
  const point = (id: string, extra: object, note: string, outcome?: string) => ({
    id,
    name: id,
    municipality: 'GM0402',
    status: 'active',
    public: true,
    ...extra,
    requirements: [requirement(note, outcome)],
  })
  return {
    region: {
      region: { code: own ? 'VR25' : 'VR14', name: 'Regio' },
      municipalities: [{ code: 'GM0402', name: 'Hilversum', population: 1 }],
    },
    readiness: {
      points: [
        point('open', {}, 'Koffer bij de ingang, elk kwartaal nagelopen'),
        point('dicht', { public: false }, 'Koffer in de kelder, sleutel bij de beheerder'),
        point('gepland', { status: 'planned' }, 'Koffer komt er bij de opening van het pand'),
        point('niet', {}, 'Koffer ontbreekt nog, aanvraag loopt bij de gemeente', 'not_met'),
        point('kort', {}, 'ok'),
      ],
    } as unknown as KnowledgeSource['readiness'],
    own,
    includeAssessorNames,
  }
}

describe('collectExamples', () => {
  it("takes met, active points with a note that says how; another region's public points only", () => {
    expect(collectExamples([source(false, false)]).map((e) => e.point.id)).toEqual(['open'])
    expect(
      collectExamples([source(true, false)])
        .map((e) => e.point.id)
        .sort(),
    ).toEqual(['dicht', 'open'])
  })

  it('names the assessor in the own region, elsewhere only when that region allows it', () => {
    expect(collectExamples([source(true, false)])[0]!.assessor).toBe('Piet Puk')
    expect(collectExamples([source(false, false)])[0]!.assessor).toBeUndefined()
    expect(collectExamples([source(false, true)])[0]!.assessor).toBe('Piet Puk')
  })

  it('filters by requirement', () => {
    expect(collectExamples([source(false, false)], 'power.backup')).toEqual([])
  })
})

describe('sharesWith', () => {
  it('none, the installation, or listed regions', () => {
    expect(sharesWith({ shareNotesWith: 'none', includeAssessorNames: true }, 'VR25')).toBe(false)
    expect(
      sharesWith({ shareNotesWith: 'installation', includeAssessorNames: false }, 'VR25'),
    ).toBe(true)
    expect(sharesWith({ shareNotesWith: ['VR25'], includeAssessorNames: false }, 'VR25')).toBe(true)
    expect(sharesWith({ shareNotesWith: ['VR13'], includeAssessorNames: false }, 'VR25')).toBe(
      false,
    )
  })
})
