/// <reference lib="webworker" />
import { createCoverageWorkerState, handleWorkerMessage, type WorkerRequest } from './protocol.ts'

// Coverage and siting run here so the page never freezes, whatever the size of the grid.
const state = createCoverageWorkerState()
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { response, transfer } = handleWorkerMessage(event.data, state)
  scope.postMessage(response, transfer)
}
