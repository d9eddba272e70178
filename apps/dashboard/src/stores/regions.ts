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
import { DEMO_CODES, loadDemoRegion, loadDemoRegions } from '#/demo.ts'
import {
  useRepository,
  type KeptAside,
  type RegionListItem,
  type RegionOrigin,
} from '#/storage/index.ts'

export type ImportResult =
  | { ok: true; region: Region; warnings: Issue[] }
  | { ok: false; issues: Issue[] }

/** The region JSON as exported: stable key order from the parsed data, two-space indent. */
export function regionToJson(region: Region): string {
  return `${JSON.stringify(region, null, 2)}\n`
}

/**
 * The regions in the browser and the one being worked on. Every change is written to the
 * repository at once; writes are queued so they land in the order they were made.
 */
export const useRegionStore = defineStore('regions', () => {
  const repository = useRepository()
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

  let writes: Promise<void> = Promise.resolve()
  let started: Promise<void> | undefined

  async function refreshList() {
    list.value = await repository.list()
  }

  async function activate(code: string) {
    const record = await repository.load(code)
    if (!record) throw new Error(`Region ${code} is not stored`)
    region.value = record.region
    origin.value = record.origin
    savedAt.value = record.savedAt
    activeCode.value = code
    writePreference('region', code)
  }

  /** Opens the repository, seeds the demo regions on first use, and activates the last region. */
  function init(): Promise<void> {
    started ??= (async () => {
      try {
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
    })()
    return started
  }

  /** Saves the region as it is now; resolves when it is on disk. */
  function persist(next: Region, from: RegionOrigin = origin.value): Promise<void> {
    const stamp = new Date().toISOString()
    saving.value++
    writes = writes
      .then(() => repository.save({ region: next, origin: from, savedAt: stamp }))
      .then(() => {
        savedAt.value = stamp
      })
      .catch((e: unknown) => {
        error.value = `Opslaan mislukt: ${e instanceof Error ? e.message : String(e)}`
      })
      .finally(() => {
        saving.value--
      })
    return writes
  }

  /** Replaces the active region by an edited version of it, and saves it at once. */
  function update(next: Region): Promise<void> {
    region.value = next
    return persist(next)
  }

  async function select(code: string) {
    if (code === activeCode.value) return
    await writes
    await activate(code)
  }

  /** Adds or replaces a region (by its code) and makes it the active one. */
  async function add(next: Region, from: RegionOrigin) {
    await writes
    region.value = next
    origin.value = from
    activeCode.value = next.region.code
    writePreference('region', next.region.code)
    await persist(next, from)
    await refreshList()
  }

  async function importJson(text: string, lang: Lang): Promise<ImportResult> {
    const result = parseRegionJson(text, { lang, catalog })
    if (!result.ok) return result
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
    const result = mergeRegionCsv(region.value, files, { lang, catalog })
    if (!result.ok) return result
    await add(result.value, origin.value)
    return { ok: true, region: result.value, warnings: result.warnings }
  }

  /**
   * Puts the demo regions back as shipped; imported regions stay, also one that carries a demo
   * region's code (VR25 and VR14 are real regions' codes: their own file must not be lost).
   */
  async function resetDemo() {
    await writes
    for (const code of DEMO_CODES) {
      if ((await repository.load(code))?.origin === 'import') continue
      const demo = await loadDemoRegion(code)
      await repository.save({ region: demo, origin: 'demo', savedAt: new Date().toISOString() })
    }
    await refreshList()
    await activate(
      activeCode.value && DEMO_CODES.includes(activeCode.value) ? activeCode.value : DEMO_CODES[0]!,
    )
  }

  async function remove(code: string) {
    await writes
    await repository.remove(code)
    await refreshList()
    if (activeCode.value === code) {
      region.value = null
      activeCode.value = null
      const first = list.value[0]?.code
      if (first) await activate(first)
    }
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
  const flushed = () => writes

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
