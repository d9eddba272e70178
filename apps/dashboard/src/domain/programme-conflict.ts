import type { Programme } from '#/domain/programme-types.ts'
import { canonicalJson } from '#/sync/operations.ts'
import type { ProgrammeOperation } from '#/sync/programme-operations.ts'

/** One line of "what differs": an edit of the user's next to the colleague's version of it. */
export interface ConflictRow {
  /** What was changed: an action, a value of an indicator, a decision, the whole programme. */
  subject: 'action' | 'value' | 'decision' | 'programme'
  /** The action's name, indicator's name or decision's question, as the user saw it. */
  name: string
  /** The field changed (`status`, `due`…), the date of a value, or none. */
  field?: string
  /** The value as it is on the server now; undefined: not there (removed, or never set). */
  theirs: unknown
  /** The user's value; undefined: removed by the user. */
  mine: unknown
  /** Whether the colleague's version already has the user's value (nothing to decide). */
  same: boolean
}

const row = (r: Omit<ConflictRow, 'same'>): ConflictRow => ({
  ...r,
  same: canonicalJson(r.theirs ?? null) === canonicalJson(r.mine ?? null),
})

/**
 * The user's waiting edits set against the programme as a colleague left it on the server: per
 * edited field its value there and the user's. Pure; the view words it.
 */
export function conflictRows(
  mine: readonly ProgrammeOperation[],
  theirs: Programme,
  before: Programme | null,
): ConflictRow[] {
  const rows: ConflictRow[] = []
  for (const op of mine) {
    switch (op.kind) {
      case 'action.update': {
        const there = theirs.actions.find((a) => a.id === op.actionId)
        const name =
          before?.actions.find((a) => a.id === op.actionId)?.name ?? there?.name ?? op.actionId
        for (const [field, value] of Object.entries(op.set))
          rows.push(
            row({
              subject: 'action',
              name,
              field,
              theirs: there ? (there as unknown as Record<string, unknown>)[field] : undefined,
              mine: value ?? undefined,
            }),
          )
        break
      }
      case 'indicator.value.put':
      case 'indicator.value.delete': {
        const date = op.kind === 'indicator.value.put' ? op.value.date : op.date
        const there = theirs.indicators.find((i) => i.id === op.indicatorId)
        const value =
          there?.kind === 'manual' ? there.values.find((v) => v.date === date) : undefined
        rows.push(
          row({
            subject: 'value',
            name: there?.name ?? op.indicatorId,
            field: date,
            theirs: value?.value,
            mine: op.kind === 'indicator.value.put' ? op.value.value : undefined,
          }),
        )
        break
      }
      case 'decision.add':
        rows.push(
          row({
            subject: 'decision',
            name: op.decision.question,
            theirs: theirs.decisions.find((d) => d.id === op.decision.id)?.question,
            mine: op.decision.question,
          }),
        )
        break
      case 'decision.update': {
        const there = theirs.decisions.find((d) => d.id === op.decisionId)
        const name =
          before?.decisions.find((d) => d.id === op.decisionId)?.question ??
          there?.question ??
          op.decisionId
        for (const [field, value] of Object.entries(op.set))
          rows.push(
            row({
              subject: 'decision',
              name,
              field,
              theirs: there ? (there as unknown as Record<string, unknown>)[field] : undefined,
              mine: value ?? undefined,
            }),
          )
        break
      }
      case 'decision.delete': {
        const there = theirs.decisions.find((d) => d.id === op.decisionId)
        const name =
          before?.decisions.find((d) => d.id === op.decisionId)?.question ?? op.decisionId
        rows.push(row({ subject: 'decision', name, theirs: there?.question, mine: undefined }))
        break
      }
      case 'programme.replace':
        rows.push(
          row({
            subject: 'programme',
            name: op.programme.name,
            theirs: theirs.name,
            mine: op.programme.name,
          }),
        )
        break
    }
  }
  return rows
}
