import type { Assessment, Point, Region } from '../region/schema.ts'
import type { CalendarDate } from '../shared/date.ts'
import { InvalidArgumentError, NotFoundError } from '../shared/errors.ts'
import { municipalityReadiness, regionSummary, tallyMunicipality, type Tally } from './aggregate.ts'
import { FloatColumn, IntColumn } from './columns.ts'
import { assemble, unlistedMunicipality } from './compute.ts'
import { createContext, type ReadinessContext } from './context.ts'
import { applyEvidenceToSlot, indexEvidence } from './evidence.ts'
import { scorePoint, type ScoredPoint } from './point.ts'
import type { Ruleset } from './ruleset.ts'
import { createSelection, dateKey, recordFields, resultCode, type Selection } from './selection.ts'
import type { PointReadiness, ReadinessOptions, RegionReadiness } from './types.ts'

/**
 * Readiness that stays current while a user edits assessments or points, for the dashboard.
 * Building it indexes the assessments once (per point × requirement, with their dates and
 * results copied into typed arrays). After that an edit re-scores only the point it touches
 * and re-aggregates its municipality and the region, and a new `asOf` re-selects from the
 * index without visiting the assessment objects. Every result equals `computeReadiness` on
 * the edited region at that date, and a result handed out earlier never changes.
 */
export interface ReadinessEngine {
  /** The current report. A new object after every change; unchanged parts are shared. */
  readonly result: RegionReadiness
  /** The current readiness of one point. */
  point(id: string): PointReadiness | undefined
  /** Replaces the assessment at `index` of the region's `assessments`. */
  setAssessment(index: number, assessment: Assessment): RegionReadiness
  /** Appends an assessment (it is the latest in the file). */
  addAssessment(assessment: Assessment): RegionReadiness
  /** Removes the assessment at `index`; later ones move up, as with `Array.prototype.splice`. */
  removeAssessment(index: number): RegionReadiness
  /** Replaces the point with the same id (status, tier, kind, municipality…). */
  setPoint(point: Point): RegionReadiness
  /** Judges everything again on another date (a date picker, a timeline). */
  setAsOf(asOf: CalendarDate): RegionReadiness
  /** The region with every edit applied. */
  toRegion(): Region
}

export function createReadinessEngine(
  region: Region,
  ruleset: Ruleset,
  options: ReadinessOptions,
): ReadinessEngine {
  let ctx: ReadinessContext = createContext(region, ruleset, options)
  const R = ctx.requirements.length
  const points = [...region.points]
  const slots = points.length * R
  const pointIndex = new Map<string, number>()
  points.forEach((p, i) => pointIndex.set(p.id, i))
  const municipalityIndex = new Map<string, number>()
  region.municipalities.forEach((m, i) => municipalityIndex.set(m.code, i))

  // The item store is append-only, so an index into it stays valid for every report handed
  // out (their requirement lists are built on first read). An edit stores a new item; its
  // `order` (position in the file, for ties on equal dates) is that of the line it replaces.
  const n = region.assessments.length
  const items: Assessment[] = []
  const order = new IntColumn(n)
  const slotOf = new IntColumn(n)
  const next = new IntColumn(n)
  const keyOf = new IntColumn(n)
  const resultOf = new IntColumn(n)
  const valueOf = new FloatColumn(n)
  /** Position in the file → item id. */
  const positions: number[] = []
  let nextOrder = 0
  const head = new Int32Array(slots).fill(-1)
  let selection: Selection = createSelection(slots)
  // Agreements that show a requirement is met on asOf (readiness/evidence.ts).
  let evidence = indexEvidence(ctx, pointIndex, region.agreements)
  if (evidence) selection.evidence = evidence.records

  const slotFor = (a: Assessment): number => {
    const i = pointIndex.get(a.point)
    const k = ctx.requirementIndex.get(a.requirement)
    return i === undefined || k === undefined ? -1 : i * R + k
  }
  /** Stores a new item and links it into its slot's chain. */
  const store = (a: Assessment, itemOrder: number): number => {
    const id = items.length
    items.push(a)
    order.push(itemOrder)
    keyOf.push(dateKey(a.date))
    resultOf.push(resultCode(a.result))
    valueOf.push(a.value ?? NaN)
    const slot = slotFor(a)
    slotOf.push(slot)
    next.push(slot >= 0 ? head[slot]! : -1)
    if (slot >= 0) head[slot] = id
    return id
  }
  const unlink = (id: number) => {
    const slot = slotOf.data[id]!
    if (slot < 0) return
    const nx = next.data
    if (head[slot] === id) head[slot] = nx[id]!
    else {
      let cur = head[slot]!
      while (cur >= 0 && nx[cur] !== id) cur = nx[cur]!
      if (cur >= 0) nx[cur] = nx[id]!
    }
    slotOf.data[id] = -1
    nx[id] = -1
  }
  /** The latest item on or before asOf; on equal dates the one later in the file. */
  const refreshBest = (target: Selection, slot: number) => {
    const asOfKey = ctx.asOfKey
    const keys = keyOf.data
    const orders = order.data
    const nx = next.data
    let chosen = -1
    let chosenKey = -1
    for (let id = head[slot]!; id >= 0; id = nx[id]!) {
      const key = keys[id]!
      if (
        key <= asOfKey &&
        (key > chosenKey || (key === chosenKey && orders[id]! > orders[chosen]!))
      ) {
        chosen = id
        chosenKey = key
      }
    }
    if (chosen < 0) target.index[slot] = -1
    else
      recordFields(target, slot, chosen, chosenKey, resultOf.data[chosen]!, valueOf.data[chosen]!)
    if (evidence) applyEvidenceToSlot(ctx, evidence, target, slot)
  }

  // Initial load: ids are assigned grouped by slot (a counting sort), so that walking a slot's
  // chain reads neighbouring memory when every slot is re-selected (setAsOf).
  {
    const slotOfLine = new Int32Array(n)
    const counts = new Int32Array(slots + 1)
    region.assessments.forEach((a, j) => {
      const slot = slotFor(a)
      slotOfLine[j] = slot
      counts[slot < 0 ? slots : slot]!++
    })
    const cursor = new Int32Array(slots + 1)
    for (let slot = 1; slot <= slots; slot++) cursor[slot] = cursor[slot - 1]! + counts[slot - 1]!
    const idOfLine = new Int32Array(n)
    for (let j = 0; j < n; j++) {
      const slot = slotOfLine[j]!
      idOfLine[j] = cursor[slot < 0 ? slots : slot]!++
    }
    const byId = new Array<Assessment>(n)
    for (let j = 0; j < n; j++) byId[idOfLine[j]!] = region.assessments[j]!
    const lineOfId = new Int32Array(n)
    for (let j = 0; j < n; j++) lineOfId[idOfLine[j]!] = j
    for (let id = 0; id < n; id++) {
      const a = byId[id]!
      items.push(a)
      order.push(lineOfId[id]!)
      keyOf.push(dateKey(a.date))
      resultOf.push(resultCode(a.result))
      valueOf.push(a.value ?? NaN)
      const slot = slotOfLine[lineOfId[id]!]!
      slotOf.push(slot)
      next.push(-1)
      if (slot >= 0) {
        if (head[slot]! >= 0) next.data[id] = head[slot]!
        head[slot] = id
      }
    }
    for (let j = 0; j < n; j++) positions.push(idOfLine[j]!)
    nextOrder = n
  }
  for (let slot = 0; slot < slots; slot++) refreshBest(selection, slot)

  const codes = new Uint8Array(slots)
  const score = (i: number) => scorePoint(ctx, points[i]!, selection, i * R, items, codes)
  const members: number[][] = region.municipalities.map(() => [])
  points.forEach((p, i) => {
    const m = municipalityIndex.get(p.municipality)
    if (m === undefined) throw unlistedMunicipality(p)
    members[m]!.push(i)
  })
  let scored: ScoredPoint[] = []
  let tallies: Tally[] = []
  let result!: RegionReadiness
  const rebuild = (): RegionReadiness => {
    scored = points.map((_, i) => score(i))
    const built = assemble(ctx, region, scored, codes)
    tallies = built.tallies
    result = built.report
    return result
  }
  rebuild()

  /** Before a point's slots change: fix the requirement list of the report already handed out. */
  const freeze = (i: number) => void scored[i]!.readiness.requirements

  /** Re-scores the given points and re-aggregates the municipalities they are (or were) in. */
  const update = (
    pointIdxs: Iterable<number>,
    extraMunicipalities: Iterable<string> = [],
  ): RegionReadiness => {
    const pointResults = result.points.slice()
    const touched = new Set<number>()
    for (const i of pointIdxs) {
      scored[i] = score(i)
      pointResults[i] = scored[i].readiness
      const m = municipalityIndex.get(points[i]!.municipality)
      if (m !== undefined) touched.add(m)
    }
    for (const code of extraMunicipalities) {
      const m = municipalityIndex.get(code)
      if (m !== undefined) touched.add(m)
    }
    const municipalities = result.municipalities.slice()
    for (const m of touched) {
      const municipality = region.municipalities[m]!
      tallies[m] = tallyMunicipality(
        ctx,
        municipality,
        members[m]!.map((i) => scored[i]!),
        codes,
      )
      municipalities[m] = municipalityReadiness(ctx, municipality, tallies[m]!)
    }
    result = {
      ...result,
      region: regionSummary(ctx, region, municipalities, tallies),
      municipalities,
      points: pointResults,
    }
    return result
  }

  const checkIndex = (index: number, allowEnd = false) => {
    const max = allowEnd ? positions.length : positions.length - 1
    if (!Number.isInteger(index) || index < 0 || index > max) {
      throw new InvalidArgumentError(
        `No assessment at index ${index} (there are ${positions.length})`,
      )
    }
  }

  /** Replaces item `oldId` (or nothing) by `assessment` (or nothing) and re-scores what it touches. */
  const change = (
    oldId: number | undefined,
    assessment: Assessment | undefined,
    itemOrder: number,
  ): number | undefined => {
    const oldSlot = oldId === undefined ? -1 : slotOf.data[oldId]!
    const newSlot = assessment ? slotFor(assessment) : -1
    const affected = new Set<number>()
    for (const slot of [oldSlot, newSlot]) if (slot >= 0) affected.add(Math.floor(slot / R))
    for (const i of affected) freeze(i)
    if (oldId !== undefined) unlink(oldId)
    const newId = assessment ? store(assessment, itemOrder) : undefined
    for (const slot of new Set([oldSlot, newSlot])) if (slot >= 0) refreshBest(selection, slot)
    if (affected.size > 0) update(affected)
    return newId
  }

  return {
    get result() {
      return result
    },
    point(id) {
      const i = pointIndex.get(id)
      return i === undefined ? undefined : result.points[i]
    },
    setAssessment(index, assessment) {
      checkIndex(index, true)
      if (index === positions.length) return this.addAssessment(assessment)
      const oldId = positions[index]!
      positions[index] = change(oldId, assessment, order.data[oldId]!)!
      return result
    },
    addAssessment(assessment) {
      positions.push(change(undefined, assessment, nextOrder++)!)
      return result
    },
    removeAssessment(index) {
      checkIndex(index)
      const [id] = positions.splice(index, 1)
      change(id!, undefined, 0)
      return result
    },
    setPoint(point) {
      const i = pointIndex.get(point.id)
      if (i === undefined) throw new NotFoundError(`No point with id ${JSON.stringify(point.id)}`)
      const before = points[i]!.municipality
      if (before !== point.municipality) {
        const to = municipalityIndex.get(point.municipality)
        if (to === undefined) throw unlistedMunicipality(point)
        // Every point's municipality is listed: the engine refused the region otherwise (above).
        const from = municipalityIndex.get(before)!
        members[from] = members[from]!.filter((x) => x !== i)
        members[to] = [...members[to]!, i].sort((a, b) => a - b)
      }
      freeze(i)
      points[i] = point
      return update([i], [before])
    },
    setAsOf(asOf) {
      const { applicable, tags } = ctx
      ctx = { ...createContext(region, ruleset, { ...options, asOf }), applicable, tags }
      evidence = indexEvidence(ctx, pointIndex, region.agreements)
      // A fresh selection: reports handed out earlier keep reading the old one.
      selection = createSelection(slots)
      if (evidence) selection.evidence = evidence.records
      for (let slot = 0; slot < slots; slot++) refreshBest(selection, slot)
      return rebuild()
    },
    toRegion() {
      return { ...region, points: [...points], assessments: positions.map((id) => items[id]!) }
    },
  }
}
