/**
 * The demo programme "Weerbaarheid en veerkracht" parses against the demo regions and its
 * progress on 2026-12-01 is what the data gives (worked out by hand in the comments).
 */
import { readFileSync } from 'node:fs'
import {
  buildRisicowijzer,
  computeProgrammeProgress,
  decodeCsvBytes,
  parseProgramme,
  parsePopulationGrid,
  parseRegion,
  renderProgrammeReport,
  validateProgramme,
  type PopulationGrid,
  type Programme,
  type Region,
} from '@weerbaar/core'
import { catalog, getActionLibrary, riskMethodFor } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { demoProgramme, getDemoRegion } from './index.ts'
import { demoDataDir, demoProgrammePath } from './paths.ts'

const regions: Region[] = ['VR25', 'VR14'].map((code) => {
  const result = parseRegion(getDemoRegion(code)!.data, { catalog })
  if (!result.ok) throw new Error(`${code}: ${result.issues[0]!.message}`)
  return result.value
})
const grids: Record<string, PopulationGrid> = Object.fromEntries(
  [
    ['VR25', 'vr25-flevoland'],
    ['VR14', 'vr14-gooi-en-vechtstreek'],
  ].map(([code, name]) => {
    const bytes = readFileSync(`${demoDataDir}population/${name}.csv`)
    const parsed = parsePopulationGrid(decodeCsvBytes(bytes).text)
    if (!parsed.ok) throw new Error(parsed.issues[0]!.message)
    return [code, parsed.value.grid]
  }),
)

function programme(): Programme {
  const result = parseProgramme(readFileSync(demoProgrammePath, 'utf8'), { regions })
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  expect(result.warnings).toEqual([])
  return result.value
}

describe('the demo programme', () => {
  it('parses against the demo regions, every risk in their risk profiles, and says it is fictitious', () => {
    const p = programme()
    expect(p.regions).toEqual(['VR25', 'VR14'])
    expect(p.name).toContain('fictieve demodata')
    expect(p.notice).toContain('verzonnen')
    expect(validateProgramme(demoProgramme, { regions }).ok).toBe(true)
    // The memo's goals: pillar 2 of Versterking Crisisbeheersing, noodsteunpunten, own organisation.
    expect(p.goals.map((g) => g.name)).toEqual([
      'Samenleving activeren',
      'Risicocommunicatie',
      'Nafase en herstel',
      'Netwerk van noodsteunpunten',
      'Continuïteit van de crisisorganisatie',
    ])
    const live = p.indicators.filter((i) => i.kind === 'live')
    expect(live.length).toBeGreaterThanOrEqual(3)
  })

  it('computes its progress on 2026-12-01 against the demo regions', () => {
    const progress = computeProgrammeProgress(programme(), regions, {
      asOf: '2026-12-01',
      catalog,
      grids,
    })
    expect(progress.warnings).toEqual([])
    expect(progress.since).toBe('2026-09-30')
    const status = Object.fromEntries(progress.goals.map((g) => [g.id, g.status]))
    expect(status).toEqual({
      // 5 municipalities where 12 × 334/545 = 7.35 were expected; agreements just below the line.
      'samenleving-activeren': 'at_risk',
      // The vision on roles was due 2026-10-31: 31 days late.
      risicocommunicatie: 'behind',
      // 6 draaiboeken where 12 × 334/729 = 5.5 were expected.
      'nafase-herstel': 'on_track',
      // Expired assessments went up instead of down.
      'netwerk-noodsteunpunten': 'behind',
      // One region exercised where 2 × 334/729 = 0.92 were expected.
      'continuiteit-crisisorganisatie': 'on_track',
    })
    const reasons = (id: string) =>
      progress.goals.find((g) => g.id === id)!.reasons.map((r) => r.code)
    expect(reasons('risicocommunicatie')).toEqual([
      'action_long_overdue',
      'indicator_off_trajectory',
      'decision_overdue',
    ])
    expect(reasons('netwerk-noodsteunpunten')).toEqual([
      'indicator_far_off_trajectory',
      'indicator_off_trajectory',
      'action_not_started',
    ])
    const network = progress.goals.find((g) => g.id === 'netwerk-noodsteunpunten')!
    const coverage = network.indicators.find((i) => i.id === 'dekking')!
    expect(coverage.onTrajectory).toBe(true)
    // Baseline, eleven month ends, three report dates (two of them month ends) and the date.
    expect(coverage.trend.map((t) => t.date)).toEqual([
      '2026-01-01',
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-01',
    ])
    const continuity = progress.goals.find((g) => g.id === 'continuiteit-crisisorganisatie')!
    // Since the report of 2026-09-30: the decision of 8 October, the plan of VR14 done on
    // 20 October, and the first exercise (0 → 1, on 15 October).
    expect(continuity.changes.map((c) => [c.kind, c.date])).toEqual([
      ['decision_taken', '2026-10-08'],
      ['action_completed', '2026-10-20'],
      ['indicator_changed', '2026-12-01'],
    ])
    expect(progress.totals).toEqual({
      on_track: 2,
      at_risk: 1,
      behind: 2,
      overdueActions: 1,
      openDecisions: 3,
    })
    const html = renderProgrammeReport(programme(), progress, { format: 'html' })
    expect(html).toContain('Voortgangsrapportage Weerbaarheid en veerkracht (fictieve demodata)')
    expect(html.match(/<section class="goal"/g)).toHaveLength(5)
  })

  it('counts municipalities with a risicowijzer as the risicowijzer shows them', () => {
    const p: Programme = {
      ...programme(),
      indicators: [
        {
          id: 'rw',
          goal: 'risicocommunicatie',
          name: 'Risicowijzer',
          kind: 'live',
          measure: 'risicowijzer-share',
          direction: 'increase',
          baseline: { date: '2026-01-01', value: 50 },
          target: { date: '2027-12-31', value: 100 },
        },
      ],
    }
    const progress = computeProgrammeProgress(p, regions, { asOf: '2026-12-01', catalog })
    const library = getActionLibrary()!
    let withPage = 0
    let municipalities = 0
    for (const region of regions)
      for (const m of region.municipalities) {
        municipalities++
        const model = buildRisicowijzer(region, m.code, {
          library,
          method: riskMethodFor(region.riskProfile!),
          date: '2026-12-01',
        })
        const point = model.places.some((place) => place.points.some((pt) => !pt.planned))
        if (model.risks.length > 0 && point) withPage++
      }
    const value = progress.goals.find((g) => g.id === 'risicocommunicatie')!.indicators[0]!.value
    expect(value).toBe((100 * withPage) / municipalities)
  })
})
