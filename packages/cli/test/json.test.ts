/**
 * The JSON of every command is a documented contract (docs/guide/cli.md): these snapshots are
 * the examples the docs include, so a change of any field shows in review. The versions are
 * checked against the packages, then written as x.y.z so a release does not touch the files.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../src/report/contract.ts'
import { cli, fixture, packageDir } from './cli.ts'

const version = (dir: string) =>
  (JSON.parse(readFileSync(join(packageDir, dir, 'package.json'), 'utf8')) as { version: string })
    .version

/** Runs a command with --format json; checks exit code and versions; returns the JSON text. */
function json(args: string[], code = 0): { value: Record<string, unknown>; text: string } {
  const r = cli([...args, '--format', 'json', '--lang', 'en'])
  expect(r.code, r.stderr).toBe(code)
  const value = JSON.parse(r.stdout) as Record<string, unknown>
  expect(Object.keys(value)[0]).toBe('versions')
  expect(value.versions).toEqual({
    cli: version('.'),
    core: version('../core'),
    guidelines: version('../guidelines'),
  })
  const stable = { ...value, versions: { cli: 'x.y.z', core: 'x.y.z', guidelines: 'x.y.z' } }
  return { value, text: `${JSON.stringify(stable, null, 2)}\n` }
}

const region = 'test/fixtures/small-region.json'
const population = ['--population', 'test/fixtures/population.csv']
const asOf = ['--as-of', '2026-11-01']

describe('JSON results: versions first, then the documented fields', () => {
  it('validate: the verdict, counts and every issue with its position', async () => {
    const invalid = json(['validate', 'test/fixtures/invalid-region.json'], 1)
    expect(invalid.value).toMatchObject({ valid: false, errors: 11, points: null })
    await expect(invalid.text).toMatchFileSnapshot('json/validate-invalid.json')
    const valid = json(['validate', region])
    expect(valid.value).toMatchObject({ valid: true, errors: 0, points: 5, assessments: 21 })
    await expect(valid.text).toMatchFileSnapshot('json/validate.json')
  })

  it('report: checked against its zod contract, with the coordination figures', async () => {
    const { value, text } = json(['report', region, ...asOf])
    const report = ReportSchema.parse(value)
    expect(report.region.coordination.municipalities).toBe(report.municipalities.length)
    expect(report.region.coordination.municipalitiesMeetingMinimum).toBe(
      report.municipalities.filter((m) => m.coordination.met).length,
    )
    await expect(text).toMatchFileSnapshot('json/report.json')
  })

  it('coverage', async () => {
    await expect(json(['coverage', region, ...population, ...asOf]).text).toMatchFileSnapshot(
      'json/coverage.json',
    )
  })

  it('site', async () => {
    const { text } = json([
      'site',
      region,
      ...population,
      ...asOf,
      '--count',
      '2',
      '--candidates',
      fixture('candidates.csv'),
    ])
    await expect(text.replaceAll(packageDir, '')).toMatchFileSnapshot('json/site.json')
  })

  it('risk', async () => {
    await expect(json(['risk', region, ...asOf]).text).toMatchFileSnapshot('json/risk.json')
  })

  it('guideline diff', async () => {
    await expect(
      json(['guideline', 'diff', 'noodsteunpunten@2025.1', 'noodsteunpunten@2026.1']).text,
    ).toMatchFileSnapshot('json/guideline-diff.json')
  })

  it('guideline impact', async () => {
    await expect(
      json(['guideline', 'impact', region, '--to', '2025.1', ...asOf]).text,
    ).toMatchFileSnapshot('json/guideline-impact.json')
  })
})
