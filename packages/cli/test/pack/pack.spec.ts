import { execFileSync, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const packageDir = fileURLToPath(new URL('../..', import.meta.url))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
let project: string
let files: string[]

const run = (file: string, args: string[], cwd: string) =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

beforeAll(() => {
  if (!existsSync(join(packageDir, 'dist/bin.js'))) {
    throw new Error(
      'dist/ is missing: run `npm run build -w @weerbaar/cli` (or the root `npm run test:build`) first',
    )
  }
  project = mkdtempSync(join(tmpdir(), 'weerbaar-cli-pack-'))
  const packed = JSON.parse(
    run(npm, ['pack', '--json', '--pack-destination', project], packageDir),
  ) as Array<{
    filename: string
    files: Array<{ path: string }>
  }>
  files = packed[0]!.files.map((f) => f.path).sort()
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'weerbaar-cli-pack-consumer', private: true, version: '0.0.0' }),
  )
  run(
    npm,
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--no-package-lock',
      join(project, packed[0]!.filename),
    ],
    project,
  )
  copyFileSync(join(packageDir, 'test/fixtures/small-region.json'), join(project, 'region.json'))
})

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true })
})

describe('the packed @weerbaar/cli', () => {
  it('ships the binary, its map, the region and programme schemas, the package.json, licence and readme only', () => {
    expect(files).toEqual([
      'LICENSE',
      'README.md',
      'bin/weerbaar.js',
      'dist/bin.js',
      'dist/bin.js.map',
      'dist/programme.schema.json',
      'dist/region.schema.json',
      'package.json',
    ])
  })

  it("carries the JSON Schema of the core it was built with, for editors' $schema", () => {
    const installed = join(project, 'node_modules/@weerbaar/cli/dist/region.schema.json')
    expect(readFileSync(installed, 'utf8')).toBe(
      readFileSync(join(packageDir, '../core/schema/region.schema.json'), 'utf8'),
    )
    // and by its export, for tools that resolve package paths
    const resolved = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "console.log(import.meta.resolve('@weerbaar/cli/region.schema.json'))",
      ],
      project,
    ).trim()
    expect(fileURLToPath(resolved)).toBe(installed)
  })

  it('installs without any workspace package: core and guidelines are inside the binary', () => {
    const scoped = join(project, 'node_modules/@weerbaar')
    expect(existsSync(scoped) ? readdirSync(scoped) : []).toEqual(['cli'])
  })

  it('runs as `weerbaar` from node_modules/.bin, without the source condition', () => {
    const bin = join(project, 'node_modules/.bin/weerbaar')
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      version: string
    }
    const env = { ...process.env, NODE_OPTIONS: '' }
    expect(
      spawnSync(bin, ['--version'], { cwd: project, encoding: 'utf8', env }).stdout.split('\n')[0],
    ).toBe(version)
    const validate = spawnSync(bin, ['validate', 'region.json', '--lang', 'en'], {
      cwd: project,
      encoding: 'utf8',
      env,
    })
    // The fixture follows 2026.1, superseded since 2026-12-01: valid, with that one warning.
    expect(validate).toMatchObject({
      status: 0,
      stdout: 'region.json: valid (5 points, 21 assessments, 1 warning)\n',
    })
    expect(validate.stderr).toMatch(
      /^region\.json:\d+:\d+: warning: guideline\.version: noodsteunpunten@2026\.1 is superseded by noodsteunpunten@2026\.2/,
    )
    const report = spawnSync(
      bin,
      ['report', 'region.json', '--as-of', '2026-11-01', '--format', 'json'],
      { cwd: project, encoding: 'utf8', env },
    )
    expect(report.status).toBe(0)
    expect(JSON.parse(report.stdout)).toMatchObject({
      asOf: '2026-11-01',
      guideline: 'noodsteunpunten@2026.1',
      region: { code: 'VR25', readyPoints: 1 },
    })
    const missing = spawnSync(bin, ['validate', 'nope.json'], {
      cwd: project,
      encoding: 'utf8',
      env,
    })
    expect(missing).toMatchObject({
      status: 2,
      stderr: 'weerbaar: nope.json: bestand niet gevonden\n',
    })
  })
})
