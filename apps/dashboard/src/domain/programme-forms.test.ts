import { describe, expect, it } from 'vitest'
import { smallProgramme } from '#/test/programme-fixture.ts'
import {
  actionDraftOf,
  checkActionDraft,
  checkDecisionDraft,
  checkValueDraft,
  decisionDraftOf,
  newDecisionId,
  parseNumberInput,
  REASON_MAX,
} from './programme-forms.ts'

const TODAY = '2026-11-28'
const action = () => smallProgramme().actions[0]!

describe('checkActionDraft', () => {
  it('returns only the fields that changed', () => {
    const draft = { ...actionDraftOf(action()), owner: ' Gemeente Dronten ' }
    expect(checkActionDraft(action(), draft, TODAY, 'nl')).toEqual({
      ok: true,
      changes: { owner: 'Gemeente Dronten' },
    })
    expect(checkActionDraft(action(), actionDraftOf(action()), TODAY, 'nl')).toEqual({
      ok: true,
      changes: {},
    })
  })

  it('asks a reason for a stopped action, in Dutch or English, once per field', () => {
    const draft = { ...actionDraftOf(action()), status: 'stopped', reason: '  ' }
    const nl = checkActionDraft(action(), draft, TODAY, 'nl')
    expect(nl).toEqual({
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'reason_missing',
          path: 'reason',
          message: 'Geef kort aan waarom de actie is gestopt',
        },
      ],
    })
    const en = checkActionDraft(action(), draft, TODAY, 'en')
    expect(!en.ok && en.issues[0]!.message).toBe('Say briefly why the action was stopped')
    const long = checkActionDraft(
      action(),
      { ...draft, reason: 'x'.repeat(REASON_MAX + 1) },
      TODAY,
      'nl',
    )
    expect(!long.ok && long.issues.map((i) => i.code)).toEqual(['reason_long'])
    const ok = checkActionDraft(action(), { ...draft, reason: 'x'.repeat(REASON_MAX) }, TODAY, 'nl')
    expect(ok.ok).toBe(true)
  })

  it('rejects an empty owner, a missing or impossible due date and one before the start', () => {
    const base = actionDraftOf(action())
    const empty = checkActionDraft(action(), { ...base, owner: '', due: '' }, TODAY, 'nl')
    expect(!empty.ok && empty.issues.map((i) => [i.path, i.code])).toEqual([
      ['owner', 'owner_missing'],
      ['due', 'due_missing'],
    ])
    const impossible = checkActionDraft(action(), { ...base, due: '2026-02-30' }, TODAY, 'nl')
    expect(!impossible.ok && impossible.issues[0]!.code).toBe('due_missing')
    const early = checkActionDraft(action(), { ...base, due: '2025-12-31' }, TODAY, 'nl')
    expect(!early.ok && early.issues[0]!.message).toBe(
      'Deze datum ligt vóór de start van de actie (2026-01-01)',
    )
    const onStart = checkActionDraft(action(), { ...base, due: '2026-01-01' }, TODAY, 'nl')
    expect(onStart).toEqual({ ok: true, changes: { due: '2026-01-01' } })
  })

  it('needs a completion date not in the future for a done action, and drops it otherwise', () => {
    const base = { ...actionDraftOf(action()), status: 'done' }
    const missing = checkActionDraft(action(), { ...base, completedOn: '' }, TODAY, 'nl')
    expect(!missing.ok && missing.issues[0]!.path).toBe('completedOn')
    const future = checkActionDraft(action(), { ...base, completedOn: '2026-11-29' }, TODAY, 'nl')
    expect(!future.ok && future.issues[0]!.code).toBe('future_date')
    expect(checkActionDraft(action(), { ...base, completedOn: TODAY }, TODAY, 'nl')).toEqual({
      ok: true,
      changes: { status: 'done', completedOn: TODAY },
    })
    const done = { ...action(), status: 'done' as const, completedOn: '2026-10-01' }
    const reopened = checkActionDraft(
      done,
      { ...actionDraftOf(done), status: 'running' },
      TODAY,
      'nl',
    )
    expect(reopened).toEqual({ ok: true, changes: { status: 'running', completedOn: '' } })
  })

  it('rejects a status that is not one of the four', () => {
    const r = checkActionDraft(
      action(),
      { ...actionDraftOf(action()), status: 'paused' },
      TODAY,
      'nl',
    )
    expect(!r.ok && r.issues[0]!.path).toBe('status')
  })
})

describe('checkValueDraft', () => {
  it('reads a Dutch decimal comma and keeps a note', () => {
    expect(
      checkValueDraft(
        { date: '2026-11-01', value: '47,5', note: ' telling ' },
        { unit: '%' },
        TODAY,
        'nl',
      ),
    ).toEqual({
      ok: true,
      value: { date: '2026-11-01', value: 47.5, note: 'telling' },
    })
  })

  it('refuses a future date, text as a value and a percentage out of range', () => {
    const r = checkValueDraft(
      { date: '2026-11-29', value: 'veel', note: '' },
      { unit: '%' },
      TODAY,
      'nl',
    )
    expect(!r.ok && r.issues.map((i) => [i.path, i.message])).toEqual([
      ['date', 'Deze datum ligt in de toekomst; kies vandaag of een eerdere dag'],
      ['value', 'Vul een getal in'],
    ])
    const pct = checkValueDraft(
      { date: TODAY, value: '100,1', note: '' },
      { unit: '%' },
      TODAY,
      'nl',
    )
    expect(!pct.ok && pct.issues[0]!.code).toBe('value_percentage')
    expect(
      checkValueDraft({ date: TODAY, value: '100', note: '' }, { unit: '%' }, TODAY, 'nl').ok,
    ).toBe(true)
    expect(
      checkValueDraft({ date: TODAY, value: '140', note: '' }, { unit: 'partners' }, TODAY, 'nl')
        .ok,
    ).toBe(true)
    const empty = checkValueDraft({ date: '', value: ' ', note: '' }, {}, TODAY, 'en')
    expect(!empty.ok && empty.issues.map((i) => i.message)).toEqual([
      'Enter the date of the measurement',
      'Enter the measured value',
    ])
  })
})

describe('parseNumberInput', () => {
  it('accepts both decimal marks and nothing else', () => {
    expect(parseNumberInput('12,5')).toBe(12.5)
    expect(parseNumberInput(' 12.5 ')).toBe(12.5)
    expect(parseNumberInput('-3')).toBe(-3)
    expect(parseNumberInput('1.234,5')).toBeUndefined()
    expect(parseNumberInput('12a')).toBeUndefined()
    expect(parseNumberInput('')).toBeUndefined()
  })
})

describe('checkDecisionDraft', () => {
  const programme = smallProgramme()
  const draft = (over: Partial<ReturnType<typeof decisionDraftOf>> = {}) => ({
    ...decisionDraftOf(undefined, 'partners'),
    question: ' Stelt u het budget vast? ',
    ...over,
  })

  it('gives an open decision for a goal, trimmed, without an outcome', () => {
    expect(
      checkDecisionDraft(undefined, draft({ neededBy: '2027-01-31' }), programme, TODAY, 'nl'),
    ).toEqual({
      ok: true,
      decision: {
        goal: 'partners',
        question: 'Stelt u het budget vast?',
        neededBy: '2027-01-31',
        status: 'open',
      },
    })
  })

  it('needs the outcome and a date not after today for a decided one', () => {
    const missing = checkDecisionDraft(
      undefined,
      draft({ status: 'decided' }),
      programme,
      TODAY,
      'nl',
    )
    expect(missing.ok || missing.issues.map((i) => [i.path, i.code])).toEqual([
      ['decision', 'decision_missing'],
      ['decidedOn', 'decided_on_missing'],
    ])
    const future = checkDecisionDraft(
      undefined,
      draft({ status: 'decided', decision: 'Ja', decidedOn: '2026-11-29' }),
      programme,
      TODAY,
      'en',
    )
    expect(future.ok || future.issues.map((i) => i.path)).toEqual(['decidedOn'])
    const today = checkDecisionDraft(
      undefined,
      draft({ status: 'decided', decision: 'Ja', decidedOn: TODAY }),
      programme,
      TODAY,
      'nl',
    )
    expect(today.ok && today.decision).toMatchObject({ decision: 'Ja', decidedOn: TODAY })
  })

  it('drops the outcome of a decision opened again, and refuses an unknown goal or no question', () => {
    const reopened = checkDecisionDraft(
      undefined,
      draft({ status: 'open', decision: 'Ja', decidedOn: '2026-11-01', goal: '' }),
      programme,
      TODAY,
      'nl',
    )
    expect(reopened).toEqual({
      ok: true,
      decision: { question: 'Stelt u het budget vast?', status: 'open' },
    })
    const bad = checkDecisionDraft(
      undefined,
      draft({ question: '  ', goal: 'bestaat-niet' }),
      programme,
      TODAY,
      'nl',
    )
    expect(bad.ok || bad.issues.map((i) => i.path)).toEqual(['question', 'goal'])
  })
})

describe('newDecisionId', () => {
  it('makes an id from the question, unique in the programme', () => {
    const programme = smallProgramme()
    expect(newDecisionId('Geeft u het budget 2027 vrij?', programme)).toBe(
      'geeft-u-het-budget-2027-vrij',
    )
    expect(newDecisionId('Budget', programme)).toBe('budget-2')
    expect(newDecisionId('Coördinatie één?', programme)).toBe('coordinatie-een')
    expect(newDecisionId('???', programme)).toBe('besluit')
  })
})
