/** What one tab tells the others about a stored programme. */
export interface ProgrammeMessage {
  type: 'programme-changed'
  id: string
  version: number
}

/** A line to the other tabs about programmes (its own BroadcastChannel, apart from the regions'). */
export interface ProgrammeChannel {
  post(message: ProgrammeMessage): void
  subscribe(listener: (message: ProgrammeMessage) => void): () => void
}

export function broadcastProgrammeChannel(name = 'weerbaar-programme'): ProgrammeChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, subscribe: () => () => {} }
  let channel: BroadcastChannel | undefined
  const open = () => (channel ??= new BroadcastChannel(name))
  return {
    post: (message) => open().postMessage(message),
    subscribe(listener) {
      const onMessage = (event: MessageEvent<ProgrammeMessage>) => listener(event.data)
      open().addEventListener('message', onMessage)
      return () => channel?.removeEventListener('message', onMessage)
    },
  }
}

/** Tabs in one process, for tests: each channel hears the others' messages, asynchronously. */
export function programmeHub() {
  const members = new Set<(message: ProgrammeMessage) => void>()
  return {
    connect(): ProgrammeChannel {
      const own = new Set<(message: ProgrammeMessage) => void>()
      return {
        post(message) {
          for (const listener of members)
            if (!own.has(listener)) queueMicrotask(() => listener({ ...message }))
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

let current: ProgrammeChannel | undefined

export function useProgrammeChannel(): ProgrammeChannel {
  current ??= broadcastProgrammeChannel()
  return current
}

export function setProgrammeChannel(next: ProgrammeChannel | undefined): void {
  current = next
}
