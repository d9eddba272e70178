import { parseRegionJson, type Issue, type Lang, type Region } from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'
import { defineStore } from 'pinia'
import { ref, shallowRef, watch } from 'vue'
import {
  diffRegions,
  planCsvImport,
  type CsvImportMode,
  type RegionDiff,
} from '#/domain/import-plan.ts'
import { todayCalendarDate } from '#/composables/today.ts'
import { useKeyValueStore } from '#/storage/index.ts'
import { plain } from '#/storage/key-value-repository.ts'
import { useRegionStore } from './regions.ts'

const UNDO_KEY = 'undo:import'

/** What an undo needs: the region as it was before the import (null: the import added it). */
interface UndoSnapshot {
  label: string
  code: string
  before: Region | null
  /** ISO time of the import. */
  at: string
}

/** An import waiting for the user's yes: what it replaces and what changes. */
export interface PendingImport {
  kind: 'json' | 'csv'
  regionName: string
  regionCode: string
  /** Null when the stored region is not the open one: only its size is known here. */
  diff: RegionDiff | null
  storedPoints: number
  mode: CsvImportMode
  municipality?: string
  warnings: Issue[]
}

export type PreviewResult = { ok: true; applied: boolean } | { ok: false; issues: Issue[] }

/**
 * Imports that ask first and can be undone. A region file for a region already stored, and
 * every CSV import, is shown as a list of changes before anything is replaced; the last import
 * can be undone (the region as it was is kept until the next import or a reload). All changes
 * go through the region store's `importJson`, `update` and `remove`.
 */
export const useImportStore = defineStore('imports', () => {
  const regions = useRegionStore()
  const pending = shallowRef<PendingImport | null>(null)
  const undoable = ref<{ label: string; at: string; code: string } | null>(null)
  let apply: (() => Promise<void>) | null = null
  const kv = useKeyValueStore()

  /**
   * The last import's undo, kept in IndexedDB so it survives a reload (or a crash) until it is
   * used or the next import replaces it. Bounded: one snapshot, of one region, at a time.
   */
  async function remember(snapshot: Omit<UndoSnapshot, 'at'>) {
    const stored: UndoSnapshot = { ...plain(snapshot), at: new Date().toISOString() }
    await kv.set(UNDO_KEY, stored)
    undoable.value = { label: stored.label, at: stored.at, code: stored.code }
  }

  /** Shows the undo of an import made before the page was (re)loaded. */
  const loaded = (async () => {
    try {
      const stored = (await kv.get(UNDO_KEY)) as UndoSnapshot | undefined
      if (stored && !undoable.value)
        undoable.value = { label: stored.label, at: stored.at, code: stored.code }
    } catch {
      // Without IndexedDB there is nothing to offer; the import itself is unaffected.
    }
  })()

  function cancel() {
    pending.value = null
    apply = null
  }

  async function importJson(text: string, lang: Lang): Promise<PreviewResult> {
    cancel()
    const parsed = parseRegionJson(text, { lang, catalog, today: todayCalendarDate() })
    if (!parsed.ok) return parsed
    const next = parsed.value
    const code = next.region.code
    const stored = regions.list.find((r) => r.code === code)
    const doImport = async () => {
      if (stored && regions.activeCode !== code) await regions.select(code)
      const before = stored ? regions.region : null
      const result = await regions.importJson(text, lang)
      if (!result.ok) return result
      await remember({ label: next.region.name, code, before })
    }
    if (!stored) {
      // Nothing is replaced: import at once; undo removes it again.
      const done = await doImport()
      if (done && !done.ok) return done
      return { ok: true, applied: true }
    }
    const active = regions.activeCode === code ? regions.region : null
    pending.value = {
      kind: 'json',
      regionName: next.region.name,
      regionCode: code,
      diff: active ? diffRegions(active, next) : null,
      storedPoints: stored.points,
      mode: 'replace',
      warnings: parsed.warnings,
    }
    apply = async () => {
      const done = await doImport()
      if (done && !done.ok) throw new Error(done.issues.map((i) => i.message).join('; '))
    }
    return { ok: true, applied: false }
  }

  function previewCsv(
    files: { points?: string; assessments?: string },
    options: { mode: CsvImportMode; municipality?: string; lang: Lang },
  ): PreviewResult {
    cancel()
    const base = regions.region
    if (!base) return { ok: false, issues: [] }
    const plan = planCsvImport(base, files, { ...options, catalog, today: todayCalendarDate() })
    if (!plan.ok) return plan
    pending.value = {
      kind: 'csv',
      regionName: base.region.name,
      regionCode: base.region.code,
      diff: plan.value.diff,
      storedPoints: base.points.length,
      mode: options.mode,
      ...(options.municipality ? { municipality: options.municipality } : {}),
      warnings: plan.value.warnings,
    }
    apply = async () => {
      // Planned against the region as it was then; an edit since would be lost silently.
      if (regions.region !== base) throw new Error('stale')
      const before: Region = base
      await regions.update(plan.value.next, { import: true })
      await remember({ label: base.region.name, code: before.region.code, before })
    }
    return { ok: true, applied: false }
  }

  /** Carries out the pending import. False when the region changed since the preview. */
  async function confirm(): Promise<boolean> {
    const run = apply
    cancel()
    if (!run) return false
    try {
      await run()
      return true
    } catch {
      return false
    }
  }

  // A region removed since its import has nothing left to undo: forget the snapshot.
  watch(
    () => regions.list,
    (list) => {
      const code = undoable.value?.code
      if (!code || !regions.ready || list.some((r) => r.code === code)) return
      undoable.value = null
      void kv.del(UNDO_KEY).catch(() => {})
    },
  )

  /** Puts the region back as it was before the last import (or removes a region it added). */
  async function undo(): Promise<void> {
    await loaded
    const stored = (await kv.get(UNDO_KEY)) as UndoSnapshot | undefined
    undoable.value = null
    if (!stored) return
    await regions.init()
    if (stored.before) {
      if (regions.activeCode !== stored.code) await regions.select(stored.code)
      await regions.update(stored.before, { import: true })
    } else {
      await regions.remove(stored.code)
    }
    // Only forgotten once the region is back: a failed undo can be tried again.
    await kv.del(UNDO_KEY)
  }

  return { pending, undoable, loaded, importJson, previewCsv, confirm, cancel, undo }
})
