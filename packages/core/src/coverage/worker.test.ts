import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { computeCoverage } from './coverage.ts'
import { createPopulationGrid } from './grid.ts'
import { randomInstance } from './test-instances.ts'
import { createCoverageWorkerState, handleCoverageMessage, type CoverageRequest } from './worker.ts'

/** What postMessage does to a message: a structured clone, with the listed buffers moved rather than copied. */
const post = <T>(message: T, transfer: ArrayBuffer[] = []): T =>
  structuredClone(message, { transfer })

describe('handleCoverageMessage', () => {
  const { grid, points } = randomInstance(9, {
    cells: 3000,
    points: 25,
    extent: 20_000,
    cellSize: 100,
    municipalities: 3,
    towns: 5,
  })

  it('answers coverage for a grid loaded once, with result buffers to transfer', () => {
    const state = createCoverageWorkerState()
    const loaded = handleCoverageMessage(
      post<CoverageRequest>({ type: 'load-grid', id: 1, key: 'national', grid }),
      state,
    )
    expect(loaded.response).toEqual({
      type: 'grid-loaded',
      id: 1,
      key: 'national',
      cells: grid.x.length,
    })
    const reply = handleCoverageMessage(
      post<CoverageRequest>({ type: 'coverage', id: 2, grid: 'national', points, radius: 1000 }),
      state,
    )
    const received = post(reply.response, reply.transfer)
    expect(received.type).toBe('coverage')
    if (received.type !== 'coverage') return
    expect(received.result).toEqual(computeCoverage(grid, points, { radius: 1000 }))
    // The buffers moved to the receiving side.
    expect(reply.transfer).toHaveLength(3)
    expect(reply.transfer.every((b) => b.byteLength === 0)).toBe(true)
  })

  it('answers siting with the grid sent along, and reports failures as data', () => {
    const reply = handleCoverageMessage({
      type: 'siting',
      id: 3,
      grid,
      existing: points,
      candidates: points,
      options: { radius: 800, count: 3 },
    })
    expect(reply.response.type).toBe('siting')
    const missing = handleCoverageMessage({
      type: 'coverage',
      id: 4,
      grid: 'nothing-loaded',
      points,
      radius: 1000,
    })
    expect(missing.response).toMatchObject({
      type: 'error',
      id: 4,
      message: expect.stringMatching(/load-grid/),
    })
    const bad = handleCoverageMessage({
      type: 'coverage',
      id: 5,
      grid: createPopulationGrid([]),
      points,
      radius: -1,
    })
    expect(bad.response).toMatchObject({ type: 'error', id: 5, name: 'InvalidArgumentError' })
  })

  it('answers region coverage with the uncovered cells as GeoJSON', () => {
    const region = {
      schemaVersion: 1 as const,
      region: { code: 'VR99', name: 'Test' },
      guideline: { id: 'noodsteunpunten', version: '2026.1' },
      municipalities: grid.municipalities.map((code) => ({ code, name: code, population: 1000 })),
      points: [],
      assessments: [],
    }
    const reply = handleCoverageMessage({
      type: 'region-coverage',
      id: 6,
      region,
      grid,
      options: { radius: 1000, include: 'active' },
      geojson: true,
    })
    const received = post(reply.response, reply.transfer)
    expect(received.type).toBe('region-coverage')
    if (received.type !== 'region-coverage') return
    expect(received.result.total.covered).toBe(0)
    expect(received.uncovered!.features.length).toBe(
      [...grid.population].filter((p) => p > 0).length,
    )
  })

  it('uses nothing a Web Worker lacks: no Node modules, no DOM, no process', () => {
    const sources = [
      'coverage',
      'distance',
      'grid',
      'grid-parse',
      'candidates',
      'geojson',
      'nearest',
      'projection',
      'region',
      'siting',
      'worker',
      'messages',
      'index',
    ]
    for (const name of sources) {
      const text = readFileSync(new URL(`./${name}.ts`, import.meta.url), 'utf8')
      expect(text, name).not.toMatch(/from ['"]node:|require\(|\bprocess\.|\bwindow\.|\bdocument\./)
    }
  })
})
