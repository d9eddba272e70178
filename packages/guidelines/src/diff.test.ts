import { describe, expect, it } from 'vitest'
import { diffGuidelines } from './diff.ts'
import { getGuideline } from './editions.ts'

const e2025 = getGuideline('noodsteunpunten', '2025.1')!
const e2026 = getGuideline('noodsteunpunten', '2026.1')!

describe('diffGuidelines', () => {
  it('matches the golden diff 2025.1 → 2026.1', async () => {
    await expect(JSON.stringify(diffGuidelines(e2025, e2026), null, 2) + '\n').toMatchFileSnapshot(
      '../test/golden/noodsteunpunten-2025.1-2026.1.diff.json.snap',
    )
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
