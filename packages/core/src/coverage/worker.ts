import { computeCoverage, type CoverageResult } from './coverage.ts'
import {
  uncoveredCellsGeoJson,
  type FeatureCollection,
  type UncoveredCellProperties,
} from './geojson.ts'
import { prepareGrid, type PopulationGrid, type PreparedGrid } from './grid.ts'
import type { RdCoordinates } from './projection.ts'
import {
  regionCoverage,
  regionSiting,
  type CoverageRegion,
  type RegionCoverage,
  type RegionCoverageOptions,
  type RegionSiting,
  type RegionSitingOptions,
} from './region.ts'
import { siteNewPoints, type SitingOptions, type SitingResult } from './siting.ts'

/**
 * Messages a Web Worker running the coverage engine understands. Everything is plain data
 * (structured-cloneable); typed arrays may be transferred. A grid is sent once with `load-grid`
 * and then named by its key, so a national grid is not copied for every question.
 */
export type CoverageRequest =
  | { type: 'load-grid'; id: number; key: string; grid: PopulationGrid }
  | { type: 'drop-grid'; id: number; key: string }
  | {
      type: 'coverage'
      id: number
      grid: string | PopulationGrid
      points: RdCoordinates
      radius: number
      histogramEdges?: number[] | undefined
    }
  | {
      type: 'siting'
      id: number
      grid: string | PopulationGrid
      existing: RdCoordinates
      candidates: RdCoordinates
      options: SitingOptions
    }
  | {
      type: 'region-coverage'
      id: number
      /** A whole `Region` will do, but only its points and municipalities are read: send those. */
      region: CoverageRegion
      grid: string | PopulationGrid
      options: RegionCoverageOptions
      geojson?: boolean | undefined
    }
  | {
      type: 'region-siting'
      id: number
      region: CoverageRegion
      grid: string | PopulationGrid
      options: RegionSitingOptions
    }

export type CoverageResponse =
  | { type: 'grid-loaded'; id: number; key: string; cells: number }
  | { type: 'grid-dropped'; id: number; key: string }
  | { type: 'coverage'; id: number; result: CoverageResult }
  | { type: 'siting'; id: number; result: SitingResult }
  | {
      type: 'region-coverage'
      id: number
      result: RegionCoverage
      uncovered?: FeatureCollection<UncoveredCellProperties> | undefined
    }
  | { type: 'region-siting'; id: number; result: RegionSiting }
  | { type: 'error'; id: number; name: string; message: string }

/** The answer and the buffers to transfer with it: `postMessage(reply.response, reply.transfer)`. */
export interface CoverageReply {
  response: CoverageResponse
  transfer: ArrayBuffer[]
}

/** What a worker keeps between messages: the grids it was sent, with their spatial index built. */
export interface CoverageWorkerState {
  grids: Map<string, PreparedGrid>
}

export function createCoverageWorkerState(): CoverageWorkerState {
  return { grids: new Map() }
}

/**
 * Answers one message. In the dashboard's worker:
 * ```ts
 * const state = createCoverageWorkerState();
 * self.onmessage = (event) => {
 *   const { response, transfer } = handleCoverageMessage(event.data, state);
 *   self.postMessage(response, transfer);
 * };
 * ```
 * Never throws: failures come back as `{ type: "error" }`. Without a state, grids must be sent
 * with every message.
 */
export function handleCoverageMessage(
  message: CoverageRequest,
  state: CoverageWorkerState = createCoverageWorkerState(),
): CoverageReply {
  try {
    return answer(message, state)
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error))
    return {
      response: { type: 'error', id: message.id, name: e.name, message: e.message },
      transfer: [],
    }
  }
}

function gridFor(grid: string | PopulationGrid, state: CoverageWorkerState): PreparedGrid {
  if (typeof grid !== 'string') return prepareGrid(grid)
  const prepared = state.grids.get(grid)
  if (!prepared) throw new Error(`No grid loaded under "${grid}"; send load-grid first`)
  return prepared
}

function rawGrid(grid: string | PopulationGrid, state: CoverageWorkerState): PopulationGrid {
  return typeof grid === 'string' ? gridFor(grid, state).grid : grid
}

const buffers = (...arrays: ArrayBufferView[]): ArrayBuffer[] =>
  arrays.map((a) => a.buffer as ArrayBuffer)

function answer(message: CoverageRequest, state: CoverageWorkerState): CoverageReply {
  switch (message.type) {
    case 'load-grid': {
      state.grids.set(message.key, prepareGrid(message.grid))
      return {
        response: {
          type: 'grid-loaded',
          id: message.id,
          key: message.key,
          cells: message.grid.x.length,
        },
        transfer: [],
      }
    }
    case 'drop-grid': {
      state.grids.delete(message.key)
      return { response: { type: 'grid-dropped', id: message.id, key: message.key }, transfer: [] }
    }
    case 'coverage': {
      const result = computeCoverage(gridFor(message.grid, state), message.points, {
        radius: message.radius,
        ...(message.histogramEdges ? { histogramEdges: message.histogramEdges } : {}),
      })
      return {
        response: { type: 'coverage', id: message.id, result },
        transfer: buffers(result.covered, result.nearestDistance, result.nearestPoint),
      }
    }
    case 'siting': {
      const result = siteNewPoints(
        gridFor(message.grid, state),
        message.existing,
        message.candidates,
        message.options,
      )
      return {
        response: { type: 'siting', id: message.id, result },
        transfer: buffers(result.cellCoverage),
      }
    }
    case 'region-coverage': {
      const result = regionCoverage(message.region, rawGrid(message.grid, state), message.options)
      const uncovered = message.geojson ? uncoveredCellsGeoJson(result.grid, result) : undefined
      const { grid } = result
      return {
        response: {
          type: 'region-coverage',
          id: message.id,
          result,
          ...(uncovered ? { uncovered } : {}),
        },
        transfer: buffers(
          result.covered,
          result.nearestDistance,
          result.nearestPoint,
          grid.x,
          grid.y,
          grid.population,
          grid.municipality,
        ),
      }
    }
    case 'region-siting': {
      const result = regionSiting(message.region, rawGrid(message.grid, state), message.options)
      const { grid } = result
      return {
        response: { type: 'region-siting', id: message.id, result },
        transfer: buffers(result.cellCoverage, grid.x, grid.y, grid.population, grid.municipality),
      }
    }
  }
}
