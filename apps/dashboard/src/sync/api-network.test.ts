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

const pending = (key: string, value: unknown, before?: unknown): PendingOperation => ({
  op: {
    kind: 'region.set',
    key: key as never,
    value,
    before,
    id: 'op-1',
    at: '2026-12-03T10:00:00Z',
  },
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
    expect(await api.send('VR25', pending('partners', partners, doc.partners))).toEqual({
      type: 'ok',
    })
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

  it('sends an action of the action list by its id on the server copy, and refuses it when a colleague changed that action', async () => {
    const action = {
      id: 'act-1',
      point: 'p1',
      requirement: 'power.backup',
      description: 'Aggregaat plaatsen',
      owner: 'Gemeente Almere',
      due: '2027-01-15',
      status: 'open' as const,
    }
    const withAction = { ...doc, actions: [action] }
    const server = fakeServer({ revision: 3, doc: withAction })
    const api = createApi({ fetch: server.fetch })
    const done = { ...action, status: 'done' as const, completed: '2026-12-02' }
    const put: PendingOperation = {
      op: {
        kind: 'action.put',
        action: done,
        before: action,
        id: 'op-2',
        at: '2026-12-03T10:00:00Z',
      },
      attempts: 0,
    }
    expect(await api.send('VR25', put)).toEqual({ type: 'ok' })
    expect(server.current().doc).toEqual({ ...doc, actions: [done] })
    expect(server.calls.find((c) => c.method === 'PUT')!.headers['if-match']).toBe('"3"')

    // Sent again (a retry after a lost answer): nothing to write.
    const writes = server.calls.length
    expect(await api.send('VR25', put)).toEqual({ type: 'ok' })
    expect(server.calls.slice(writes).some((c) => c.method === 'PUT')).toBe(false)

    // Another user's edit of the same action, made on the old version: refused, not overwritten.
    const stale: PendingOperation = {
      op: {
        kind: 'action.put',
        action: { ...action, owner: 'Brandweer' },
        before: action,
        id: 'op-3',
        at: '2026-12-03T10:05:00Z',
      },
      attempts: 0,
    }
    const outcome = await api.send('VR25', stale)
    expect(outcome.type).toBe('refused')
    expect(server.current().doc).toEqual({ ...doc, actions: [done] })
  })
})
