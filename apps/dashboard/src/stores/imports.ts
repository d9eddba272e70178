import { parseRegionJson, type Issue, type Lang, type Region } from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import {
  diffRegions,
  planCsvImport,
  type CsvImportMode,
  type RegionDiff,
} from '#/domain/import-plan.ts'
import { useRegionStore } from './regions.ts'

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
  const undoable = ref<{ label: string } | null>(null)
  let apply: (() => Promise<void>) | null = null
  let restore: (() => Promise<void>) | null = null

  function cancel() {
    pending.value = null
    apply = null
  }

  async function importJson(text: string, lang: Lang): Promise<PreviewResult> {
    cancel()
    const parsed = parseRegionJson(text, { lang, catalog })
    if (!parsed.ok) return parsed
    const next = parsed.value
    const code = next.region.code
    const stored = regions.list.find((r) => r.code === code)
    const doImport = async () => {
      if (stored && regions.activeCode !== code) await regions.select(code)
      const before = stored ? regions.region : null
      const result = await regions.importJson(text, lang)
      if (!result.ok) return result
      undoable.value = { label: next.region.name }
      restore = before
        ? async () => {
            if (regions.activeCode !== code) await regions.select(code)
            await regions.update(before, { import: true })
          }
        : () => regions.remove(code)
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
    const plan = planCsvImport(base, files, { ...options, catalog })
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
      undoable.value = { label: base.region.name }
      restore = async () => {
        if (regions.activeCode !== before.region.code) await regions.select(before.region.code)
        await regions.update(before, { import: true })
      }
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

  async function undo(): Promise<void> {
    const run = restore
    restore = null
    undoable.value = null
    if (run) await run()
  }

  return { pending, undoable, importJson, previewCsv, confirm, cancel, undo }
})
