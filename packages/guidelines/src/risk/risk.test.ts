import { SCENARIO_TAGS, resolveRiskParameters } from '@weerbaar/core'
import { describe, expect, it } from 'vitest'
import {
  getActionLibrary,
  getRiskMethod,
  listActionIds,
  listActionLibraries,
  listRiskMethods,
  riskMethodFor,
} from './index.ts'

describe('the nrb risk method', () => {
  const method = getRiskMethod('nrb', '2026.1')!

  it('is listed and parses', () => {
    expect(listRiskMethods()).toEqual([
      expect.objectContaining({ id: 'nrb', version: '2026.1', criteria: 11 }),
    ])
    expect(method).toBeDefined()
    expect(getRiskMethod('nrb', '1999.1')).toBeUndefined()
  })

  it('has the ten NRB criteria under five vital interests, plus cultureel erfgoed as optional', () => {
    const nrb = method.criteria.filter((c) => !c.optional)
    expect(nrb.map((c) => c.id)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '2.3',
      '3.1',
      '4.1',
      '5.1',
      '5.2',
      '5.3',
    ])
    expect(new Set(nrb.map((c) => c.vitalInterest))).toEqual(new Set(['1', '2', '3', '4', '5']))
    expect(method.criteria.filter((c) => c.optional).map((c) => c.id)).toEqual(['erfgoed'])
    expect(method.weights.values.erfgoed).toBe(0)
  })

  it('says which edition of the national method it follows: five vital interests, not the six of today', () => {
    expect(method.methodEdition).toMatchObject({ vitalInterests: 5 })
    expect(method.vitalInterests).toHaveLength(5)
    expect(method.methodEdition!.name).toContain('2009')
    expect(method.methodEdition!.note).toMatch(/zes nationale veiligheidsbelangen/)
  })

  it('attributes the classes and the weighted sum to the 2009 BZK report, and the Handreiking to its host', () => {
    const source = (id: string) => method.sources.find((s) => s.id === id)!
    expect(source('nrb-methode')).toMatchObject({ publisher: 'Ministerie van BZK (oktober 2009)' })
    expect(source('nrb-methode').title).toMatch(/^Werken met scenario's.*§5\.4\.1.*§5\.4\.2/)
    expect(JSON.stringify(source('nrb-methode'))).not.toMatch(/Analistennetwerk|ANV|RIVM/)
    expect(source('handreiking-rrp').publisher).toMatch(/^brandweer\.nl.*niet bevestigd/)
  })

  it('labels the impact classes A–E and X in Dutch', () => {
    expect(Object.fromEntries(method.impactClasses.map((c) => [c.id, c.label]))).toEqual({
      A: 'beperkt',
      B: 'aanzienlijk',
      C: 'ernstig',
      D: 'zeer ernstig',
      E: 'catastrofaal',
      X: 'niet van toepassing',
    })
  })

  it('has likelihood classes a factor 10 apart with a horizon field', () => {
    const bounds = method.likelihoodClasses.map((c) => c.probability.max)
    expect(bounds.slice(0, 4)).toEqual([0.0005, 0.005, 0.05, 0.5])
    expect(method.horizon.values).toBe(5)
  })

  it('marks every number the sources do not confirm as an assumption, with a rationale', () => {
    for (const key of ['horizon', 'classScores', 'weights', 'diagram'] as const) {
      expect(method[key].basis).toBe('assumption')
      expect(method[key].rationale).toBeTruthy()
    }
  })

  it('resolves for a profile and scores with its defaults', () => {
    expect(riskMethodFor({ method: { id: 'nrb', version: '2026.1' } })).toBe(method)
    expect(() => riskMethodFor({ method: { id: 'nrb', version: '1999.1' } })).toThrow(
      /Unknown risk method/,
    )
    const p = resolveRiskParameters(method)
    expect(p.totalWeight).toBe(10)
    expect(p.classScores.C).toEqual({ value: 9, basis: 'assumption' })
  })
})

describe('the handelingsperspectieven library', () => {
  const library = getActionLibrary()!

  it('is listed, parses and exposes its action ids', () => {
    expect(listActionLibraries()).toEqual([
      expect.objectContaining({ id: 'handelingsperspectieven', version: '2026.1' }),
    ])
    expect(getActionLibrary('2026.1')).toBe(library)
    expect(listActionIds()).toEqual(library.actions.map((a) => a.id))
    expect(listActionIds()).toEqual(
      expect.arrayContaining(['stroomuitval', 'overstroming', 'ga-binnen', 'drinkwater', 'gaslek']),
    )
  })

  it('has an action for every scenario tag', () => {
    for (const tag of SCENARIO_TAGS) {
      expect(
        library.actions.some((a) => a.tags.includes(tag)),
        tag,
      ).toBe(true)
    }
  })

  it('cites a source for every action, or says why it is an assumption', () => {
    for (const a of library.actions) {
      if (a.basis === 'source') expect(a.sources.length, a.id).toBeGreaterThan(0)
      else expect(a.rationale, a.id).toBeTruthy()
    }
  })

  it('keeps resident texts short (language level B1: short sentences)', () => {
    const texts = [
      ...library.actions.flatMap((a) => a.steps),
      ...Object.values(library.basics).flatMap((b) => b.steps),
      ...library.stayInformed.map((c) => c.text),
    ]
    for (const text of texts) {
      for (const sentence of text.split(/(?<=[.?!:])\s+/)) {
        expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(20)
      }
    }
  })

  it('does not tell residents when the siren is tested: whether sirens stay is undecided (DOMAIN.md §3)', () => {
    const texts = [
      ...library.actions.flatMap((a) => [a.title, ...a.steps]),
      ...Object.values(library.basics).flatMap((b) => [b.title, b.intro ?? '', ...b.steps]),
      ...library.stayInformed.map((c) => c.text),
    ]
    expect(texts.filter((text) => /maandag|\btest|12[.:]00/i.test(text))).toEqual([])
  })

  it('does not promise residents a noodsteunpunt their municipality has not announced yet', () => {
    const noodplan = library.basics.noodplan.steps.find((s) => s.includes('noodsteunpunt'))!
    expect(noodplan).toMatch(/Uw gemeente laat weten waar het is/)
    const power = library.actions.find((a) => a.id === 'stroomuitval')!
    expect(power.steps.at(-1)).toMatch(
      /^Informatie krijgt u bij het gemeentehuis of de brandweerkazerne\. Heeft uw gemeente een noodsteunpunt\?/,
    )
  })

  it('has the Denk Vooruit basics with the 72-hour water norm in the noodpakket', () => {
    expect(library.basics.noodpakket.steps).toContain('Water: 3 liter per persoon per dag')
    expect(library.basics.noodpakket.intro).toMatch(/72 uur/)
    expect(library.basics.noodplan.steps.length).toBeGreaterThan(0)
    expect(library.basics.helpElkaar.steps.length).toBeGreaterThan(0)
    expect(library.stayInformed.map((c) => c.id)).toEqual(
      expect.arrayContaining(['calamity-radio', 'nl-alert', 'crisis-nl']),
    )
  })
})
