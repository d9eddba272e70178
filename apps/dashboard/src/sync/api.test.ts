import type { Region } from '@weerbaar/core'
import { describe, expect, it } from 'vitest'
import { demoRegion } from '#/test/helpers.ts'
import { createApi } from './api.ts'
import type { PendingOperation } from './engine.ts'
import { regionFingerprint, type Operation } from './operations.ts'

/**
 * A stand-in for the server's `GET|PUT /regions/{code}`: a region with an ETag (its last change
 * number) that `PUT` checks with If-Match and validates like the server (here: a name is needed).
 */
function fakeServer(initial: Region) {
  let region: Region = structuredClone(initial)
  let seq = 10
  const puts: Array<{ ifMatch: string | null; body: Region }> = []
  /** Runs between the server's answer to GET and the PUT (a colleague's write). */
  let between: (() => void) | null = null
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input)
    const method = init?.method ?? 'GET'
    if (method === 'HEAD') return new Response(null)
    if (!url.endsWith('/regions/VR25')) return new Response(null, { status: 404 })
    if (method === 'GET') {
      const answer = new Response(JSON.stringify(region), {
        headers: { etag: `"${seq}"`, 'content-type': 'application/json' },
      })
      between?.()
      between = null
      return answer
    }
    const headers = new Headers(init?.headers)
    const body = JSON.parse(String(init?.body)) as Region
    puts.push({ ifMatch: headers.get('if-match'), body })
    if (headers.get('if-match') !== `"${seq}"`)
      return new Response(JSON.stringify({ issues: [{ message: 'stale' }] }), { status: 412 })
    if (!body.region.name)
      return new Response(
        JSON.stringify({ issues: [{ path: 'region.name', message: 'Naam ontbreekt' }] }),
        { status: 422, headers: { 'content-type': 'application/problem+json' } },
      )
    region = body
    seq++
    return new Response(JSON.stringify({ region: 'VR25', lastSeq: seq }), { status: 200 })
  }) as typeof globalThis.fetch
  return {
    fetch,
    puts,
    get region() {
      return region
    },
    /** A colleague changes the region on the server. */
    change(edit: (r: Region) => Region) {
      region = edit(region)
      seq++
    },
    changeBetweenGetAndPut(edit: (r: Region) => Region) {
      between = () => this.change(edit)
    },
  }
}

const pending = (op: Operation): PendingOperation => ({ op, attempts: 0 })
const at = '2026-12-03T10:00:00.000Z'

describe('sending region changes (coordinators)', () => {
  it('a header change goes back as the whole region with If-Match on its ETag', async () => {
    const base = demoRegion()
    const server = fakeServer(base)
    const api = createApi({ fetch: server.fetch })
    const renamed = { ...base.region, name: 'Flevoland (nieuw)' }
    const outcome = await api.send(
      'VR25',
      pending({
        kind: 'region.set',
        id: 'o1',
        at,
        key: 'region',
        value: renamed,
        before: base.region,
      }),
    )
    expect(outcome).toEqual({ type: 'ok' })
    expect(server.puts).toHaveLength(1)
    expect(server.puts[0]!.ifMatch).toBe('"10"')
    expect(server.region.region.name).toBe('Flevoland (nieuw)')
    expect(server.region.points).toEqual(base.points)
  })

  it('a colleague changed the same part meanwhile: a conflict with their value, nothing written', async () => {
    const base = demoRegion()
    const server = fakeServer(base)
    server.change((r) => ({ ...r, region: { ...r.region, name: 'Flevoland (collega)' } }))
    const api = createApi({ fetch: server.fetch })
    const outcome = await api.send(
      'VR25',
      pending({
        kind: 'region.set',
        id: 'o1',
        at,
        key: 'region',
        value: { ...base.region, name: 'Flevoland (ik)' },
        before: base.region,
      }),
    )
    expect(outcome).toEqual({
      type: 'region-conflict',
      server: { ...base.region, name: 'Flevoland (collega)' },
    })
    expect(server.puts).toHaveLength(0)
  })

  it('a colleague changed something else: no conflict, and their change is kept', async () => {
    const base = demoRegion()
    const server = fakeServer(base)
    server.change((r) => ({ ...r, points: r.points.slice(1) }))
    // …and once more between reading and writing: the 412 makes it read and decide again.
    server.changeBetweenGetAndPut((r) => ({ ...r, assessments: r.assessments.slice(1) }))
    const api = createApi({ fetch: server.fetch })
    const outcome = await api.send(
      'VR25',
      pending({
        kind: 'region.set',
        id: 'o1',
        at,
        key: 'region',
        value: { ...base.region, name: 'Flevoland (ik)' },
        before: base.region,
      }),
    )
    expect(outcome).toEqual({ type: 'ok' })
    expect(server.puts.map((p) => p.ifMatch)).toEqual(['"11"', '"12"'])
    expect(server.region.region.name).toBe('Flevoland (ik)')
    expect(server.region.points).toHaveLength(base.points.length - 1)
    expect(server.region.assessments).toHaveLength(base.assessments.length - 1)
  })

  it('a retry of a header change that did arrive is done, not a conflict', async () => {
    const base = demoRegion()
    const server = fakeServer(base)
    const value = { ...base.region, name: 'Flevoland (ik)' }
    server.change((r) => ({ ...r, region: value }))
    const api = createApi({ fetch: server.fetch })
    const outcome = await api.send(
      'VR25',
      pending({ kind: 'region.set', id: 'o1', at, key: 'region', value, before: base.region }),
    )
    expect(outcome).toEqual({ type: 'ok' })
    expect(server.puts).toHaveLength(0)
  })

  it('the server refuses an invalid region: refused with its issues (path and message)', async () => {
    const base = demoRegion()
    const server = fakeServer(base)
    const api = createApi({ fetch: server.fetch })
    const outcome = await api.send(
      'VR25',
      pending({
        kind: 'region.set',
        id: 'o1',
        at,
        key: 'region',
        value: { ...base.region, name: '' },
        before: base.region,
      }),
    )
    expect(outcome).toMatchObject({
      type: 'refused',
      status: 422,
      issues: [{ path: 'region.name', message: 'Naam ontbreekt' }],
    })
  })

  it('an import replaces the region when nothing changed since it was planned, else it is a conflict', async () => {
    const base = demoRegion()
    const imported: Region = { ...base, points: base.points.slice(0, 3) }
    const op: Operation = {
      kind: 'region.replace',
      id: 'o1',
      at,
      region: imported,
      baseFingerprint: regionFingerprint(base),
    }

    const calm = fakeServer(base)
    expect(await createApi({ fetch: calm.fetch }).send('VR25', pending(op))).toEqual({ type: 'ok' })
    expect(calm.region.points).toHaveLength(3)

    const busy = fakeServer(base)
    busy.change((r) => ({ ...r, assessments: r.assessments.slice(2) }))
    const api = createApi({ fetch: busy.fetch })
    expect(await api.send('VR25', pending(op))).toEqual({ type: 'region-conflict', server: null })
    expect(busy.puts).toHaveLength(0)
    // "Toch importeren": the same import without a base replaces what is there now.
    const { baseFingerprint: _base, ...anyway } = op
    expect(await api.send('VR25', pending(anyway))).toEqual({ type: 'ok' })
    expect(busy.region.points).toHaveLength(3)
  })
})

describe('region fingerprint', () => {
  it('ignores key order and the order of points and assessments, sees any change of content', async () => {
    const base = demoRegion()
    const shuffled = JSON.parse(
      JSON.stringify(base, (_k, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v as object).reverse())
          : v,
      ),
    ) as Region
    shuffled.points.reverse()
    shuffled.assessments.reverse()
    expect(regionFingerprint(shuffled)).toBe(regionFingerprint(base))
    const changed = structuredClone(base)
    changed.assessments[0] = { ...changed.assessments[0]!, note: 'anders' }
    expect(regionFingerprint(changed)).not.toBe(regionFingerprint(base))
  })
})
