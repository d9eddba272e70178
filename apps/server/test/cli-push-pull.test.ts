import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
// The command line in-process, as a region's pipeline runs it against this server.
import { run } from '../../../packages/cli/src/program.ts'
import { startServer } from '../src/app.ts'

const demo = (file: string) =>
  join(import.meta.dirname, '../../../packages/demo-data/data', `${file}.json`)
const flevoland = demo('vr25-flevoland')
const gooi = demo('vr14-gooi-en-vechtstreek')

let server: Awaited<ReturnType<typeof startServer>>
const tokens: Record<string, string> = {}
const dir = mkdtempSync(join(tmpdir(), 'weerbaar-push-pull-'))

beforeAll(async () => {
  server = await startServer({
    dataDir: 'memory://',
    dashboardDir: false,
    host: '127.0.0.1',
    port: 0,
  })
  const actor = { actorId: null, actorEmail: null, via: 'system' as const }
  const accounts = {
    coordinator: { region: 'VR25', role: 'coordinator' as const, municipalities: [] },
    viewer: { region: 'VR25', role: 'viewer' as const, municipalities: [] },
    gooi: { region: 'VR14', role: 'coordinator' as const, municipalities: [] },
  }
  for (const [name, role] of Object.entries(accounts)) {
    const user = await server.ctx.accounts.upsertUser(
      { email: `${name}@example.nl`, passwordHash: null, role },
      actor,
    )
    tokens[name] = (await server.ctx.accounts.createToken(user.id, 'pipeline', actor)).token
  }
}, 60_000)

afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})
afterEach(() => {
  vi.unstubAllEnvs()
})

async function weerbaar(args: string[], token: string | undefined) {
  vi.stubEnv('WEERBAAR_TOKEN', token ?? '')
  const out: string[] = []
  const err: string[] = []
  const code = await run([...args, '--lang', 'en'], {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text), isTTY: false },
  })
  return { code, stdout: out.join(''), errLines: err.join('').split('\n').filter(Boolean) }
}

describe('weerbaar push and pull against the real server', () => {
  it('push puts the region on the server, pull brings back the same region', async () => {
    const pushed = await weerbaar(['push', flevoland, '--server', server.url], tokens.coordinator)
    expect(pushed.errLines).toEqual([
      expect.stringMatching(
        /region VR25 is on http:\/\/127\.0\.0\.1:\d+ \(90 points, 2711 assessments\)$/,
      ),
    ])
    expect(pushed.code).toBe(0)

    const out = join(dir, 'vr25.json')
    const pulled = await weerbaar(
      ['pull', 'VR25', '--server', server.url, '--out', out],
      tokens.viewer,
    )
    expect(pulled.code).toBe(0)
    const original = JSON.parse(readFileSync(flevoland, 'utf8')) as Record<string, unknown>
    const back = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>
    const { $schema: _schema, ...withoutSchema } = original
    expect({ ...back, $schema: undefined }).toEqual({ ...withoutSchema, $schema: undefined })
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([])

    // Pushing the same file again changes nothing and still succeeds.
    expect(
      (await weerbaar(['push', flevoland, '--server', server.url], tokens.coordinator)).code,
    ).toBe(0)
  })

  it('a viewer may pull but not push: 403, one line, exit 2', async () => {
    const r = await weerbaar(['push', flevoland, '--server', server.url], tokens.viewer)
    expect(r.code).toBe(2)
    expect(r.errLines).toEqual([
      expect.stringMatching(
        /^weerbaar: http:\/\/127\.0\.0\.1:\d+\/api\/v1\/regions\/VR25: this token is not allowed to do this in region VR25/,
      ),
    ])
  })

  it('a region without a role for the token is not found, whether it exists or not', async () => {
    await weerbaar(['push', gooi, '--server', server.url], tokens.gooi)
    const existing = await weerbaar(['pull', 'VR14', '--server', server.url], tokens.coordinator)
    const missing = await weerbaar(['pull', 'VR99', '--server', server.url], tokens.coordinator)
    expect(existing.code).toBe(2)
    expect(missing.code).toBe(2)
    expect(existing.errLines[0]!.replaceAll('VR14', 'VRnn')).toBe(
      missing.errLines[0]!.replaceAll('VR99', 'VRnn'),
    )
  })

  it('a revoked or unknown token is refused with a clear message, and nothing is written', async () => {
    const out = join(dir, 'never.json')
    const r = await weerbaar(
      ['pull', 'VR25', '--server', server.url, '--out', out],
      'wbt_0000_not-a-token',
    )
    expect(r.code).toBe(2)
    expect(r.errLines).toEqual([
      expect.stringMatching(/does not accept the token in WEERBAAR_TOKEN/),
    ])
    expect(readdirSync(dir)).not.toContain('never.json')
  })

  it('an invalid file is refused before it reaches the server', async () => {
    const broken = join(dir, 'broken.json')
    writeFileSync(broken, readFileSync(flevoland, 'utf8').replace('"GM0034"', '"GM9999"'))
    const before = await server.ctx.storage.readRegion('VR25')
    const r = await weerbaar(['push', broken, '--server', server.url], tokens.coordinator)
    expect(r.code).toBe(1)
    expect(r.errLines.at(-1)).toMatch(/broken\.json: \d+ errors?$/)
    expect((await server.ctx.storage.readRegion('VR25'))?.lastSeq).toBe(before?.lastSeq)
  })
})
