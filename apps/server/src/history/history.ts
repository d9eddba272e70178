import type { Lang } from '@weerbaar/core'

export type HistoryOp =
  | 'create'
  | 'update'
  | 'delete'
  | 'assessment-recorded'
  | 'assessment-removed'
  | 'import'

/** One audit entry about a point or an assessment of it, as stored. */
export interface PointAuditRow {
  seq: number
  at: string
  actorId: string | null
  actorEmail: string | null
  actorName: string | null
  via: string
  action: string
  entityKind: string
  entityId: string
  before: unknown
  after: unknown
}

export interface HistoryEntry {
  seq: number
  at: string
  actor: { name: string; email?: string }
  via: string
  op: HistoryOp
  /** The assessment's id, for entries about an assessment. */
  assessment?: string
  summary?: string
  before: unknown
  after: unknown
}

type Doc = Record<string, unknown>

const asDoc = (value: unknown): Doc | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : null

/** What happened to the point, in the history's words. */
export function historyOp(row: Pick<PointAuditRow, 'action' | 'via' | 'before'>): HistoryOp {
  const imported = row.via === 'import'
  switch (row.action) {
    case 'point.put':
      return imported ? 'import' : row.before == null ? 'create' : 'update'
    case 'point.delete':
      return 'delete'
    case 'assessment.put':
      return imported ? 'import' : 'assessment-recorded'
    default:
      return 'assessment-removed'
  }
}

/** The top-level fields that differ between two versions of a point, in the contract's order. */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = asDoc(before) ?? {}
  const b = asDoc(after) ?? {}
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
  return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
}

const words = {
  created: { nl: 'Aangemaakt', en: 'Created' },
  deleted: { nl: 'Verwijderd', en: 'Deleted' },
  changed: { nl: 'Gewijzigd', en: 'Changed' },
  removed: { nl: 'Beoordeling ingetrokken', en: 'Assessment removed' },
  system: { nl: 'Weerbaar (systeem)', en: 'Weerbaar (system)' },
  imported: { nl: 'Weerbaar (import)', en: 'Weerbaar (import)' },
}

function assessmentText(doc: Doc | null): string {
  if (!doc) return ''
  const outcome = [doc.result, doc.value].filter((v) => v !== undefined).join(', ')
  return `${String(doc.requirement ?? '')}: ${outcome}${doc.date ? ` (${String(doc.date)})` : ''}`
}

function summaryOf(row: PointAuditRow, op: HistoryOp, lang: Lang): string {
  const before = asDoc(row.before)
  const after = asDoc(row.after)
  if (row.entityKind === 'assessment') {
    const text = assessmentText(after ?? before)
    return op === 'assessment-removed' ? `${words.removed[lang]}: ${text}` : text
  }
  if (op === 'delete') return `${words.deleted[lang]}: ${String(before?.name ?? row.entityId)}`
  if (row.before == null) return `${words.created[lang]}: ${String(after?.name ?? row.entityId)}`
  const fields = changedFields(row.before, row.after)
  return `${words.changed[lang]}: ${fields.join(', ')}`
}

/**
 * A point's audit entries as its history. Who did it is shown by name (the email address when
 * no name was given); the email address itself only to those who may `showEmail` (coordinators),
 * since the history is read by every role in the region.
 */
export function toHistoryEntry(row: PointAuditRow, lang: Lang, showEmail: boolean): HistoryEntry {
  const op = historyOp(row)
  const name =
    row.actorName?.trim() ||
    row.actorEmail ||
    (row.via === 'import' ? words.imported[lang] : words.system[lang])
  return {
    seq: row.seq,
    at: row.at,
    actor: { name, ...(showEmail && row.actorEmail ? { email: row.actorEmail } : {}) },
    via: row.via,
    op,
    ...(row.entityKind === 'assessment' ? { assessment: row.entityId } : {}),
    summary: summaryOf(row, op, lang),
    before: row.before ?? null,
    after: row.after ?? null,
  }
}
