import { computeReadiness } from '@weerbaar/core'
import { resolveRuleset } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { demoRegion } from '#/test/helpers.ts'
import { workCalendar } from './calendar.ts'
import {
  daysBetween,
  expiringBefore,
  filtersFromQuery,
  filtersToQuery,
  pointsMissing,
  pointsNeverAssessed,
} from './worklists.ts'

const region = demoRegion()
const rules = resolveRuleset(region)
const asOf = '2026-11-28'
const report = computeReadiness(region, rules, { asOf })

describe('worklists', () => {
  it('reads filters from the URL and writes them back, ignoring what it cannot read', () => {
    const f = filtersFromQuery(
      { lijst: 'verloopt', voor: '2027-03-01', gemeente: 'GM0034', eis: 'x' },
      { voor: '2026-12-31' },
    )
    expect(f).toEqual({ lijst: 'verloopt', eis: 'x', voor: '2027-03-01', gemeente: 'GM0034' })
    expect(filtersToQuery(f)).toEqual({ lijst: 'verloopt', voor: '2027-03-01', gemeente: 'GM0034' })
    expect(
      filtersFromQuery(
        { lijst: 'hack', voor: 'morgen', gemeente: "' or 1" },
        { voor: '2026-12-31' },
      ),
    ).toEqual({ lijst: 'eis', eis: '', voor: '2026-12-31', gemeente: '' })
  })

  it('lists the active points missing a requirement, worst first, per municipality', () => {
    const requirement = report.points.find((p) => p.status === 'active')!.requirements[0]!.id
    const rows = pointsMissing(report.points, requirement)
    expect(rows.length).toBeGreaterThan(0)
    const order = ['not_met', 'expired', 'unknown', 'partial']
    const ranks = rows.map((r) => order.indexOf(r.outcome))
    expect(ranks.every((r) => r >= 0)).toBe(true)
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks)
    expect(rows.every((r) => r.point.status === 'active')).toBe(true)
    const almere = rows[0]!.point.municipality
    const only = pointsMissing(report.points, requirement, almere)
    expect(only.length).toBe(rows.filter((r) => r.point.municipality === almere).length)
  })

  it('lists points never assessed, without inactive ones', () => {
    const withNew = {
      ...region,
      points: [...region.points, { ...region.points[0]!, id: 'nieuw', status: 'planned' as const }],
    }
    const fresh = computeReadiness(withNew, rules, { asOf })
    const never = pointsNeverAssessed(fresh.points, withNew.assessments)
    expect(never.map((p) => p.id)).toContain('nieuw')
    expect(never.some((p) => p.status === 'inactive')).toBe(false)
  })

  it('finds what will have expired by a day in the future, and writes it as a calendar', () => {
    expect(daysBetween('2026-11-28', '2027-03-01')).toBe(93)
    const soon = expiringBefore(region, rules, asOf, '2027-06-01')
    expect(soon.length).toBeGreaterThan(0)
    expect(soon.every((e) => e.validUntil < '2027-06-01' && e.validUntil >= asOf)).toBe(true)
    expect(expiringBefore(region, rules, asOf, asOf)).toEqual([])
    const point = region.points[0]!
    const ics = workCalendar(
      {
        expiring: soon.slice(0, 2),
        actions: [
          {
            id: 'actie-1',
            point: point.id,
            requirement: 'power.backup',
            description: 'Aggregaat regelen',
            owner: 'Team OOV',
            due: '2027-01-15',
            status: 'open',
          },
          {
            id: 'actie-2',
            point: point.id,
            requirement: 'power.backup',
            description: 'Al gedaan',
            owner: 'Team OOV',
            due: '2026-12-01',
            status: 'done',
            completed: '2026-11-20',
          },
        ],
      },
      {
        name: 'Werklijst',
        municipalityName: (c) => `gemeente ${c}`,
        point: (id) => region.points.find((p) => p.id === id),
        requirementTitle: (id) => `eis ${id}`,
        stamp: new Date(Date.UTC(2026, 10, 28)),
      },
    )
    expect(ics).toMatch(/^BEGIN:VCALENDAR/)
    // Two expiring assessments and the open action; the done action is not in the agenda.
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3)
    expect(ics).toContain(`DTSTART;VALUE=DATE:${soon[0]!.validUntil.replaceAll('-', '')}`)
    expect(ics).toContain('DTSTART;VALUE=DATE:20270115')
    expect(ics).toContain(`SUMMARY:Actie: Aggregaat regelen — ${point.name}`)
    expect(ics).not.toContain('Al gedaan')
  })
})
