import type { DistributiveOmit } from './types.ts'
import {
  createCoverageWorkerState,
  handleWorkerMessage,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol.ts'

/** Sends a request and resolves with the response that carries the same id. */
export interface CoverageClient {
  request<R extends WorkerResponse = WorkerResponse>(
    message: DistributiveOmit<WorkerRequest, 'id'>,
  ): Promise<R>
  dispose(): void
}

/** The real thing: a module Web Worker. */
export function createWorkerClient(): CoverageClient {
  const worker = new Worker(new URL('./coverage.worker.ts', import.meta.url), {
    type: 'module',
    name: 'coverage',
  })
  let next = 1
  const pending = new Map<number, (response: WorkerResponse) => void>()
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    pending.get(event.data.id)?.(event.data)
    pending.delete(event.data.id)
  }
  return {
    request(message) {
      const id = next++
      return new Promise((resolve) => {
        pending.set(id, resolve as (r: WorkerResponse) => void)
        worker.postMessage({ ...message, id })
      })
    },
    dispose: () => worker.terminate(),
  }
}

/** The same protocol in-process, for tests and environments without workers. */
export function createInlineClient(): CoverageClient {
  const state = createCoverageWorkerState()
  let next = 1
  return {
    request(message) {
      const id = next++
      // Structured cloning, as postMessage would do, so tests see what the worker would see.
      const { response } = handleWorkerMessage(
        structuredClone({ ...message, id } as WorkerRequest),
        state,
      )
      return Promise.resolve(response as never)
    },
    dispose: () => {},
  }
}
