import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run as runCli } from '../../../packages/cli/src/program.ts'
import {
  backends,
  client,
  freshDatabase,
  login,
  startTestServer,
  type Client,
  type TestDatabase,
  type TestServer,
} from './helpers.ts'

const gridPath = (file: string) =>
  createRequire(import.meta.url).resolve(`@weerbaar/demo-data/data/population/${file}`)

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  })
  return { code, stdout, stderr }
}

describe.each(backends)('coverage and population grids on %s', (backend) => {
  let db: TestDatabase
  let server: TestServer
  let coordinator: Client
  let coordinatorVr14: Client
  let urk: Client
  let viewer: Client

  beforeAll(async () => {
    db = await freshDatabase(backend)
    server = await startTestServer(db)
    const a = server.accounts
    coordinator = await login(server.url, a.coordinatorVr25.email, a.coordinatorVr25.password)
    coordinatorVr14 = await login(server.url, a.coordinatorVr14.email, a.coordinatorVr14.password)
    urk = await login(server.url, a.editorUrk.email, a.editorUrk.password)
    viewer = await login(server.url, a.viewer.email, a.viewer.password)
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  it('a viewer gets the JSON of `weerbaar coverage --format json` on the same data (the demo grid is loaded)', async () => {
    const region = await viewer.json('GET', '/api/v1/regions/VR25')
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-server-coverage-'))
    const file = join(dir, 'vr25.json')
    writeFileSync(file, JSON.stringify(region.body))
    const population = gridPath('vr25-flevoland.csv')
    for (const [query, options] of [
      ['asOf=2026-11-01', []],
      ['asOf=2026-11-01&include=planned&radius=1500', ['--include', 'planned', '--radius', '1500']],
    ] as const) {
      const cliRun = await cli([
        'coverage',
        file,
        '--population',
        population,
        '--as-of',
        '2026-11-01',
        ...options,
        '--format',
        'json',
      ])
      expect(cliRun.code).toBe(0)
      const { versions, ...expected } = JSON.parse(cliRun.stdout) as { versions: unknown }
      expect(versions).toBeTypeOf('object')
      const api = await viewer.json('GET', `/api/v1/regions/VR25/coverage?${query}`)
      expect(api.status).toBe(200)
      expect(api.body).toEqual(expected)
      expect(api.body.total.population).toBeGreaterThan(0)
    }
    const grid = await viewer.json('GET', '/api/v1/regions/VR25/population-grid')
    expect(grid.status).toBe(200)
    expect(grid.body).toMatchObject({ region: 'VR25', cells: expect.any(Number) })
    expect(grid.body.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('a write to the region gives new coverage (the kept result is for the old state)', async () => {
    const before = await viewer.json(
      'GET',
      '/api/v1/regions/VR25/coverage?asOf=2026-11-01&include=active',
    )
    const point = await coordinator.json('GET', '/api/v1/regions/VR25/points/kazerne-urk')
    expect(point.body.status).toBe('active')
    const changed = await coordinator.json('PUT', '/api/v1/regions/VR25/points/kazerne-urk', {
      body: { ...point.body, status: 'inactive' },
    })
    expect(changed.status).toBe(200)
    const after = await viewer.json(
      'GET',
      '/api/v1/regions/VR25/coverage?asOf=2026-11-01&include=active',
    )
    expect(after.body.points).toBe(before.body.points - 1)
    expect(after.body.qualifying).not.toContain('kazerne-urk')
    expect(before.body.qualifying).toContain('kazerne-urk')
  })

  it('roles: editors cannot upload a grid, another region is 404, without login 401', async () => {
    const csv = readFileSync(gridPath('vr25-flevoland.csv'))
    const asEditor = await urk.request('PUT', '/api/v1/regions/VR25/population-grid', {
      body: csv.toString('utf8'),
      headers: { 'content-type': 'text/csv' },
    })
    expect(asEditor.status).toBe(403)
    const asViewer = await viewer.request('PUT', '/api/v1/regions/VR25/population-grid', {
      body: csv.toString('utf8'),
      headers: { 'content-type': 'text/csv' },
    })
    expect(asViewer.status).toBe(403)
    // The VR14 coordinator may not learn that VR25 has coverage, nor change its grid.
    expect(
      (await coordinatorVr14.request('GET', '/api/v1/regions/VR25/coverage?asOf=2026-11-01'))
        .status,
    ).toBe(404)
    expect(
      (
        await coordinatorVr14.request('PUT', '/api/v1/regions/VR25/population-grid', {
          body: csv.toString('utf8'),
          headers: { 'content-type': 'text/csv' },
        })
      ).status,
    ).toBe(404)
    const anonymous = client(server.url)
    expect((await anonymous.request('GET', '/api/v1/regions/VR25/coverage')).status).toBe(401)
    expect(
      (
        await anonymous.request('PUT', '/api/v1/regions/VR25/population-grid', {
          body: 'x;y;population;municipality\n',
          headers: { 'content-type': 'text/csv' },
        })
      ).status,
    ).toBe(401)
    // Nothing was changed by the refused uploads.
    const audit = await server.app.ctx.storage.queryAudit({
      region: 'VR25',
      entityKind: 'population_grid',
      limit: 100,
    })
    // Only the demo's own upload.
    expect(audit.map((e) => [e.action, e.actorEmail])).toEqual([['population_grid.put', null]])
  })

  it('a region without a grid: 404 that says how to add one; a coordinator uploads it (validated, audited)', async () => {
    await server.app.ctx.db.query("DELETE FROM population_grids WHERE region = 'VR14'")
    const missing = await coordinatorVr14.json('GET', '/api/v1/regions/VR14/coverage', {
      headers: { 'accept-language': 'en' },
    })
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toMatch(/application\/problem\+json/)
    expect(missing.body.issues).toMatchObject([
      {
        code: 'no_population_grid',
        message: expect.stringContaining('PUT /api/v1/regions/VR14/population-grid'),
      },
    ])

    // A broken file: 422 with line and column, nothing stored.
    const broken = await coordinatorVr14.json('PUT', '/api/v1/regions/VR14/population-grid', {
      body: 'x;y;population;municipality\r\n133250;466250;twaalf;GM1696\r\n',
      headers: { 'content-type': 'text/csv', 'accept-language': 'en' },
    })
    expect(broken.status).toBe(422)
    expect(broken.body.issues[0]).toMatchObject({ line: 2, column: expect.any(Number) })
    expect(
      (await coordinatorVr14.request('GET', '/api/v1/regions/VR14/population-grid')).status,
    ).toBe(404)

    const csv = readFileSync(gridPath('vr14-gooi-en-vechtstreek.csv'))
    const uploaded = await coordinatorVr14.json('PUT', '/api/v1/regions/VR14/population-grid', {
      body: csv.toString('utf8'),
      headers: { 'content-type': 'text/csv' },
    })
    expect(uploaded.status).toBe(201)
    expect(uploaded.body).toMatchObject({ region: 'VR14', cells: expect.any(Number) })
    const again = await coordinatorVr14.json('PUT', '/api/v1/regions/VR14/population-grid', {
      body: csv.toString('utf8'),
      headers: { 'content-type': 'application/octet-stream' },
    })
    expect(again.status).toBe(200)
    const coverage = await viewer.json('GET', '/api/v1/regions/VR14/coverage?asOf=2026-11-01')
    expect(coverage.status).toBe(200)
    expect(coverage.body.municipalities.length).toBeGreaterThan(0)
    const entries = await server.app.ctx.storage.queryAudit({
      region: 'VR14',
      entityKind: 'population_grid',
      limit: 100,
    })
    expect(entries.map((e) => e.action)).toEqual([
      'population_grid.put',
      'population_grid.put',
      'population_grid.put',
    ])
    expect(entries.at(-1)).toMatchObject({
      actorEmail: server.accounts.coordinatorVr14.email,
      entityKind: 'population_grid',
      entityId: 'VR14',
      after: { sha256: uploaded.body.sha256, cells: uploaded.body.cells },
    })
    expect(
      (await coordinatorVr14.request('GET', '/api/v1/regions/VR14/coverage?asOf=2026-02-30'))
        .status,
    ).toBe(400)
  })
})
