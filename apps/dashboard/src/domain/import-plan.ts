import {
  mergeRegionCsv,
  type Assessment,
  type Issue,
  type Lang,
  type ParseRegionOptions,
  type Point,
  type Region,
  type Result,
} from '@weerbaar/core'

/** What an import changes, to show before anything is replaced. */
export interface RegionDiff {
  points: { added: Point[]; changed: Point[]; removed: Point[] }
  assessments: { added: number; changed: number; removed: number }
}

const assessmentKey = (a: Assessment) => `${a.point}\u0000${a.requirement}\u0000${a.date}`
// Field order differs between sources (a file, the form); compare the fields, not the text.
const sameAssessment = (a: Assessment, b: Assessment) =>
  a.result === b.result &&
  a.value === b.value &&
  (a.note ?? '') === (b.note ?? '') &&
  (a.assessor ?? '') === (b.assessor ?? '')
const samePoint = (a: Point, b: Point) =>
  JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort()) &&
  a.location.lat === b.location.lat &&
  a.location.lon === b.location.lon

/**
 * Points added, changed and removed (by id), and assessments added, changed and removed. An
 * assessment is one check of one requirement at one point on one day: the same key with other
 * content counts as changed.
 */
export function diffRegions(
  before: Pick<Region, 'points' | 'assessments'> | null,
  after: Pick<Region, 'points' | 'assessments'>,
): RegionDiff {
  const old = new Map((before?.points ?? []).map((p) => [p.id, p]))
  const now = new Map(after.points.map((p) => [p.id, p]))
  const points: RegionDiff['points'] = { added: [], changed: [], removed: [] }
  for (const p of after.points) {
    const o = old.get(p.id)
    if (!o) points.added.push(p)
    else if (!samePoint(o, p)) points.changed.push(p)
  }
  for (const p of before?.points ?? []) if (!now.has(p.id)) points.removed.push(p)

  const group = (list: readonly Assessment[]) => {
    const m = new Map<string, Assessment[]>()
    for (const a of list) {
      const k = assessmentKey(a)
      const g = m.get(k)
      if (g) g.push(a)
      else m.set(k, [a])
    }
    return m
  }
  const was = group(before?.assessments ?? [])
  const is = group(after.assessments)
  const assessments = { added: 0, changed: 0, removed: 0 }
  for (const [k, list] of is) {
    const prev = [...(was.get(k) ?? [])]
    for (const a of list) {
      const same = prev.findIndex((b) => sameAssessment(a, b))
      if (same >= 0) prev.splice(same, 1)
      else if (prev.length > 0) {
        prev.shift()
        assessments.changed++
      } else assessments.added++
    }
    assessments.removed += prev.length
  }
  for (const [k, list] of was) if (!is.has(k)) assessments.removed += list.length
  return { points, assessments }
}

export const isEmptyDiff = (d: RegionDiff) =>
  d.points.added.length + d.points.changed.length + d.points.removed.length === 0 &&
  d.assessments.added + d.assessments.changed + d.assessments.removed === 0

export type CsvImportMode = 'replace' | 'merge'

export interface CsvImportPlan {
  next: Region
  diff: RegionDiff
  warnings: Issue[]
}

const mergeMessages = {
  other_municipality: {
    nl: 'Punt {id} ligt in {found}, niet in {wanted}: dit bestand is alleen voor {wanted}',
    en: 'Point {id} is in {found}, not in {wanted}: this file is for {wanted} only',
  },
  assessment_other_municipality: {
    nl: 'Beoordeling {n} in het bestand gaat over punt {id} in {found}, niet in {wanted}',
    en: 'Assessment {n} in the file is about point {id} in {found}, not in {wanted}',
  },
} satisfies Record<string, Record<Lang, string>>

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`))

/**
 * What importing CSV files would do, without doing it. `replace` puts the files' points and/or
 * assessments in place of the region's (core's `mergeRegionCsv`). `merge` adds new points and
 * updates those with the same id, and adds assessments not already recorded; nothing is
 * removed. With `municipality`, a merge takes only that municipality's points and assessments
 * and refuses a file that holds others. Every problem is reported in one round.
 */
export function planCsvImport(
  base: Region,
  files: { points?: string; assessments?: string },
  options: ParseRegionOptions & { mode: CsvImportMode; municipality?: string },
): Result<CsvImportPlan> {
  const lang = options.lang ?? 'nl'
  if (options.mode === 'replace') {
    const result = mergeRegionCsv(base, files, options)
    if (!result.ok) return result
    return {
      ok: true,
      value: {
        next: result.value,
        diff: diffRegions(base, result.value),
        warnings: result.warnings,
      },
      warnings: result.warnings,
    }
  }

  const names = new Map(base.municipalities.map((m) => [m.code, m.name]))
  const wanted = options.municipality
  const issues: Issue[] = []
  const warnings: Issue[] = []
  // The CSV files are read on their own against the region's municipalities: the network and the
  // action list refer to points the file may not hold, and is checked again with the merged region below.
  const { partners: _p, agreements: _a, staffing: _s, actions: _actions, ...header } = base
  let points = base.points
  if (files.points !== undefined) {
    // Read against the region's municipalities only: the points' own assessments stay as they are.
    const read = mergeRegionCsv({ ...header, assessments: [] }, { points: files.points }, options)
    if (!read.ok) issues.push(...read.issues)
    else {
      warnings.push(...read.warnings)
      const incoming = read.value.points
      if (wanted) {
        for (const p of incoming)
          if (p.municipality !== wanted)
            issues.push({
              severity: 'error',
              code: 'other_municipality',
              path: 'points',
              message: fill(mergeMessages.other_municipality[lang], {
                id: p.id,
                found: names.get(p.municipality) ?? p.municipality,
                wanted: names.get(wanted) ?? wanted,
              }),
            })
      }
      const byId = new Map(incoming.map((p) => [p.id, p]))
      points = [
        ...base.points.map((p) => byId.get(p.id) ?? p),
        ...incoming.filter((p) => !base.points.some((q) => q.id === p.id)),
      ]
    }
  }
  let assessments = base.assessments
  if (files.assessments !== undefined) {
    const read = mergeRegionCsv(
      { ...header, points, assessments: [] },
      { assessments: files.assessments },
      options,
    )
    if (!read.ok) issues.push(...read.issues)
    else {
      warnings.push(...read.warnings)
      const pointsById = new Map(points.map((p) => [p.id, p]))
      if (wanted) {
        read.value.assessments.forEach((a, i) => {
          const found = pointsById.get(a.point)?.municipality
          if (found !== wanted)
            issues.push({
              severity: 'error',
              code: 'other_municipality',
              path: `assessments[${i}]`,
              message: fill(mergeMessages.assessment_other_municipality[lang], {
                n: i + 1,
                id: a.point,
                found: (found && names.get(found)) ?? found ?? '?',
                wanted: names.get(wanted) ?? wanted,
              }),
            })
        })
      }
      const known = new Map<string, Assessment[]>()
      for (const a of base.assessments) {
        const k = assessmentKey(a)
        known.set(k, [...(known.get(k) ?? []), a])
      }
      const fresh = read.value.assessments.filter(
        (a) => !(known.get(assessmentKey(a)) ?? []).some((b) => sameAssessment(a, b)),
      )
      assessments = [...base.assessments, ...fresh]
    }
  }
  if (issues.length > 0) return { ok: false, issues: [...issues, ...warnings] }
  const next: Region = { ...base, points, assessments }
  return { ok: true, value: { next, diff: diffRegions(base, next), warnings }, warnings }
}
