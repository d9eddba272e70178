import type { Point } from '@weerbaar/core'
import type { ChangeRecord, PendingOperation, SendOutcome } from './engine.ts'

/** A role of a user in a region, as `GET /api/v1/me` gives it. */
export interface RegionRole {
  region: string
  role: 'coordinator' | 'editor' | 'viewer'
  /** For editors: the municipalities (GM codes) whose points and assessments they change. */
  municipalities: string[]
}

export interface ServerUser {
  id: string
  email: string
  admin: boolean
  roles: RegionRole[]
}

export interface ServerRegion {
  code: string
  name: string
  lastSeq: number
  role?: string
}

export interface ChangePage {
  changes: ChangeRecord[]
  last: number
  next: number | null
}

/** A refused request, with the server's reasons (problem+json issues) in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** The network did not answer (offline, server down): retry later, nothing was decided. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause })
    this.name = 'NetworkError'
  }
}

type Fetch = typeof fetch

/** Header keys a coordinator may change one by one through the region's PUT (issue 15). */
const NETWORK_KEYS: ReadonlySet<string> = new Set(['partners', 'agreements', 'staffing'])

async function reasonOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as {
      title?: string
      detail?: string
      issues?: Array<{ path?: string; message?: string }>
    }
    const issues = (body.issues ?? [])
      .map((i) => (i.path ? `${i.path}: ${i.message ?? ''}` : (i.message ?? '')))
      .filter(Boolean)
    return issues.join('; ') || body.detail || body.title || `HTTP ${response.status}`
  } catch {
    return `HTTP ${response.status}`
  }
}

const revisionOf = (etag: string | null): number | undefined => {
  const match = etag ? /^(?:W\/)?"?(\d+)"?$/.exec(etag) : null
  return match ? Number(match[1]) : undefined
}

/**
 * The Weerbaar server's API (`/api/v1`, issue 13) as the dashboard uses it: the session cookie
 * goes along, writes carry the session's CSRF token, and every answer is turned into data.
 */
export function createApi(options: { base?: string; fetch?: Fetch; lang?: () => string } = {}) {
  const base = options.base ?? '/api/v1'
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init))
  let csrfToken: string | undefined

  async function request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const all: Record<string, string> = {
      accept: 'application/json',
      'accept-language': options.lang?.() ?? 'nl',
      ...headers,
    }
    if (body !== undefined) all['content-type'] = 'application/json'
    if (method !== 'GET' && csrfToken) all['x-csrf-token'] = csrfToken
    try {
      return await doFetch(`${base}${path}`, {
        method,
        headers: all,
        credentials: 'same-origin',
        cache: 'no-store',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    } catch (error) {
      throw new NetworkError(error)
    }
  }

  async function json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await request(method, path, body)
    if (!response.ok) throw new ApiError(response.status, await reasonOf(response))
    return (await response.json()) as T
  }

  const region = (code: string) => `/regions/${encodeURIComponent(code)}`

  return {
    /** True when a Weerbaar server answers here; false for static hosting; throws when offline. */
    async detect(): Promise<boolean> {
      // Ask the page's own origin first: the Weerbaar server marks every answer with
      // `X-Weerbaar-Server`, so static hosting is recognised without a request that fails (a 404
      // for /api/v1/health would show up as an error in the browser's console on every visit).
      // Offline, a request would only fail (and log an error): the caller keeps what it knew.
      if (typeof navigator !== 'undefined' && navigator.onLine === false)
        throw new NetworkError(new Error('offline'))
      let page: Response
      try {
        page = await doFetch('/', { method: 'HEAD', cache: 'no-store', credentials: 'same-origin' })
      } catch (error) {
        throw new NetworkError(error)
      }
      if (page.headers.get('x-weerbaar-server') === null) return false
      const response = await request('GET', '/health')
      if (!response.ok) return false
      const type = response.headers.get('content-type') ?? ''
      if (!type.includes('json')) return false
      const body = (await response.json().catch(() => null)) as { status?: string } | null
      return body?.status === 'ok'
    },
    /** The signed-in user, or null (401). */
    async me(): Promise<{ user: ServerUser; oidc?: boolean } | null> {
      const response = await request('GET', '/me')
      if (response.status === 401) return null
      if (!response.ok) throw new ApiError(response.status, await reasonOf(response))
      const body = (await response.json()) as { user: ServerUser; csrfToken?: string }
      csrfToken = body.csrfToken
      return { user: body.user }
    },
    async signIn(email: string, password: string): Promise<ServerUser> {
      const body = await json<{ user: ServerUser; csrfToken: string }>('POST', '/session', {
        email,
        password,
      })
      csrfToken = body.csrfToken
      return body.user
    },
    async signOut(): Promise<void> {
      const response = await request('DELETE', '/session')
      csrfToken = undefined
      if (!response.ok && response.status !== 401)
        throw new ApiError(response.status, await reasonOf(response))
    },
    /** Whether the server offers signing in with the organisation's own identity provider. */
    async oidcConfigured(): Promise<boolean> {
      const response = await request('GET', '/session/oidc').catch(() => null)
      return !!response && response.ok
    },
    async regions(): Promise<ServerRegion[]> {
      return (await json<{ regions: ServerRegion[] }>('GET', '/regions')).regions
    },
    async changes(code: string, since: number, limit = 1000): Promise<ChangePage> {
      return json<ChangePage>('GET', `${region(code)}/changes?since=${since}&limit=${limit}`)
    },
    async point(code: string, id: string): Promise<{ point: Point | null; revision: number }> {
      const response = await request('GET', `${region(code)}/points/${encodeURIComponent(id)}`)
      if (response.status === 404) return { point: null, revision: 0 }
      if (!response.ok) throw new ApiError(response.status, await reasonOf(response))
      return {
        point: (await response.json()) as Point,
        revision: revisionOf(response.headers.get('etag')) ?? 0,
      }
    },
    async audit(code: string, query: Record<string, string>): Promise<unknown[]> {
      const params = new URLSearchParams(query).toString()
      const body = await json<{ entries?: unknown[] } | unknown[]>(
        'GET',
        `${region(code)}/audit?${params}`,
      )
      return Array.isArray(body) ? body : (body.entries ?? [])
    },
    eventsUrl(code: string, since: number): string {
      return `${base}${region(code)}/events?since=${since}`
    },

    /**
     * Sends one waiting operation. Safe to repeat: assessments carry their own id (the server
     * stores one), point edits carry the revision they were made on (If-Match), and a removal of
     * something already gone counts as done.
     */
    async send(code: string, pending: PendingOperation): Promise<SendOutcome> {
      const op = pending.op
      let response: Response
      try {
        switch (op.kind) {
          case 'assessment.add':
            response = await request('POST', `${region(code)}/assessments`, {
              id: op.id,
              ...JSON.parse(JSON.stringify(op.assessment)),
            })
            break
          case 'assessment.remove':
            if (!pending.assessmentId) return { type: 'ok' }
            response = await request(
              'DELETE',
              `${region(code)}/assessments/${encodeURIComponent(pending.assessmentId)}`,
            )
            if (response.status === 404) return { type: 'ok' }
            break
          case 'point.put':
          case 'point.delete': {
            const id = op.kind === 'point.put' ? op.point.id : op.pointId
            const headers: Record<string, string> =
              pending.baseRevision === undefined
                ? { 'if-none-match': '*' }
                : { 'if-match': `"${pending.baseRevision}"` }
            const path = `${region(code)}/points/${encodeURIComponent(id)}`
            response =
              op.kind === 'point.put'
                ? await request('PUT', path, op.point, headers)
                : await request('DELETE', path, undefined, headers)
            if (op.kind === 'point.delete' && response.status === 404) return { type: 'ok' }
            if (response.status === 412) {
              const current = await this.point(code, id)
              return { type: 'conflict', server: current.point, serverRevision: current.revision }
            }
            if (response.ok) {
              const revision = revisionOf(response.headers.get('etag'))
              return revision === undefined
                ? { type: 'ok' }
                : { type: 'ok', entity: { kind: 'point', id, revision, value: null } }
            }
            break
          }
          case 'action.put':
          case 'action.delete':
            // The server stores the action list with the region until it has a route for it.
            return {
              type: 'refused',
              status: 501,
              reason: 'De actielijst wijzigen kan op de server nog alleen via een import',
            }
          case 'region.set':
            // issue 15: the partner network has no entity routes on the server; it lives in the
            // region document, which a coordinator writes with PUT /regions/{code}. The region is
            // read, the one list replaced and written back on the revision it was read at
            // (If-Match), so the server only records the change of that list and nothing
            // written meanwhile is overwritten: a 412 is retried on a fresh read.
            if (NETWORK_KEYS.has(op.key)) {
              const current = await request('GET', region(code))
              if (!current.ok) {
                response = current
                break
              }
              const etag = current.headers.get('etag')
              const document = (await current.json()) as Record<string, unknown>
              const next: Record<string, unknown> = { ...document, [op.key]: op.value }
              if (op.value === undefined) delete next[op.key]
              response = await request('PUT', region(code), next, etag ? { 'if-match': etag } : {})
              if (response.status === 412)
                return { type: 'retry', error: 'De regio is intussen gewijzigd; opnieuw proberen' }
              break
            }
          // falls through: other header keys
          case 'region.replace':
            // Only a whole-region import is a server route; a header change needs it too.
            return {
              type: 'refused',
              status: 501,
              reason: 'Regiogegevens wijzigen kan alleen via een import door de coördinator',
            }
        }
      } catch (error) {
        if (error instanceof NetworkError) return { type: 'retry', error: error.message }
        throw error
      }
      if (response.ok) return { type: 'ok' }
      const reason = await reasonOf(response)
      if (response.status === 401) return { type: 'retry', error: reason }
      if (response.status === 408 || response.status === 429 || response.status >= 500)
        return { type: 'retry', error: reason }
      return { type: 'refused', status: response.status, reason }
    },
  }
}

export type Api = ReturnType<typeof createApi>
