import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { startServer, type App, type AppOptions } from '../src/app.ts'
import { seedDemo, type DemoAccount } from '../src/demo.ts'

export type BackendName = 'pglite' | 'postgres'

/** PGlite always; PostgreSQL when WEERBAAR_TEST_DATABASE_URL points at a server (CI does). */
export const backends: BackendName[] = process.env.WEERBAAR_TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite']

export interface TestDatabase {
  options: Pick<AppOptions, 'databaseUrl' | 'dataDir'>
  drop(): Promise<void>
}

/** A database of its own for one suite: a temporary PGlite folder, or a new PostgreSQL database. */
export async function freshDatabase(backend: BackendName): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-server-test-'))
    return {
      options: { dataDir: join(dir, 'data') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    }
  }
  const adminUrl = process.env.WEERBAAR_TEST_DATABASE_URL!
  const name = `weerbaar_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    options: { databaseUrl: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

export interface Client {
  request(
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers freely
  json<T = any>(
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: T; headers: Headers }>
  csrfToken?: string
  cookie?: string
}

export function client(
  base: string,
  auth: { cookie?: string; csrfToken?: string; token?: string } = {},
): Client {
  const request: Client['request'] = (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers }
    if (auth.cookie) headers.cookie = auth.cookie
    if (auth.csrfToken && !('x-csrf-token' in headers)) headers['x-csrf-token'] = auth.csrfToken
    if (auth.token) headers.authorization = `Bearer ${auth.token}`
    if (options.body !== undefined && !('content-type' in headers))
      headers['content-type'] = 'application/json'
    return fetch(`${base}${path}`, {
      method,
      headers,
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body),
    })
  }
  return {
    ...auth,
    request,
    async json(method, path, options) {
      const response = await request(method, path, options)
      const text = await response.text()
      return {
        status: response.status,
        body: text ? JSON.parse(text) : undefined,
        headers: response.headers,
      }
    },
  }
}

export async function login(base: string, email: string, password: string): Promise<Client> {
  const response = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (response.status !== 201)
    throw new Error(`login ${email}: ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { csrfToken: string }
  const setCookie = response.headers.getSetCookie()[0]!
  return client(base, { cookie: setCookie.split(';')[0]!, csrfToken: body.csrfToken })
}

export interface TestServer {
  url: string
  app: App
  accounts: Record<
    'coordinatorVr25' | 'coordinatorVr14' | 'editorAlmere' | 'editorUrk' | 'viewer',
    DemoAccount
  >
  close(): Promise<void>
}

/** The real server on a free port of 127.0.0.1, with the demo regions and accounts. */
export async function startTestServer(
  db: TestDatabase,
  options: Partial<AppOptions> = {},
): Promise<TestServer> {
  const app = await startServer({
    ...db.options,
    dashboardDir: false,
    host: '127.0.0.1',
    port: 0,
    ...options,
  })
  const demo = await seedDemo(app.ctx)
  const by = (prefix: string) => demo.accounts.find((a) => a.email.startsWith(prefix))!
  return {
    url: app.url,
    app,
    accounts: {
      coordinatorVr25: by('coordinator.vr25'),
      coordinatorVr14: by('coordinator.vr14'),
      editorAlmere: by('editor.almere'),
      editorUrk: by('editor.urk'),
      viewer: by('viewer'),
    },
    close: () => app.close(),
  }
}
