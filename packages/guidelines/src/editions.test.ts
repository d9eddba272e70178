import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GuidelineEditionSchema, parseRegion, type GuidelineEdition } from '@weerbaar/core'
import { describe, expect, it } from 'vitest'
import { catalog } from './catalog.ts'
import {
  compareVersions,
  getGuideline,
  latestGuideline,
  listGuidelines,
  resolveRuleset,
} from './editions.ts'

const dataDir = join(import.meta.dirname, '..', 'data')
const files = readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json') && !f.startsWith('risk'))
  .sort()

describe('edition files', () => {
  it('registers every file in data/ (and nothing else)', () => {
    expect(
      listGuidelines()
        .map((g) => join(g.id, `${g.version}.json`))
        .sort(),
    ).toEqual(files)
    expect(files.length).toBeGreaterThan(0)
  })

  describe.each(files)('%s', (file) => {
    const raw: unknown = JSON.parse(readFileSync(join(dataDir, file), 'utf8'))
    const result = GuidelineEditionSchema.safeParse(raw)

    it('parses with GuidelineEditionSchema', () => {
      expect(result.error?.issues ?? []).toEqual([])
    })
    const edition = result.data as GuidelineEdition

    it('is named after its id and version and is registered', () => {
      expect(file).toBe(join(edition.id, `${edition.version}.json`))
      expect(getGuideline(edition.id, edition.version)).toEqual(edition)
    })

    it('has unique requirement, function and source ids', () => {
      for (const list of [edition.requirements, edition.functions, edition.sources]) {
        const ids = list.map((x) => x.id)
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
      }
    })

    it('resolves every source and function reference', () => {
      const sources = new Set(edition.sources.map((s) => s.id))
      const functions = new Set(edition.functions.map((f) => f.id))
      const dangling: string[] = []
      for (const r of edition.requirements) {
        if (!functions.has(r.function)) dangling.push(`${r.id}: function ${r.function}`)
        for (const s of r.sources) if (!sources.has(s)) dangling.push(`${r.id}: source ${s}`)
      }
      for (const [key, norm] of Object.entries(edition.norms)) {
        for (const s of [
          ...norm.sources,
          ...(norm.intent?.sources ?? []),
          ...(norm.countedTiers?.sources ?? []),
        ])
          if (!sources.has(s)) dangling.push(`norms.${key}: source ${s}`)
      }
      for (const note of edition.notes ?? [])
        for (const s of note.sources)
          if (!sources.has(s)) dangling.push(`notes.${note.id}: source ${s}`)
      expect(dangling).toEqual([])
    })

    it('gives a rationale wherever the basis is an assumption', () => {
      const missing = [
        ...edition.requirements
          .filter((r) => r.basis === 'assumption' && !r.rationale)
          .map((r) => r.id),
        ...Object.entries(edition.norms)
          .filter(([, n]) => n.basis === 'assumption' && !n.rationale)
          .map(([k]) => k),
        ...Object.entries(edition.norms)
          .filter(([, n]) => n.countedTiers?.basis === 'assumption' && !n.countedTiers.rationale)
          .map(([k]) => `${k}.countedTiers`),
      ]
      expect(missing).toEqual([])
    })

    it('cites a source for every requirement whose basis is a source', () => {
      expect(
        edition.requirements
          .filter((r) => r.basis === 'source' && r.sources.length === 0)
          .map((r) => r.id),
      ).toEqual([])
    })

    it('uses a function for every declared function', () => {
      const used = new Set(edition.requirements.map((r) => r.function))
      expect(edition.functions.map((f) => f.id).filter((id) => !used.has(id))).toEqual([])
    })
  })

  it('2026.1 has 25–40 requirements, both tiers, scenario-specific rules and the sourced norm', () => {
    const e = getGuideline('noodsteunpunten', '2026.1')!
    expect(e.requirements.length).toBeGreaterThanOrEqual(25)
    expect(e.requirements.length).toBeLessThanOrEqual(40)
    expect(e.requirements.some((r) => r.appliesTo?.tiers?.includes('coordination'))).toBe(true)
    expect(
      e.requirements.find((r) => r.id === 'flood.raised-storage')?.appliesTo?.scenarios,
    ).toEqual(['flood'])
    expect(e.requirements.find((r) => r.id === 'power.backup')).toMatchObject({
      level: 'mandatory',
      check: { type: 'minimum', unit: 'uur', min: 72 },
      basis: 'assumption',
    })
    expect(e.norms.inhabitantsPerPoint).toMatchObject({ value: 5000, basis: 'source' })
    expect(e.norms.maxDistanceMeters).toMatchObject({ value: 1000, basis: 'assumption' })
  })

  it('effective ranges of one guideline do not overlap', () => {
    const list = listGuidelines().filter((g) => g.id === 'noodsteunpunten')
    for (let i = 1; i < list.length; i++) {
      const previous = list[i - 1]!
      expect(previous.effective.to, `${previous.version} needs an end date`).toBeDefined()
      expect(previous.effective.to! < list[i]!.effective.from).toBe(true)
    }
  })
})

describe('listGuidelines / getGuideline / latestGuideline', () => {
  it('lists editions ordered by id and version', () => {
    const refs = listGuidelines()
    const sorted = [...refs].sort(
      (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || compareVersions(a.version, b.version),
    )
    expect(refs).toEqual(sorted)
    expect(refs.map((g) => `${g.id}@${g.version}`)).toEqual(
      expect.arrayContaining(['noodsteunpunten@2025.1', 'noodsteunpunten@2026.1']),
    )
  })

  it('has one edition in effect at a time, the newest not superseded and every older one superseded', () => {
    const list = listGuidelines().filter((g) => g.id === 'noodsteunpunten')
    expect(list.at(-1)!.status).not.toBe('superseded')
    expect(list.at(-1)!.effective.to).toBeUndefined()
    for (const older of list.slice(0, -1)) expect(older.status, older.version).toBe('superseded')
  })

  it('applies schema defaults (weight, check, sources)', () => {
    const e = getGuideline('noodsteunpunten', '2025.1')!
    const info = e.requirements.find((r) => r.id === 'info.board')!
    expect(info.check).toEqual({ type: 'boolean' })
  })

  it('returns undefined for an unknown edition', () => {
    expect(getGuideline('noodsteunpunten', '1999.1')).toBeUndefined()
    expect(getGuideline('other', '2026.1')).toBeUndefined()
  })

  it('picks the edition in effect on a date', () => {
    expect(latestGuideline('noodsteunpunten', '2025-05-14')).toBeUndefined()
    expect(latestGuideline('noodsteunpunten', '2025-05-15')?.version).toBe('2025.1')
    expect(latestGuideline('noodsteunpunten', '2026-02-24')?.version).toBe('2025.1')
    expect(latestGuideline('noodsteunpunten', '2026-02-25')?.version).toBe('2026.1')
    expect(latestGuideline('noodsteunpunten', '2026-11-30')?.version).toBe('2026.1')
    expect(latestGuideline('noodsteunpunten', '2026-12-01')?.version).toBe('2026.2')
    // The newest edition stays in effect: no end date.
    const newest = listGuidelines().at(-1)!
    expect(latestGuideline('noodsteunpunten', '2030-01-01')?.version).toBe(newest.version)
  })

  it('rejects a date that is not a calendar date', () => {
    expect(() => latestGuideline('noodsteunpunten', '2026-02-30')).toThrow(/calendar date/)
  })

  it('compares calendar versions numerically', () => {
    expect(compareVersions('2026.10', '2026.9')).toBeGreaterThan(0)
    expect(compareVersions('2025.2', '2026.1')).toBeLessThan(0)
  })
})

describe('resolveRuleset', () => {
  const region = {
    guideline: { id: 'noodsteunpunten', version: '2026.1' },
    norms: { inhabitantsPerPoint: 4000 },
    supplement: {
      requirements: [
        {
          id: 'vr25.dike-watch',
          title: 'Dijkwacht',
          description: 'Afspraken met de dijkwacht.',
          function: 'coordination',
          level: 'mandatory' as const,
          weight: 1,
          check: { type: 'boolean' as const },
          sources: [],
          basis: 'assumption' as const,
          rationale: 'Regionale eis.',
        },
      ],
    },
  }

  it('combines the edition, the supplement and the regional norms', () => {
    const ruleset = resolveRuleset(region)
    expect(ruleset.guideline).toEqual({ id: 'noodsteunpunten', version: '2026.1' })
    expect(ruleset.norms.inhabitantsPerPoint).toEqual({ value: 4000, basis: 'region', sources: [] })
    expect(ruleset.norms.maxDistanceMeters).toMatchObject({ value: 1000, basis: 'assumption' })
    expect(ruleset.requirements.at(-1)).toMatchObject({
      id: 'vr25.dike-watch',
      origin: 'supplement',
      allowNotApplicable: false,
    })
    expect(ruleset.requirements).toHaveLength(
      getGuideline('noodsteunpunten', '2026.1')!.requirements.length + 1,
    )
  })

  it('resolves allowNotApplicable: explicit value, else true for recommended and false for mandatory', () => {
    const byId = new Map(resolveRuleset(region).requirements.map((r) => [r.id, r]))
    expect(byId.get('site.use-agreement')).toMatchObject({
      level: 'mandatory',
      allowNotApplicable: true,
    })
    expect(byId.get('access.step-free')).toMatchObject({
      level: 'recommended',
      allowNotApplicable: false,
    })
    expect(byId.get('power.backup')).toMatchObject({
      level: 'mandatory',
      allowNotApplicable: false,
    })
    expect(byId.get('needs.food')).toMatchObject({ level: 'recommended', allowNotApplicable: true })
  })

  it('resolves under another version on request, and throws for an unknown one', () => {
    expect(resolveRuleset(region, { version: '2025.1' }).guideline.version).toBe('2025.1')
    expect(() => resolveRuleset(region, { version: '2024.1' })).toThrow(/noodsteunpunten@2024\.1/)
  })
})

describe('catalog', () => {
  const base = {
    schemaVersion: 1,
    region: { code: 'VR25', name: 'Veiligheidsregio Flevoland' },
    guideline: { id: 'noodsteunpunten', version: '2026.1' },
    municipalities: [{ code: 'GM0184', name: 'Urk', population: 22000 }],
    points: [
      {
        id: 'urk-kazerne',
        name: 'Brandweerkazerne Urk',
        municipality: 'GM0184',
        tier: 'coordination',
        kind: 'fire_station',
        status: 'active',
        location: { lat: 52.66, lon: 5.6 },
      },
    ],
  }

  it('lets parseRegion check requirement ids against every edition: history is kept, a typo is an error', () => {
    const ok = parseRegion(
      {
        ...base,
        assessments: [
          { point: 'urk-kazerne', requirement: 'power.backup', date: '2026-03-01', value: 48 },
        ],
      },
      { catalog },
    )
    expect(ok.ok).toBe(true)
    const bad = parseRegion(
      {
        ...base,
        assessments: [
          {
            point: 'urk-kazerne',
            requirement: 'staff.contact-list',
            date: '2026-03-01',
            result: 'met',
          },
        ],
      },
      { catalog, lang: 'en' },
    )
    // staff.contact-list is a requirement of 2025.1 only: under 2026.1 its assessments are history.
    expect(bad.ok).toBe(true)
    if (bad.ok)
      expect(bad.warnings.map((i) => [i.code, i.path])).toEqual([
        ['historical_requirement', 'assessments[0].requirement'],
      ])
    const typo = parseRegion(
      {
        ...base,
        assessments: [
          {
            point: 'urk-kazerne',
            requirement: 'staff.contactlist',
            date: '2026-03-01',
            result: 'met',
          },
        ],
      },
      { catalog, lang: 'en' },
    )
    expect(typo.ok).toBe(false)
    if (!typo.ok)
      expect(typo.issues.map((i) => [i.code, i.path])).toEqual([
        ['unknown_requirement', 'assessments[0].requirement'],
      ])
  })

  it("checks the risk profile against the method and actions, the region's own included", () => {
    const scenario = {
      id: 'stroomuitval',
      title: 'Langdurige stroomuitval',
      theme: 'Nutsvoorzieningen',
      impact: { '2.1': 'C' },
      likelihood: 'C',
      municipalities: ['GM0184'],
      actions: ['stroomuitval', 'urk-haven'],
    }
    const ownAction = {
      id: 'urk-haven',
      title: 'Ga naar de haven',
      steps: ['Luister naar de radio'],
    }
    const ok = parseRegion(
      {
        ...base,
        riskProfile: { scenarios: [scenario], communication: { actions: [ownAction] } },
      },
      { catalog, lang: 'en' },
    )
    expect(ok.ok ? [] : ok.issues.filter((i) => i.severity === 'error')).toEqual([])

    const bad = parseRegion(
      {
        ...base,
        riskProfile: {
          scenarios: [{ ...scenario, impact: { '9.9': 'C' }, municipalities: ['GM9999'] }],
        },
      },
      { catalog, lang: 'en' },
    )
    expect(bad.ok).toBe(false)
    if (!bad.ok)
      expect(bad.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path])).toEqual(
        [
          ['unknown_criterion', 'riskProfile.scenarios[0].impact["9.9"]'],
          ['unknown_municipality', 'riskProfile.scenarios[0].municipalities[0]'],
          ['unknown_action', 'riskProfile.scenarios[0].actions[1]'],
        ],
      )

    const unknownMethod = parseRegion(
      { ...base, riskProfile: { method: { id: 'nrb', version: '1999.1' }, scenarios: [] } },
      { catalog },
    )
    expect(unknownMethod.ok ? [] : unknownMethod.issues.map((i) => i.code)).toEqual([
      'unknown_risk_method',
    ])
    // Also when the profile's shape is broken elsewhere: the method it names is still checked.
    const brokenAndUnknown = parseRegion(
      { ...base, riskProfile: { method: { id: 'nrb', version: '1999.1' }, scenarios: 'none' } },
      { catalog },
    )
    expect(brokenAndUnknown.ok ? [] : brokenAndUnknown.issues.map((i) => i.code)).toContain(
      'unknown_risk_method',
    )
  })

  it('reports an unknown edition', () => {
    const bad = parseRegion(
      { ...base, guideline: { id: 'noodsteunpunten', version: '2024.1' } },
      { catalog },
    )
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.issues.map((i) => i.code)).toContain('unknown_guideline')
  })
})
