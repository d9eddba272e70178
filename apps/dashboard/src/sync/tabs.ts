/** What one tab tells the others of the same origin about stored data. */
export type TabMessage =
  | { type: 'region-changed'; code: string; version: number }
  | { type: 'regions-changed' }

/** A line to the other tabs and windows of this app (BroadcastChannel in the browser). */
export interface TabChannel {
  post(message: TabMessage): void
  subscribe(listener: (message: TabMessage) => void): () => void
}

/** The browser's BroadcastChannel; a no-op where it does not exist (very old browsers). */
export function broadcastTabChannel(name = 'weerbaar'): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, subscribe: () => () => {} }
  let channel: BroadcastChannel | undefined
  const open = () => (channel ??= new BroadcastChannel(name))
  return {
    post: (message) => open().postMessage(message),
    subscribe(listener) {
      const onMessage = (event: MessageEvent<TabMessage>) => listener(event.data)
      open().addEventListener('message', onMessage)
      return () => channel?.removeEventListener('message', onMessage)
    },
  }
}

/**
 * Tabs simulated in one process: every channel made by `connect()` hears what the others post
 * (never its own message), asynchronously, as BroadcastChannel does. For tests.
 */
export function tabHub() {
  const members = new Set<(message: TabMessage) => void>()
  return {
    connect(): TabChannel {
      const own = new Set<(message: TabMessage) => void>()
      return {
        post(message) {
          const copy = JSON.parse(JSON.stringify(message)) as TabMessage
          for (const listener of members)
            if (!own.has(listener)) queueMicrotask(() => listener(copy))
        },
        subscribe(listener) {
          own.add(listener)
          members.add(listener)
          return () => {
            own.delete(listener)
            members.delete(listener)
          }
        },
      }
    },
  }
}

/** A random id for an operation (UUID v4), also where `crypto.randomUUID` is missing. */
export function newOperationId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
