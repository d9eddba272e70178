import { describe, expect, it } from 'vitest'
import libraryJson from '../../../guidelines/data/risk/handelingsperspectieven-2026.1.json' with { type: 'json' }
import { ActionLibrarySchema } from './actions.ts'
import {
  actionsForScenario,
  knownActionIds,
  publicPoints,
  resolveCommunication,
} from './communication.ts'
import { RiskProfileSchema } from './schema.ts'

const library = ActionLibrarySchema.parse(libraryJson)

describe('resolveCommunication', () => {
  it('gives the national library with its sources when the region changes nothing', () => {
    const c = resolveCommunication(library)
    expect(c.library).toBe('handelingsperspectieven@2026.1')
    const power = c.actions.find((a) => a.id === 'stroomuitval')!
    expect(power).toMatchObject({ origin: 'national', basis: 'source', tags: ['power-outage'] })
    expect(power.sources.map((s) => s.publisher)).toEqual([
      'Veiligheidsregio Twente',
      'Zeeland Veilig',
      'Hart van Nederland',
    ])
    expect(c.basics.noodpakket.sourceDetails.map((s) => s.publisher)).toContain('Omroep Brabant')
    expect(c.informationPoints).toEqual([])
    expect(c.calamityRadio).toBeUndefined()
  })

  it("applies the region's changes and adds its own actions", () => {
    const profile = RiskProfileSchema.parse({
      scenarios: [],
      communication: {
        calamityRadio: { name: 'Omroep Voorbeeld', frequency: 'FM 99,9' },
        actions: [
          { id: 'stroomuitval', addSteps: ['Het gemeentehuis is open van 8 tot 20 uur.'] },
          {
            id: 'hitte',
            title: 'Bij hitte in de stad',
            steps: ['Ga naar een koele plek, zoals de bibliotheek.'],
          },
          {
            id: 'ijsgang',
            title: 'Bij ijsgang op het meer',
            tags: ['extreme-weather'],
            steps: ['Ga niet op het ijs.'],
            sources: [{ publisher: 'Gemeente Voorbeeld', title: 'IJs' }],
          },
          { id: 'half-af' },
        ],
      },
    })
    const c = resolveCommunication(library, profile)
    const power = c.actions.find((a) => a.id === 'stroomuitval')!
    expect(power.origin).toBe('changed')
    expect(power.basis).toBe('source')
    expect(power.steps.at(-1)).toBe('Het gemeentehuis is open van 8 tot 20 uur.')
    expect(power.steps.length).toBe(
      library.actions.find((a) => a.id === 'stroomuitval')!.steps.length + 1,
    )
    expect(c.actions.find((a) => a.id === 'hitte')).toMatchObject({
      title: 'Bij hitte in de stad',
      steps: ['Ga naar een koele plek, zoals de bibliotheek.'],
      basis: 'region',
      origin: 'changed',
    })
    expect(c.actions.find((a) => a.id === 'ijsgang')).toMatchObject({
      origin: 'region',
      basis: 'region',
      tags: ['extreme-weather'],
    })
    // Incomplete new actions are left out (validateRiskProfile reports them).
    expect(c.actions.find((a) => a.id === 'half-af')).toBeUndefined()
    expect(c.calamityRadio).toEqual({ name: 'Omroep Voorbeeld', frequency: 'FM 99,9' })
    expect(knownActionIds(library, profile)).toContain('ijsgang')
  })
})

describe('actionsForScenario', () => {
  const c = resolveCommunication(library)

  it('takes the actions a scenario names, in its order', () => {
    expect(
      actionsForScenario(c, { actions: ['gaslek', 'ga-binnen', 'onbekend'], tags: ['flood'] }).map(
        (a) => a.id,
      ),
    ).toEqual(['gaslek', 'ga-binnen'])
  })

  it('otherwise takes every action that shares a tag', () => {
    expect(actionsForScenario(c, { tags: ['hazardous-substances'] }).map((a) => a.id)).toEqual([
      'ga-binnen',
    ])
    expect(
      actionsForScenario(c, { tags: ['power-outage', 'telecom-outage'] }).map((a) => a.id),
    ).toEqual(['stroomuitval', 'telefoon-internet-uitval'])
    expect(actionsForScenario(c, { tags: [] })).toEqual([])
  })
})

describe('publicPoints', () => {
  const points = [
    { id: 'a', public: true, status: 'active', municipality: 'GM0001' },
    { id: 'b', public: false, status: 'active', municipality: 'GM0001' },
    { id: 'c', public: true, status: 'inactive', municipality: 'GM0001' },
    { id: 'd', public: true, status: 'planned', municipality: 'GM0002' },
    { id: 'e', status: 'active', municipality: 'GM0002' },
  ] as const

  it('keeps only points residents may be told about', () => {
    expect(publicPoints(points.map((p) => ({ ...p }))).map((p) => p.id)).toEqual(['a', 'd', 'e'])
    expect(
      publicPoints(
        points.map((p) => ({ ...p })),
        'GM0001',
      ).map((p) => p.id),
    ).toEqual(['a'])
  })
})
