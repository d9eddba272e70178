import { pointsToCsv, assessmentsToCsv } from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { demoRegion } from '#/test/helpers.ts'
import { diffRegions, isEmptyDiff, planCsvImport } from './import-plan.ts'

const region = demoRegion()
const almere = region.municipalities.find((m) => m.name === 'Almere')!
const other = region.municipalities.find((m) => m.code !== almere.code)!

describe('diffRegions', () => {
  it('finds nothing between a region and itself', () => {
    expect(isEmptyDiff(diffRegions(region, structuredClone(region)))).toBe(true)
  })

  it('lists points added, changed and removed, and counts assessments', () => {
    const [first, second, ...rest] = region.points
    const next = {
      points: [{ ...first!, name: 'Nieuwe naam' }, ...rest, { ...second!, id: 'nieuw-punt' }],
      assessments: [
        { ...region.assessments[0]!, result: 'not_met' as const },
        ...region.assessments.slice(2),
        {
          point: 'nieuw-punt',
          requirement: 'info.board',
          date: '2026-11-01',
          result: 'met' as const,
        },
      ],
    }
    const diff = diffRegions(region, next)
    expect(diff.points.added.map((p) => p.id)).toEqual(['nieuw-punt'])
    expect(diff.points.changed.map((p) => p.id)).toEqual([first!.id])
    expect(diff.points.removed.map((p) => p.id)).toEqual([second!.id])
    expect(diff.assessments).toEqual({ added: 1, changed: 1, removed: 1 })
  })
})

describe('planCsvImport', () => {
  const almerePoints = region.points.filter((p) => p.municipality === almere.code)

  it("merges one municipality's points: updates and adds, leaves the other municipalities and nothing removed", () => {
    const edited = almerePoints.slice(1).map((p, i) => (i === 0 ? { ...p, capacity: 999 } : p))
    const added = { ...almerePoints[0]!, id: 'almere-nieuw', name: 'Nieuw in Almere' }
    const csv = pointsToCsv([...edited, added])
    const plan = planCsvImport(
      region,
      { points: csv },
      {
        mode: 'merge',
        municipality: almere.code,
        catalog,
      },
    )
    expect(plan.ok).toBe(true)
    if (!plan.ok) return
    expect(plan.value.diff.points.added.map((p) => p.id)).toEqual(['almere-nieuw'])
    expect(plan.value.diff.points.changed.map((p) => p.id)).toEqual([edited[0]!.id])
    expect(plan.value.diff.points.removed).toEqual([])
    expect(plan.value.next.points).toHaveLength(region.points.length + 1)
    expect(plan.value.next.assessments).toBe(region.assessments)
  })

  it("refuses a municipality's merge that holds another municipality's point, with every problem at once", () => {
    const stray = region.points.find((p) => p.municipality === other.code)!
    const csv =
      pointsToCsv([almerePoints[0]!, stray]) +
      'kapot;Kapot;Almere;lokaal punt;school;actief;noord;5,2;;;ja;;\r\n'
    const plan = planCsvImport(
      region,
      { points: csv },
      {
        mode: 'merge',
        municipality: almere.code,
        catalog,
      },
    )
    expect(plan.ok).toBe(false)
    if (plan.ok) return
    expect(plan.issues.map((i) => i.code)).toContain('invalid_number')
    // The reader rejected a row: the municipality check waits for a readable file.
    const onlyStray = planCsvImport(
      region,
      { points: pointsToCsv([stray]) },
      {
        mode: 'merge',
        municipality: almere.code,
        catalog,
      },
    )
    expect(!onlyStray.ok && onlyStray.issues.map((i) => i.message)).toEqual([
      `Punt ${stray.id} ligt in ${other.name}, niet in Almere: dit bestand is alleen voor Almere`,
    ])
  })

  it('merges assessments: adds what is new, skips what is already recorded', () => {
    const ids = new Set(almerePoints.map((p) => p.id))
    const known = region.assessments.find((a) => ids.has(a.point))!
    const fresh = {
      point: known.point,
      requirement: known.requirement,
      date: '2026-11-30',
      result: 'met' as const,
    }
    const csv = assessmentsToCsv([known, fresh])
    const plan = planCsvImport(region, { assessments: csv }, { mode: 'merge', catalog })
    expect(plan.ok && plan.value.diff.assessments).toEqual({ added: 1, changed: 0, removed: 0 })
    expect(plan.ok && plan.value.next.assessments.at(-1)).toEqual(fresh)
  })

  it('replace shows what goes: every assessment not in the file', () => {
    const csv = assessmentsToCsv(region.assessments.slice(0, 10))
    const plan = planCsvImport(region, { assessments: csv }, { mode: 'replace', catalog })
    expect(plan.ok && plan.value.diff.assessments).toEqual({
      added: 0,
      changed: 0,
      removed: region.assessments.length - 10,
    })
  })
})
