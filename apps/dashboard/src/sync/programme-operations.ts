import type { Decision, ManualValue, Programme, ProgrammeAction } from '#/domain/programme-types.ts'

/** The fields of an action the dashboard edits; the rest comes from the plan. */
export type ActionChanges = Partial<
  Pick<ProgrammeAction, 'status' | 'reason' | 'due' | 'owner' | 'completedOn'>
>

/** The fields of a board decision the dashboard edits (all but its id). */
export type DecisionChanges = Partial<Omit<Decision, 'id'>>

interface ProgrammeOperationBase {
  /** Chosen when the change is made, so a retried write is recognised. */
  id: string
  /** ISO time the user made the change. */
  at: string
}

/**
 * One change to a programme, as it is stored. Like the region's operations they are applied one
 * by one to the stored programme in one transaction, so an edit in another tab is never
 * overwritten by this tab's copy: an action's edit sets only the fields the user changed, and a
 * value is put or removed by its date.
 */
export type ProgrammeOperation =
  | (ProgrammeOperationBase & {
      kind: 'action.update'
      actionId: string
      /** Fields set; a field set to `null` is removed (the reason of an action no longer stopped). */
      set: { [K in keyof ActionChanges]: ActionChanges[K] | null }
    })
  | (ProgrammeOperationBase & {
      kind: 'indicator.value.put'
      indicatorId: string
      value: ManualValue
    })
  | (ProgrammeOperationBase & { kind: 'indicator.value.delete'; indicatorId: string; date: string })
  /** A decision asked of the board, added (a new id). */
  | (ProgrammeOperationBase & { kind: 'decision.add'; decision: Decision })
  | (ProgrammeOperationBase & {
      kind: 'decision.update'
      decisionId: string
      /** Fields set; `null` removes one (the outcome of a decision opened again). */
      set: { [K in keyof DecisionChanges]: DecisionChanges[K] | null }
    })
  | (ProgrammeOperationBase & { kind: 'decision.delete'; decisionId: string })
  /** An import or the demo put back: the whole programme replaced on purpose. */
  | (ProgrammeOperationBase & { kind: 'programme.replace'; programme: Programme })

export type NewProgrammeOperation = ProgrammeOperation extends infer O
  ? O extends ProgrammeOperation
    ? Omit<O, 'id' | 'at'>
    : never
  : never

/** `item` with the fields of `set` set, and those set to `null` removed. */
function setFields<T>(item: T, set: Record<string, unknown>): T {
  const next: Record<string, unknown> = { ...(item as Record<string, unknown>) }
  for (const [key, value] of Object.entries(set)) {
    if (value === null) delete next[key]
    else if (value !== undefined) next[key] = value
  }
  return next as T
}

/**
 * The programme after one operation. Pure and total: an operation on an action or indicator
 * that is no longer in the plan (removed by an import meanwhile) changes nothing, so every tab
 * that applies the same operations ends with the same programme.
 */
export function applyProgrammeOperation(programme: Programme, op: ProgrammeOperation): Programme {
  switch (op.kind) {
    case 'action.update': {
      if (!programme.actions.some((a) => a.id === op.actionId)) return programme
      return {
        ...programme,
        actions: programme.actions.map((action) => {
          if (action.id !== op.actionId) return action
          return setFields(action, op.set)
        }),
      }
    }
    case 'indicator.value.put':
    case 'indicator.value.delete': {
      const date = op.kind === 'indicator.value.put' ? op.value.date : op.date
      const target = programme.indicators.find((i) => i.id === op.indicatorId)
      if (!target || target.kind !== 'manual') return programme
      return {
        ...programme,
        indicators: programme.indicators.map((indicator) => {
          if (indicator.id !== op.indicatorId || indicator.kind !== 'manual') return indicator
          // One value per date: a new value for a date replaces the one entered before.
          const values = indicator.values.filter((v) => v.date !== date)
          if (op.kind === 'indicator.value.put') values.push(op.value)
          values.sort((a, b) => a.date.localeCompare(b.date))
          return { ...indicator, values }
        }),
      }
    }
    case 'decision.add':
      // The same id twice (a retried write) adds it once.
      if (programme.decisions.some((d) => d.id === op.decision.id)) return programme
      return { ...programme, decisions: [...programme.decisions, op.decision] }
    case 'decision.update':
      if (!programme.decisions.some((d) => d.id === op.decisionId)) return programme
      return {
        ...programme,
        decisions: programme.decisions.map((decision) =>
          decision.id === op.decisionId ? setFields(decision, op.set) : decision,
        ),
      }
    case 'decision.delete':
      return {
        ...programme,
        decisions: programme.decisions.filter((d) => d.id !== op.decisionId),
      }
    case 'programme.replace':
      return op.programme
  }
}

export function applyProgrammeOperations(
  programme: Programme,
  ops: readonly ProgrammeOperation[],
): Programme {
  return ops.reduce(applyProgrammeOperation, programme)
}
