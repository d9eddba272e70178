import { describe, expect, it } from 'vitest'
import { createApi } from './api.ts'
import type { PendingOperation } from './engine.ts'

interface Call {
  method: string
  url: string
  headers: Record<string, string>
  body?: unknown
}

/** A fake server holding one region document at a revision. */
function fakeServer(initial: { revision: number; doc: Record<string, unknown> }) {
  const calls: Call[] = []
  let state = initial
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>
    const body = init?.body ? (JSON.parse(String(init.body)) as unknown) : undefined
    calls.push({ method: init?.method ?? 'GET', url: String(input), headers, body })
    if (init?.method === 'GET')
      return new Response(JSON.stringify(state.doc), {
        status: 200,
        headers: { etag: `"${state.revision}"` },
      })
    if (init?.method === 'PUT') {
      if (headers['if-match'] !== `"${state.revision}"`)
        return new Response('{"title":"stale"}', { status: 412 })
      state = { revision: state.revision + 1, doc: body as Record<string, unknown> }
      return new Response('{}', { status: 200 })
    }
    return new Response('{}', { status: 404 })
  }) as typeof globalThis.fetch
  return { fetch, calls, current: () => state }
}

const pending = (key: string, value: unknown): PendingOperation => ({
  op: { kind: 'region.set', key: key as never, value, id: 'op-1', at: '2026-12-03T10:00:00Z' },
  attempts: 0,
})

describe('sending a change of the partner network to the server', () => {
  const doc = {
    region: { code: 'VR25', name: 'Flevoland' },
    points: [{ id: 'p1' }],
    partners: [{ id: 'old', name: 'Oud', kind: 'other' }],
    agreements: [{ id: 'a1' }],
  }

  it('writes the region back with only that list replaced, on the revision it read', async () => {
    const server = fakeServer({ revision: 7, doc })
    const api = createApi({ fetch: server.fetch })
    const partners = [{ id: 'new', name: 'Nieuw', kind: 'volunteers' }]
    expect(await api.send('VR25', pending('partners', partners))).toEqual({ type: 'ok' })
    const put = server.calls.find((c) => c.method === 'PUT')!
    expect(put.url).toBe('/api/v1/regions/VR25')
    expect(put.headers['if-match']).toBe('"7"')
    expect(put.body).toEqual({ ...doc, partners })
  })

  it('retries, without writing, when the region changed between reading and writing', async () => {
    const server = fakeServer({ revision: 7, doc })
    const racing = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const answer = await server.fetch(input, init)
      // Another user writes right after our read.
      if (init?.method === 'GET') {
        const s = server.current()
        Object.assign(s, { revision: s.revision + 1 })
      }
      return answer
    }) as typeof globalThis.fetch
    const api = createApi({ fetch: racing })
    const outcome = await api.send('VR25', pending('staffing', []))
    expect(outcome.type).toBe('retry')
    expect(server.current().doc).toBe(doc)
  })

  it('still refuses other header keys: only an import replaces those', async () => {
    const server = fakeServer({ revision: 1, doc })
    const api = createApi({ fetch: server.fetch })
    const outcome = await api.send('VR25', pending('municipalities', []))
    expect(outcome.type).toBe('refused')
    expect(server.calls).toEqual([])
  })
})
