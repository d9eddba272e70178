import { parseRegionJson } from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { regionToJson } from '#/stores/regions.ts'
import { demoRegion } from '#/test/helpers.ts'
import { createKeyValueRepository, memoryKeyValueStore } from './key-value-repository.ts'
import { migrateStored, STORAGE_VERSION } from './migrate.ts'

describe('key-value repository', () => {
  it('saves, lists, loads and removes regions', async () => {
    const kv = memoryKeyValueStore()
    const repo = createKeyValueRepository(kv)
    const region = demoRegion()
    await repo.save({ region, origin: 'demo', savedAt: '2026-11-28T10:00:00.000Z' })
    expect(await repo.list()).toEqual([
      {
        code: 'VR25',
        name: region.region.name,
        origin: 'demo',
        savedAt: '2026-11-28T10:00:00.000Z',
        points: region.points.length,
      },
    ])
    const loaded = await repo.load('VR25')
    expect(loaded?.region).toEqual(region)
    // Stored as JSON, the assessments come back with the fields parseRegion gives every one.
    const shapes = new Set(loaded!.region.assessments.map((a) => Object.keys(a).join()))
    expect([...shapes]).toEqual(['point,requirement,date,result,value,note,assessor'])
    expect((kv.data.get('region:VR25') as { storageVersion: number }).storageVersion).toBe(
      STORAGE_VERSION,
    )
    await repo.remove('VR25')
    expect(await repo.list()).toEqual([])
  })

  it('migrates a bare region written by an earlier version, keeping the original', async () => {
    const region = demoRegion()
    const kv = memoryKeyValueStore({ 'region:VR25': region })
    const repo = createKeyValueRepository(kv)
    const report = await repo.open()
    expect(report.migrated).toEqual(['VR25'])
    expect((await repo.load('VR25'))?.region).toEqual(region)
    expect(kv.data.get('aside:region:VR25:v0')).toEqual({ reason: expect.any(String), raw: region })
  })

  it('applies operations to a record written before operations existed, counting versions', async () => {
    const region = demoRegion()
    // What the previous dashboard stored: a whole region, no version counter.
    const kv = memoryKeyValueStore({
      'region:VR25': { storageVersion: STORAGE_VERSION, origin: 'demo', savedAt: 'x', region },
    })
    const repo = createKeyValueRepository(kv, () => new Date('2026-12-03T09:00:00Z'))
    expect((await repo.open()).migrated).toEqual([])
    const added = { ...region.assessments[0]!, note: 'Nieuw' }
    const result = await repo.apply('VR25', [
      { id: 'a', at: 'x', kind: 'assessment.add', assessment: added },
    ])
    expect(result).toMatchObject({ before: 0, version: 1, savedAt: '2026-12-03T09:00:00.000Z' })
    const loaded = await repo.load('VR25')
    expect(loaded?.region.assessments).toEqual([...region.assessments, added])
    expect(loaded?.region.points).toEqual(region.points)
    expect(loaded?.version).toBe(1)
  })

  it('applies nothing when the region is gone, and says so', async () => {
    const repo = createKeyValueRepository(memoryKeyValueStore())
    await expect(
      repo.apply('VR25', [{ id: 'a', at: 'x', kind: 'point.delete', pointId: 'p', before: null }]),
    ).rejects.toThrow(/niet \(meer\) in deze browser/)
  })

  it('keeps what it cannot read aside instead of dropping it', async () => {
    const broken = { storageVersion: 0, region: { schemaVersion: 1, region: { code: 'VR99' } } }
    const newer = { storageVersion: STORAGE_VERSION + 1, region: {} }
    const kv = memoryKeyValueStore({
      'region:VR99': { ...broken, storageVersion: undefined },
      'region:VR98': newer,
    })
    const repo = createKeyValueRepository(kv, () => new Date('2026-11-28T10:00:00Z'))
    const report = await repo.open()
    expect(report.migrated).toEqual([])
    expect(report.keptAside.map((a) => a.key).sort()).toEqual([
      'aside:region:VR98:2026-11-28T10:00:00.000Z',
      'aside:region:VR99:2026-11-28T10:00:00.000Z',
    ])
    expect(report.keptAside.find((a) => a.key.includes('VR98'))?.reason).toMatch(/nieuwere versie/)
    // The data is still there, and reported again on the next start.
    expect(kv.data.get('aside:region:VR98:2026-11-28T10:00:00.000Z')).toEqual({
      reason: expect.any(String),
      raw: newer,
    })
    const again = await createKeyValueRepository(kv).open()
    expect(again.keptAside).toHaveLength(2)
    expect(await repo.list()).toEqual([])
  })

  it('export then import gives back exactly the same region', () => {
    const region = demoRegion()
    const text = regionToJson(region)
    const back = parseRegionJson(text, { catalog })
    expect(back.ok).toBe(true)
    if (back.ok) {
      expect(back.value).toEqual(region)
      expect(regionToJson(back.value)).toBe(text)
    }
  })
})

describe('migrateStored', () => {
  it('runs record and region migrations in order and validates the result', () => {
    const region = demoRegion()
    const v0Region = {
      ...region,
      schemaVersion: 0,
      municipalitiesList: region.municipalities,
      municipalities: undefined,
    }
    const result = migrateStored(
      { storageVersion: 0, region: v0Region },
      { 0: (value) => ({ ...value, storageVersion: 1, origin: 'demo', savedAt: 'x' }) },
      {
        0: ({ municipalitiesList, ...rest }) => ({
          ...rest,
          municipalities: municipalitiesList,
          schemaVersion: 1,
        }),
      },
    )
    expect(result).toMatchObject({
      ok: true,
      migrated: true,
      record: { origin: 'demo', savedAt: 'x' },
    })
    if (result.ok) expect(result.record.region).toEqual(region)
  })

  it('reports a migration that produces invalid data, in Dutch', () => {
    const result = migrateStored({ schemaVersion: 1, region: { code: 'nope' } })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/^Na migratie ongeldig/)
  })
})
