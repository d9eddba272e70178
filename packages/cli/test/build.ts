import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Vitest global setup: builds the binary once with tsup, so every test runs `node dist/bin.js`
 * exactly as it is published. The workspace packages are bundled from source, so nothing else
 * needs building first, also on a fresh clone.
 */
export default function setup(): void {
  const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
  const tsup = createRequire(join(packageDir, 'package.json')).resolve('tsup/dist/cli-default.js')
  execFileSync(process.execPath, [tsup, '--silent'], {
    cwd: packageDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}
