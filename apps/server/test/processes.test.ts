import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { openContext } from '../src/app.ts'
import { run } from '../src/cli/program.ts'
import { seedDemo, type DemoAccount } from '../src/demo.ts'
import { backends, freshDatabase, login, type BackendName, type TestDatabase } from './helpers.ts'

const serverDir = fileURLToPath(new URL('..', import.meta.url))

function envFor(db: TestDatabase): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WEERBAAR_DATA_DIR: db.options.dataDir ?? '',
    WEERBAAR_DATABASE_URL: db.options.databaseUrl ?? '',
  }
}

interface Child {
  process: ChildProcess
  url: string
}

/** `weerbaar-server start --port 0` from source in its own process; resolves once it listens. */
function startChild(db: TestDatabase): Promise<Child> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@weerbaar/source', 'src/bin.ts', 'start', '--port', '0'],
    {
      cwd: serverDir,
      env: { ...envFor(db), WEERBAAR_DASHBOARD_DIR: '/nonexistent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /Weerbaar server on (http:\/\/\S+)/.exec(out)
      if (match) resolve({ process: child, url: match[1]! })
    })
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)))
  })
}

function killHard(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.process.once('exit', () => resolve())
    child.process.kill('SIGKILL')
  })
}

async function seed(db: TestDatabase): Promise<Record<string, DemoAccount>> {
  const ctx = await openContext({ ...db.options, dashboardDir: false })
  try {
    const demo = await seedDemo(ctx)
    return Object.fromEntries(demo.accounts.map((a) => [a.email.split('@')[0]!, a]))
  } finally {
    await ctx.release()
  }
}

async function cli(args: string[], db: TestDatabase) {
  let stdout = ''
  let stderr = ''
  const code = await run(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => '',
    env: envFor(db),
  })
  return { code, stdout, stderr }
}

describe.each(backends)('server processes on %s', (backend: BackendName) => {
  const children: Child[] = []
  const databases: TestDatabase[] = []
  afterEach(async () => {
    for (const child of children.splice(0)) await killHard(child)
    for (const db of databases.splice(0)) await db.drop()
  })

  it(
    'loses nothing it acknowledged when killed with SIGKILL right after answering',
    { timeout: 600_000 },
    async () => {
      const db = await freshDatabase(backend)
      databases.push(db)
      const accounts = await seed(db)
      const first = await startChild(db)
      children.push(first)
      if (backend === 'pglite') {
        // The data folder belongs to the running server: a command refuses instead of opening it.
        const refused = await cli(['user', 'list'], db)
        expect(refused.code).toBe(1)
        expect(refused.stderr).toMatch(/stop the server first/)
      }
      const urk = await login(
        first.url,
        accounts['editor.urk']!.email,
        accounts['editor.urk']!.password,
      )
      const ids: string[] = []
      for (let i = 0; i < 10; i++) {
        const id = `durable-${i}`
        const answer = await urk.request('POST', '/api/v1/regions/VR25/assessments', {
          body: {
            id,
            point: 'kazerne-urk',
            requirement: 'info.board',
            date: '2026-11-20',
            result: i % 2 ? 'met' : 'partial',
          },
        })
        expect(answer.status).toBe(201)
        ids.push(id)
      }
      // And writes sent together, which share commits (group commit): each acknowledged one
      // must be there too.
      const together = Array.from({ length: 20 }, (_, i) => `durable-together-${i}`)
      const answers = await Promise.all(
        together.map((id, i) =>
          urk.request('POST', '/api/v1/regions/VR25/assessments', {
            body: {
              id,
              point: 'kazerne-urk',
              requirement: 'info.board',
              date: '2026-11-21',
              result: i % 2 ? 'met' : 'partial',
            },
          }),
        ),
      )
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201))
      ids.push(...together)
      await killHard(first)

      const second = await startChild(db)
      children.push(second)
      const again = await login(
        second.url,
        accounts['editor.urk']!.email,
        accounts['editor.urk']!.password,
      )
      for (const id of ids)
        expect((await again.request('GET', `/api/v1/regions/VR25/assessments/${id}`)).status).toBe(
          200,
        )
      const feed = await again.json('GET', '/api/v1/regions/VR25/changes?since=0&limit=10000')
      expect(
        feed.body.changes.filter((c: { id: string }) => c.id.startsWith('durable-')),
      ).toHaveLength(30)
      const audit = await cli(['audit', 'verify'], db).catch((e: unknown) => ({
        code: -1,
        stdout: String(e),
        stderr: '',
      }))
      if (backend === 'postgres')
        expect(audit).toMatchObject({ code: 0, stdout: expect.stringMatching(/intact/) })
    },
  )

  it.runIf(backend === 'postgres')(
    'two processes on one database share sessions, the change feed and events',
    async () => {
      const db = await freshDatabase(backend)
      databases.push(db)
      const accounts = await seed(db)
      const [a, b] = await Promise.all([startChild(db), startChild(db)])
      children.push(a, b)
      const viaA = await login(
        a.url,
        accounts['editor.urk']!.email,
        accounts['editor.urk']!.password,
      )
      // The session made by A is valid on B: it lives in the database.
      const viaB = {
        ...viaA,
        request: (m: string, p: string, o?: object) =>
          fetch(`${b.url}${p}`, { method: m, headers: { cookie: viaA.cookie!, ...(o ?? {}) } }),
      }
      const me = await viaB.request('GET', '/api/v1/me')
      expect(me.status).toBe(200)
      const start = (await viaA.json('GET', '/api/v1/regions/VR25/changes?limit=1')).body
        .last as number
      const events = await fetch(`${b.url}/api/v1/regions/VR25/events`, {
        headers: { cookie: viaA.cookie!, 'last-event-id': String(start) },
      })
      const reader = events.body!.getReader()
      const written = await viaA.json('POST', '/api/v1/regions/VR25/assessments', {
        body: {
          id: 'across-processes',
          point: 'kazerne-urk',
          requirement: 'info.board',
          date: '2026-11-21',
          result: 'met',
        },
      })
      expect(written.status).toBe(201)
      let text = ''
      const deadline = Date.now() + 20_000
      while (!text.includes('across-processes') && Date.now() < deadline) {
        const { value, done } = await reader.read()
        if (done) break
        text += new TextDecoder().decode(value)
      }
      await reader.cancel()
      expect(text).toContain(`id: ${start + 1}\nevent: change`)
      const feedB = await fetch(`${b.url}/api/v1/regions/VR25/changes?since=${start}`, {
        headers: { cookie: viaA.cookie! },
      })
      const page = (await feedB.json()) as { changes: { id: string }[] }
      expect(page.changes.map((c) => c.id)).toEqual(['across-processes'])
      // On PostgreSQL a command works while servers run.
      const listed = await cli(['user', 'list'], db)
      expect(listed.code).toBe(0)
      expect(listed.stdout).toContain('editor.urk@weerbaar.example')
    },
  )
})
