// `npm run server -- <command> …` in a clone of the repository: builds the server (turbo;
// cached when nothing changed) and runs its command line, `weerbaar-server`. The build's output
// goes to stderr, so stdout carries only the command's own output (`npm run -s server -- token
// add --email E > token.txt`).
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

const build = spawnSync(
  npx,
  ['turbo', 'run', 'build', '--filter=@weerbaar/server', '--output-logs=errors-only'],
  {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    shell: process.platform === 'win32',
  },
)
if (build.status !== 0) {
  console.error('weerbaar-server: building the server failed (see above)')
  process.exit(build.status ?? 1)
}
const run = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(run.status ?? 1)
