#!/usr/bin/env node
import { run } from './cli/program.ts'

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const state: { exitCode: number; server?: { close(): Promise<void> } } = { exitCode: 0 }
const code = await run(
  process.argv.slice(2),
  {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin,
    env: process.env,
  },
  state,
)
if (state.server) {
  // Stop cleanly on Ctrl-C or a service manager's TERM: finish requests, release the data folder.
  const server = state.server
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    void server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} else {
  process.exitCode = code
}
