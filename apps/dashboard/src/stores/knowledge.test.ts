import { computeReadiness } from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { demoRegion } from '#/test/helpers.ts'
import { collectPractices, isInformativeNote } from './knowledge.ts'

describe('collectPractices', () => {
  const region = demoRegion()
  const ruleset = resolveRuleset(region)
  const report = computeReadiness(region, ruleset, { asOf: '2026-11-28' })
  const practices = collectPractices(report, ruleset, region.municipalities)

  it('has an entry for every requirement of the ruleset', () => {
    expect(practices.map((p) => p.requirement.id)).toEqual(ruleset.requirements.map((r) => r.id))
  })

  it('counts the active points where core says a requirement is met, and groups their notes', () => {
    for (const p of practices) {
      const met = report.points.filter(
        (x) =>
          x.status === 'active' &&
          x.requirements.some((r) => r.id === p.requirement.id && r.outcome === 'met'),
      )
      expect(p.metPoints).toBe(met.length)
      const noted = p.approaches.flatMap((a) => a.points)
      expect(new Set(noted.map((n) => n.point)).size).toBe(noted.length)
      for (const a of p.approaches) expect(a.points.every((n) => n.note === a.note)).toBe(true)
      // Most used approach first.
      for (let i = 1; i < p.approaches.length; i++)
        expect(p.approaches[i - 1]!.points.length).toBeGreaterThanOrEqual(
          p.approaches[i]!.points.length,
        )
    }
    expect(practices.some((p) => p.approaches.length > 0)).toBe(true)
  })
})

describe('isInformativeNote', () => {
  it('counts a note that says how, not a bookkeeping remark', () => {
    for (const empty of [
      'offline vastgelegd',
      'Offline vastgelegd.',
      'ok',
      'In orde',
      'zie vorige keer',
      'getest',
      '-',
      '',
      '  ',
      'n.v.t.',
    ])
      expect(isInformativeNote(empty), empty).toBe(false)
    expect(isInformativeNote('Twaalf vrijwilligers getraind, in drie ploegen van vier.')).toBe(true)
  })

  it('leaves such notes out of the examples', () => {
    const region = demoRegion()
    const rules = resolveRuleset(region)
    const report = computeReadiness(region, rules, { asOf: '2026-11-28' })
    const point = report.points.find(
      (p) =>
        p.status === 'active' && p.requirements.some((r) => r.outcome === 'met' && r.assessment),
    )!
    const req = point.requirements.find((r) => r.outcome === 'met' && r.assessment)!
    req.assessment = { ...req.assessment!, note: 'offline vastgelegd' }
    const practices = collectPractices(report, rules, region.municipalities)
    const entry = practices.find((p) => p.requirement.id === req.id)!
    expect(entry.approaches.some((a) => a.note === 'offline vastgelegd')).toBe(false)
  })
})
