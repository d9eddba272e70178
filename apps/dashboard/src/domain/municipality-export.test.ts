import { resolveRuleset } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { demoRegion } from '#/test/helpers.ts'
import { municipalityPointsCsv, municipalityReadiness } from './municipality-export.ts'

const region = demoRegion()
const rules = resolveRuleset(region)
const asOf = '2026-11-28'
// The municipality with the most points that a public export must leave out.
const code = region.municipalities
  .map((m) => m.code)
  .sort(
    (a, b) =>
      region.points.filter((p) => p.municipality === b && (!p.public || p.status !== 'active'))
        .length -
      region.points.filter((p) => p.municipality === a && (!p.public || p.status !== 'active'))
        .length,
  )[0]!
const name = region.municipalities.find((m) => m.code === code)!.name

describe("one municipality's export", () => {
  it('writes names, Dutch labels, level and score for Dutch Excel', () => {
    const { points } = municipalityReadiness(region, rules, { asOf, code, publicOnly: false })
    expect(points.length).toBe(region.points.filter((p) => p.municipality === code).length)
    const csv = municipalityPointsCsv(points, name)
    expect(
      csv.startsWith(
        '\uFEFFid;naam;gemeente;soort punt;locatie;status;openbaar;gereedheid;score;compleetheid (%)\r\n',
      ),
    ).toBe(true)
    const lines = csv.slice(1).trimEnd().split('\r\n')
    expect(lines).toHaveLength(points.length + 1)
    const scored = points.find((p) => p.score !== null && !Number.isInteger(p.score))
    if (scored) {
      const line = lines.find((l) => l.startsWith(`${scored.id};`))!
      expect(line).toContain(String(Math.round(scored.score! * 10) / 10).replace('.', ','))
    }
    for (const line of lines.slice(1)) {
      const cells = line.split(';')
      expect(cells[2]).toBe(name)
      expect(['coördinatiepunt', 'lokaal punt']).toContain(cells[3])
      expect(['gepland', 'actief', 'niet actief']).toContain(cells[5])
      expect(['gereed', 'niet gereed', 'onbekend', 'gepland', 'niet actief']).toContain(cells[7])
    }
  })

  it('marked public, leaves out non-public and not-active points, also from the figures', () => {
    const all = municipalityReadiness(region, rules, { asOf, code, publicOnly: false })
    const pub = municipalityReadiness(region, rules, { asOf, code, publicOnly: true })
    const hidden = all.points.filter((p) => !p.public || p.status !== 'active')
    expect(hidden.length).toBeGreaterThan(0)
    expect(pub.points.map((p) => p.id)).toEqual(
      all.points.filter((p) => p.public && p.status === 'active').map((p) => p.id),
    )
    const csv = municipalityPointsCsv(pub.points, name)
    for (const p of hidden) expect(csv).not.toMatch(new RegExp(`(^|\\n)${p.id};`))
    expect(pub.municipality!.activePoints).toBe(pub.points.length)
  })
})
