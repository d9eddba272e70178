import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ASSESSMENT_RESULTS, AssessmentSchema, type Assessment } from '../region/schema.ts'
import {
  ASSESSMENTS_CSV_COLUMNS,
  assessmentsToCsv,
  parseAssessmentsCsv,
} from './csv-assessments.ts'

const HEADER = ASSESSMENTS_CSV_COLUMNS.join(';')

describe('parseAssessmentsCsv', () => {
  it('reads a Dutch Excel file with decimal commas, Dutch result words and dates as Excel rewrites them', () => {
    const text =
      '\uFEFFpoint;requirement;date;result;value;note;assessor\r\n' +
      'almere-poort-kazerne;power.backup;2026-09-14;;48,5;Aggregaat getest onder belasting;J. de Vries\r\n' +
      'almere-poort-kazerne;info.board;14-9-2026;voldaan;;;\r\n' +
      'urk-buurthuis;power.backup;3/2/2025;Deels voldaan;24;"Accu\'s; geen aggregaat";\r\n'
    expect(parseAssessmentsCsv(text)).toEqual({
      ok: true,
      warnings: [],
      value: [
        {
          point: 'almere-poort-kazerne',
          requirement: 'power.backup',
          date: '2026-09-14',
          value: 48.5,
          note: 'Aggregaat getest onder belasting',
          assessor: 'J. de Vries',
        },
        {
          point: 'almere-poort-kazerne',
          requirement: 'info.board',
          date: '2026-09-14',
          result: 'met',
        },
        {
          point: 'urk-buurthuis',
          requirement: 'power.backup',
          date: '2025-02-03',
          result: 'partial',
          value: 24,
          note: "Accu's; geen aggregaat",
        },
      ],
    })
  })

  it('reports impossible dates, unreadable dates, unknown results and rows without result or value', () => {
    const text = [
      HEADER,
      'a;power.backup;2026-02-30;met;;;',
      'a;power.backup;volgende week;met;;;',
      'a;power.backup;2026-01-01;prima;;;',
      'a;power.backup;2026-01-01;;;;',
      'a;;2026-01-01;met;72 uur;;',
    ].join('\n')
    const result = parseAssessmentsCsv(text, { lang: 'en' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => [i.path, i.code, i.line, i.column])).toEqual([
      ['assessments[0].date', 'impossible_date', 2, 3],
      ['assessments[1].date', 'invalid_date', 3, 3],
      ['assessments[2].result', 'invalid_value', 4, 4],
      ['assessments[3].result', 'result_or_value', 5, 4],
      ['assessments[4].requirement', 'cell_required', 6, 2],
      ['assessments[4].value', 'invalid_number', 6, 5],
    ])
    expect(result.issues[0]!.message).toBe('Column "date": This date does not exist')
    expect(result.issues[3]!.message).toBe('Column "result": Give a result, a value, or both')
  })

  it('speaks Dutch by default', () => {
    const result = parseAssessmentsCsv(`${HEADER}\na;b;2026-02-30;met`)
    expect(!result.ok && result.issues.map((i) => i.message)).toEqual([
      'Kolom "date": Deze datum bestaat niet',
    ])
  })
})

describe('assessmentsToCsv', () => {
  it('writes for Dutch Excel, escaping text that a spreadsheet would run as a formula', () => {
    const csv = assessmentsToCsv([
      {
        point: 'a',
        requirement: 'power.backup',
        date: '2026-09-14',
        value: -1.5,
        note: '-1,5 uur tekort; aggregaat besteld',
      },
      {
        point: 'a',
        requirement: 'info.board',
        date: '2026-09-14',
        result: 'not_met',
        note: '@gemeente: bord ontbreekt',
        assessor: '+31 6 12345678',
      },
    ])
    expect(csv).toBe(
      '\uFEFFpoint;requirement;date;result;value;note;assessor\r\n' +
        'a;power.backup;2026-09-14;;-1,5;"\'-1,5 uur tekort; aggregaat besteld";\r\n' +
        "a;info.board;2026-09-14;not_met;;'@gemeente: bord ontbreekt;'+31 6 12345678\r\n",
    )
  })
})

const text = fc.string({ unit: 'binary', minLength: 1 }).filter((s) => s.trim() !== '')
const date = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))
const assessmentArb: fc.Arbitrary<Assessment> = fc
  .record(
    {
      point: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,12}$/),
      requirement: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/),
      date,
      result: fc.constantFrom(...ASSESSMENT_RESULTS),
      value: fc.double({ noNaN: true, noDefaultInfinity: true }),
      note: fc.oneof(
        text,
        fc.constantFrom('=SUM(A1)', '-', "'@x", 'tab\there', 'regel 1\r\nregel 2'),
      ),
      assessor: text,
    },
    { requiredKeys: ['point', 'requirement', 'date'] },
  )
  .filter((a) => a.result !== undefined || a.value !== undefined)

describe('assessments CSV round trip', () => {
  it('export then import gives the same assessments, for every dialect', () => {
    const options = fc.record({
      delimiter: fc.constantFrom(';' as const, ',' as const, '\t' as const),
      decimalSeparator: fc.constantFrom(',' as const, '.' as const),
      bom: fc.boolean(),
      newline: fc.constantFrom('\r\n' as const, '\n' as const),
    })
    fc.assert(
      fc.property(
        fc.array(assessmentArb, { minLength: 1, maxLength: 8 }),
        options,
        (assessments, opts) => {
          const result = parseAssessmentsCsv(assessmentsToCsv(assessments, opts))
          expect(result).toEqual({
            ok: true,
            warnings: [],
            value: assessments.map((a) => AssessmentSchema.parse(a)),
          })
        },
      ),
      { numRuns: 300 },
    )
  })
})
