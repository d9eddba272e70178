// `npm run weerbaar -- <command> …` in a clone of the repository: builds the CLI (turbo; cached
// when nothing changed) and runs it. The build's output goes to stderr, so stdout carries only
// the command's own output: `npm run -s weerbaar -- report region.json --format json > r.json`
// (-s keeps npm's own "> weerbaar" lines out of it too).
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

const build = spawnSync(
  npx,
  ['turbo', 'run', 'build', '--filter=@weerbaar/cli', '--output-logs=errors-only'],
  {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    shell: process.platform === 'win32',
  },
)
if (build.status !== 0) {
  console.error('weerbaar: building the CLI failed (see above)')
  process.exit(build.status ?? 1)
}
const run = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(run.status ?? 1)
