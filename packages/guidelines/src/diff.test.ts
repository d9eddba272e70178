import { describe, expect, it } from 'vitest'
import { diffGuidelines } from './diff.ts'
import { getGuideline, listGuidelines } from './editions.ts'

const e2025 = getGuideline('noodsteunpunten', '2025.1')!
const e2026 = getGuideline('noodsteunpunten', '2026.1')!

/** Each edition with the one before it, as the catalog lists them. */
const consecutive = listGuidelines()
  .map((g, i, all) => [all[i - 1], g] as const)
  .filter(([before, g]) => before && before.id === g.id)
  .map(([before, g]) => [before!.version, g.version, g.id] as const)

describe('diffGuidelines', () => {
  it('has a golden diff for 2025.1 → 2026.1 and 2026.1 → 2026.2 at least', () => {
    expect(consecutive.map(([a, b]) => `${a}→${b}`)).toEqual(
      expect.arrayContaining(['2025.1→2026.1', '2026.1→2026.2']),
    )
  })

  it.each(consecutive)('matches the golden diff %s → %s', async (from, to, id) => {
    const diff = diffGuidelines(getGuideline(id, from)!, getGuideline(id, to)!)
    await expect(JSON.stringify(diff, null, 2) + '\n').toMatchFileSnapshot(
      `../test/golden/${id}-${from}-${to}.diff.json.snap`,
    )
  })

  it('2026.2 counts only local points towards inhabitantsPerPoint, where 2026.1 counted every tier', () => {
    const diff = diffGuidelines(e2026, getGuideline('noodsteunpunten', '2026.2')!)
    expect(diff.norms.find((n) => n.norm === 'inhabitantsPerPoint')).toEqual({
      norm: 'inhabitantsPerPoint',
      from: { value: 5000, basis: 'source', countedTiers: ['coordination', 'local'] },
      to: { value: 5000, basis: 'source', countedTiers: ['local'] },
    })
    expect(diff.added.map((r) => [r.id, r.level])).toEqual([
      ['emergency.missing-persons', 'recommended'],
      ['needs.medicines', 'recommended'],
      ['power.medical-equipment', 'recommended'],
    ])
    expect(diff.removed).toEqual([])
  })

  it('finds nothing between an edition and itself', () => {
    expect(diffGuidelines(e2026, e2026)).toMatchObject({
      added: [],
      removed: [],
      changed: [],
      norms: [],
    })
  })

  it('is symmetric: added one way is removed the other way', () => {
    const forward = diffGuidelines(e2025, e2026)
    const backward = diffGuidelines(e2026, e2025)
    expect(backward.removed.map((r) => r.id)).toEqual(forward.added.map((r) => r.id))
    expect(backward.added.map((r) => r.id)).toEqual(forward.removed.map((r) => r.id))
    expect(backward.changed.map((c) => c.id)).toEqual(forward.changed.map((c) => c.id))
  })

  it('reports each kind of change with before and after', () => {
    const base = e2026.requirements[0]!
    const edited = {
      ...e2026,
      version: '2026.2',
      norms: {
        ...e2026.norms,
        maxDistanceMeters: { ...e2026.norms.maxDistanceMeters, value: 1500 },
      },
      requirements: [
        {
          ...base,
          level: 'recommended' as const,
          weight: base.weight + 1,
          validForMonths: 3,
          appliesTo: { tiers: ['local' as const] },
          allowNotApplicable: true,
          evidence: { provides: 'fuel' as const },
        },
        ...e2026.requirements.slice(1),
      ],
    }
    const diff = diffGuidelines(e2026, edited)
    expect(diff.changed).toEqual([
      {
        id: base.id,
        title: base.title,
        changes: [
          { field: 'level', from: 'mandatory', to: 'recommended' },
          { field: 'weight', from: base.weight, to: base.weight + 1 },
          { field: 'validForMonths', from: null, to: 3 },
          { field: 'appliesTo', from: null, to: { tiers: ['local'] } },
          { field: 'allowNotApplicable', from: false, to: true },
          { field: 'evidence', from: null, to: { provides: 'fuel' } },
        ],
      },
    ])
    expect(diff.norms).toEqual([
      {
        norm: 'maxDistanceMeters',
        from: { value: 1000, basis: 'assumption' },
        to: { value: 1500, basis: 'assumption' },
      },
    ])
  })

  it('ignores the order of filter lists and an explicit default for allowNotApplicable', () => {
    const r = e2026.requirements.find((x) => x.id === 'site.use-agreement')!
    const reordered = {
      ...e2026,
      requirements: e2026.requirements.map((x) =>
        x.id === r.id
          ? { ...x, appliesTo: { kinds: [...r.appliesTo!.kinds!].reverse() } }
          : x.id === 'power.backup'
            ? { ...x, allowNotApplicable: false }
            : x,
      ),
    }
    expect(diffGuidelines(e2026, reordered).changed).toEqual([])
  })
})
