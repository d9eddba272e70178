import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { bin, packageDir, tempDir } from './cli.ts'

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  bin: Record<string, string>
  files: string[]
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

/** Package names of the static and dynamic imports of the built binary. */
function importedPackages(code: string): Set<string> {
  const specifiers = [
    ...code.matchAll(
      /(?:^|\n)\s*import\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2]!)
  return new Set(
    specifiers
      .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !builtinModules.includes(s))
      .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!)),
  )
}

describe('the published binary', () => {
  const code = readFileSync(bin, 'utf8')

  it('is dist/bin.js, executable, with a node shebang', () => {
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(statSync(bin).mode & 0o111).not.toBe(0)
  })

  it('bundles the workspace packages, so it needs neither their build nor the source condition', () => {
    expect([...importedPackages(code)].filter((p) => p.startsWith('@weerbaar/'))).toEqual([])
    expect(code).not.toMatch(/@weerbaar\/source/)
    for (const name of Object.keys(pkg.dependencies))
      expect(name.startsWith('@weerbaar/')).toBe(false)
  })

  it('imports only packages it declares as dependencies', () => {
    const imported = importedPackages(code)
    expect(imported.size).toBeGreaterThan(0)
    for (const name of imported)
      expect(pkg.dependencies, `${name} is imported by dist/bin.js`).toHaveProperty(name)
    // And declares none it does not use.
    for (const name of Object.keys(pkg.dependencies))
      expect(imported, `${name} is declared but not imported`).toContain(name)
  })
})

describe('the bin npm links: a committed launcher, so a fresh clone has `npx weerbaar`', () => {
  const launcher = join(packageDir, pkg.bin.weerbaar!)
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string
  }
  const run = (file: string, args: string[]) =>
    spawnSync(process.execPath, [file, ...args], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      timeout: 60_000,
    })

  it('is bin/weerbaar.js, outside dist/, executable, with a node shebang, and packed', () => {
    expect(pkg.bin.weerbaar).toBe('./bin/weerbaar.js')
    expect(readFileSync(launcher, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(statSync(launcher).mode & 0o111).not.toBe(0)
    expect(pkg.files).toContain('bin')
  })

  it('in the clone, runs the TypeScript source (no build needed, never a stale one)', () => {
    // The demo region follows the edition in effect, so a clean run prints nothing on stderr.
    const result = run(launcher, [
      'validate',
      join(packageDir, '../demo-data/data/vr25-flevoland.json'),
      '--lang',
      'en',
    ])
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/: valid \(90 points, 2711 assessments, 0 warnings\)\n$/)
    expect(result.status).toBe(0)
  })

  it('as published (no src/), runs dist/bin.js with the same exit codes', () => {
    // Inside the repository, so dist/bin.js finds its dependencies in node_modules as it would
    // in an installed project.
    mkdirSync(join(packageDir, '.tmp'), { recursive: true })
    const installed = mkdtempSync(join(packageDir, '.tmp', 'published-'))
    onTestFinished(() => rmSync(installed, { recursive: true, force: true }))
    cpSync(join(packageDir, 'bin'), join(installed, 'bin'), { recursive: true })
    cpSync(join(packageDir, 'dist'), join(installed, 'dist'), { recursive: true })
    cpSync(join(packageDir, 'package.json'), join(installed, 'package.json'))
    const launched = join(installed, 'bin/weerbaar.js')
    expect(run(launched, ['--version']).stdout.split('\n')[0]).toBe(version)
    const missing = run(launched, ['validate', 'nope.json', '--lang', 'en'])
    expect(missing).toMatchObject({ status: 2, stderr: 'weerbaar: nope.json: file not found\n' })
  })

  it('without dist/ and without the source, says what to do (exit 3), no stack trace', () => {
    const bare = join(tempDir(), 'cli')
    mkdirSync(bare)
    cpSync(join(packageDir, 'bin'), join(bare, 'bin'), { recursive: true })
    const result = run(join(bare, 'bin/weerbaar.js'), ['--version'])
    expect(result.status).toBe(3)
    expect(result.stderr).toMatch(
      /^weerbaar: dist\/bin\.js is missing .*npm run build -w @weerbaar\/cli`\n$/,
    )
  })
})
