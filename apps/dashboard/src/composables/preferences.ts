/** Small interface preferences (language, last region, base map) in localStorage; never data. */
const PREFIX = 'weerbaar.'

export function readPreference(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? null
  } catch {
    return null
  }
}

export function writePreference(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, value)
  } catch {
    // Private browsing or storage full: the preference just does not stick.
  }
}
