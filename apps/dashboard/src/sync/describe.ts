/**
 * A short, readable text for a part of the region header (for a conflict shown side by side):
 * names rather than JSON where the part has them.
 */
export function describeHeaderValue(
  key: string,
  value: unknown,
  words: { none: string; items: (n: number) => string },
): string {
  if (value === undefined || value === null) return words.none
  const v = value as Record<string, unknown>
  switch (key) {
    case 'region':
      return `${String(v.name)} (${String(v.code)})`
    case 'guideline':
      return `${String(v.id)}@${String(v.version)}`
    case 'municipalities':
      if (Array.isArray(value))
        return value.map((m: { name?: string; code?: string }) => m.name ?? m.code).join(', ')
      break
    case 'riskProfile': {
      const scenarios = (v.scenarios as unknown[] | undefined) ?? []
      return words.items(scenarios.length)
    }
  }
  if (Array.isArray(value)) {
    const names = value
      .map((x: { name?: unknown; id?: unknown }) => x?.name ?? x?.id)
      .filter((x): x is string => typeof x === 'string')
    return names.length === value.length && names.length > 0
      ? names.join(', ')
      : words.items(value.length)
  }
  const text = JSON.stringify(value)
  return text.length > 160 ? `${text.slice(0, 157)}…` : text
}
