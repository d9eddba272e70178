import { diffGuidelines, getGuideline, listGuidelines } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { VERSIONS } from '../src/versions.ts'
import { cli, fixture } from './cli.ts'

const small = fixture('small-region.json')

/** Every edition the package has, as the usage error lists them. */
const knownEditions = listGuidelines()
  .map((g) => `${g.id}@${g.version}`)
  .join(', ')

describe('weerbaar guideline', () => {
  it('list: every edition, as a table and as JSON', () => {
    const table = cli(['guideline', 'list'])
    expect(table.code).toBe(0)
    expect(table.stdout).toMatch(/^Richtlijn +Versie +Status +Geldig vanaf/)
    expect(table.stdout).toMatch(
      /^noodsteunpunten +2025\.1 +superseded +2025-05-15 +2026-02-24 +11 /m,
    )
    expect(JSON.parse(cli(['guideline', 'list', '--format', 'json']).stdout)).toEqual(
      listGuidelines(),
    )
  })

  it('show: norms, functions, requirements and sources of one edition', () => {
    const r = cli(['guideline', 'show', 'noodsteunpunten@2026.1'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Normen$/m)
    expect(r.stdout).toMatch(/^inhabitantsPerPoint +5\.000 +source +crisiskunde +alle niveaus$/m)
    const next = cli(['guideline', 'show', 'noodsteunpunten@2026.2']).stdout
    expect(next).toMatch(
      /^inhabitantsPerPoint +5\.000 +source +crisiskunde +local \(assumption\)$/m,
    )
    expect(next).toMatch(
      /^maxDistanceMeters +1\.000 +assumption +.*Een noodsteunpunt binnen loopafstand/m,
    )
    expect(next).toMatch(/^Toelichting$/m)
    expect(next).toMatch(/^contested +Telefoons opladen is geen eis\./m)
    expect(r.stdout).toMatch(/^power\.backup +continuity +mandatory +3 +≥ 72 uur +12 /m)
    expect(r.stdout).toMatch(/^Bronnen$/m)
    expect(
      JSON.parse(cli(['guideline', 'show', 'noodsteunpunten@2026.1', '--format', 'json']).stdout),
    ).toEqual(getGuideline('noodsteunpunten', '2026.1'))
    const csv = cli(['guideline', 'show', 'noodsteunpunten@2026.1', '--format', 'csv']).stdout
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFid;function;level;weight;check;validForMonths;appliesTo;basis;title',
    )
  })

  it('diff: added, removed and changed requirements between two editions', () => {
    const expected = diffGuidelines(
      getGuideline('noodsteunpunten', '2025.1')!,
      getGuideline('noodsteunpunten', '2026.1')!,
    )
    const json = cli([
      'guideline',
      'diff',
      'noodsteunpunten@2025.1',
      'noodsteunpunten@2026.1',
      '--format',
      'json',
    ])
    const { versions, ...diff } = JSON.parse(json.stdout) as Record<string, unknown>
    expect(versions).toEqual(VERSIONS)
    expect(diff).toEqual(expected)
    const table = cli([
      'guideline',
      'diff',
      'noodsteunpunten@2025.1',
      'noodsteunpunten@2026.1',
      '--lang',
      'en',
    ])
    expect(table.stdout).toMatch(
      new RegExp(
        `^${expected.added.length} requirements added, ${expected.removed.length} removed, ${expected.changed.length} changed`,
        'm',
      ),
    )
    expect(table.stdout).toMatch(/^Added$/m)
    const csv = cli([
      'guideline',
      'diff',
      'noodsteunpunten@2025.1',
      'noodsteunpunten@2026.1',
      '--format',
      'csv',
    ])
      .stdout.trimEnd()
      .split('\r\n')
    expect(csv).toContain('added;power.test;;;mandatory;Noodstroom beproefd')
  })

  it('impact: per point the level and score under each edition', () => {
    const r = cli([
      'guideline',
      'impact',
      small,
      '--to',
      '2025.1',
      '--as-of',
      '2026-11-01',
      '--format',
      'json',
    ])
    expect(r.code).toBe(0)
    const impact = JSON.parse(r.stdout) as {
      from: string
      to: string
      points: Array<{ id: string; change: string }>
      drops: string[]
    }
    expect(impact.from).toBe('noodsteunpunten@2026.1')
    expect(impact.to).toBe('noodsteunpunten@2025.1')
    expect(impact.points.map((p) => p.id)).toEqual([
      'urk-kazerne',
      'urk-buurthuis',
      'urk-kerk',
      'zeewolde-kazerne',
      'zeewolde-bieb',
    ])
    expect(impact.drops).toEqual([])
    const table = cli([
      'guideline',
      'impact',
      small,
      '--to',
      'noodsteunpunten@2025.1',
      '--as-of',
      '2026-11-01',
    ])
    expect(table.stdout).toMatch(/^Geen enkel actief punt zakt een niveau\.$/m)
    expect(table.stdout).toMatch(
      /^urk-buurthuis +Buurthuis De Zuidhoek +GM0184 +niet gereed +onbekend +13% +37,5% +↑$/m,
    )
  })

  it('impact with an unknown edition is wrong usage', () => {
    const r = cli(['guideline', 'impact', small, '--to', '2031.1'])
    expect(r.code).toBe(2)
    expect(r.errLines).toEqual([
      `weerbaar: onbekende richtlijn noodsteunpunten@2031.1; beschikbaar: ${knownEditions}`,
    ])
  })
})
