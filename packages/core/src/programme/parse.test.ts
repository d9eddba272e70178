import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseProgramme, validateProgramme } from './parse.ts'
import type { ProgrammeRegion } from './parse.ts'

const small = readFileSync(
  new URL('../../test/fixtures/programme/small-programme.json', import.meta.url),
  'utf8',
)
const smallObject = () => JSON.parse(small) as Record<string, unknown> & Record<string, any>

const vr25: ProgrammeRegion = {
  region: { code: 'VR25', name: 'Flevoland' },
  riskProfile: {
    method: { id: 'nrb', version: '2026.1' },
    scenarios: [
      {
        id: 'langdurige-stroomuitval',
        title: 'Langdurige stroomuitval',
        theme: 'Nutsvoorzieningen',
        tags: [],
        impact: {},
        likelihood: 'C',
      },
    ],
  } as unknown as ProgrammeRegion['riskProfile'],
}

function errorsOf(value: unknown, options = {}) {
  const result = validateProgramme(value, options)
  return result.ok ? [] : result.issues.filter((i) => i.severity === 'error')
}

describe('parseProgramme', () => {
  it('reads a valid programme and fills the lists left out', () => {
    const result = parseProgramme(small, { regions: [vr25] })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.warnings).toEqual([])
    expect(result.value.goals[0]!.risks).toEqual(['langdurige-stroomuitval'])
    const bare = smallObject()
    delete bare.actions
    delete bare.decisions
    delete bare.indicators
    const minimal = validateProgramme(bare)
    expect(
      minimal.ok && [minimal.value.actions, minimal.value.decisions, minimal.value.indicators],
    ).toEqual([[], [], []])
  })

  it('gives a file from a newer schema version the upgrade message, not shape errors', () => {
    const newer = { ...smallObject(), schemaVersion: 2, somethingNew: { x: 1 }, goals: 'changed' }
    const result = validateProgramme(newer)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ code: 'newer_schema_version', path: 'schemaVersion' })
    expect(result.issues[0]!.message).toContain('Werk Weerbaar bij')
    const en = validateProgramme(newer, { lang: 'en' })
    expect(!en.ok && en.issues[0]!.message).toContain('Upgrade Weerbaar')
  })

  it('reports syntax errors and duplicate keys with line and column', () => {
    const broken = parseProgramme('{\n  "schemaVersion": 1,\n  "id": "x",\n}')
    expect(broken.ok).toBe(false)
    expect(!broken.ok && broken.issues[0]).toMatchObject({
      code: 'invalid_json',
      line: 4,
      column: 1,
    })
    const twice = small.replace(
      '"name": "Testprogramma",',
      '"name": "Testprogramma",\n  "name": "Ander",',
    )
    const duplicate = parseProgramme(twice)
    expect(duplicate.ok).toBe(false)
    expect(!duplicate.ok && duplicate.issues.find((i) => i.code === 'duplicate_key')).toMatchObject(
      {
        line: 5,
      },
    )
  })

  it('locates shape errors in the text', () => {
    const text = small.replace('"status": "running"', '"status": "bezig"')
    const result = parseProgramme(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    const issue = result.issues.find((i) => i.path === 'actions[0].status')
    expect(issue).toBeDefined()
    expect(issue!.line).toBe(text.split('\n').findIndex((l) => l.includes('"bezig"')) + 1)
    expect(issue!.message).toContain('not_started')
  })

  it('checks the references between pillars, goals, actions, decisions and indicators', () => {
    const doc = smallObject()
    doc.goals[0].pillar = 'p9'
    doc.actions[0].goal = 'g9'
    doc.decisions[0].goal = 'g8'
    doc.indicators[0].goal = 'g7'
    doc.actions.push({ ...doc.actions[0], goal: 'g1' })
    const issues = errorsOf(doc)
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_id', 'actions[1].id'],
      ['unknown_pillar', 'goals[0].pillar'],
      ['unknown_goal', 'actions[0].goal'],
      ['unknown_goal', 'decisions[0].goal'],
      ['unknown_goal', 'indicators[0].goal'],
    ])
  })

  it('checks risks against the risk profiles only when every listed region is given', () => {
    const doc = smallObject()
    doc.goals[0].risks = ['langdurige-stroomuitval', 'tsunami']
    expect(errorsOf(doc, { regions: [vr25] }).map((i) => [i.code, i.path])).toEqual([
      ['unknown_risk', 'goals[0].risks[1]'],
    ])
    doc.regions = ['VR25', 'VR14']
    const partial = validateProgramme(doc, { regions: [vr25] })
    expect(partial.ok && partial.warnings.map((w) => w.code)).toEqual(['risks_not_checked'])
    expect(partial.ok && partial.warnings[0]!.message).toContain('VR14')
  })

  it('refuses a live indicator for a region the programme does not cover, and percentages above 100', () => {
    const doc = smallObject()
    doc.indicators.push({
      id: 'i2',
      goal: 'g1',
      name: 'Dekking',
      kind: 'live',
      measure: 'population-coverage',
      region: 'VR14',
      direction: 'increase',
      baseline: { date: '2026-01-01', value: 50 },
      target: { date: '2026-12-31', value: 120 },
    })
    expect(errorsOf(doc).map((i) => [i.code, i.path])).toEqual([
      ['region_not_in_programme', 'indicators[1].region'],
      ['share_out_of_range', 'indicators[1].target.value'],
    ])
  })

  it('checks dates and statuses that contradict each other', () => {
    const doc = smallObject()
    doc.actions[0].due = '2025-12-31'
    doc.actions[0].completedOn = '2026-02-01'
    doc.decisions[0].status = 'decided'
    doc.indicators[0].target.date = '2026-01-01'
    doc.indicators[0].values.push({ date: '2026-03-31', value: 3 })
    doc.reports.push({ date: '2026-03-31' })
    expect(errorsOf(doc).map((i) => [i.code, i.path])).toEqual([
      ['due_before_start', 'actions[0].due'],
      ['completed_not_done', 'actions[0].completedOn'],
      ['decided_without_decision', 'decisions[0].status'],
      ['target_not_after_baseline', 'indicators[0].target.date'],
      ['duplicate_value_date', 'indicators[0].values[1].date'],
      ['duplicate_report_date', 'reports[1].date'],
    ])
  })

  it('warns about a done action without a date and a stopped one without a reason', () => {
    const doc = smallObject()
    doc.actions.push({ ...doc.actions[0], id: 'a2', status: 'done' })
    doc.actions.push({ ...doc.actions[0], id: 'a3', status: 'stopped' })
    doc.indicators[0].target.value = -1
    const result = validateProgramme(doc)
    expect(result.ok).toBe(true)
    expect(result.ok && result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['risks_not_checked', 'goals'],
      ['done_without_date', 'actions[1].status'],
      ['stopped_without_reason', 'actions[2].status'],
      ['target_against_direction', 'indicators[0].target.value'],
    ])
  })
})
