// The NRB risk method and the handelingsperspectieven library; filled in by the risk work.
// Contract used by ../catalog.ts:
//   getRiskMethod(id: string, version: string): RiskMethod | undefined
//   listActionIds(): string[]
export function getRiskMethod(_id: string, _version: string): { id: string; version: string; criteria: { id: string }[] } | undefined {
  return undefined;
}
export function listActionIds(): string[] {
  return [];
}
