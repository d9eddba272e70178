#!/usr/bin/env node
// The `weerbaar` command as npm links it (package.json "bin"). This file is committed, not
// built: npm links a bin only if its target exists when `npm install` runs, and in a fresh
// clone of the repository nothing is built yet, so a bin pointing into dist/ left `npx weerbaar`
// with "could not determine executable to run".
//
// Installed from the registry (no src/ in the package) it runs the bundled dist/bin.js. In a
// clone (src/ next to it and the repository's tsx installed) it runs the TypeScript source with
// the workspace's source condition: no build step, and never a stale build.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const source = fileURLToPath(new URL('../src/bin.ts', import.meta.url))
const built = new URL('../dist/bin.js', import.meta.url)

/** The tsx loader of the repository, or undefined outside a clone with its dev dependencies. */
function tsxLoader() {
  if (!existsSync(source)) return undefined
  try {
    return import.meta.resolve('tsx')
  } catch {
    return undefined
  }
}

const loader = tsxLoader()
if (loader) {
  const child = spawnSync(
    process.execPath,
    ['--import', loader, '--conditions=@weerbaar/source', source, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  )
  if (child.error) {
    process.stderr.write(`weerbaar: ${child.error.message}\n`)
    process.exit(3)
  }
  // Ended by a signal (Ctrl-C): end the same way, so the shell sees what happened.
  if (child.signal) process.kill(process.pid, child.signal)
  process.exit(child.status ?? 3)
} else if (existsSync(fileURLToPath(built))) {
  await import(built.href)
} else {
  process.stderr.write(
    'weerbaar: dist/bin.js is missing and the source cannot run here (tsx not installed); ' +
      'run `npm install` in the repository, or `npm run build -w @weerbaar/cli`\n',
  )
  process.exit(3)
}
