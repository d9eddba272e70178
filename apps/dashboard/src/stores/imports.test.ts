import { regionToCsv } from '@weerbaar/core'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { createKeyValueRepository } from '#/storage/key-value-repository.ts'
import { setRepository, setTabChannel } from '#/storage/index.ts'
import { tabHub } from '#/sync/tabs.ts'
import { freshStores } from '#/test/helpers.ts'
import { useImportStore } from './imports.ts'
import { regionToJson, useRegionStore } from './regions.ts'

describe('the undo of an import', () => {
  it('survives a reload: the snapshot is in IndexedDB, and undo puts the region back', async () => {
    const { kv } = freshStores()
    let regions = useRegionStore()
    await regions.init()
    const before = regions.region!
    // A municipality's points CSV with one point renamed, merged into the region.
    const csv = regionToCsv(before).points.replace(before.points[0]!.name, 'Hernoemd punt')
    let imports = useImportStore()
    const preview = imports.previewCsv({ points: csv }, { mode: 'merge', lang: 'nl' })
    expect(preview.ok).toBe(true)
    expect(await imports.confirm()).toBe(true)
    await regions.flushed()
    expect(regions.region!.points[0]!.name).toBe('Hernoemd punt')
    expect(kv.data.has('undo:import')).toBe(true)

    // A reload: new stores on the same storage.
    setRepository(createKeyValueRepository(kv))
    setTabChannel(tabHub().connect())
    setActivePinia(createPinia())
    regions = useRegionStore()
    await regions.init()
    expect(regions.region!.points[0]!.name).toBe('Hernoemd punt')
    imports = useImportStore()
    await imports.loaded
    expect(imports.undoable?.label).toBe(before.region.name)
    await imports.undo()
    await regions.flushed()
    expect(regions.region!.points[0]!.name).toBe(before.points[0]!.name)
    expect(regions.region!.points).toEqual(before.points)
    expect(imports.undoable).toBeNull()
    expect(kv.data.has('undo:import')).toBe(false)
  })

  it('keeps one snapshot only: the next import replaces it', async () => {
    const { kv } = freshStores()
    const regions = useRegionStore()
    await regions.init()
    const imports = useImportStore()
    const csv = (name: string) =>
      regionToCsv(regions.region!).points.replace(regions.region!.points[0]!.name, name)
    imports.previewCsv({ points: csv('Eerste') }, { mode: 'merge', lang: 'nl' })
    await imports.confirm()
    imports.previewCsv({ points: csv('Tweede') }, { mode: 'merge', lang: 'nl' })
    await imports.confirm()
    const undoKeys = [...kv.data.keys()].filter((k) => k.startsWith('undo:'))
    expect(undoKeys).toEqual(['undo:import'])
    const stored = kv.data.get('undo:import') as { before: { points: { name: string }[] } }
    expect(stored.before.points[0]!.name).toBe('Eerste')
  })

  it('forgets the undo of an import whose region was removed since', async () => {
    const { kv } = freshStores()
    const regions = useRegionStore()
    await regions.init()
    const imports = useImportStore()
    const other = { ...regions.region!, region: { code: 'VR98', name: 'Testregio' } }
    const result = await imports.importJson(regionToJson(other), 'nl')
    expect(result).toMatchObject({ ok: true, applied: true })
    expect(imports.undoable?.code).toBe('VR98')
    await regions.remove('VR98')
    await vi.waitFor(() => expect(imports.undoable).toBeNull())
    await vi.waitFor(() => expect(kv.data.has('undo:import')).toBe(false))
  })
})
