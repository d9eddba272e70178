import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
export const bin = join(packageDir, 'dist', 'bin.js')
export const fixtures = join(packageDir, 'test', 'fixtures')
export const demoData = join(packageDir, '..', 'demo-data', 'data')
export const flevoland = join(demoData, 'vr25-flevoland.json')
export const gooi = join(demoData, 'vr14-gooi-en-vechtstreek.json')
export const fixture = (name: string) => join(fixtures, name)

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
  /** stderr split in lines, without the empty last one. */
  errLines: string[]
}

/**
 * Runs the built binary as a user would, in `cwd` (the package directory by default). With
 * `stdout`, a file descriptor, its output goes there instead of into `stdout` of the result.
 */
export function cli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; stdout?: number } = {},
): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? packageDir,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
    timeout: 60_000,
  })
  if (result.error) throw result.error
  return {
    code: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr,
    errLines: result.stderr.split('\n').filter((line) => line !== ''),
  }
}

/** A temporary directory, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-cli-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}
