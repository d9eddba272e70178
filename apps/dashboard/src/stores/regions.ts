import {
  mergeRegionCsv,
  parseRegionJson,
  regionToCsv,
  type Issue,
  type Lang,
  type Region,
} from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { readPreference, writePreference } from '#/composables/preferences.ts'
import { todayCalendarDate } from '#/composables/today.ts'
import { DEMO_CODES, loadDemoRegion, loadDemoRegions } from '#/demo.ts'
import {
  useRepository,
  useTabChannel,
  type KeptAside,
  type RegionListItem,
  type RegionOrigin,
} from '#/storage/index.ts'
import {
  applyOperations,
  diffRegions,
  regionFingerprint,
  type Operation,
} from '#/sync/operations.ts'
import { newOperationId } from '#/sync/tabs.ts'
import { useSyncStore } from './sync.ts'

export type ImportResult =
  | { ok: true; region: Region; warnings: Issue[] }
  | { ok: false; issues: Issue[] }

/** The region JSON as exported: stable key order from the parsed data, two-space indent. */
export function regionToJson(region: Region): string {
  return `${JSON.stringify(region, null, 2)}\n`
}

/**
 * The regions in the browser and the one being worked on. Every change is stored as operations
 * (`diffRegions`): each is applied to the stored region in its own IndexedDB transaction, so a
 * second tab's changes are never overwritten by this tab's copy, and other tabs hear of it
 * (BroadcastChannel) and re-read the stored region with their own unsaved operations on top.
 */
export const useRegionStore = defineStore('regions', () => {
  const repository = useRepository()
  const tabs = useTabChannel()
  const sync = useSyncStore()
  /** Served by a Weerbaar server: regions come from it, changes go to it through the sync queue. */
  const serverMode = () => sync.mode === 'server'
  const list = ref<RegionListItem[]>([])
  const activeCode = ref<string | null>(null)
  /** The active region. Shallow: the engines read it, Vue need not proxy thousands of objects. */
  const region = shallowRef<Region | null>(null)
  const origin = ref<RegionOrigin>('demo')
  const ready = ref(false)
  const error = ref<string | null>(null)
  const migrated = ref<string[]>([])
  const keptAside = ref<KeptAside[]>([])
  const savedAt = ref<string | null>(null)
  const saving = ref(0)

  /** Storage work runs one task at a time, in the order it was asked for. */
  let tasks: Promise<unknown> = Promise.resolve()
  function queue<T>(task: () => Promise<T>): Promise<T> {
    const run = tasks.then(task)
    tasks = run.catch(() => {})
    return run
  }
  let started: Promise<void> | undefined
  /** `version` of the stored record that `region` was built from. */
  let knownVersion = 0
  /** Operations shown in `region` whose transaction has not completed yet. */
  let uncommitted: Operation[] = []

  async function refreshList() {
    list.value = await repository.list()
  }

  async function activate(code: string) {
    const record = await repository.load(code)
    if (!record) throw new Error(`Region ${code} is not stored`)
    region.value = record.region
    origin.value = record.origin
    savedAt.value = record.savedAt
    knownVersion = record.version ?? 0
    uncommitted = []
    activeCode.value = code
    writePreference('region', code)
  }

  /** Re-reads the active region as stored, with this tab's operations still in flight on top. */
  async function reloadActive() {
    const code = activeCode.value
    if (!code) return
    const record = await repository.load(code)
    if (!record) {
      // Removed in another tab: open what is left.
      region.value = null
      activeCode.value = null
      const first = list.value.find((r) => r.code !== code)?.code
      if (first) await activate(first)
      return
    }
    region.value = applyOperations(record.region, uncommitted)
    origin.value = record.origin
    savedAt.value = record.savedAt
    knownVersion = record.version ?? 0
  }

  tabs.subscribe((message) => {
    if (serverMode()) {
      if (message.type === 'region-changed' && message.code === activeCode.value)
        void sync.reloadFromOtherTab()
      return
    }
    void queue(async () => {
      await refreshList()
      if (message.type === 'regions-changed') {
        if (activeCode.value) await reloadActive()
      } else if (message.code === activeCode.value && message.version > knownVersion) {
        await reloadActive()
      }
    }).catch((e: unknown) => {
      error.value = e instanceof Error ? e.message : String(e)
    })
  })

  /** Opens the repository, seeds the demo regions on first use, and activates the last region. */
  function init(): Promise<void> {
    started ??= queue(async () => {
      try {
        await sync.detect()
        if (serverMode()) {
          await initServer()
          return
        }
        const report = await repository.open()
        migrated.value = report.migrated
        keptAside.value = report.keptAside
        await refreshList()
        if (list.value.length === 0) {
          for (const demo of await loadDemoRegions()) {
            await repository.save({
              region: demo,
              origin: 'demo',
              savedAt: new Date().toISOString(),
            })
          }
          await refreshList()
        }
        const preferred = readPreference('region')
        const code = list.value.find((r) => r.code === preferred)?.code ?? list.value[0]?.code
        if (code) await activate(code)
      } catch (e) {
        error.value = e instanceof Error ? e.message : String(e)
      } finally {
        ready.value = true
      }
    })
    return started
  }

  /** Server mode: the regions the user has a role in, and the last one used. */
  async function initServer() {
    if (!sync.user) return // the sign-in page shows
    list.value = sync.serverRegions.map((r) => ({
      code: r.code,
      name: r.name,
      origin: 'server' as const,
      savedAt: '',
      points: 0,
    }))
    const preferred = readPreference('region')
    const code = list.value.find((r) => r.code === preferred)?.code ?? list.value[0]?.code
    if (code) await activateServer(code)
  }

  async function activateServer(code: string) {
    activeCode.value = code
    origin.value = 'server'
    await sync.open(code, (next) => {
      if (activeCode.value === code) region.value = next
    })
  }

  /**
   * Stores operations on the active region; resolves once their transaction has committed (and
   * only then may the user be told it is "Vastgelegd"), rejects if it did not.
   */
  function commit(code: string, ops: Operation[]): Promise<void> {
    uncommitted.push(...ops)
    saving.value++
    return queue(async () => {
      try {
        const result = await repository.apply(code, ops)
        uncommitted = uncommitted.filter((op) => !ops.includes(op))
        if (activeCode.value === code) {
          // Another tab wrote in between: show the stored region, which has both.
          if (result.before !== knownVersion)
            region.value = applyOperations(result.region, uncommitted)
          knownVersion = result.version
          savedAt.value = result.savedAt
        }
        tabs.post({ type: 'region-changed', code, version: result.version })
      } catch (e) {
        uncommitted = uncommitted.filter((op) => !ops.includes(op))
        error.value = `Opslaan mislukt, de wijziging is niet vastgelegd: ${e instanceof Error ? e.message : String(e)}`
        await reloadActive().catch(() => {})
        throw e
      } finally {
        saving.value--
      }
    })
  }

  /** Writes a whole region (seed, reset, import) and tells the other tabs. */
  async function saveWhole(next: Region, from: RegionOrigin) {
    const stamp = new Date().toISOString()
    await repository.save({ region: next, origin: from, savedAt: stamp })
    tabs.post({ type: 'regions-changed' })
  }

  /**
   * Replaces the active region by an edited version of it. Under the hood the difference is
   * stored as operations (point put/delete, assessment add/remove, header change), so edits made
   * meanwhile in another tab stay. Resolves when stored; rejects if storing failed.
   */
  function update(next: Region, options: { import?: boolean } = {}): Promise<void> {
    const code = activeCode.value
    const previous = region.value
    region.value = next
    if (!code || !previous) return queue(async () => {})
    const at = new Date().toISOString()
    const ops =
      options.import && serverMode()
        ? // One import on the server: validated whole, in one transaction, audited as an import.
          [
            {
              kind: 'region.replace',
              id: newOperationId(),
              at,
              region: next,
              baseFingerprint: regionFingerprint(previous),
            } satisfies Operation,
          ]
        : diffRegions(previous, next).map(
            (op) => ({ ...op, id: newOperationId(), at }) as Operation,
          )
    if (ops.length === 0) return queue(async () => {})
    if (serverMode()) {
      // Stored in IndexedDB (resolves once committed), then sent when the server is reachable.
      saving.value++
      return queue(() => sync.enqueue(ops)).finally(() => {
        saving.value--
        savedAt.value = at
      })
    }
    return commit(code, ops)
  }

  function select(code: string): Promise<void> {
    return queue(async () => {
      if (code === activeCode.value) return
      if (serverMode()) await activateServer(code)
      else await activate(code)
    })
  }

  /** Adds or replaces a region (by its code) and makes it the active one. */
  function add(next: Region, from: RegionOrigin): Promise<void> {
    return queue(async () => {
      saving.value++
      try {
        await saveWhole(next, from)
        await refreshList()
        await activate(next.region.code)
      } finally {
        saving.value--
      }
    })
  }

  async function importJson(text: string, lang: Lang): Promise<ImportResult> {
    const result = parseRegionJson(text, { lang, catalog, today: todayCalendarDate() })
    if (!result.ok) return result
    if (serverMode()) {
      // On the server a file replaces the open region it belongs to; new regions are made there.
      if (result.value.region.code !== activeCode.value)
        return {
          ok: false,
          issues: [
            {
              severity: 'error',
              code: 'other_region',
              path: 'region.code',
              message:
                lang === 'nl'
                  ? `Dit bestand is van regio ${result.value.region.code}; open die regio om het te importeren. Een nieuwe regio maakt de beheerder van de server aan.`
                  : `This file is for region ${result.value.region.code}; open that region to import it. The server's administrator creates new regions.`,
            },
          ],
        }
      await update(result.value, { import: true })
      return { ok: true, region: result.value, warnings: result.warnings }
    }
    await add(result.value, 'import')
    return { ok: true, region: result.value, warnings: result.warnings }
  }

  /**
   * Replaces the active region's points and/or assessments by CSV files; the rest of the
   * region stays. Problems name the file's line and column.
   */
  async function importCsv(
    files: { points?: string; assessments?: string },
    lang: Lang,
  ): Promise<ImportResult> {
    if (!region.value) return { ok: false, issues: [] }
    const result = mergeRegionCsv(region.value, files, {
      lang,
      catalog,
      today: todayCalendarDate(),
    })
    if (!result.ok) return result
    await add(result.value, origin.value)
    return { ok: true, region: result.value, warnings: result.warnings }
  }

  /**
   * Puts the demo regions back as shipped; imported regions stay, also one that carries a demo
   * region's code (VR25 and VR14 are real regions' codes: their own file must not be lost).
   */
  function resetDemo(): Promise<void> {
    return queue(async () => {
      for (const code of DEMO_CODES) {
        if ((await repository.load(code))?.origin === 'import') continue
        await saveWhole(await loadDemoRegion(code), 'demo')
      }
      await refreshList()
      await activate(
        activeCode.value && DEMO_CODES.includes(activeCode.value)
          ? activeCode.value
          : DEMO_CODES[0]!,
      )
    })
  }

  function remove(code: string): Promise<void> {
    return queue(async () => {
      await repository.remove(code)
      tabs.post({ type: 'regions-changed' })
      await refreshList()
      if (activeCode.value === code) {
        region.value = null
        activeCode.value = null
        const first = list.value[0]?.code
        if (first) await activate(first)
      }
    })
  }

  /** The stored region (other than the active one) that holds a point or municipality, for links into another region. */
  async function findRegionOf(what: {
    point?: string
    municipality?: string
  }): Promise<RegionListItem | null> {
    for (const item of list.value) {
      if (item.code === activeCode.value) continue
      const record = await repository.load(item.code)
      if (!record) continue
      const { points, municipalities } = record.region
      if (what.point && points.some((p) => p.id === what.point)) return item
      if (what.municipality && municipalities.some((m) => m.code === what.municipality)) return item
    }
    return null
  }

  const exportJson = () => (region.value ? regionToJson(region.value) : '')
  const exportCsv = () =>
    region.value ? regionToCsv(region.value) : { points: '', assessments: '' }

  /** Resolves when every queued write has landed. */
  const flushed = (): Promise<void> => queue(async () => {})

  return {
    list,
    activeCode,
    region,
    origin,
    ready,
    error,
    migrated,
    keptAside,
    savedAt,
    saving: computed(() => saving.value > 0),
    init,
    select,
    update,
    importJson,
    importCsv,
    resetDemo,
    remove,
    findRegionOf,
    exportJson,
    exportCsv,
    flushed,
  }
})
