import type { Region } from '@weerbaar/core'
import type { Programme } from '#/domain/programme-types.ts'
import { createApi } from '#/sync/api.ts'

/**
 * A stand-in for the Weerbaar server's programme routes (`GET /programmes`,
 * `GET|PUT /programmes/{id}` with ETag and If-Match, `GET /regions/{code}`) as a `fetch`, with
 * the server's rule: readable with a role in one of its regions, writable by their coordinators.
 * `online = false` makes every request fail like a network that is down.
 */
export function fakeProgrammeServer(options: {
  roles: Record<string, 'coordinator' | 'editor' | 'viewer'>
  programmes?: Programme[]
  regions?: Region[]
}) {
  const stored = new Map<string, { programme: Programme; revision: number }>()
  for (const p of options.programmes ?? []) stored.set(p.id, { programme: p, revision: 1 })
  const regions = new Map((options.regions ?? []).map((r) => [r.region.code, r]))
  const requests: Array<{ method: string; path: string; ifMatch?: string; body?: unknown }> = []
  const state = { online: true, roles: options.roles }

  const problem = (status: number, message: string) =>
    new Response(JSON.stringify({ status, title: message, issues: [{ message }] }), {
      status,
      headers: { 'content-type': 'application/problem+json' },
    })
  const json = (body: unknown, status = 200, etag?: number) =>
    new Response(JSON.stringify(body), {
      status,
      headers: {
        'content-type': 'application/json',
        ...(etag === undefined ? {} : { etag: `"${etag}"` }),
      },
    })
  const mayRead = (codes: readonly string[]) => codes.some((c) => state.roles[c] !== undefined)
  const mayWrite = (codes: readonly string[]) => codes.some((c) => state.roles[c] === 'coordinator')

  const fetch: typeof globalThis.fetch = async (input, init) => {
    if (!state.online) throw new TypeError('Failed to fetch')
    const url = new URL(String(input), 'http://weerbaar.test')
    const path = url.pathname.replace(/^\/api\/v1/, '')
    const method = init?.method ?? 'GET'
    const headers = (init?.headers ?? {}) as Record<string, string>
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined
    requests.push({ method, path, ifMatch: headers['if-match'], body })
    if (path === '/me') return json({ user: { id: 'u1' }, csrfToken: 'token' })
    if (path === '/programmes' && method === 'GET')
      return json({
        programmes: [...stored.values()]
          .filter((s) => mayRead(s.programme.regions))
          .map((s) => ({
            id: s.programme.id,
            name: s.programme.name,
            regions: s.programme.regions,
            revision: s.revision,
          })),
      })
    const programme = /^\/programmes\/([^/]+)$/.exec(path)
    if (programme) {
      const id = decodeURIComponent(programme[1]!)
      const current = stored.get(id)
      if (current && !mayRead(current.programme.regions)) return problem(404, 'Niet gevonden')
      if (method === 'GET')
        return current
          ? json(current.programme, 200, current.revision)
          : problem(404, 'Niet gevonden')
      if (method === 'PUT') {
        const next = body as Programme
        if (!mayWrite(current?.programme.regions ?? next.regions))
          return problem(
            403,
            'Alleen coördinatoren van de regio’s van dit programma mogen het wijzigen',
          )
        const ifMatch = headers['if-match']
        if (ifMatch !== undefined && (!current || ifMatch !== `"${current.revision}"`))
          return problem(412, 'Het programma is intussen gewijzigd')
        const revision = (current?.revision ?? 0) + 1
        stored.set(id, { programme: next, revision })
        return json({ id, revision }, current ? 200 : 201, revision)
      }
    }
    const region = /^\/regions\/([^/]+)$/.exec(path)
    if (region && method === 'GET') {
      const code = region[1]!
      const found = regions.get(code)
      return found && state.roles[code] ? json(found, 200, 1) : problem(404, 'Niet gevonden')
    }
    return problem(404, `Niet gevonden: ${method} ${path}`)
  }

  return {
    fetch,
    api: createApi({ fetch }),
    requests,
    state,
    /** The programme as the server has it now. */
    get: (id: string) => stored.get(id),
    /** A colleague's change, straight on the server: a new revision. */
    change(id: string, update: (p: Programme) => Programme) {
      const current = stored.get(id)!
      stored.set(id, { programme: update(current.programme), revision: current.revision + 1 })
    },
  }
}
