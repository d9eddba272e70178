import { readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bin, packageDir } from './cli.ts'

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  bin: Record<string, string>
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
    expect(pkg.bin.weerbaar).toBe('./dist/bin.js')
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
