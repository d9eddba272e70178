import { isCalendarDate, type Issue, type Lang } from '@weerbaar/core'
import type {
  ActionStatus,
  Decision,
  Programme,
  ProgrammeAction,
} from '#/domain/programme-types.ts'
import type { ActionChanges } from '#/sync/programme-operations.ts'

export const ACTION_STATUSES: readonly ActionStatus[] = [
  'not_started',
  'running',
  'done',
  'stopped',
]

/** The longest reason the form accepts: a board report line, not a memo. */
export const REASON_MAX = 300

/** What the action form hands in: strings straight from the inputs. */
export interface ActionDraft {
  status: string
  reason: string
  due: string
  owner: string
  completedOn: string
}

/** What the form for a manual indicator value hands in. */
export interface ValueDraft {
  date: string
  value: string
  note: string
}

const messages = {
  owner_missing: {
    nl: 'Vul de organisatie in die de actie uitvoert',
    en: 'Enter the organisation that carries out the action',
  },
  status_missing: {
    nl: 'Kies de status: niet gestart, loopt, afgerond of gestopt',
    en: 'Choose the status: not started, running, done or stopped',
  },
  due_missing: {
    nl: 'Vul de datum in waarop de actie klaar moet zijn',
    en: 'Enter the date by which the action must be done',
  },
  due_before_start: {
    nl: 'Deze datum ligt vóór de start van de actie ({start})',
    en: 'This date is before the action starts ({start})',
  },
  reason_missing: {
    nl: 'Geef kort aan waarom de actie is gestopt',
    en: 'Say briefly why the action was stopped',
  },
  reason_long: {
    nl: `Houd de reden kort: hoogstens ${REASON_MAX} tekens`,
    en: `Keep the reason short: at most ${REASON_MAX} characters`,
  },
  completed_missing: {
    nl: 'Vul de datum in waarop de actie is afgerond',
    en: 'Enter the date on which the action was completed',
  },
  future_date: {
    nl: 'Deze datum ligt in de toekomst; kies vandaag of een eerdere dag',
    en: 'This date is in the future; choose today or an earlier day',
  },
  date_missing: {
    nl: 'Vul de datum van de meting in',
    en: 'Enter the date of the measurement',
  },
  value_missing: { nl: 'Vul de gemeten waarde in', en: 'Enter the measured value' },
  value_number: { nl: 'Vul een getal in', en: 'Enter a number' },
  value_percentage: {
    nl: 'Een percentage ligt tussen 0 en 100',
    en: 'A percentage lies between 0 and 100',
  },
  question_missing: {
    nl: 'Schrijf op wat het bestuur wordt gevraagd te besluiten',
    en: 'Write down what the board is asked to decide',
  },
  question_long: {
    nl: `Houd de vraag kort: hoogstens ${REASON_MAX} tekens`,
    en: `Keep the question short: at most ${REASON_MAX} characters`,
  },
  goal_unknown: {
    nl: 'Kies een doel van dit programma, of geen',
    en: 'Choose a goal of this programme, or none',
  },
  needed_by_date: {
    nl: 'Vul een datum in, of laat het veld leeg',
    en: 'Enter a date, or leave the field empty',
  },
  decision_status_missing: {
    nl: 'Kies of het besluit nog open is of genomen',
    en: 'Choose whether the decision is still open or taken',
  },
  decision_missing: {
    nl: 'Schrijf op wat het bestuur heeft besloten',
    en: 'Write down what the board decided',
  },
  decision_long: {
    nl: `Houd het besluit kort: hoogstens ${REASON_MAX} tekens`,
    en: `Keep the decision short: at most ${REASON_MAX} characters`,
  },
  decided_on_missing: {
    nl: 'Vul de datum van het besluit in',
    en: 'Enter the date of the decision',
  },
  note_long: {
    nl: `Houd de toelichting kort: hoogstens ${REASON_MAX} tekens`,
    en: `Keep the note short: at most ${REASON_MAX} characters`,
  },
} satisfies Record<string, Record<Lang, string>>

type Code = keyof typeof messages

function collector(lang: Lang) {
  const issues: Issue[] = []
  const add = (code: Code, path: string, params: Record<string, string> = {}) => {
    if (issues.some((i) => i.path === path)) return // one message per field
    let message: string = messages[code][lang]
    for (const [k, v] of Object.entries(params)) message = message.replace(`{${k}}`, v)
    issues.push({ severity: 'error', code, path, message })
  }
  return { issues, add }
}

/** A number as a Dutch or English user types it: `12,5` and `12.5` both. */
export function parseNumberInput(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '')
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return undefined
  const value = Number(trimmed.replace(',', '.'))
  return Number.isFinite(value) ? value : undefined
}

export type ActionCheck = { ok: true; changes: ActionChanges } | { ok: false; issues: Issue[] }

/** The action form's values as they start: the action as it is. */
export function actionDraftOf(action: ProgrammeAction): ActionDraft {
  return {
    status: action.status,
    reason: action.reason ?? '',
    due: action.due,
    owner: action.owner,
    completedOn: action.completedOn ?? '',
  }
}

/**
 * Checks the action form and says what changed: only the fields the user changed are set, so
 * a colleague's edit of another field of the same action (another tab) stays. A reason is
 * required for a stopped action; an action no longer done loses its completion date.
 */
export function checkActionDraft(
  action: ProgrammeAction,
  draft: ActionDraft,
  today: string,
  lang: Lang,
): ActionCheck {
  const { issues, add } = collector(lang)
  const owner = draft.owner.trim()
  const reason = draft.reason.trim()
  if (!ACTION_STATUSES.includes(draft.status as ActionStatus)) add('status_missing', 'status')
  if (!owner) add('owner_missing', 'owner')
  if (!isCalendarDate(draft.due)) add('due_missing', 'due')
  else if (action.start && draft.due < action.start)
    add('due_before_start', 'due', { start: action.start })
  if (draft.status === 'stopped' && !reason) add('reason_missing', 'reason')
  if (reason.length > REASON_MAX) add('reason_long', 'reason')
  if (draft.status === 'done') {
    if (!isCalendarDate(draft.completedOn)) add('completed_missing', 'completedOn')
    else if (draft.completedOn > today) add('future_date', 'completedOn')
  }
  if (issues.length > 0) return { ok: false, issues }

  const status = draft.status as ActionStatus
  const changes: ActionChanges = {}
  if (status !== action.status) changes.status = status
  if (owner !== action.owner) changes.owner = owner
  if (draft.due !== action.due) changes.due = draft.due
  if (reason !== (action.reason ?? '')) changes.reason = reason
  const completedOn = status === 'done' ? draft.completedOn : ''
  if (completedOn !== (action.completedOn ?? '')) changes.completedOn = completedOn
  return { ok: true, changes }
}

export type ValueCheck =
  | { ok: true; value: { date: string; value: number; note?: string } }
  | { ok: false; issues: Issue[] }

/** Checks a manual indicator value: a date not in the future, a number, a percentage in range. */
export function checkValueDraft(
  draft: ValueDraft,
  indicator: { unit?: string },
  today: string,
  lang: Lang,
): ValueCheck {
  const { issues, add } = collector(lang)
  if (!isCalendarDate(draft.date)) add('date_missing', 'date')
  else if (draft.date > today) add('future_date', 'date')
  const value = parseNumberInput(draft.value)
  if (draft.value.trim() === '') add('value_missing', 'value')
  else if (value === undefined) add('value_number', 'value')
  else if (indicator.unit === '%' && (value < 0 || value > 100)) add('value_percentage', 'value')
  const note = draft.note.trim()
  if (note.length > REASON_MAX) add('note_long', 'note')
  if (issues.length > 0 || value === undefined) return { ok: false, issues }
  return { ok: true, value: note ? { date: draft.date, value, note } : { date: draft.date, value } }
}

export const DECISION_STATUSES = ['open', 'decided'] as const

/** What the form for a board decision hands in. */
export interface DecisionDraft {
  question: string
  goal: string
  neededBy: string
  status: string
  decision: string
  decidedOn: string
}

/** The form's values as they start: the decision as it is, or an open one (for a goal). */
export function decisionDraftOf(decision: Decision | undefined, goal = ''): DecisionDraft {
  return {
    question: decision?.question ?? '',
    goal: decision ? (decision.goal ?? '') : goal,
    neededBy: decision?.neededBy ?? '',
    status: decision?.status ?? 'open',
    decision: decision?.decision ?? '',
    decidedOn: decision?.decidedOn ?? '',
  }
}

export type DecisionCheck =
  | { ok: true; decision: Omit<Decision, 'id'> }
  | { ok: false; issues: Issue[] }

/**
 * Checks the form of a decision asked of the board. A decided one needs what was decided and
 * the date (not in the future); an open one keeps neither (opened again, they are dropped).
 */
export function checkDecisionDraft(
  _current: Decision | undefined,
  draft: DecisionDraft,
  programme: Pick<Programme, 'goals'>,
  today: string,
  lang: Lang,
): DecisionCheck {
  const { issues, add } = collector(lang)
  const question = draft.question.trim()
  const outcome = draft.decision.trim()
  if (!question) add('question_missing', 'question')
  else if (question.length > REASON_MAX) add('question_long', 'question')
  if (draft.goal && !programme.goals.some((g) => g.id === draft.goal)) add('goal_unknown', 'goal')
  if (draft.neededBy && !isCalendarDate(draft.neededBy)) add('needed_by_date', 'neededBy')
  if (!(DECISION_STATUSES as readonly string[]).includes(draft.status))
    add('decision_status_missing', 'status')
  if (draft.status === 'decided') {
    if (!outcome) add('decision_missing', 'decision')
    else if (outcome.length > REASON_MAX) add('decision_long', 'decision')
    if (!isCalendarDate(draft.decidedOn)) add('decided_on_missing', 'decidedOn')
    else if (draft.decidedOn > today) add('future_date', 'decidedOn')
  }
  if (issues.length > 0) return { ok: false, issues }
  const decision: Omit<Decision, 'id'> = {
    ...(draft.goal ? { goal: draft.goal } : {}),
    question,
    ...(draft.neededBy ? { neededBy: draft.neededBy } : {}),
    status: draft.status as Decision['status'],
    ...(draft.status === 'decided' ? { decision: outcome, decidedOn: draft.decidedOn } : {}),
  }
  return { ok: true, decision }
}

/**
 * An id for a new decision: from its question (`stelt-u-het-plan-vast`), short, and with a
 * number when the programme has that id already.
 */
export function newDecisionId(question: string, programme: Pick<Programme, 'decisions'>): string {
  const base =
    question
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'besluit'
  const taken = new Set(programme.decisions.map((d) => d.id))
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}
