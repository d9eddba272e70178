import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NetworkJsonSchema } from '../src/report/network-contract.ts'
import { cli, fixture, flevoland, gooi, tempDir } from './cli.ts'

const network = fixture('network-region.json')
const asOf = '2026-11-01'
const secrets = [
  'Jannie Visser',
  'j.visser@example.nl',
  'Klaas Kramer',
  '0527 111 111',
  '0527 000 000',
  'Post Urk',
]

function run(...args: string[]) {
  const r = cli(['network', ...args])
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  return r.stdout
}

describe('weerbaar network', () => {
  it('--format json: the documented contract, snapshot of the fixture', async () => {
    const text = run(network, '--as-of', asOf, '--format', 'json')
    const json = NetworkJsonSchema.parse(JSON.parse(text))
    expect(json.points.map((p) => [p.id, p.staffingHours])).toEqual([
      ['urk-kazerne', 72], // 12 fire fighters, 4 on duty in 8-hour shifts
      ['urk-buurthuis', 72], // 4 at once, 2 more from hour 8: 2+2+2 per day
      ['urk-kerk', 0],
      ['zeewolde-kazerne', 0],
      ['zeewolde-bieb', 0],
    ])
    expect(json.singlePointsOfFailure[0]).toMatchObject({
      partner: 'olie-noord',
      provides: 'fuel',
      share: 1,
    })
    await expect(text).toMatchFileSnapshot('./snapshots/network.json.snap')
  })

  it('--without: the drop-out before and after, and the analysis without the partner', () => {
    const json = NetworkJsonSchema.parse(
      JSON.parse(run(network, '--as-of', asOf, '--format', 'json', '--without', 'welzijn-urk')),
    )
    expect(json.without).toBe('welzijn-urk')
    expect(json.dropOut!.before.staffedPoints).toBe(2)
    expect(json.dropOut!.after.staffedPoints).toBe(1)
    expect(json.dropOut!.points.map((p) => [p.id, p.staffingHoursAfter, p.lost])).toEqual([
      ['urk-buurthuis', 0, ['location', 'staffing']],
    ])
    expect(json.points.find((p) => p.id === 'urk-buurthuis')!.staffingHours).toBe(0)
  })

  it('--without with --population: residents within reach of a ready point, before and after', async () => {
    const dir = tempDir()
    const grid = join(dir, 'raster.csv')
    // At the ready urk-kazerne (150), ~470 m from it at urk-buurthuis (250), and at the
    // zeewolde-kazerne, whose level is unknown (300): 400 within 1,000 m of a ready point.
    writeFileSync(
      grid,
      'lat;lon;population;municipality\n52.6616;5.6013;150;GM0184\n52.658;5.605;250;GM0184\n52.33;5.54;300;GM0050\n',
    )
    const args = [network, '--as-of', asOf, '--without', 'olie-noord', '--population', grid]
    const json = NetworkJsonSchema.parse(JSON.parse(run(...args, '--format', 'json')))
    expect(json.dropOut!.before.residentsWithinReach).toBe(400)
    expect(json.dropOut!.after.residentsWithinReach).toBe(400)
    // A smaller radius leaves the buurthuis cell out.
    const near = NetworkJsonSchema.parse(
      JSON.parse(run(...args, '--radius', '300', '--format', 'json')),
    )
    expect(near.dropOut!.before.residentsWithinReach).toBe(150)
    const text = run(...args)
    expect(text).toContain('Inwoners binnen bereik: 400 → 400')
    await expect(text).toMatchFileSnapshot('./snapshots/network-without-population.txt.snap')
    // Without --population the figure is null in JSON and absent from the text.
    const plain = run(network, '--as-of', asOf, '--without', 'olie-noord')
    expect(plain).not.toContain('Inwoners binnen bereik')
  })

  it('--population without --without, or a broken grid, is a clear error', () => {
    const dir = tempDir()
    const broken = join(dir, 'kapot.csv')
    writeFileSync(broken, 'lat;lon;population;municipality\n52.6616;5.6013;veel;GM0184\n')
    const alone = cli(['network', network, '--population', broken])
    expect(alone.code).toBe(2)
    expect(alone.stderr).toContain('--without')
    const bad = cli(['network', network, '--without', 'olie-noord', '--population', broken])
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toContain('kapot.csv')
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/)
    expect(bad.stdout).toBe('')
  })

  it('--threshold changes which partners are flagged; a bad share is a usage error', () => {
    const json = NetworkJsonSchema.parse(
      JSON.parse(run(network, '--as-of', asOf, '--format', 'json', '--threshold', '0,5')),
    )
    expect(json.spofThreshold).toBe(0.5)
    expect(json.singlePointsOfFailure.map((s) => s.partner)).toEqual(['olie-noord'])
    const bad = cli(['network', network, '--threshold', '2'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--threshold')
  })

  it('an unknown partner for --without is a usage error naming the known ones', () => {
    const r = cli(['network', network, '--without', 'niemand', '--lang', 'en'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('unknown partner "niemand"')
    expect(r.stderr).toContain('olie-noord')
  })

  it('leaves contacts out of every format unless --with-contacts is given', () => {
    for (const format of ['json', 'table', 'md', 'csv']) {
      const out = run(network, '--as-of', asOf, '--format', format)
      for (const secret of secrets) expect(out).not.toContain(secret)
    }
    const withContacts = run(network, '--as-of', asOf, '--format', 'json', '--with-contacts')
    const json = NetworkJsonSchema.parse(JSON.parse(withContacts))
    const urk = json.contacts!.find((m) => m.code === 'GM0184')!
    expect(urk.roles.map((r) => r.role)).toEqual(['aov', 'wmo', 'operations'])
    expect(withContacts).toContain('Jannie Visser')
    const md = run(network, '--as-of', asOf, '--format', 'md', '--with-contacts')
    expect(md).toContain('Klaas Kramer')
  })

  it('runs on the demo regions', () => {
    for (const file of [flevoland, gooi]) {
      const json = NetworkJsonSchema.parse(
        JSON.parse(run(file, '--as-of', asOf, '--format', 'json')),
      )
      expect(json.points.length).toBe(
        (JSON.parse(readFileSync(file, 'utf8')) as { points: unknown[] }).points.length,
      )
    }
  })
})

describe('weerbaar report shows an evidenced requirement like any other', () => {
  it('met, with the agreement in the JSON and a table of evidenced requirements', () => {
    const r = cli(['report', network, '--as-of', asOf, '--format', 'json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as {
      points: { id: string; requirements: { id: string; outcome: string; evidence?: unknown }[] }[]
    }
    const kazerne = report.points.find((p) => p.id === 'urk-kazerne')!
    expect(kazerne.requirements.find((q) => q.id === 'power.fuel-agreement')).toEqual({
      id: 'power.fuel-agreement',
      outcome: 'met',
      fraction: 1,
      weight: 2,
      mandatory: false,
      evidence: {
        agreement: 'brandstof-2026',
        partner: 'olie-noord',
        provides: 'fuel',
        signed: '2026-02-01',
        validUntil: '2026-12-31',
      },
    })
    // The buurthuis's own check of 2026-09-01 is newer than its location agreement: it wins.
    const buurthuis = report.points.find((p) => p.id === 'urk-buurthuis')!
    const use = buurthuis.requirements.find((q) => q.id === 'site.use-agreement')!
    expect(use.outcome).toBe('met')
    expect(use.evidence).toBeUndefined()
    const table = cli(['report', network, '--as-of', asOf])
    expect(table.stdout).toContain('Aangetoond door afspraken')
    expect(table.stdout).toMatch(/urk-kazerne\s+power\.fuel-agreement\s+met\s+brandstof-2026/)
    for (const secret of secrets) expect(table.stdout + r.stdout).not.toContain(secret)
  })
})

describe('privacy: contacts never reach residents or an export without asking', () => {
  const read = (dir: string) =>
    readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n')

  it('the risicowijzer of every municipality carries no contact and no partner detail', () => {
    const dir = tempDir()
    const r = cli(['risicowijzer', network, '--all', '--out', join(dir, 'out'), '--as-of', asOf])
    expect(r.code).toBe(0)
    const text = read(join(dir, 'out'))
    expect(text.length).toBeGreaterThan(1000)
    for (const secret of [...secrets, 'Olie Noord', 'brandstof-2026'])
      expect(text).not.toContain(secret)
  })

  it('convert --to-csv writes no contact', () => {
    const dir = tempDir()
    const r = cli(['convert', network, '--to-csv', dir])
    expect(r.code).toBe(0)
    const text = read(dir)
    for (const secret of secrets) expect(text).not.toContain(secret)
  })

  it('validate and report never print a contact', () => {
    for (const args of [
      ['validate', network],
      ['report', network, '--points', '--format', 'md'],
    ]) {
      const r = cli(args)
      for (const secret of secrets) expect(r.stdout + r.stderr).not.toContain(secret)
    }
  })
})

describe('weerbaar convert: partners, agreements and staffing as CSV', () => {
  it('--to-csv writes them (without contacts); back to JSON they replace the arrays and contacts stay', () => {
    const dir = tempDir()
    expect(cli(['convert', network, '--to-csv', dir]).code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual([
      'network-region.agreements.csv',
      'network-region.assessments.csv',
      'network-region.partners.csv',
      'network-region.points.csv',
      'network-region.staffing.csv',
    ])
    const staffingCsv = readFileSync(join(dir, 'network-region.staffing.csv'), 'utf8')
    expect(staffingCsv.startsWith('\uFEFFpoint;partner;role;people;availableWithinHours')).toBe(
      true,
    )
    const agreements = readFileSync(join(dir, 'network-region.agreements.csv'), 'utf8')
    expect(
      agreements.startsWith('\uFEFFid;partner;points;provides;status;signed;validUntil;note'),
    ).toBe(true)
    const back = cli([
      'convert',
      network,
      '--partners',
      join(dir, 'network-region.partners.csv'),
      '--agreements',
      join(dir, 'network-region.agreements.csv'),
      '--staffing',
      join(dir, 'network-region.staffing.csv'),
    ])
    expect(back.stderr).toBe('')
    const original = JSON.parse(readFileSync(network, 'utf8')) as Record<string, unknown>
    const json = JSON.parse(back.stdout) as Record<string, unknown>
    expect(json.partners).toEqual(original.partners)
    expect(json.agreements).toEqual(original.agreements)
    expect(json.staffing).toEqual(original.staffing)
  })

  it('a staffing CSV with a count that is not whole fails with the file, line and column', () => {
    const dir = tempDir()
    const file = join(dir, 'bemensing.csv')
    writeFileSync(file, 'punt;partner;taak;mensen\nurk-kazerne;brandweer;brandweer;twaalf\n')
    const r = cli(['convert', network, '--staffing', file])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${file}:2:4:`)
    expect(r.stdout).toBe('')
  })

  it('a CSV with a bad reference fails with the file, line and column', () => {
    const dir = tempDir()
    const file = join(dir, 'afspraken.csv')
    writeFileSync(
      file,
      'id;partner;points;provides;status\nx;niemand;urk-kazerne;brandstof;concept\n',
    )
    const r = cli(['convert', network, '--agreements', file, '--lang', 'en'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      `${file}:2:2: error: agreements[0].partner: Column "partner": Unknown partner "niemand"`,
    )
  })
})
