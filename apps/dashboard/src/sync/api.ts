import type { Point, Region } from '@weerbaar/core'
import type { ApiIssue, ChangeRecord, PendingOperation, SendOutcome } from './engine.ts'
import { applyOperation, canonicalJson, regionFingerprint } from './operations.ts'

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
  /** Signed in with a temporary password: the server allows nothing until it is replaced. */
  mustChangePassword?: boolean
}

export interface ServerRegion {
  code: string
  name: string
  lastSeq: number
  role?: string
}

/** One programme as `GET /api/v1/programmes` lists it. */
export interface ServerProgrammeSummary {
  id: string
  name: string
  regions: string[]
  revision: number
}

/** What came of writing a programme (`PUT /programmes/{id}` with If-Match). */
export type ProgrammePutOutcome =
  | { type: 'ok'; revision: number }
  /** Someone else changed it since the revision the change was made on. */
  | { type: 'stale' }
  /** Not allowed (403, 404) or not valid (422): with the server's reasons. */
  | { type: 'refused'; status: number; reason: string; issues: ApiIssue[] }

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
    readonly issues: ApiIssue[] = [],
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

/** One entry of a point's history (`GET …/points/{id}/history`), from the audit trail. */
export interface HistoryEntry {
  seq: number
  at: string
  actor: { name: string; email?: string }
  via: string
  op: 'create' | 'update' | 'delete' | 'assessment-recorded' | 'assessment-removed' | 'import'
  summary?: string
  before: unknown
  after: unknown
}

export type Role = 'coordinator' | 'editor' | 'viewer'

/** A user with a role in the region, as coordinators see them. */
export interface RegionUser {
  id: string
  email: string
  name: string
  role: Role
  municipalities: string[]
  /** How the user signs in ('password', 'oidc'…). */
  via: string
  lastSignIn: string | null
  assignedBy: string | null
}

export interface UserInput {
  email: string
  name?: string
  role: Role
  municipalities?: string[]
}

/** "Hoe doen anderen het?": how a point elsewhere met a requirement (notes only). */
export interface KnowledgeExample {
  region: string
  regionName: string
  municipality: string
  municipalityName: string
  point: { id: string; name: string }
  requirement: string
  level: string
  value?: number
  note: string
  assessedOn: string
  assessor?: string
}

export interface SharingSettings {
  /** With whom this region's notes are shared: nobody, every region here, or these regions. */
  shareNotesWith: 'none' | 'installation' | string[]
  includeAssessorNames: boolean
}

async function problemOf(response: Response): Promise<{ reason: string; issues: ApiIssue[] }> {
  try {
    const body = (await response.json()) as {
      title?: string
      detail?: string
      issues?: Array<{ path?: string; message?: string }>
    }
    const issues = (body.issues ?? []).flatMap((i) =>
      i.message ? [{ ...(i.path ? { path: i.path } : {}), message: i.message }] : [],
    )
    const text = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    return {
      reason: text.join('; ') || body.detail || body.title || `HTTP ${response.status}`,
      issues,
    }
  } catch {
    return { reason: `HTTP ${response.status}`, issues: [] }
  }
}

async function reasonOf(response: Response): Promise<string> {
  return (await problemOf(response)).reason
}

async function apiError(response: Response): Promise<ApiError> {
  const { reason, issues } = await problemOf(response)
  return new ApiError(response.status, reason, issues)
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
    const unsafe = method !== 'GET' && method !== 'HEAD'
    // Opened offline, the page never asked for the session's token: ask before the first write.
    if (unsafe && !csrfToken && path !== '/session') await refreshCsrf()
    if (unsafe && csrfToken) all['x-csrf-token'] = csrfToken
    const send = () =>
      doFetch(`${base}${path}`, {
        method,
        headers: all,
        credentials: 'same-origin',
        cache: 'no-store',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    try {
      const response = await send()
      if (!unsafe || response.status !== 403 || path === '/session') return response
      // A token from an older session (signed in again in another tab): once more with the new one.
      const problem = (await response
        .clone()
        .json()
        .catch(() => null)) as { issues?: Array<{ code?: string }> } | null
      if (!problem?.issues?.some((i) => i.code === 'csrf')) return response
      await refreshCsrf()
      if (csrfToken) all['x-csrf-token'] = csrfToken
      return await send()
    } catch (error) {
      throw error instanceof NetworkError ? error : new NetworkError(error)
    }
  }

  async function refreshCsrf(): Promise<void> {
    let response: Response
    try {
      response = await doFetch(`${base}/me`, {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
        cache: 'no-store',
      })
    } catch (error) {
      throw new NetworkError(error)
    }
    if (!response.ok) return
    const body = (await response.json().catch(() => null)) as { csrfToken?: string } | null
    if (body?.csrfToken) csrfToken = body.csrfToken
  }

  async function json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await request(method, path, body)
    if (!response.ok) throw await apiError(response)
    if (response.status === 204) return undefined as T
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
    /** Replaces the (temporary) password; the session stays signed in. */
    async changePassword(current: string, next: string): Promise<void> {
      await json('POST', '/me/password', { current, new: next })
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
    /** The whole region as the server has it, with its ETag (the region's last change number). */
    async region(code: string): Promise<{ region: Region; etag: string } | null> {
      const response = await request('GET', region(code))
      if (response.status === 404) return null
      if (!response.ok) throw await apiError(response)
      return {
        region: (await response.json()) as Region,
        etag: response.headers.get('etag') ?? '',
      }
    },
    /** Who changed a point and what, newest first; `before` pages back (a `seq`). */
    async pointHistory(
      code: string,
      id: string,
      page: { before?: number; limit?: number } = {},
    ): Promise<{ entries: HistoryEntry[] }> {
      const query = new URLSearchParams()
      if (page.before !== undefined) query.set('before', String(page.before))
      query.set('limit', String(page.limit ?? 50))
      return json('GET', `${region(code)}/points/${encodeURIComponent(id)}/history?${query}`)
    },
    async users(code: string): Promise<RegionUser[]> {
      return (await json<{ users: RegionUser[] }>('GET', `${region(code)}/users`)).users
    },
    async addUser(
      code: string,
      input: UserInput,
    ): Promise<{ user: RegionUser; temporaryPassword?: string }> {
      return json('POST', `${region(code)}/users`, input)
    },
    async updateUser(
      code: string,
      id: string,
      input: Omit<UserInput, 'email' | 'name'>,
    ): Promise<unknown> {
      return json('PUT', `${region(code)}/users/${encodeURIComponent(id)}`, input)
    },
    async removeUser(code: string, id: string): Promise<void> {
      await json('DELETE', `${region(code)}/users/${encodeURIComponent(id)}`)
    },
    async resetUser(code: string, id: string): Promise<{ temporaryPassword: string }> {
      return json('POST', `${region(code)}/users/${encodeURIComponent(id)}/reset`)
    },
    async knowledge(code: string, requirement: string): Promise<KnowledgeExample[]> {
      const query = new URLSearchParams({ requirement })
      return (
        await json<{ examples: KnowledgeExample[] }>('GET', `${region(code)}/knowledge?${query}`)
      ).examples
    },
    async sharing(code: string): Promise<SharingSettings> {
      return json('GET', `${region(code)}/sharing`)
    },
    async setSharing(code: string, settings: SharingSettings): Promise<SharingSettings> {
      return json('PUT', `${region(code)}/sharing`, settings)
    },
    /** The programmes this user may read (a role in one of their regions). */
    async programmes(): Promise<ServerProgrammeSummary[]> {
      return (await json<{ programmes: ServerProgrammeSummary[] }>('GET', '/programmes')).programmes
    },
    /** One programme with its revision (the ETag); null when it is gone or not for this user. */
    async programme(id: string): Promise<{ programme: unknown; revision: number } | null> {
      const response = await request('GET', `/programmes/${encodeURIComponent(id)}`)
      if (response.status === 404) return null
      if (!response.ok) throw await apiError(response)
      return {
        programme: (await response.json()) as unknown,
        revision: revisionOf(response.headers.get('etag')) ?? 0,
      }
    },
    /**
     * Writes a programme on the revision it was changed on (If-Match), so a colleague's change
     * in between is never overwritten: that answers `stale`. Without a revision it is created.
     * Throws a NetworkError when the server cannot be reached (nothing was decided), and an
     * ApiError for a server error or a session that ended (retry later).
     */
    async putProgramme(
      id: string,
      programme: unknown,
      revision: number | undefined,
    ): Promise<ProgrammePutOutcome> {
      const headers: Record<string, string> =
        revision === undefined ? {} : { 'if-match': `"${revision}"` }
      const response = await request(
        'PUT',
        `/programmes/${encodeURIComponent(id)}`,
        programme,
        headers,
      )
      if (response.ok)
        return { type: 'ok', revision: revisionOf(response.headers.get('etag')) ?? 0 }
      if (response.status === 412) return { type: 'stale' }
      if ([403, 404, 409, 422].includes(response.status)) {
        const { reason, issues } = await problemOf(response)
        return { type: 'refused', status: response.status, reason, issues }
      }
      throw await apiError(response)
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
          case 'region.set':
          case 'region.replace': {
            const outcome = await this.sendRegion(code, pending)
            if ('type' in outcome) return outcome
            response = outcome.response
            break
          }
        }
      } catch (error) {
        if (error instanceof NetworkError) return { type: 'retry', error: error.message }
        throw error
      }
      if (response.ok) return { type: 'ok' }
      const { reason, issues } = await problemOf(response)
      if (response.status === 401) return { type: 'retry', error: reason }
      if (response.status === 408 || response.status === 429 || response.status >= 500)
        return { type: 'retry', error: reason }
      return { type: 'refused', status: response.status, reason, issues }
    },

    /**
     * A header change or an import (`PUT /regions/{code}`, coordinators): the server's region is
     * read with its ETag; when it is no longer what the user changed (someone else changed that
     * part, or for an import anything at all) that is a conflict for the user to decide. Else
     * the whole region goes back with If-Match, so nothing written in between is overwritten:
     * a 412 then reads and decides again.
     */
    async sendRegion(
      code: string,
      pending: PendingOperation,
    ): Promise<SendOutcome | { response: Response }> {
      const op = pending.op
      if (
        op.kind !== 'region.set' &&
        op.kind !== 'region.replace' &&
        op.kind !== 'action.put' &&
        op.kind !== 'action.delete'
      )
        return { type: 'ok' }
      for (let attempt = 0; attempt < 3; attempt++) {
        const current = await this.region(code)
        if (!current)
          return { type: 'refused', status: 404, reason: 'Deze regio staat niet op de server' }
        let next: Region
        if (op.kind === 'action.put' || op.kind === 'action.delete') {
          // The action list lives in the region document: one action changed by its id on the
          // server's copy. Someone else's change of the same action is refused with the reason
          // (kept until the user discards it), never overwritten.
          const id = op.kind === 'action.put' ? op.action.id : op.actionId
          const now = current.region.actions?.find((a) => a.id === id) ?? null
          const wanted = op.kind === 'action.put' ? op.action : null
          if (canonicalJson(now) === canonicalJson(wanted)) return { type: 'ok' } // a retry
          if (canonicalJson(now) !== canonicalJson(op.before))
            return {
              type: 'refused',
              status: 409,
              reason: 'Deze actie is intussen door iemand anders gewijzigd',
            }
          next = applyOperation(current.region, op)
        } else if (op.kind === 'region.set') {
          const now = (current.region as unknown as Record<string, unknown>)[op.key]
          if (canonicalJson(now) === canonicalJson(op.value)) return { type: 'ok' } // a retry
          if (canonicalJson(now) !== canonicalJson(op.before))
            return { type: 'region-conflict', server: now ?? null }
          next = { ...current.region, [op.key]: op.value } as Region
          if (op.value === undefined) delete (next as unknown as Record<string, unknown>)[op.key]
        } else {
          const now = regionFingerprint(current.region)
          if (now === regionFingerprint(op.region)) return { type: 'ok' } // a retry
          if (op.baseFingerprint !== undefined && now !== op.baseFingerprint)
            return { type: 'region-conflict', server: null }
          next = op.region
        }
        const response = await request('PUT', region(code), next, { 'if-match': current.etag })
        if (response.status !== 412) return { response }
      }
      return { type: 'retry', error: 'De regio verandert steeds tijdens het opslaan' }
    },
  }
}

export type Api = ReturnType<typeof createApi>
