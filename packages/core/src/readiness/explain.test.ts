import { describe, expect, it } from 'vitest'
import { GOLDEN_AS_OF, loadRegion, rulesetFor } from '../../test/fixtures/readiness/load.ts'
import { computeReadiness } from './compute.ts'
import { explainPoint } from './explain.ts'

const region = loadRegion()
const ruleset = rulesetFor(region)
const report = computeReadiness(region, ruleset, { asOf: GOLDEN_AS_OF })
const explain = (id: string) => explainPoint(report.points.find((p) => p.id === id)!, ruleset)

describe('explainPoint', () => {
  it('gives every requirement its outcome, cost and a Dutch sentence', () => {
    const e = explain('urk-kazerne')
    expect(e.summary).toBe('Brandweerkazerne Urk: niet gereed, score 76,9 van 100')
    const power = e.requirements.find((r) => r.id === 'power.backup')!
    // cost = 100 × 3 × (1 − 48/72) / 13 = 7.69…
    expect(power.cost).toBeCloseTo((100 * 3 * (1 - 48 / 72)) / 13, 12)
    expect(power.sentence).toBe('Noodstroom: 48 van 72 uur — deels voldaan, kost 7,7 punten')
    expect(power.validUntil).toBe('2027-03-01')
    expect(e.requirements.map((r) => r.sentence)).toEqual([
      'Informatiebord: voldaan',
      'Noodstroom: 48 van 72 uur — deels voldaan, kost 7,7 punten',
      'Noodverbinding: voldaan',
      'Verbinding met de crisisorganisatie: voldaan',
      'Drinkwater: niet van toepassing, telt niet mee',
      'Drempelvrij: voldaan',
      'Hoge opslag: niet beoordeeld, kost 15,4 punten',
    ])
  })

  it('the costs add up to what the point misses of 100', () => {
    for (const p of report.points) {
      if (p.score === null) continue
      const e = explainPoint(p, ruleset)
      expect(e.requirements.reduce((sum, r) => sum + r.cost, 0)).toBeCloseTo(100 - p.score, 9)
    }
  })

  it('explains expiry and a rejected not_applicable', () => {
    const e = explain('urk-buurthuis')
    expect(e.requirements.find((r) => r.id === 'power.backup')!.sentence).toBe(
      'Noodstroom: verlopen (beoordeeld op 1 september 2025, geldig tot en met 1 september 2026), kost 23,1 punten',
    )
    expect(e.requirements.find((r) => r.id === 'access.step-free')!.sentence).toBe(
      "Drempelvrij: 'niet van toepassing' is voor deze eis niet toegestaan, telt als niet beoordeeld, kost 7,7 punten",
    )
  })

  it('names the blockers and the fixes that raise the level', () => {
    const kazerne = explain('urk-kazerne')
    expect(kazerne.blockers).toEqual(['power.backup'])
    expect(kazerne.fixes).toEqual([
      {
        requirement: 'power.backup',
        title: 'Noodstroom',
        outcome: 'partial',
        gain: kazerne.requirements.find((r) => r.id === 'power.backup')!.cost,
        levelAfter: 'unknown',
        raisesLevel: true,
        sentence: 'Noodstroom: van 48 naar 72 uur (+7,7 punten), dan is het punt onbekend',
      },
    ])
    const bieb = explain('zeewolde-bibliotheek')
    expect(bieb.fixes.map((f) => f.sentence)).toEqual([
      'Noodverbinding opnieuw beoordelen (tot +18,2 punten), dan is het punt gereed',
    ])
    expect(explain('zeewolde-kazerne')).toMatchObject({
      blockers: [],
      nextLevel: null,
      fixes: [],
    })
  })

  it('says how many fixes it takes when no single one raises the level', () => {
    expect(explain('urk-kazerne').blockers).toHaveLength(1)
    expect(explain('urk-kazerne').nextLevel).toEqual({
      level: 'unknown',
      sentence: 'Nog 1 eis op orde brengen, dan is het punt onbekend.',
    })
    expect(explain('zeewolde-bibliotheek').nextLevel?.sentence).toBe(
      'Nog 1 eis laten beoordelen. Voldoet die, dan is het punt gereed.',
    )
    expect(explain('zeewolde-sporthal').blockers).toHaveLength(3)
    expect(explain('zeewolde-sporthal').nextLevel).toEqual({
      level: 'ready',
      sentence: 'Nog 3 eisen laten beoordelen. Voldoen ze, dan is het punt gereed.',
    })
  })

  it('ranks at most three fixes: re-assessments before new assessments, then by gain', () => {
    // The sports hall has nothing assessed: five mandatory… no, three mandatory unknowns.
    const hall = explain('zeewolde-sporthal')
    expect(hall.blockers).toEqual(['info.board', 'power.backup', 'comms.radio'])
    expect(hall.fixes.map((f) => [f.requirement, f.raisesLevel])).toEqual([
      ['info.board', false],
      ['power.backup', false],
      ['comms.radio', false],
    ])
    expect(hall.fixes[0]!.sentence).toBe('Informatiebord laten beoordelen (tot +27,3 punten)')

    // Give it an expired info board: the re-assessment is cheapest.
    const edited = computeReadiness(
      {
        ...region,
        assessments: [
          ...region.assessments,
          {
            point: 'zeewolde-sporthal',
            requirement: 'comms.radio',
            date: '2025-01-01',
            result: 'met',
          },
        ],
      },
      ruleset,
      { asOf: GOLDEN_AS_OF },
    )
    const e = explainPoint(edited.points.find((p) => p.id === 'zeewolde-sporthal')!, ruleset)
    expect(e.fixes.map((f) => f.requirement)).toEqual(['comms.radio', 'info.board', 'power.backup'])
  })

  it('for a point that is not ready, the partial requirement closest to its target comes first', () => {
    const assessments = [
      ...region.assessments,
      { point: 'zeewolde-kazerne', requirement: 'power.backup', date: '2026-09-01', value: 70 },
      {
        point: 'zeewolde-kazerne',
        requirement: 'info.board',
        date: '2026-09-01',
        result: 'not_met' as const,
      },
      {
        point: 'zeewolde-kazerne',
        requirement: 'comms.radio',
        date: '2026-09-02',
        result: 'partial' as const,
      },
    ]
    const r = computeReadiness({ ...region, assessments }, ruleset, { asOf: GOLDEN_AS_OF })
    const e = explainPoint(r.points.find((p) => p.id === 'zeewolde-kazerne')!, ruleset)
    expect(e.assessedLevel).toBe('not_ready')
    expect(e.fixes.map((f) => f.requirement)).toEqual(['power.backup', 'comms.radio', 'info.board'])
    expect(e.fixes.every((f) => !f.raisesLevel)).toBe(true)
    // Fixing all three leaves no assessment open on the fire station: then it is ready.
    expect(e.blockers).toHaveLength(3)
    expect(e.nextLevel).toEqual({
      level: 'ready',
      sentence: 'Nog 3 eisen op orde brengen, dan is het punt gereed.',
    })
  })

  it('with more blockers than fixes shown, says the list holds the cheapest three', () => {
    const assessments = [
      ...region.assessments,
      ...['info.board', 'power.backup', 'comms.radio', 'coord.crisis-link'].map((requirement) => ({
        point: 'zeewolde-kazerne',
        requirement,
        date: '2026-09-01',
        result: 'not_met' as const,
      })),
    ]
    const r = computeReadiness({ ...region, assessments }, ruleset, { asOf: GOLDEN_AS_OF })
    const e = explainPoint(r.points.find((p) => p.id === 'zeewolde-kazerne')!, ruleset)
    expect(e.blockers).toHaveLength(4)
    expect(e.fixes).toHaveLength(3)
    expect(e.nextLevel?.sentence).toBe(
      `Nog 4 eisen op orde brengen, dan is het punt gereed. Hieronder de 3 goedkoopste.`,
    )
  })
})
