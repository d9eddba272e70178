import type { Point, Region } from '@weerbaar/core'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { readPreference, writePreference } from '#/composables/preferences.ts'
import { useKeyValueStore } from '#/storage/index.ts'
import { createApi, NetworkError, type ServerRegion, type ServerUser } from '#/sync/api.ts'
import {
  browserEvents,
  createSyncClient,
  SYNC_PREFIX,
  type Connection,
  type SyncClient,
} from '#/sync/client.ts'
import { visibleRegion, type ChangeRecord, type SyncState } from '#/sync/engine.ts'
import type { Operation } from '#/sync/operations.ts'
import { newOperationId } from '#/sync/tabs.ts'

/** Where the dashboard keeps its data: only this browser, or a Weerbaar server. */
export type SyncMode = 'detecting' | 'local' | 'server'

/** A quiet notice of colleagues' work that arrived live. */
export interface RemoteNotice {
  /** Municipality code → number of assessments recorded. */
  assessments: Record<string, number>
  points: number
}

let detection = true
/** Tests of the local dashboard run without asking for a server. */
export function setServerDetection(enabled: boolean): void {
  detection = enabled
}

/**
 * Server mode: who is signed in, the sync client of the active region, what waits and what
 * went wrong. Served without a server (static hosting, a file from disk) the mode is `local`
 * and everything here stays quiet.
 */
export const useSyncStore = defineStore('sync', () => {
  const api = createApi({ lang: () => readPreference('locale') ?? 'nl' })
  const mode = ref<SyncMode>('detecting')
  const user = ref<ServerUser | null>(null)
  const serverRegions = ref<ServerRegion[]>([])
  const state = shallowRef<SyncState | null>(null)
  const connection = ref<Connection>({ online: true })
  const notice = ref<RemoteNotice | null>(null)
  const oidc = ref(false)
  const activeCode = ref<string | null>(null)
  /** False until the first round with the server after opening a region finished. */
  const caughtUp = ref(false)
  let client: SyncClient | null = null

  /** Finds out whether a server serves the dashboard, and who is signed in. */
  async function detect(): Promise<void> {
    const remembered = readPreference('mode') === 'server'
    if (!detection || typeof location === 'undefined' || !location.protocol.startsWith('http')) {
      mode.value = 'local' // a file opened from disk has no server
      return
    }
    try {
      const server = await api.detect()
      mode.value = server ? 'server' : 'local'
      writePreference('mode', mode.value)
      if (!server) return
      const me = await api.me()
      user.value = me?.user ?? null
      writePreference('user', me ? JSON.stringify(me.user) : '')
      if (me && !me.user.mustChangePassword) {
        serverRegions.value = await api.regions()
        writePreference('serverRegions', JSON.stringify(serverRegions.value))
      } else oidc.value = await api.oidcConfigured()
    } catch (error) {
      if (!(error instanceof NetworkError) || !remembered) {
        mode.value = remembered ? 'server' : 'local'
        return
      }
      // Offline on a server installation: work on with what this browser has, as before.
      mode.value = 'server'
      connection.value = { online: false, since: new Date().toISOString(), reason: error.message }
      try {
        const cached = readPreference('user')
        user.value = cached ? (JSON.parse(cached) as ServerUser) : null
        serverRegions.value = JSON.parse(readPreference('serverRegions') ?? '[]') as ServerRegion[]
      } catch {
        user.value = null
      }
    }
  }

  async function signIn(email: string, password: string): Promise<void> {
    const signed = await api.signIn(email, password)
    user.value = signed
    writePreference('user', JSON.stringify(signed))
    if (signed.mustChangePassword) return // the sign-in page asks for a password of their own
    serverRegions.value = await api.regions()
    writePreference('serverRegions', JSON.stringify(serverRegions.value))
  }

  /** A password of the user's own instead of the temporary one a coordinator gave. */
  async function changePassword(current: string, next: string): Promise<void> {
    await api.changePassword(current, next)
    if (user.value) user.value = { ...user.value, mustChangePassword: false }
    writePreference('user', JSON.stringify(user.value))
  }

  /** The role of the signed-in user in a region. */
  function roleIn(code: string | null) {
    if (!user.value || !code) return undefined
    return user.value.roles.find((r) => r.region === code)
  }

  /** Whether the user may change points and assessments of this municipality in the active region. */
  function canEdit(municipality?: string): boolean {
    if (mode.value !== 'server') return true
    if (!user.value) return false
    if (user.value.admin) return true
    const role = roleIn(activeCode.value)
    if (role?.role === 'coordinator') return true
    if (role?.role === 'editor')
      return municipality ? role.municipalities.includes(municipality) : true
    return false
  }

  function summarise(records: ChangeRecord[], region: Region | null) {
    const municipalityOf = new Map((region?.points ?? []).map((p) => [p.id, p.municipality]))
    const next: RemoteNotice = { assessments: {}, points: 0 }
    for (const r of records) {
      if (r.kind === 'assessment' && r.op === 'put') {
        const point = (r.value as { point?: string } | undefined)?.point ?? ''
        const code = municipalityOf.get(point) ?? ''
        next.assessments[code] = (next.assessments[code] ?? 0) + 1
      } else if (r.kind === 'point') next.points++
    }
    if (next.points > 0 || Object.keys(next.assessments).length > 0) notice.value = next
  }

  /** Opens a region from the server: what this browser stored first, then the catch-up. */
  async function open(code: string, onRegion: (region: Region | null) => void): Promise<void> {
    client?.stop()
    caughtUp.value = false
    activeCode.value = code
    writePreference('region', code)
    const userId = user.value?.id ?? ''
    let first = true
    client = createSyncClient({
      api,
      kv: useKeyValueStore(),
      code,
      userId,
      onState(next) {
        state.value = next
        onRegion(visibleRegion(next))
      },
      onConnection(next) {
        connection.value = next
        if (next.online && !first) caughtUp.value = true
      },
      onRemote(records) {
        // The first catch-up after opening is not news; what arrives later is.
        if (!first) summarise(records, visibleRegion(state.value!))
      },
      openEvents: typeof window === 'undefined' ? undefined : browserEvents,
    })
    await client.start()
    await client.sync().catch(() => {})
    caughtUp.value = client.connection.online
    first = false
  }

  function enqueue(ops: Operation[]): Promise<void> {
    if (!client) return Promise.reject(new Error('Geen regio geopend'))
    return client.enqueue(ops)
  }

  /** Coordinators (and the server's administrators) manage the region: users, sharing, imports. */
  const isCoordinator = computed(() => {
    if (mode.value !== 'server' || !user.value) return false
    return user.value.admin || roleIn(activeCode.value)?.role === 'coordinator'
  })

  const waiting = computed(() => state.value?.pending ?? [])
  const problems = computed(() => state.value?.problems ?? [])

  function resolve(opId: string, use: Point | null | 'server') {
    if (!client) return Promise.resolve()
    return use === 'server'
      ? client.resolve(opId, { keep: 'server' })
      : client.resolve(opId, { use, id: newOperationId(), at: new Date().toISOString() })
  }

  /** A header change or import that met a colleague's change: mine after all, or theirs. */
  function resolveRegion(opId: string, choice: 'mine' | 'server') {
    if (!client) return Promise.resolve()
    return choice === 'server'
      ? client.resolve(opId, { keep: 'server' })
      : client.resolve(opId, { use: null, id: newOperationId(), at: new Date().toISOString() })
  }

  function discard(opId: string) {
    return client?.discard(opId) ?? Promise.resolve()
  }

  function retryNow() {
    return client?.retryNow().catch(() => {}) ?? Promise.resolve()
  }

  /**
   * Signs out and clears this user's region data from the browser (a shared office laptop).
   * With changes still waiting it refuses unless `force`: they would be lost.
   */
  async function signOut(force = false): Promise<{ ok: boolean; waiting: number }> {
    const count = waiting.value.length
    if (count > 0 && !force) return { ok: false, waiting: count }
    client?.stop()
    client = null
    await api.signOut().catch(() => {})
    const kv = useKeyValueStore()
    for (const [key] of await kv.entries()) if (key.startsWith(SYNC_PREFIX)) await kv.del(key)
    for (const key of ['user', 'serverRegions', 'region']) writePreference(key, '')
    user.value = null
    state.value = null
    serverRegions.value = []
    activeCode.value = null
    return { ok: true, waiting: count }
  }

  return {
    mode,
    user,
    serverRegions,
    state,
    connection,
    notice,
    oidc,
    activeCode,
    caughtUp,
    isCoordinator,
    /** The server's API, for the views that ask it directly (history, users, knowledge). */
    api,
    waiting,
    problems,
    detect,
    signIn,
    changePassword,
    signOut,
    roleIn,
    canEdit,
    open,
    enqueue,
    resolve,
    resolveRegion,
    discard,
    retryNow,
    reloadFromOtherTab: () => client?.reload(),
  }
})
