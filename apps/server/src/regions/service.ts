import {
  checkPointRemoval,
  parseAssessmentAt,
  parsePointAt,
  parseRegion,
  regionEntityContext,
  type Issue,
  type Lang,
  type Region,
  type RegionEntityContext,
} from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'
import { canonicalJson } from '../audit/chain.ts'
import {
  assembleRegion,
  splitRegion,
  type CollectionKey,
  type StoredEntity,
} from '../storage/region-document.ts'
import { findEntity, indexOfEntity } from '../storage/entity-index.ts'
import type { EntityChange, RegionState, WritePlan } from '../storage/storage.ts'

/**
 * What a write to a region means, decided on the current state. A stored region is always one
 * `weerbaar validate` accepts: a whole region (`PUT /regions/{code}`, imports) is validated by
 * core's `parseRegion` with the national catalog; a write of one point or assessment by core's
 * single-entity checks (`parsePointAt`, `parseAssessmentAt`, `checkPointRemoval`), which give the
 * same verdict and errors as `parseRegion` on the region with the change, at a cost that does
 * not grow with the region. No domain rule here; core decides what valid is.
 */

export function regionDocument(state: RegionState): Region {
  const collections = {} as Record<CollectionKey, unknown[]>
  for (const key of Object.keys(state.collections) as CollectionKey[])
    collections[key] = state.collections[key].map((e) => e.doc)
  return assembleRegion(state.header, collections)
}

function issue(path: string, code: string, message: string): Issue {
  return { severity: 'error', code, path, message }
}

const texts = {
  idMismatch: {
    nl: (id: string) => `Het id in de inhoud moet gelijk zijn aan het id in het adres (${id})`,
    en: (id: string) => `The id in the body must equal the id in the address (${id})`,
  },
  codeMismatch: {
    nl: (code: string) => `De regiocode moet gelijk zijn aan de code in het adres (${code})`,
    en: (code: string) => `The region code must equal the code in the address (${code})`,
  },
  stale: {
    nl: 'Het punt is intussen gewijzigd: haal het opnieuw op (If-Match klopt niet)',
    en: 'The point was changed in the meantime: fetch it again (If-Match does not match)',
  },
  staleRegion: {
    nl: 'De regio is intussen gewijzigd: haal haar opnieuw op (If-Match klopt niet)',
    en: 'The region was changed in the meantime: fetch it again (If-Match does not match)',
  },
  exists: {
    nl: 'Het punt bestaat al (If-None-Match: *)',
    en: 'The point already exists (If-None-Match: *)',
  },
  notAllowed: {
    nl: (code: string) => `U mag geen punten van gemeente ${code} wijzigen`,
    en: (code: string) => `You may not change points of municipality ${code}`,
  },
  idReused: {
    nl: (id: string) =>
      `Er is al een andere beoordeling met id ${id}; een correctie is een nieuwe beoordeling met een nieuw id`,
    en: (id: string) =>
      `Another assessment with id ${id} exists; a correction is a new assessment with a new id`,
  },
  noRegion: {
    nl: 'Deze regio bestaat niet',
    en: 'This region does not exist',
  },
}

/** Keeps the errors and warnings of a validation that failed; warnings alone never block. */
function rejected(status: number, issues: Issue[], title?: string) {
  return { ok: false as const, status, issues, ...(title ? { title } : {}) }
}

/**
 * Issues about the entity at `points[index]` are given relative to the request body (the
 * point itself); issues elsewhere in the region keep their region path.
 */
function relativeTo(issues: Issue[], key: CollectionKey, index: number): Issue[] {
  const prefix = `${key}[${index}]`
  return issues.map((i) => {
    if (i.path === prefix) return { ...i, path: '' }
    if (i.path.startsWith(`${prefix}.`)) return { ...i, path: i.path.slice(prefix.length + 1) }
    if (i.path.startsWith(`${prefix}[`)) return { ...i, path: i.path.slice(prefix.length) }
    return i
  })
}

function validate(candidate: unknown, lang: Lang) {
  return parseRegion(candidate, { catalog, lang })
}

/**
 * The single-entity context of a region state, kept while its header and points are the same
 * objects: the storage layer keeps untouched collections, so a run of assessment writes makes
 * it once.
 */
const contexts = new WeakMap<
  readonly StoredEntity[],
  { header: RegionState['header']; length: number; context: RegionEntityContext }
>()

export function entityContext(state: RegionState): RegionEntityContext {
  const points = state.collections.points
  const known = contexts.get(points)
  // Within a write batch a list may grow in place (see applyChanges): the length tells.
  if (known && known.header === state.header && known.length === points.length) return known.context
  const context = regionEntityContext(
    state.header,
    points.map((e) => e.id),
    { catalog },
  )
  contexts.set(points, { header: state.header, length: points.length, context })
  return context
}

/** `PUT /regions/{code}`: the whole document, replaced after full validation. */
export function planReplaceRegion(
  state: RegionState | undefined,
  code: string,
  input: unknown,
  options: { lang: Lang; ifMatch?: string | undefined; newAssessmentId: () => string },
): WritePlan<{ region: Region }> {
  if (options.ifMatch !== undefined && options.ifMatch !== etagOf(state?.lastSeq ?? 0))
    return rejected(412, [issue('', 'stale', texts.staleRegion[options.lang])])
  const parsed = validate(input, options.lang)
  if (!parsed.ok) return rejected(422, parsed.issues)
  const region = parsed.value
  if (region.region.code !== code)
    return rejected(422, [
      issue('region.code', 'code_mismatch', texts.codeMismatch[options.lang](code)),
    ])
  const { header, collections } = splitRegion(region)
  const changes: EntityChange[] = []
  if (!state || canonicalJson(state.header) !== canonicalJson(header))
    changes.push({ kind: 'region', id: code, op: 'put', doc: header })

  // Points by id: changed or new ones are put, missing ones deleted.
  const oldPoints = new Map((state?.collections.points ?? []).map((e) => [e.id, e]))
  const newPointIds = new Set<string>()
  for (const point of collections.points as Region['points']) {
    newPointIds.add(point.id)
    const old = oldPoints.get(point.id)
    if (!old || canonicalJson(old.doc) !== canonicalJson(point))
      changes.push({ kind: 'point', id: point.id, op: 'put', doc: point })
  }
  // Assessments have no id in the file: one equal to a stored one keeps that one's id.
  const unmatched = new Map<string, StoredEntity[]>()
  for (const e of state?.collections.assessments ?? []) {
    const key = canonicalJson(e.doc)
    const list = unmatched.get(key) ?? []
    list.push(e)
    unmatched.set(key, list)
  }
  const added: EntityChange[] = []
  for (const assessment of collections.assessments) {
    const list = unmatched.get(canonicalJson(assessment))
    if (list && list.length > 0) list.shift()
    else
      added.push({ kind: 'assessment', id: options.newAssessmentId(), op: 'put', doc: assessment })
  }
  for (const list of unmatched.values())
    for (const e of list) changes.push({ kind: 'assessment', id: e.id, op: 'delete' })
  for (const id of oldPoints.keys())
    if (!newPointIds.has(id)) changes.push({ kind: 'point', id, op: 'delete' })
  changes.push(...added)
  return { ok: true, changes, result: { region } }
}

export function etagOf(revision: number): string {
  return `"${revision}"`
}

/** Whether `If-Match` (a list of ETags or `*`) allows a change of an entity at `revision`. */
export function ifMatchAllows(ifMatch: string | undefined, revision: number | undefined): boolean {
  if (ifMatch === undefined) return true
  const tags = ifMatch.split(',').map((t) => t.trim().replace(/^W\//, ''))
  if (tags.includes('*')) return revision !== undefined
  return revision !== undefined && tags.includes(etagOf(revision))
}

/** Whether `If-None-Match` (a list of ETags or `*`) names the current `etag`: then 304. */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false
  const tags = ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, ''))
  return tags.includes('*') || tags.includes(etag)
}

export interface PointWriteOptions {
  lang: Lang
  ifMatch?: string | undefined
  ifNoneMatch?: string | undefined
  /** Whether the user may change points of this municipality (editors: only their own). */
  mayEdit: (municipality: string) => boolean
}

type Forbidden = { ok: false; status: 403; issues: Issue[] }

function forbidden(lang: Lang, municipality: string): Forbidden {
  return {
    ok: false,
    status: 403,
    issues: [issue('municipality', 'forbidden', texts.notAllowed[lang](municipality))],
  }
}

/** `PUT /regions/{code}/points/{id}`: creates or replaces one point. */
export function planPutPoint(
  state: RegionState | undefined,
  id: string,
  body: unknown,
  options: PointWriteOptions,
): WritePlan<{ point: Region['points'][number]; created: boolean; revision?: number }> {
  if (!state) return rejected(404, [issue('', 'not_found', texts.noRegion[options.lang])])
  const points = state.collections.points
  const index = indexOfEntity(points, id)
  const existing = index >= 0 ? points[index] : undefined
  if (options.ifNoneMatch?.trim() === '*' && existing)
    return rejected(412, [issue('', 'exists', texts.exists[options.lang])])
  if (!ifMatchAllows(options.ifMatch, existing?.revision))
    return rejected(412, [issue('', 'stale', texts.stale[options.lang])])
  const input =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? { id, ...(body as Record<string, unknown>) }
      : body
  if (typeof input === 'object' && input !== null && (input as { id?: unknown }).id !== id)
    return rejected(422, [issue('id', 'id_mismatch', texts.idMismatch[options.lang](id))])
  const oldMunicipality = (existing?.doc as { municipality?: string } | undefined)?.municipality
  if (oldMunicipality !== undefined && !options.mayEdit(oldMunicipality))
    return forbidden(options.lang, oldMunicipality)
  const newMunicipality = (input as { municipality?: unknown } | null)?.municipality
  if (typeof newMunicipality === 'string' && !options.mayEdit(newMunicipality))
    return forbidden(options.lang, newMunicipality)

  const at = existing ? index : points.length
  const parsed = parsePointAt(input, at, entityContext(state), { lang: options.lang })
  if (!parsed.ok) return rejected(422, relativeTo(parsed.issues, 'points', at))
  const point = parsed.value
  if (existing && canonicalJson(existing.doc) === canonicalJson(point))
    return { ok: true, changes: [], result: { point, created: false, revision: existing.revision } }
  return {
    ok: true,
    changes: [{ kind: 'point', id, op: 'put', doc: point }],
    result: { point, created: !existing },
  }
}

/** `DELETE /regions/{code}/points/{id}`: the point and its assessments go. */
export function planDeletePoint(
  state: RegionState | undefined,
  id: string,
  options: PointWriteOptions,
): WritePlan<{ deletedAssessments: number }> | undefined {
  if (!state) return undefined
  const existing = state.collections.points.find((e) => e.id === id)
  if (!existing) return undefined
  if (!ifMatchAllows(options.ifMatch, existing.revision))
    return rejected(412, [issue('', 'stale', texts.stale[options.lang])])
  const municipality = (existing.doc as { municipality: string }).municipality
  if (!options.mayEdit(municipality)) return forbidden(options.lang, municipality)
  const assessments = state.collections.assessments.filter(
    (e) => (e.doc as { point: string }).point === id,
  )
  const removal = checkPointRemoval(id, entityContext(state), { lang: options.lang })
  if (removal.length > 0) return rejected(422, removal)
  return {
    ok: true,
    changes: [
      ...assessments.map((e) => ({ kind: 'assessment' as const, id: e.id, op: 'delete' as const })),
      { kind: 'point', id, op: 'delete' },
    ],
    result: { deletedAssessments: assessments.length },
  }
}

export interface AssessmentWriteOptions {
  lang: Lang
  mayEdit: (municipality: string) => boolean
  newId: () => string
}

/**
 * `POST /regions/{code}/assessments`: a new assessment. The same client-chosen id with the same
 * content is a retry and stores nothing new; the same id with other content is refused.
 */
export function planAddAssessment(
  state: RegionState | undefined,
  body: unknown,
  options: AssessmentWriteOptions,
): WritePlan<{ id: string; assessment: Region['assessments'][number]; replayed: boolean }> {
  if (!state) return rejected(404, [issue('', 'not_found', texts.noRegion[options.lang])])
  const { id: rawId, ...input } =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : ({} as Record<string, unknown>)
  const id = typeof rawId === 'string' ? rawId : options.newId()
  const point =
    typeof input.point === 'string' ? findEntity(state.collections.points, input.point) : undefined
  const municipality = (point?.doc as { municipality?: string } | undefined)?.municipality
  if (municipality !== undefined && !options.mayEdit(municipality))
    return forbidden(options.lang, municipality)

  const at = state.collections.assessments.length
  const parsed = parseAssessmentAt(
    typeof body === 'object' ? input : body,
    at,
    entityContext(state),
    { lang: options.lang },
  )
  if (!parsed.ok) return rejected(422, relativeTo(parsed.issues, 'assessments', at))
  const assessment = parsed.value
  const existing = findEntity(state.collections.assessments, id)
  if (existing) {
    if (canonicalJson(existing.doc) === canonicalJson(assessment))
      return { ok: true, changes: [], result: { id, assessment, replayed: true } }
    return rejected(409, [issue('id', 'id_reused', texts.idReused[options.lang](id))])
  }
  return {
    ok: true,
    changes: [{ kind: 'assessment', id, op: 'put', doc: JSON.parse(JSON.stringify(assessment)) }],
    result: { id, assessment, replayed: false },
  }
}

/** `DELETE /regions/{code}/assessments/{id}`: the removal is recorded as a change of its own. */
export function planDeleteAssessment(
  state: RegionState | undefined,
  id: string,
  options: { lang: Lang; mayEdit: (municipality: string) => boolean },
): WritePlan<Record<string, never>> | undefined {
  const existing = state?.collections.assessments.find((e) => e.id === id)
  if (!state || !existing) return undefined
  const point = state.collections.points.find(
    (e) => e.id === (existing.doc as { point: string }).point,
  )
  const municipality = (point?.doc as { municipality?: string } | undefined)?.municipality
  if (municipality !== undefined && !options.mayEdit(municipality))
    return forbidden(options.lang, municipality)
  return { ok: true, changes: [{ kind: 'assessment', id, op: 'delete' }], result: {} }
}
