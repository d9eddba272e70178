import {
  createCoverageWorkerState,
  handleCoverageMessage,
  parsePopulationGrid,
  type CoverageReply,
  type CoverageRequest,
  type CoverageWorkerState,
  type Issue,
  type Lang,
} from '@weerbaar/core'

/** One more message than core's: parse a grid file inside the worker and keep it under a key. */
export type ParseGridRequest = {
  type: 'parse-grid'
  id: number
  key: string
  text: string
  lang: Lang
}
export type ParseGridResponse =
  | {
      type: 'grid-parsed'
      id: number
      key: string
      cells: number
      population: number
      comments: string[]
      warnings: Issue[]
    }
  | { type: 'grid-invalid'; id: number; key: string; issues: Issue[] }

export type WorkerRequest = CoverageRequest | ParseGridRequest
export type WorkerResponse = CoverageReply['response'] | ParseGridResponse

/**
 * What the worker does with a message: parsing is glue around core's parser, everything else
 * is core's own `handleCoverageMessage`. Also runs in-process in tests.
 */
export function handleWorkerMessage(
  message: WorkerRequest,
  state: CoverageWorkerState,
): { response: WorkerResponse; transfer: ArrayBuffer[] } {
  if (message.type !== 'parse-grid') return handleCoverageMessage(message, state)
  const parsed = parsePopulationGrid(message.text, { lang: message.lang })
  if (!parsed.ok) {
    return {
      response: { type: 'grid-invalid', id: message.id, key: message.key, issues: parsed.issues },
      transfer: [],
    }
  }
  const loaded = handleCoverageMessage(
    { type: 'load-grid', id: message.id, key: message.key, grid: parsed.value.grid },
    state,
  )
  if (loaded.response.type === 'error') return loaded
  const population = parsed.value.grid.population.reduce((a, b) => a + b, 0)
  return {
    response: {
      type: 'grid-parsed',
      id: message.id,
      key: message.key,
      cells: parsed.value.grid.x.length,
      population,
      comments: parsed.value.comments,
      warnings: parsed.warnings,
    },
    transfer: [],
  }
}

export { createCoverageWorkerState }
