import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../src/report/contract.ts'
import { cli, fixture, tempDir } from './cli.ts'

/** The VR14 demo region as it was on 2026.1, frozen before edition 2026.2 was added. */
const onEdition2026_1 = fixture('vr14-noodsteunpunten-2026.1.json')
/** Its JSON report as of 2026-12-15, printed by the command line before edition 2026.2 existed. */
const goldenBefore2026_2 = fixture('golden/vr14-2026.1-report-2026-12-15.json')

describe('a region file that names 2026.1', () => {
  it('gives exactly the same report as before 2026.2 existed, plus the new additive fields', () => {
    const r = cli(['report', onEdition2026_1, '--as-of', '2026-12-15', '--format', 'json'])
    expect(r.code).toBe(0)
    const { supersededBy, versions, ...report } = ReportSchema.parse(JSON.parse(r.stdout))
    expect(Object.keys(versions)).toEqual(['cli', 'core', 'guidelines'])
    expect(supersededBy).toEqual({
      guideline: 'noodsteunpunten@2026.2',
      effectiveFrom: '2026-12-01',
    })
    // Byte for byte, once the fields added in the same release (supersededBy, versions and the
    // coordination figures) are left out: every figure the golden file has is unchanged.
    const withoutCoordination = <T extends { coordination: unknown }>({
      coordination: _,
      ...summary
    }: T) => summary
    const rest = {
      ...report,
      region: withoutCoordination(report.region),
      municipalities: report.municipalities.map(withoutCoordination),
    }
    expect(JSON.stringify(rest, null, 2) + '\n').toBe(readFileSync(goldenBefore2026_2, 'utf8'))
  })

  it('is told on stderr that 2026.2 supersedes its edition, and how to see the impact', () => {
    const r = cli(['report', onEdition2026_1, '--as-of', '2026-12-15', '--lang', 'en'])
    expect(r.code).toBe(0)
    expect(r.errLines).toEqual([
      expect.stringMatching(
        /warning: guideline\.version: noodsteunpunten@2026\.1 is superseded by noodsteunpunten@2026\.2 \(in effect from 2026-12-01\); see what moving changes with: weerbaar guideline impact .*vr14-noodsteunpunten-2026\.1\.json --to 2026\.2$/,
      ),
    ])
  })

  it('is not superseded on a date before 2026.2 takes effect', () => {
    const r = cli(['report', onEdition2026_1, '--as-of', '2026-11-30', '--format', 'json'])
    expect(r.stderr).toBe('')
    expect(ReportSchema.parse(JSON.parse(r.stdout)).supersededBy).toBeNull()
  })

  it('validate warns about it (today is after 2026-12-01) and still accepts the file', () => {
    const r = cli(['validate', onEdition2026_1, '--lang', 'en'])
    expect(r.code).toBe(0)
    expect(r.errLines.filter((l) => l.includes('superseded'))).toHaveLength(1)
  })
})

describe('moving a region to 2026.2', () => {
  const dir = tempDir()

  it('guideline impact says how many assessments become history (none: 2026.2 drops nothing)', () => {
    const r = cli([
      'guideline',
      'impact',
      onEdition2026_1,
      '--to',
      '2026.2',
      '--as-of',
      '2026-12-15',
      '--format',
      'json',
    ])
    expect(r.code).toBe(0)
    const impact = JSON.parse(r.stdout) as {
      from: string
      to: string
      history: { assessments: number }
      region: { from: { readyPoints: number }; to: { readyPoints: number } }
    }
    expect(impact).toMatchObject({
      from: 'noodsteunpunten@2026.1',
      to: 'noodsteunpunten@2026.2',
      history: { assessments: 0, requirements: [] },
    })
    const text = cli([
      'guideline',
      'impact',
      onEdition2026_1,
      '--to',
      '2026.2',
      '--as-of',
      '2026-12-15',
      '--lang',
      'en',
    ])
    expect(text.stdout).toContain('No assessment becomes history.')
  })

  it('is one line: the upgraded file is valid and keeps every assessment', () => {
    const doc = JSON.parse(readFileSync(onEdition2026_1, 'utf8')) as {
      guideline: { version: string }
      assessments: unknown[]
    }
    doc.guideline.version = '2026.2'
    const upgraded = join(dir, 'vr14-2026.2.json')
    writeFileSync(upgraded, JSON.stringify(doc, null, 2))
    const r = cli(['validate', upgraded, '--lang', 'en'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`${doc.assessments.length} assessments`)
  })

  it('and back: assessments of 2026.2-only requirements become history under 2026.1, with a count', () => {
    const doc = JSON.parse(readFileSync(onEdition2026_1, 'utf8')) as {
      points: { id: string }[]
      assessments: object[]
    }
    const [a, b] = doc.points
    doc.assessments.push(
      { point: a!.id, requirement: 'needs.medicines', date: '2026-12-02', result: 'met' },
      { point: b!.id, requirement: 'needs.medicines', date: '2026-12-02', result: 'not_met' },
      { point: a!.id, requirement: 'needs.medicine', date: '2026-12-02', result: 'met' },
    )
    const file = join(dir, 'vr14-mixed.json')
    writeFileSync(file, JSON.stringify(doc, null, 2))
    const r = cli(['validate', file, '--lang', 'en'])
    // The typo is an error; the two assessments of needs.medicines are history, one warning.
    expect(r.code).toBe(1)
    expect(r.errLines.filter((l) => l.includes('error:'))).toEqual([
      expect.stringContaining('Unknown requirement "needs.medicine"'),
    ])
    expect(r.errLines.filter((l) => l.includes('history'))).toEqual([
      expect.stringContaining(
        '2 assessment(s) of requirement "needs.medicines", which noodsteunpunten@2026.1 does not have (edition 2026.2 does): kept as history',
      ),
    ])
  })
})
