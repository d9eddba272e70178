/**
 * The pull phase of the server bench: `GET /regions/VR99` of the 5,000-point bench region,
 * measured as a client meets it, next to references from the same run.
 *
 *   - the first pull after the start: the server reads the region whole (the bench region's
 *     assessments were loaded around the storage layer, so nothing of it is kept yet);
 *   - a pull of an unchanged region: the serialized document is sent again;
 *   - a pull right after a write through the API (one assessment), and right after a write by
 *     another process (a storage layer of its own on the same database, as a second server on
 *     PostgreSQL): the honest case, since a region in use changes all the time.
 *                                                                  target: median < 1 s
 *   - references: the region read whole (`SqlStorage.readRegion` with nothing kept), read row by
 *     row as before, `JSON.stringify(regionDocument(…))`, and `serializeRegion` with no entity's
 *     JSON kept; and the memory the kept state and the kept JSON take.
 */
import { performance } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { Worker } from 'node:worker_threads'
import type { Region } from '@weerbaar/core'
import type { ServerContext } from '../src/context.ts'
import {
  documentBytes,
  serializeRegion,
  type SerializedLayout,
} from '../src/regions/document-cache.ts'
import { regionDocument } from '../src/regions/service.ts'
import { SqlStorage } from '../src/storage/sql-storage.ts'

const PULLS = 7
const REFERENCE_RUNS = 3
const CODE = 'VR99'

interface PullRun {
  samples: number[]
  writeSamples: number[]
  bytes: number
  errors: number
}

export interface PullFigures {
  errors: number
  bytes: number
  cold: number
  unchanged: PullRun
  afterApiWrite: PullRun
  afterOtherProcess: { samples: number[]; errors: number }
  wholeRead: number[]
  rowByRow: number[]
  stringify: number[]
  serializeCold: number[]
  serializeAfterChange: number[]
  memory: { stateMiB: number; layoutMiB: number; documentMiB: number }
  ok: boolean
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.ceil(sorted.length / 2) - 1] ?? Number.NaN
}
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`
const mib = (bytes: number) => bytes / 2 ** 20

function pullWorker(data: Record<string, unknown>): Promise<PullRun> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
      workerData: { kind: 'pulls', ...data },
    })
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The load worker exited with ${code}`))
    })
  })
}

/** `gc()` for the memory figures, without a flag on the command line. */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}

export async function measurePulls(
  ctx: ServerContext,
  url: string,
  token: string,
  bench: Region,
): Promise<PullFigures> {
  const pulls = (runs: number, write?: unknown) =>
    pullWorker({ url, token, region: CODE, runs, write })
  const sample = bench.assessments.find((a) => a.result !== undefined)!
  const assessment = {
    point: sample.point,
    requirement: sample.requirement,
    date: '2026-11-20',
    result: 'met',
    assessor: 'Bench',
  }

  const cold = await pulls(1)
  const unchanged = await pulls(PULLS)
  const afterApiWrite = await pulls(PULLS, { idPrefix: 'pull', assessment })
  // Another process writes; the server learns of it only from the database. Its first write
  // reads the region whole in its own transaction (not timed here).
  const other = new SqlStorage(ctx.db)
  const afterOtherProcess = { samples: [] as number[], errors: 0 }
  for (let i = 0; i < PULLS; i++) {
    const outcome = await other.writeRegion(
      CODE,
      { userId: null, email: null, via: 'system' },
      () => ({
        ok: true,
        changes: [{ kind: 'assessment', id: `other-${i}`, op: 'put', doc: assessment }],
        result: null,
      }),
    )
    if (!outcome.ok) afterOtherProcess.errors++
    const run = await pulls(1)
    afterOtherProcess.samples.push(run.samples[0]!)
    afterOtherProcess.errors += run.errors
  }

  const expected = bench.assessments.length + PULLS * 2
  const wholeRead: number[] = []
  const rowByRow: number[] = []
  const stringify: number[] = []
  const serializeCold: number[] = []
  const serializeAfterChange: number[] = []
  for (let i = 0; i < REFERENCE_RUNS; i++) {
    let t = performance.now()
    // A storage layer of its own keeps nothing yet: it reads the region whole.
    const storage = new SqlStorage(ctx.db)
    const state = (await storage.readRegion(CODE))!
    wholeRead.push(performance.now() - t)
    if (state.collections.assessments.length !== expected + i)
      throw new Error(
        `${CODE} has ${state.collections.assessments.length} assessments, not ${expected + i}`,
      )
    t = performance.now()
    await ctx.db.query(
      'SELECT kind, id, revision, position, doc FROM entities WHERE region = $1 ORDER BY kind, position',
      [CODE],
    )
    rowByRow.push(performance.now() - t)
    t = performance.now()
    const json = JSON.stringify(regionDocument(state))
    stringify.push(performance.now() - t)
    t = performance.now()
    const serialized = serializeRegion(state)
    serializeCold.push(performance.now() - t)
    if (documentBytes(serialized).toString() !== json)
      throw new Error('serializeRegion differs from JSON.stringify')
    // One more assessment, then the document again on the one before.
    await storage.writeRegion(CODE, { userId: null, email: null, via: 'system' }, () => ({
      ok: true,
      changes: [{ kind: 'assessment', id: `reference-${i}`, op: 'put', doc: assessment }],
      result: null,
    }))
    const changed = (await storage.readRegion(CODE))!
    t = performance.now()
    serializeRegion(changed, serialized)
    serializeAfterChange.push(performance.now() - t)
  }

  const gc = collectGarbage()
  const heap = () => {
    for (let i = 0; i < 3; i++) gc()
    return process.memoryUsage()
  }
  const m0 = heap()
  let state = await new SqlStorage(ctx.db).readRegion(CODE)
  const m1 = heap()
  let layout: SerializedLayout | undefined = serializeRegion(state!)
  const m2 = heap()
  const memory = {
    stateMiB: mib(m1.heapUsed - m0.heapUsed),
    layoutMiB: mib(m2.heapUsed - m1.heapUsed + m2.arrayBuffers - m1.arrayBuffers),
    documentMiB: mib(layout.length),
  }
  state = undefined
  layout = undefined

  const errors = cold.errors + unchanged.errors + afterApiWrite.errors + afterOtherProcess.errors
  const ok =
    errors === 0 &&
    median(unchanged.samples) < 1000 &&
    median(afterApiWrite.samples) < 1000 &&
    median(afterOtherProcess.samples) < 1000
  return {
    errors,
    bytes: unchanged.bytes,
    cold: cold.samples[0]!,
    unchanged,
    afterApiWrite,
    afterOtherProcess,
    wholeRead,
    rowByRow,
    stringify,
    serializeCold,
    serializeAfterChange,
    memory,
    ok,
  }
}

export function reportPulls(f: PullFigures): void {
  const range = (xs: number[]) => `min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}`
  console.log(
    `\nFull region pull, GET /regions/${CODE} (${mib(f.bytes).toFixed(1)} MiB), ${PULLS} runs each:`,
  )
  console.log(`  first pull after the start (the region read whole): ${ms(f.cold)}`)
  console.log(
    `  unchanged region:                     median ${ms(median(f.unchanged.samples))} (${range(f.unchanged.samples)})`,
  )
  console.log(
    `  right after a write through the API:  median ${ms(median(f.afterApiWrite.samples))} (${range(f.afterApiWrite.samples)}; the write itself p50 ${ms(median(f.afterApiWrite.writeSamples))})`,
  )
  console.log(
    `  right after a write by another process: median ${ms(median(f.afterOtherProcess.samples))} (${range(f.afterOtherProcess.samples)})`,
  )
  console.log(`  ${f.errors} errors; target median < 1 s in each case: ${f.ok ? 'ok' : 'MISSED'}`)
  console.log(
    `  references, median of ${REFERENCE_RUNS}: the region read whole (SqlStorage.readRegion, nothing kept) ${ms(median(f.wholeRead))}; read row by row (as before) ${ms(median(f.rowByRow))}; JSON.stringify(regionDocument) ${ms(median(f.stringify))}; serializeRegion with no document to build on ${ms(median(f.serializeCold))}, on the document before one change ${ms(median(f.serializeAfterChange))}`,
  )
  console.log(
    `  memory for ${CODE}: the kept state ${f.memory.stateMiB.toFixed(0)} MiB of heap; the kept document with its entity offsets ${f.memory.layoutMiB.toFixed(0)} MiB (the document alone ${f.memory.documentMiB.toFixed(0)} MiB)`,
  )
}
