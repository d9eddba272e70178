import type { KeyValueStore } from '#/storage/key-value-repository.ts'
import { plain } from '#/storage/key-value-repository.ts'
import type { Api } from './api.ts'
import { ApiError, NetworkError } from './api.ts'
import {
  applyChanges,
  discardProblem,
  emptyState,
  enqueue,
  identifyRemoval,
  nextToSend,
  resolveConflict,
  settle,
  type ChangeRecord,
  type SyncState,
} from './engine.ts'
import type { Operation } from './operations.ts'

/** What is stored per region in server mode, under `sync:CODE`. */
export interface StoredSync {
  syncVersion: 1
  /** The user whose data this is: signing out (or another user signing in) clears it. */
  userId: string
  state: SyncState
}

export const SYNC_PREFIX = 'sync:'

export type Connection = { online: true } | { online: false; since: string; reason: string }

export interface SyncClientOptions {
  api: Api
  kv: KeyValueStore
  code: string
  userId: string
  /** Called with every new state, after it is stored. */
  onState: (state: SyncState) => void
  onConnection?: (connection: Connection) => void
  /** Changes of colleagues that arrived live (not this user's own waiting operations). */
  onRemote?: (records: ChangeRecord[]) => void
  now?: () => Date
  /** Delay before the n-th retry. */
  backoff?: (attempt: number) => number
  /** Opens the live event stream (EventSource in the browser); none in tests. */
  openEvents?: (
    url: string,
    onChange: (record: ChangeRecord) => void,
    onError: () => void,
  ) => () => void
}

/**
 * Drives the pure sync engine for one region: every new state is first written to IndexedDB
 * (one transaction, shared with the other tabs), then sent on. Sends the queue one operation at
 * a time, catches up from `changes?since=` page by page, and listens to the server's events.
 */
export function createSyncClient(options: SyncClientOptions) {
  const { api, kv, code, userId } = options
  const key = SYNC_PREFIX + code
  const now = options.now ?? (() => new Date())
  const backoff = options.backoff ?? ((n: number) => Math.min(30_000, 1000 * 2 ** Math.min(n, 5)))
  let state: SyncState = emptyState()
  let sending: string | null = null
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let closeEvents: (() => void) | undefined
  let connection: Connection = { online: true }

  function setConnection(next: Connection) {
    if (next.online === connection.online) return
    connection = next
    options.onConnection?.(next)
  }
  function offline(error: unknown) {
    if (connection.online)
      setConnection({
        online: false,
        since: now().toISOString(),
        reason: error instanceof Error ? error.message : String(error),
      })
  }

  /** Changes the stored state in one transaction and then the one in memory. */
  async function mutate(change: (current: SyncState) => SyncState): Promise<SyncState> {
    const next = await kv.transaction([key], ([raw]) => {
      const stored = raw as StoredSync | undefined
      const current = stored && stored.userId === userId ? stored.state : emptyState()
      const updated = plain(change(current))
      const record: StoredSync = { syncVersion: 1, userId, state: updated }
      return { set: [[key, record]], result: updated }
    })
    state = next
    options.onState(next)
    return next
  }

  async function load(): Promise<SyncState> {
    const stored = (await kv.get(key)) as StoredSync | undefined
    state = stored && stored.userId === userId ? stored.state : emptyState()
    options.onState(state)
    return state
  }

  /** Catches up with the server's change feed, page by page. */
  async function pull(): Promise<void> {
    for (;;) {
      const page = await api.changes(code, state.confirmed.seq)
      if (page.changes.length > 0) {
        const ids = new Set(state.pending.map((p) => p.op.id))
        await mutate((s) => applyChanges(s, page.changes))
        const foreign = page.changes.filter((r) => !ids.has(r.id))
        if (foreign.length > 0) options.onRemote?.(foreign)
      }
      if (page.next === null || page.changes.length === 0) return
    }
  }

  async function sendAll(): Promise<void> {
    for (;;) {
      if (stopped) return
      let next = nextToSend(state)
      if (!next) return
      if (next.op.kind === 'assessment.remove' && !next.assessmentId) {
        // Which assessment on the server this is: looked up after catching up. None left means
        // it is gone already, and sending reports that as done.
        const opId = next.op.id
        await pull()
        await mutate((s) => identifyRemoval(s, opId))
        next = state.pending.find((p) => p.op.id === opId)
        if (!next) continue
      }
      sending = next.op.id
      try {
        const outcome = await api.send(code, next)
        await mutate((s) => settle(s, next.op.id, outcome))
        if (outcome.type === 'retry') {
          offline(outcome.error)
          schedule(backoff(next.attempts + 1))
          return
        }
        setConnection({ online: true })
      } finally {
        sending = null
      }
    }
  }

  let running: Promise<void> | null = null
  /** One round: send what waits, then catch up. Never two rounds at once. */
  function sync(): Promise<void> {
    running ??= (async () => {
      try {
        await sendAll()
        await pull()
        setConnection({ online: true })
        if (nextToSend(state) && !timer) await sendAll()
      } catch (error) {
        if (error instanceof NetworkError || (error instanceof ApiError && error.status >= 500)) {
          offline(error)
          schedule(backoff(1))
        } else throw error
      } finally {
        running = null
      }
    })()
    return running
  }

  function schedule(ms: number) {
    if (stopped || timer) return
    timer = setTimeout(() => {
      timer = undefined
      void sync().catch(() => {})
    }, ms)
  }

  return {
    get state() {
      return state
    },
    get connection() {
      return connection
    },
    /** Reads the stored state, then syncs and (in the browser) listens to live changes. */
    async start(): Promise<SyncState> {
      await load()
      void sync().catch(() => {})
      closeEvents = options.openEvents?.(
        api.eventsUrl(code, state.confirmed.seq),
        () => void sync().catch(() => {}),
        () => offline(new Error('events')),
      )
      return state
    },
    /** Stores the user's operations (resolves once committed), then sends them. */
    async enqueue(ops: readonly Operation[]): Promise<void> {
      await mutate((s) => enqueue(s, ops, sending))
      void sync().catch(() => {})
    },
    /** Another tab changed the stored state. */
    reload: load,
    sync,
    /** Try now (the user pressed "opnieuw proberen", or the browser is online again). */
    retryNow() {
      if (timer) clearTimeout(timer)
      timer = undefined
      return sync()
    },
    resolve(opId: string, choice: Parameters<typeof resolveConflict>[2]) {
      return mutate((s) => resolveConflict(s, opId, choice)).then(() => void sync().catch(() => {}))
    },
    discard(opId: string) {
      return mutate((s) => discardProblem(s, opId))
    },
    stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      closeEvents?.()
    },
  }
}

export type SyncClient = ReturnType<typeof createSyncClient>

/** The browser's EventSource on the server's events (the cookie goes along, same origin). */
export function browserEvents(
  url: string,
  onChange: (record: ChangeRecord) => void,
  onError: () => void,
): () => void {
  if (typeof EventSource === 'undefined') return () => {}
  const source = new EventSource(url, { withCredentials: true })
  source.addEventListener('change', (event) => {
    try {
      onChange(JSON.parse((event as MessageEvent<string>).data) as ChangeRecord)
    } catch {
      // A malformed event is ignored; the next catch-up brings the change anyway.
    }
  })
  source.onerror = onError
  return () => source.close()
}
