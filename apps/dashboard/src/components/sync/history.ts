import type { HistoryEntry } from '#/sync/api.ts'

type Doc = Record<string, unknown>
const asDoc = (v: unknown): Doc | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Doc) : null

/** One changed field of a point: the value before and after, as the server stored them. */
export interface FieldChange {
  field: string
  before: unknown
  after: unknown
}

/** What changed in a point, field by field (top-level fields, in the order of the newer version). */
export function fieldChanges(entry: Pick<HistoryEntry, 'before' | 'after'>): FieldChange[] {
  const a = asDoc(entry.before) ?? {}
  const b = asDoc(entry.after) ?? {}
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
  return keys
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((field) => ({ field, before: a[field], after: b[field] }))
}

/** The assessment an entry is about (its new version, or the removed one). */
export function assessmentOf(
  entry: Pick<HistoryEntry, 'before' | 'after'>,
): { requirement: string; result?: string; value?: number; date?: string; note?: string } | null {
  const doc = asDoc(entry.after) ?? asDoc(entry.before)
  if (!doc || typeof doc.requirement !== 'string') return null
  return doc as { requirement: string }
}

/**
 * A moment from the audit trail in Dutch or English, always in Dutch time: the people using it
 * work in the Netherlands, whatever the time zone of the machine ("3 dec 2026 14:02").
 */
export function formatMoment(iso: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('day')} ${get('month').replace(/\.$/, '')} ${get('year')} ${get('hour')}:${get('minute')}`
}
