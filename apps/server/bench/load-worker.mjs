// The load generator of the server bench, in a worker thread so that the clients' work does not
// run on the server's event loop. Plain JavaScript: a worker does not inherit tsx's loader.
import { Agent, request } from 'node:http'
import { performance } from 'node:perf_hooks'
import { parentPort, workerData } from 'node:worker_threads'

/** One request; resolves with the status and the body's size, after the body was read. */
function send(agent, url, { method, token, body }) {
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        agent,
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
            : {}),
        },
      },
      (res) => {
        let bytes = 0
        res.on('data', (chunk) => (bytes += chunk.length))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }))
        res.on('error', () => resolve({ status: 0, bytes }))
      },
    )
    req.on('error', () => resolve({ status: 0, bytes: 0 }))
    if (body) req.write(body)
    req.end()
  })
}

/**
 * `concurrency` clients, each on its own kept-alive connection, send assessments with
 * client-chosen ids one after the other until `durationMs` has passed.
 */
async function writes({ url, token, region, concurrency, durationMs, idPrefix, pairs }) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
  const target = new URL(`/api/v1/regions/${region}/assessments`, url)
  const latencies = []
  const statuses = {}
  let errors = 0
  const end = performance.now() + durationMs
  const start = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      for (let n = 0; performance.now() < end; n++) {
        const [point, requirement] = pairs[(client * 7919 + n) % pairs.length]
        const body = JSON.stringify({
          id: `${idPrefix}-${client}-${n}`,
          point,
          requirement,
          date: '2026-11-01',
          result: n % 3 === 0 ? 'partial' : 'met',
          assessor: 'Bench',
        })
        const t0 = performance.now()
        const { status } = await send(agent, target, { method: 'POST', token, body })
        latencies.push(performance.now() - t0)
        statuses[status] = (statuses[status] ?? 0) + 1
        if (status !== 201) errors++
      }
    }),
  )
  const elapsedMs = performance.now() - start
  agent.destroy()
  return { latencies, statuses, errors, elapsedMs }
}

/**
 * `runs` full region pulls one after the other, each read to its last byte. With `write`, each
 * pull comes right after one assessment written through the API (not timed with the pull), so
 * that every pull shows a region that has just changed.
 */
async function pulls({ url, token, region, runs, write }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const target = new URL(`/api/v1/regions/${region}`, url)
  const samples = []
  const writeSamples = []
  let bytes = 0
  let errors = 0
  for (let i = 0; i < runs; i++) {
    if (write) {
      const body = JSON.stringify({ ...write.assessment, id: `${write.idPrefix}-${i}` })
      const t0 = performance.now()
      const result = await send(agent, new URL(`/api/v1/regions/${region}/assessments`, url), {
        method: 'POST',
        token,
        body,
      })
      writeSamples.push(performance.now() - t0)
      if (result.status !== 201) errors++
    }
    const t0 = performance.now()
    const result = await send(agent, target, { method: 'GET', token })
    samples.push(performance.now() - t0)
    bytes = result.bytes
    if (result.status !== 200) errors++
  }
  agent.destroy()
  return { samples, writeSamples, bytes, errors }
}

const job = workerData
const result = job.kind === 'writes' ? await writes(job) : await pulls(job)
parentPort.postMessage(result)
