// Starts the real Weerbaar server (apps/server) for the browser tests: a fresh embedded PGlite
// database in a temporary folder, the demo regions, their programme and accounts (`seedDemo`), the built dashboard, on a free
// port on 127.0.0.1. Prints one JSON line { url, accounts } and runs until it is sent SIGTERM.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer } from '../../server/src/app.ts'
import { seedDemo } from '../../server/src/demo.ts'

const dir = mkdtempSync(join(tmpdir(), 'weerbaar-e2e-server-'))
const server = await startServer({
  dataDir: join(dir, 'data'),
  host: '127.0.0.1',
  port: 0,
  dashboardDir: fileURLToPath(new URL('../dist', import.meta.url)),
  // The browser tests sign in more often than a person would.
  rateLimits: { loginsPerAddress: 1000, failuresPerAccount: 1000 },
})
const { accounts } = await seedDemo(server.ctx)
console.log(JSON.stringify({ url: server.url, accounts }))

const stop = async () => {
  await server.close().catch(() => {})
  rmSync(dir, { recursive: true, force: true })
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
