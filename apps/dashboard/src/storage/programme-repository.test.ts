import { describe, expect, it } from 'vitest'
import { smallProgramme } from '#/test/programme-fixture.ts'
import { memoryKeyValueStore } from './key-value-repository.ts'
import { createProgrammeRepository } from './programme-repository.ts'

const at = '2026-11-28T10:00:00.000Z'

describe('programme repository', () => {
  it('stores a programme next to the regions and counts the transactions that changed it', async () => {
    const kv = memoryKeyValueStore({ 'region:VR25': { storageVersion: 3 } })
    const repo = createProgrammeRepository(kv, () => new Date(at))
    const saved = await repo.save(smallProgramme(), 'demo')
    expect(saved).toMatchObject({ before: 0, version: 1 })
    expect(await repo.list()).toEqual([
      {
        id: 'wv-test',
        name: 'Weerbaarheid en veerkracht (test)',
        regions: ['VR25'],
        origin: 'demo',
        savedAt: at,
      },
    ])
    expect(kv.data.has('region:VR25')).toBe(true)
    const result = await repo.apply('wv-test', [
      {
        id: 'o1',
        at,
        kind: 'action.update',
        actionId: 'analyse',
        set: { status: 'done', completedOn: '2026-11-20' },
      },
    ])
    expect(result).toMatchObject({ before: 1, version: 2 })
    const record = await repo.load('wv-test')
    expect(record?.version).toBe(2)
    expect(record?.programme.actions[0]).toMatchObject({
      status: 'done',
      completedOn: '2026-11-20',
    })
  })

  it('applies two tabs’ operations one after the other, so neither is lost', async () => {
    const kv = memoryKeyValueStore()
    const tabA = createProgrammeRepository(kv)
    const tabB = createProgrammeRepository(kv)
    await tabA.save(smallProgramme(), 'import')
    await Promise.all([
      tabA.apply('wv-test', [
        {
          id: 'a',
          at,
          kind: 'action.update',
          actionId: 'analyse',
          set: { owner: 'Gemeente Dronten' },
        },
      ]),
      tabB.apply('wv-test', [
        {
          id: 'b',
          at,
          kind: 'indicator.value.put',
          indicatorId: 'partners-aangesloten',
          value: { date: '2026-11-01', value: 60 },
        },
      ]),
    ])
    const stored = (await tabA.load('wv-test'))!.programme
    expect(stored.actions[0]!.owner).toBe('Gemeente Dronten')
    const indicator = stored.indicators[0]!
    expect(indicator.kind === 'manual' && indicator.values.at(-1)).toEqual({
      date: '2026-11-01',
      value: 60,
    })
  })

  it('refuses operations on a programme that is not stored and writes nothing', async () => {
    const kv = memoryKeyValueStore()
    const repo = createProgrammeRepository(kv)
    await expect(repo.apply('weg', [])).rejects.toThrow('Programma weg staat niet')
    expect(kv.data.size).toBe(0)
  })
})
