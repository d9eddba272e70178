import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import edition2026 from '../../../guidelines/data/noodsteunpunten/2026.2.json' with { type: 'json' }
import libraryJson from '../../../guidelines/data/risk/handelingsperspectieven-2026.1.json' with { type: 'json' }
import nrbJson from '../../../guidelines/data/risk/nrb-2026.1.json' with { type: 'json' }
import { GuidelineEditionSchema } from '../guideline/schema.ts'
import { createRuleset } from '../readiness/ruleset.ts'
import { parseRegion } from '../region/parse.ts'
import type { Region } from '../region/schema.ts'
import { ActionLibrarySchema } from './actions.ts'
import { analyzeRiskProfile, risksByMunicipality } from './analyze.ts'
import { RiskMethodSchema } from './method.ts'
import { riskReadiness } from './readiness.ts'
import { RiskProfileSchema } from './schema.ts'
import { validateRiskProfile } from './validate.ts'

const method = RiskMethodSchema.parse(nrbJson)
const library = ActionLibrarySchema.parse(libraryJson)
const edition = GuidelineEditionSchema.parse(edition2026)
const catalog = {
  getGuideline: (id: string, version: string) =>
    id === edition.id && version === edition.version ? edition : undefined,
  getRiskMethod: (id: string, version: string) =>
    id === method.id && version === method.version ? method : undefined,
  getActionLibrary: () => library,
}

const demo = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../demo-data/${file}`, import.meta.url), 'utf8'))

const regions = [
  { code: 'VR25', profile: 'risk/vr25.json', data: 'data/vr25-flevoland.json' },
  { code: 'VR14', profile: 'risk/vr14.json', data: 'data/vr14-gooi-en-vechtstreek.json' },
].map((r) => {
  const raw = demo(r.profile)
  const parsed = parseRegion({ ...demo(r.data), riskProfile: raw }, { catalog, lang: 'en' })
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return { ...r, raw, region: parsed.value as Region }
})

describe.each(regions)('the demo risk profile of $code', ({ code, raw, region }) => {
  it('parses in the region file and passes every risk check without a warning', () => {
    const profile = RiskProfileSchema.parse(raw)
    expect(
      validateRiskProfile(profile, {
        method,
        library,
        municipalities: region.municipalities.map((m) => m.code),
      }),
    ).toEqual([])
  })

  it('is marked fictitious', () => {
    expect(raw.notes).toMatch(/[Ff]ictitious/)
    expect(raw.communication.notice).toMatch(/verzonnen/)
    for (const s of raw.scenarios) expect(s.rationale).toMatch(/^Fictief voorbeeld/)
  })

  it('scores every NRB criterion of every scenario, and covers the standard risks', () => {
    const criteria = method.criteria.filter((c) => !c.optional).map((c) => c.id)
    for (const s of region.riskProfile!.scenarios)
      expect(Object.keys(s.impact).sort()).toEqual(criteria)
    const tags = new Set(region.riskProfile!.scenarios.flatMap((s) => s.tags))
    for (const t of [
      'power-outage',
      'telecom-outage',
      'extreme-weather',
      'heat',
      'pandemic',
      'cyber',
      'drinking-water',
      'flood',
    ]) {
      expect(tags, t).toContain(t)
    }
    expect(region.riskProfile!.scenarios.some((s) => s.municipalities)).toBe(true)
  })

  it('ranks, with risks for every municipality', () => {
    const analysis = analyzeRiskProfile(region.riskProfile!, method)
    expect(analysis.scenarios.map((s) => s.rank)).toEqual(analysis.scenarios.map((_, i) => i + 1))
    for (const m of risksByMunicipality(analysis, region.municipalities))
      expect(m.scenarios.length, m.name).toBeGreaterThan(5)
    if (code === 'VR25') {
      const flood = analysis.scenarios.find((s) => s.id === 'overstroming-dijkdoorbraak')!
      expect(flood.impact.label).toBe('catastrofaal')
      expect(flood.municipalities).not.toContain('GM0184')
    }
  })

  it('shows the readiness of the network under each scenario', () => {
    const result = riskReadiness(region, createRuleset(edition, region), method, {
      asOf: '2026-11-01',
    })
    expect(result.scenarios.length).toBe(region.riskProfile!.scenarios.length)
    for (const s of result.scenarios) {
      expect(s.readiness.scenario.id).toBe(s.risk.id)
      expect(s.readiness.requiredPoints).toBeGreaterThan(0)
      expect(s.priority).toBeGreaterThanOrEqual(0)
      expect(s.priority).toBeLessThanOrEqual(1)
      expect(s.sentence).toMatch(/^\d+\. .+ actieve punten gereed \(nodig: \d+\)$/)
    }
  })
})

describe('a risk profile with a shape error in one scenario', () => {
  it('still gets the method checks of every other scenario, at their own paths', () => {
    const raw = structuredClone(demo('risk/vr25.json'))
    raw.scenarios[0].likelihood = 'F' // a shape error: zod reports it
    raw.scenarios[2].impact = { ...raw.scenarios[2].impact, '9.9': 'C' } // not an NRB criterion
    raw.scenarios[3].actions = [...(raw.scenarios[3].actions ?? []), 'no-such-action']
    const parsed = parseRegion(
      { ...demo('data/vr25-flevoland.json'), riskProfile: raw },
      { catalog, lang: 'en' },
    )
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    const found = parsed.issues.map((i) => [i.code, i.path])
    expect(found).toContainEqual([expect.any(String), 'riskProfile.scenarios[0].likelihood'])
    expect(found).toContainEqual(['unknown_criterion', 'riskProfile.scenarios[2].impact["9.9"]'])
    expect(found).toContainEqual([
      'unknown_action',
      `riskProfile.scenarios[3].actions[${raw.scenarios[3].actions.length - 1}]`,
    ])
  })
})
