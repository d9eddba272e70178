import type { FastifyReply, FastifyRequest } from 'fastify'
import type { RegionStorage } from '../storage/storage.ts'

/** How often a quiet stream sends a comment (keeps proxies from closing it) and looks again. */
export const HEARTBEAT_MS = 25_000

/**
 * `GET /regions/{code}/events`: the change feed live, as Server-Sent Events. Each change is
 * `id: <seq>`, `event: change`, `data: <the change as in /changes>`; a client that reconnects
 * sends `Last-Event-ID` (browsers do) and gets every change after it, so nothing is missed.
 * Changes made by other server processes arrive through PostgreSQL's LISTEN/NOTIFY.
 */
export async function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  storage: RegionStorage,
  code: string,
  since: number,
  /** Asked before sending: false once the user lost access (role removed, reset, signed out). */
  stillAllowed: () => Promise<boolean> = async () => true,
): Promise<void> {
  reply.hijack()
  const raw = reply.raw
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
  })
  let lastSent = since
  let busy = false
  let again = false
  let closed = false

  const pump = async () => {
    if (busy) {
      again = true
      return
    }
    busy = true
    try {
      do {
        again = false
        for (;;) {
          if (closed) return
          if (!(await stillAllowed())) {
            closed = true
            raw.end('event: revoked\ndata: {}\n\n')
            return
          }
          const page = await storage.changesSince(code, lastSent, 500)
          for (const change of page.changes) {
            raw.write(`id: ${change.seq}\nevent: change\ndata: ${JSON.stringify(change)}\n\n`)
            lastSent = change.seq
          }
          if (page.next === null) break
        }
      } while (again && !closed)
    } catch {
      // The database is briefly unreachable: the next notification or heartbeat tries again.
    } finally {
      busy = false
    }
  }

  raw.write(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ region: code, since })}\n\n`)
  const unsubscribe = storage.subscribe((region, seq) => {
    if (region === code && seq > lastSent) void pump()
  })
  const heartbeat = setInterval(() => {
    raw.write(': keep-alive\n\n')
    void pump()
  }, HEARTBEAT_MS)
  heartbeat.unref()
  request.raw.on('close', () => {
    closed = true
    unsubscribe()
    clearInterval(heartbeat)
  })
  await pump()
}
