import fc from 'fast-check'
import type { Assessment, Point, Region } from '@weerbaar/core'
import { describe, expect, it } from 'vitest'
import { demoRegion } from '#/test/helpers.ts'
import {
  applyOperations,
  assessmentKey,
  diffRegions,
  type NewOperation,
  type Operation,
} from './operations.ts'

const withIds = (ops: NewOperation[]): Operation[] =>
  ops.map((op, i) => ({ ...op, id: `op-${i}`, at: '2026-12-03T10:00:00.000Z' }) as Operation)

const sortedAssessments = (r: Region) => r.assessments.map(assessmentKey).sort()

/** Random edits of the demo region: what a user (or the dashboard engineer's code) might do. */
function editArbitrary(base: Region) {
  const pointIds = base.points.map((p) => p.id)
  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('add' as const),
      point: fc.constantFrom(...pointIds),
      note: fc.string({ maxLength: 5 }),
    }),
    fc.record({ kind: fc.constant('remove' as const), index: fc.nat() }),
    fc.record({
      kind: fc.constant('rename' as const),
      point: fc.constantFrom(...pointIds),
      name: fc.string({ minLength: 1, maxLength: 8 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), point: fc.constantFrom(...pointIds) }),
    fc.record({ kind: fc.constant('norms' as const), n: fc.integer({ min: 100, max: 9000 }) }),
  )
  return fc.array(edit, { maxLength: 8 })
}

type Edit =
  | { kind: 'add'; point: string; note: string }
  | { kind: 'remove'; index: number }
  | { kind: 'rename'; point: string; name: string }
  | { kind: 'delete'; point: string }
  | { kind: 'norms'; n: number }

function applyEdit(region: Region, edit: Edit): Region {
  switch (edit.kind) {
    case 'add': {
      const a: Assessment = {
        point: edit.point,
        requirement: 'info.board',
        date: '2026-11-01',
        result: 'met',
        value: undefined,
        note: edit.note,
        assessor: undefined,
      }
      return { ...region, assessments: [...region.assessments, a] }
    }
    case 'remove':
      if (region.assessments.length === 0) return region
      return {
        ...region,
        assessments: region.assessments.filter(
          (_, i) => i !== edit.index % region.assessments.length,
        ),
      }
    case 'rename':
      return {
        ...region,
        points: region.points.map(
          (p): Point => (p.id === edit.point ? { ...p, name: edit.name } : p),
        ),
      }
    case 'delete':
      return { ...region, points: region.points.filter((p) => p.id !== edit.point) }
    case 'norms':
      return { ...region, norms: { ...region.norms, inhabitantsPerPoint: edit.n } }
  }
}

describe('diffRegions and applyOperations', () => {
  const base = demoRegion()

  it('turns an added assessment into one operation, not a copy of the region', () => {
    const a = { ...base.assessments[0]!, note: 'nieuw' }
    const ops = diffRegions(base, { ...base, assessments: [...base.assessments, a] })
    expect(ops).toEqual([{ kind: 'assessment.add', assessment: a }])
  })

  it('applying the diff of any edit gives the edited region (assessments as a multiset)', () => {
    fc.assert(
      fc.property(editArbitrary(base), (edits) => {
        const next = (edits as Edit[]).reduce(applyEdit, base)
        const replayed = applyOperations(base, withIds(diffRegions(base, next)))
        expect({ ...replayed, assessments: [] }).toEqual({ ...next, assessments: [] })
        expect(sortedAssessments(replayed)).toEqual(sortedAssessments(next))
      }),
      { numRuns: 60 },
    )
  })

  it('two tabs editing the same stored region: applying both diffs keeps both changes', () => {
    fc.assert(
      fc.property(editArbitrary(base), editArbitrary(base), (left, right) => {
        const a = (left as Edit[]).filter((e) => e.kind === 'add').reduce(applyEdit, base)
        const b = (right as Edit[]).filter((e) => e.kind === 'add').reduce(applyEdit, base)
        // Whichever tab's transaction comes first, the stored region has both tabs' assessments.
        const ab = applyOperations(
          applyOperations(base, withIds(diffRegions(base, a))),
          withIds(diffRegions(base, b)),
        )
        const ba = applyOperations(
          applyOperations(base, withIds(diffRegions(base, b))),
          withIds(diffRegions(base, a)),
        )
        expect(sortedAssessments(ab)).toEqual(sortedAssessments(ba))
        expect(ab.assessments.length).toBe(
          a.assessments.length + b.assessments.length - base.assessments.length,
        )
      }),
      { numRuns: 40 },
    )
  })

  it('a removal or deletion that is already done changes nothing', () => {
    const gone = base.points[0]!
    const ops = withIds([{ kind: 'point.delete', pointId: gone.id, before: gone }])
    const once = applyOperations(base, ops)
    expect(applyOperations(once, ops)).toBe(once)
    const first = base.assessments[0]!
    const removeAll = withIds(
      base.assessments
        .filter((a) => assessmentKey(a) === assessmentKey(first))
        .map((a) => ({ kind: 'assessment.remove', assessment: a }) as NewOperation),
    )
    const without = applyOperations(base, removeAll)
    expect(applyOperations(without, removeAll)).toBe(without)
  })

  it('sees a change of every part of the region, also parts added later (the network)', () => {
    const base = demoRegion()
    const partner = { id: 'rode-kruis', name: 'Rode Kruis', kind: 'ngo' }
    const next = { ...base, partners: [partner] } as unknown as Region
    const ops = diffRegions(base, next)
    expect(ops).toEqual([
      { kind: 'region.set', key: 'partners', value: [partner], before: base.partners },
    ])
    expect(applyOperations(base, withIds(ops))).toEqual(next)
    const { partners: _gone, ...without } = next
    const back = diffRegions(next, without as Region)
    expect(applyOperations(next, withIds(back))).toEqual(without)
  })
})

describe('action list operations', () => {
  it('stores each added, changed or removed action as its own operation, by id', () => {
    const base = demoRegion()
    const point = base.points[0]!.id
    const a = {
      id: 'actie-a',
      point,
      requirement: 'power.backup',
      description: 'Aggregaat',
      owner: 'Team OOV',
      due: '2027-01-01',
      status: 'open' as const,
    }
    const withA = { ...base, actions: [a, { ...a, id: 'actie-b' }] }
    const added = diffRegions(base, withA)
    expect(added.map((op) => op.kind)).toEqual(['action.put', 'action.put'])
    expect(applyOperations(base, withIds(added)).actions).toEqual(withA.actions)

    const changed = { ...withA, actions: [{ ...a, status: 'done' as const }] }
    const ops = diffRegions(withA, changed)
    expect(ops.map((op) => op.kind)).toEqual(['action.put', 'action.delete'])
    expect(applyOperations(withA, withIds(ops)).actions).toEqual(changed.actions)
    // Applying again changes nothing more: the same operations in every tab give the same list.
    const twice = applyOperations(applyOperations(withA, withIds(ops)), withIds(ops))
    expect(twice.actions).toEqual(changed.actions)
  })
})
