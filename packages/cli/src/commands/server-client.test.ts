import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { run } from '../program.ts'
import { apiBase } from './server-client.ts'

const flevolandPath = join(import.meta.dirname, '../../../demo-data/data/vr25-flevoland.json')
const flevolandText = readFileSync(flevolandPath, 'utf8')

interface Seen {
  method: string
  url: string
  authorization: string | undefined
  body: string
}

/** A stand-in server on 127.0.0.1: the test says how it answers, and sees every request. */
let answer: (req: IncomingMessage, body: string, res: ServerResponse) => void = (_q, _b, res) =>
  res.writeHead(500).end()
const seen: Seen[] = []
const server = createServer((req, res) => {
  let body = ''
  req.setEncoding('utf8')
  req.on('data', (chunk: string) => (body += chunk))
  req.on('end', () => {
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      body,
    })
    answer(req, body, res)
  })
})
let url = ''
const dir = mkdtempSync(join(tmpdir(), 'weerbaar-push-'))

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})
afterEach(() => {
  seen.length = 0
  vi.unstubAllEnvs()
})

async function weerbaar(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await run(args, {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text), isTTY: false },
  })
  return { code, stdout: out.join(''), errLines: err.join('').split('\n').filter(Boolean) }
}

const json = (res: ServerResponse, status: number, body: unknown, type = 'application/json') =>
  res.writeHead(status, { 'content-type': type }).end(JSON.stringify(body))

describe('apiBase', () => {
  it('takes the site or the API address, and keeps a path prefix', () => {
    expect(apiBase('https://w.example.nl', 'en').href).toBe('https://w.example.nl/api/v1/')
    expect(apiBase('https://w.example.nl/', 'en').href).toBe('https://w.example.nl/api/v1/')
    expect(apiBase('https://w.example.nl/api/v1/', 'en').href).toBe('https://w.example.nl/api/v1/')
    expect(apiBase('https://x.nl/weerbaar', 'en').href).toBe('https://x.nl/weerbaar/api/v1/')
    expect(apiBase('http://localhost:4173', 'en').href).toBe('http://localhost:4173/api/v1/')
  })

  it('refuses plain http to another machine, since the token would travel readable', () => {
    expect(() => apiBase('http://w.example.nl', 'en')).toThrow(/only sent over https/)
    expect(() => apiBase('ftp://w.example.nl', 'en')).toThrow(/--server must be an address/)
    expect(() => apiBase('w.example.nl', 'en')).toThrow(/--server must be an address/)
    expect(() => apiBase('https://user:pw@w.example.nl', 'en')).toThrow(/--server must be/)
  })
})

describe('weerbaar push', () => {
  it('says clearly that WEERBAAR_TOKEN is missing, and sends nothing (exit 2)', async () => {
    vi.stubEnv('WEERBAAR_TOKEN', '')
    const r = await weerbaar(['push', flevolandPath, '--server', url, '--lang', 'en'])
    expect(r.code).toBe(2)
    expect(r.errLines).toEqual([expect.stringMatching(/^weerbaar: WEERBAAR_TOKEN is not set\./)])
    expect(r.errLines[0]).toMatch(/not an option, so it stays out of shell history/)
    expect(seen).toEqual([])
  })

  it('checks the file first: an invalid file is not sent (exit 1, every problem on a line)', async () => {
    vi.stubEnv('WEERBAAR_TOKEN', 'wbt_secret')
    const broken = join(dir, 'broken.json')
    writeFileSync(broken, flevolandText.replace('"population":226000', '"population":-5'))
    const r = await weerbaar(['push', broken, '--server', url, '--lang', 'en'])
    expect(r.code).toBe(1)
    expect(r.errLines[0]).toMatch(/broken\.json:\d+:\d+: error: municipalities\[0\]\.population: /)
    expect(seen).toEqual([])
  })

  it('sends the file as written with the token as Bearer to PUT /api/v1/regions/{code}', async () => {
    vi.stubEnv('WEERBAAR_TOKEN', 'wbt_secret')
    answer = (_req, body, res) => json(res, 200, JSON.parse(body))
    const r = await weerbaar(['push', flevolandPath, '--server', url, '--lang', 'en'])
    expect(r.errLines.at(-1)).toMatch(/region VR25 is on http:\/\/127\.0\.0\.1:\d+ \(\d+ points/)
    expect(r.code).toBe(0)
    expect(seen).toEqual([
      {
        method: 'PUT',
        url: '/api/v1/regions/VR25',
        authorization: 'Bearer wbt_secret',
        body: flevolandText,
      },
    ])
  })

  it("prints the server's problem+json issues like its own, with the file's line and column", async () => {
    vi.stubEnv('WEERBAAR_TOKEN', 'wbt_secret')
    answer = (_req, _body, res) =>
      json(
        res,
        422,
        {
          type: 'about:blank',
          title: 'Unprocessable Content',
          status: 422,
          issues: [
            { path: 'points[1].municipality', message: 'Editors of GM0034 only' },
            { path: '', message: 'The region changed meanwhile' },
          ],
        },
        'application/problem+json',
      )
    const r = await weerbaar(['push', flevolandPath, '--server', url, '--lang', 'en'])
    expect(r.code).toBe(1)
    // In file order, as the CLI sorts its own; the whole-document issue sits at 1:1.
    expect(r.errLines).toEqual([
      expect.stringMatching(/vr25-flevoland\.json:1:1: error: The region changed meanwhile$/),
      expect.stringMatching(
        /vr25-flevoland\.json:\d+:\d+: error: points\[1\]\.municipality: Editors of GM0034 only$/,
      ),
      `${flevolandPath}: the server refused the region (2 errors); nothing was changed`,
    ])
  })

  it.each([
    [401, /does not accept the token in WEERBAAR_TOKEN/, 2],
    [403, /not allowed to do this in region VR25: Coordinators only/, 2],
    [404, /region VR25 not found, or the token has no role in it/, 2],
    [503, /the server answered 503: Coordinators only/, 1],
  ])('turns %i into one line without a stack trace', async (status, message, exit) => {
    vi.stubEnv('WEERBAAR_TOKEN', 'wbt_secret')
    answer = (_req, _body, res) =>
      json(
        res,
        status,
        { title: 'x', detail: 'Coordinators only', status },
        'application/problem+json',
      )
    const r = await weerbaar(['push', flevolandPath, '--server', url, '--lang', 'en'])
    expect(r.code).toBe(exit)
    expect(r.errLines).toEqual([expect.stringMatching(message)])
  })

  it('says when the server cannot be reached (exit 1)', async () => {
    vi.stubEnv('WEERBAAR_TOKEN', 'wbt_secret')
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const r = await weerbaar(['push', flevolandPath, '--server', `http://127.0.0.1:${port}`])
    expect(r.code).toBe(1)
    expect(r.errLines).toEqual([
      `weerbaar: http://127.0.0.1:${port}/api/v1/regions/VR25: server niet bereikbaar (ECONNREFUSED)`,
    ])
  })
})

describe('weerbaar pull', () => {
  it('writes the region, checked, in one go, formatted for people', async () => {
    vi.stubEnv('WEERBAAR_TOKEN', 'wbt_secret')
    answer = (_req, _body, res) => json(res, 200, JSON.parse(flevolandText))
    const out = join(dir, 'pulled.json')
    const r = await weerbaar(['pull', 'VR25', '--server', url, '--out', out, '--lang', 'en'])
    expect(r.code).toBe(0)
    expect(seen).toMatchObject([
      { method: 'GET', url: '/api/v1/regions/VR25', authorization: 'Bearer wbt_secret' },
    ])
    expect(r.errLines).toEqual([expect.stringMatching(/pulled\.json: region VR25 fetched from/)])
    const written = readFileSync(out, 'utf8')
    expect(JSON.parse(written)).toEqual(JSON.parse(flevolandText))
    expect(written).toBe(`${JSON.stringify(JSON.parse(flevolandText), null, 2)}\n`)
    // No temporary file left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('writes nothing when what came back is not a valid region, and keeps the old file', async () => {
    vi.stubEnv('WEERBAAR_TOKEN', 'wbt_secret')
    const out = join(dir, 'kept.json')
    writeFileSync(out, 'the previous file\n')
    const region = JSON.parse(flevolandText) as { points: { municipality: string }[] }
    region.points[0]!.municipality = 'GM9999'
    answer = (_req, _body, res) => json(res, 200, region)
    const r = await weerbaar(['pull', 'VR25', '--server', url, '--out', out, '--lang', 'en'])
    expect(r.code).toBe(1)
    expect(r.errLines.at(-1)).toMatch(
      /\/api\/v1\/regions\/VR25: the server's region is invalid \(1 error\); nothing was written$/,
    )
    expect(r.errLines[0]).toMatch(/VR25:\d+:\d+: error: points\[0\]\.municipality: /)
    expect(readFileSync(out, 'utf8')).toBe('the previous file\n')
  })

  it('refuses an answer that is not JSON, or another region than asked', async () => {
    vi.stubEnv('WEERBAAR_TOKEN', 'wbt_secret')
    const out = join(dir, 'never.json')
    answer = (_req, _body, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>')
    const html = await weerbaar(['pull', 'VR25', '--server', url, '--out', out, '--lang', 'en'])
    expect(html.code).toBe(1)
    expect(html.errLines).toEqual([expect.stringMatching(/not a region file \(text\/html\)/)])

    answer = (_req, _body, res) => json(res, 200, JSON.parse(flevolandText))
    const other = await weerbaar(['pull', 'VR14', '--server', url, '--out', out, '--lang', 'en'])
    expect(other.code).toBe(1)
    expect(other.errLines).toEqual([
      'weerbaar: the server sent region VR25 where VR14 was asked for; nothing was written',
    ])
    expect(readdirSync(dir)).not.toContain('never.json')
  })

  it('checks its arguments before asking the server', async () => {
    vi.stubEnv('WEERBAAR_TOKEN', 'wbt_secret')
    const badCode = await weerbaar(['pull', 'Flevoland', '--server', url, '--lang', 'en'])
    expect(badCode).toMatchObject({ code: 2 })
    expect(badCode.errLines).toEqual([
      'weerbaar: expected a region code such as VR25, not "Flevoland"',
    ])
    const badDir = await weerbaar([
      'pull',
      'VR25',
      '--server',
      url,
      '--out',
      join(dir, 'missing-dir', 'r.json'),
    ])
    expect(badDir.code).toBe(2)
    const noServer = await weerbaar(['pull', 'VR25'])
    expect(noServer.code).toBe(2)
    expect(noServer.errLines[0]).toMatch(/verplichte optie ontbreekt: --server/)
    expect(seen).toEqual([])
  })
})
