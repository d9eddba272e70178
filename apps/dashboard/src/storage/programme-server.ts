import { validateProgramme } from '@weerbaar/core'
import type { Programme } from '#/domain/programme-types.ts'
import { ApiError, NetworkError, type Api } from '#/sync/api.ts'
import type { ApiIssue } from '#/sync/engine.ts'
import { canonicalJson } from '#/sync/operations.ts'
import { applyProgrammeOperations, type ProgrammeOperation } from '#/sync/programme-operations.ts'
import { plain, type KeyValueStore } from './key-value-repository.ts'
import type {
  ProgrammeApplyResult,
  ProgrammeListItem,
  ProgrammeOrigin,
  ProgrammeRecord,
  ProgrammeRepository,
} from './programme-repository.ts'

/**
 * Under `sync:` like the regions' sync state, so signing out clears it from the browser too.
 * (Region codes are `VRnn`, so `sync:programme:` never meets a region's key.)
 */
export const SERVER_PROGRAMME_PREFIX = 'sync:programme:'

/** Why the waiting edits of a programme were not stored on the server; the user decides. */
export type ProgrammeProblem =
  | {
      kind: 'conflict'
      /** The programme as a colleague left it on the server, and its revision. */
      server: Programme
      revision: number
      /** When this was found out (ISO). */
      at: string
    }
  | { kind: 'refused'; status: number; reason: string; issues: ApiIssue[] }

interface StoredServerProgramme {
  storageVersion: 1
  /** The user whose copy this is: another user's copy is never shown. */
  userId: string
  /** The programme as the server last gave it (null: created here, not on the server yet). */
  server: { programme: Programme; revision: number } | null
  /** The user's edits not yet on the server, in the order made. */
  pending: ProgrammeOperation[]
  problem: ProgrammeProblem | null
  /** ISO time of the last local change or fetch. */
  savedAt: string
  /** Counts the transactions that changed this record, for the other tabs. */
  version: number
}

export interface ServerProgrammeRecord extends ProgrammeRecord {
  /** The server's revision the edits are made on (undefined: not on the server yet). */
  revision: number | undefined
  /** The programme as the server has it (as far as this browser knows). */
  serverProgramme: Programme | null
  pending: readonly ProgrammeOperation[]
  problem: ProgrammeProblem | null
}

/** What a send came to. */
export type SendResult =
  | { type: 'idle' }
  | { type: 'sent'; revision: number }
  | { type: 'offline'; reason: string }
  | { type: 'problem'; problem: ProgrammeProblem }

export interface ServerProgrammeRepository extends ProgrammeRepository {
  load(id: string): Promise<ServerProgrammeRecord | undefined>
  /**
   * Asks the server which programmes this user may read and fetches those that changed. A
   * programme with edits waiting keeps the revision they were made on: sending them then meets
   * the colleague's change (412) instead of overwriting it. Throws a NetworkError offline.
   */
  refresh(): Promise<void>
  /** Sends the waiting edits of one programme, on the revision they were made on. */
  send(id: string): Promise<SendResult>
  /**
   * After a conflict or refusal: `reapply` puts the waiting edits on the server's current
   * version (they are sent again), `discard` drops them and keeps the server's version.
   */
  resolve(id: string, choice: 'reapply' | 'discard'): Promise<void>
}

function isStored(value: unknown, userId: string): value is StoredServerProgramme {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { storageVersion?: unknown }).storageVersion === 1 &&
    (value as { userId?: unknown }).userId === userId
  )
}

/** The programme as the user sees it: the server's, with their waiting edits on top. */
function visible(stored: StoredServerProgramme): Programme | null {
  const first = stored.pending[0]
  const base =
    stored.server?.programme ?? (first?.kind === 'programme.replace' ? first.programme : null)
  return base ? applyProgrammeOperations(base, stored.pending) : null
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b)

/**
 * A serialised section across the tabs of this browser (Web Locks), so two tabs never send the
 * same waiting edits at once. Without Web Locks (tests) the task simply runs.
 */
function exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  return locks ? (locks.request(name, task) as Promise<T>) : task()
}

/**
 * The programmes of a Weerbaar server as the dashboard keeps them (local-first): the last
 * fetched copy stays readable offline from IndexedDB, and edits are stored as operations there
 * first (resolved once committed) and then sent as the whole programme with If-Match. A 412
 * never overwrites: the edits are kept next to the colleague's version until the user decides.
 */
export function createServerProgrammeRepository(options: {
  api: Api
  kv: KeyValueStore
  userId: string
  now?: () => Date
  lang?: () => 'nl' | 'en'
}): ServerProgrammeRepository {
  const { api, kv, userId } = options
  const now = options.now ?? (() => new Date())
  const key = (id: string) => SERVER_PROGRAMME_PREFIX + id

  function parse(data: unknown): Programme {
    const result = validateProgramme(data, { lang: options.lang?.() ?? 'nl' })
    if (!result.ok)
      throw new Error(
        `Het programma van de server is ongeldig: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      )
    return result.value
  }

  /** Changes the stored record of `id` in one transaction. */
  function change<T>(
    id: string,
    update: (current: StoredServerProgramme | undefined) => {
      next: StoredServerProgramme | null
      result: T
    },
  ): Promise<T> {
    return kv.transaction([key(id)], ([raw]) => {
      const { next, result } = update(isStored(raw, userId) ? raw : undefined)
      if (next === null) return { del: [key(id)], result }
      return { set: [[key(id), plain(next)]], result }
    })
  }

  function applyResult(stored: StoredServerProgramme, before: number): ProgrammeApplyResult {
    return {
      before,
      version: stored.version,
      programme: visible(stored)!,
      savedAt: stored.savedAt,
    }
  }

  function queueOps(id: string, ops: readonly ProgrammeOperation[]) {
    const data = plain(ops)
    const savedAt = now().toISOString()
    return change(id, (current) => {
      if (!current && data[0]?.kind !== 'programme.replace')
        throw new Error(`Programma ${id} staat niet (meer) in deze browser`)
      const before = current?.version ?? 0
      const next: StoredServerProgramme = {
        storageVersion: 1,
        userId,
        server: current?.server ?? null,
        pending: [...(current?.pending ?? []), ...data],
        problem: current?.problem ?? null,
        savedAt,
        version: before + 1,
      }
      return { next, result: applyResult(next, before) }
    })
  }

  async function fetchInto(id: string): Promise<void> {
    const fetched = await api.programme(id)
    if (!fetched) return
    const programme = parse(fetched.programme)
    await change(id, (current) => {
      // Waiting edits stay on the revision they were made on (see refresh).
      if (current && current.pending.length > 0) return { next: current, result: undefined }
      if (current?.server?.revision === fetched.revision)
        return { next: current, result: undefined }
      return {
        next: {
          storageVersion: 1,
          userId,
          server: { programme, revision: fetched.revision },
          pending: [],
          problem: current?.problem?.kind === 'refused' ? null : (current?.problem ?? null),
          savedAt: now().toISOString(),
          version: (current?.version ?? 0) + 1,
        },
        result: undefined,
      }
    })
  }

  async function settleSent(
    id: string,
    sent: readonly ProgrammeOperation[],
    programme: Programme,
    revision: number,
  ) {
    const ids = new Set(sent.map((op) => op.id))
    await change(id, (current) => {
      const base = current ?? {
        storageVersion: 1 as const,
        userId,
        server: null,
        pending: [],
        problem: null,
        savedAt: now().toISOString(),
        version: 0,
      }
      return {
        next: {
          ...base,
          server: { programme, revision },
          // Edits made while this one was on its way stay, to be sent next.
          pending: base.pending.filter((op) => !ids.has(op.id)),
          problem: null,
          version: base.version + 1,
        },
        result: undefined,
      }
    })
  }

  async function setProblem(id: string, problem: ProgrammeProblem) {
    await change(id, (current) =>
      current
        ? { next: { ...current, problem, version: current.version + 1 }, result: undefined }
        : { next: null, result: undefined },
    )
  }

  const offlineReason = (error: unknown) =>
    error instanceof NetworkError ||
    (error instanceof ApiError && (error.status === 401 || error.status >= 500))
      ? error.message || `HTTP ${(error as ApiError).status}`
      : null

  return {
    async list() {
      const items: ProgrammeListItem[] = []
      for (const [k, raw] of await kv.entries()) {
        if (!k.startsWith(SERVER_PROGRAMME_PREFIX) || !isStored(raw, userId)) continue
        const programme = visible(raw)
        if (!programme) continue
        items.push({
          id: programme.id,
          name: programme.name,
          regions: programme.regions,
          origin: 'server',
          savedAt: raw.savedAt,
        })
      }
      return items.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    },

    async load(id) {
      const raw = await kv.get(key(id))
      if (!isStored(raw, userId)) return undefined
      const programme = visible(raw)
      if (!programme) return undefined
      return {
        programme,
        origin: 'server' as ProgrammeOrigin,
        savedAt: raw.savedAt,
        version: raw.version,
        revision: raw.server?.revision,
        serverProgramme: raw.server?.programme ?? null,
        pending: raw.pending,
        problem: raw.problem,
      }
    },

    save(programme, _origin) {
      // An import on the server: the whole programme replaced, sent like any edit.
      const op: ProgrammeOperation = {
        kind: 'programme.replace',
        programme,
        id: `replace-${now().getTime()}-${Math.random().toString(36).slice(2, 10)}`,
        at: now().toISOString(),
      }
      return queueOps(programme.id, [op])
    },

    apply: queueOps,

    async remove(id) {
      await kv.del(key(id))
    },

    async refresh() {
      const listed = await api.programmes()
      const ids = new Set(listed.map((p) => p.id))
      for (const summary of listed) {
        const raw = await kv.get(key(summary.id))
        const stored = isStored(raw, userId) ? raw : undefined
        if (stored?.server?.revision !== summary.revision || stored.pending.length > 0)
          await fetchInto(summary.id)
      }
      // What this user may no longer read goes, unless edits of theirs still wait on it (a
      // programme they are creating, or one to tell them about).
      for (const [k, raw] of await kv.entries()) {
        if (!k.startsWith(SERVER_PROGRAMME_PREFIX)) continue
        if (!isStored(raw, userId)) await kv.del(k)
        else if (!ids.has(k.slice(SERVER_PROGRAMME_PREFIX.length)) && raw.pending.length === 0)
          await kv.del(k)
      }
    },

    send(id) {
      return exclusive(`weerbaar-programme:${id}`, async (): Promise<SendResult> => {
        // Read inside the lock: another tab may just have sent these edits.
        const raw = await kv.get(key(id))
        if (!isStored(raw, userId) || raw.pending.length === 0 || raw.problem)
          return { type: 'idle' }
        const sent = raw.pending
        const next = visible(raw)!
        try {
          const outcome = await api.putProgramme(id, next, raw.server?.revision)
          if (outcome.type === 'ok') {
            await settleSent(id, sent, next, outcome.revision)
            return { type: 'sent', revision: outcome.revision }
          }
          if (outcome.type === 'refused') {
            const problem: ProgrammeProblem = {
              kind: 'refused',
              status: outcome.status,
              reason: outcome.reason,
              issues: outcome.issues,
            }
            await setProblem(id, problem)
            return { type: 'problem', problem }
          }
          // 412: a colleague changed it. When the server's version already holds exactly these
          // edits (sent by this user from another tab or before a lost answer) they are done.
          const latest = await api.programme(id)
          if (!latest) {
            const problem: ProgrammeProblem = {
              kind: 'refused',
              status: 404,
              reason: 'Dit programma staat niet (meer) op de server',
              issues: [],
            }
            await setProblem(id, problem)
            return { type: 'problem', problem }
          }
          const theirs = parse(latest.programme)
          if (same(applyProgrammeOperations(theirs, sent), theirs)) {
            await settleSent(id, sent, theirs, latest.revision)
            return { type: 'sent', revision: latest.revision }
          }
          const problem: ProgrammeProblem = {
            kind: 'conflict',
            server: theirs,
            revision: latest.revision,
            at: now().toISOString(),
          }
          await setProblem(id, problem)
          return { type: 'problem', problem }
        } catch (error) {
          const reason = offlineReason(error)
          if (reason === null) throw error
          return { type: 'offline', reason }
        }
      })
    },

    async resolve(id, choice) {
      // A refusal has no newer version with it: the server's current one is fetched first.
      const raw = await kv.get(key(id))
      let fresh: { programme: Programme; revision: number } | null = null
      if (isStored(raw, userId) && raw.problem?.kind === 'refused') {
        const fetched = await api.programme(id).catch(() => null)
        if (fetched) fresh = { programme: parse(fetched.programme), revision: fetched.revision }
      }
      await change(id, (current) => {
        if (!current) return { next: null, result: undefined }
        const problem = current.problem
        const server =
          problem?.kind === 'conflict'
            ? { programme: problem.server, revision: problem.revision }
            : (fresh ?? current.server)
        return {
          next: {
            ...current,
            server,
            pending: choice === 'reapply' ? current.pending : [],
            problem: null,
            savedAt: now().toISOString(),
            version: current.version + 1,
          },
          result: undefined,
        }
      })
    },
  }
}
