import {
  ActionLibrarySchema,
  InvalidArgumentError,
  NotFoundError,
  RiskMethodSchema,
  riskMethodLabel,
  type ActionLibrary,
  type RiskMethod,
  type RiskProfile,
} from '@weerbaar/core'
import handelingsperspectieven2026_1 from '../../data/risk/handelingsperspectieven-2026.1.json' with { type: 'json' }
import nrb2026_1 from '../../data/risk/nrb-2026.1.json' with { type: 'json' }
import { compareEditions } from '../editions.ts'

/**
 * The raw files, imported statically so they are bundled for the browser and by tsup. Add a
 * new edition here after adding its file under `data/risk/`.
 */
const RAW_METHODS: readonly unknown[] = [nrb2026_1]
const RAW_LIBRARIES: readonly unknown[] = [handelingsperspectieven2026_1]

function parseAll<T extends { id: string; version: string }>(
  raws: readonly unknown[],
  schema: {
    safeParse(input: unknown): { success: true; data: T } | { success: false; error: unknown }
  },
  what: string,
): T[] {
  return raws
    .map((raw) => {
      const result = schema.safeParse(raw)
      if (!result.success) {
        const ref =
          typeof raw === 'object' && raw
            ? `${String((raw as { id?: unknown }).id)}@${String((raw as { version?: unknown }).version)}`
            : '?'
        throw new InvalidArgumentError(`${what} ${ref} does not match the schema`, {
          cause: result.error,
        })
      }
      return result.data
    })
    .sort(compareEditions)
}

let methods: RiskMethod[] | undefined
let libraries: ActionLibrary[] | undefined

function allMethods(): RiskMethod[] {
  methods ??= parseAll(RAW_METHODS, RiskMethodSchema, 'Risk method')
  return methods
}

function allLibraries(): ActionLibrary[] {
  libraries ??= parseAll(RAW_LIBRARIES, ActionLibrarySchema, 'Action library')
  return libraries
}

export interface RiskMethodSummary {
  id: string
  version: string
  title: string
  criteria: number
}

/** Every shipped risk method edition, ordered by id and version. */
export function listRiskMethods(): RiskMethodSummary[] {
  return allMethods().map((m) => ({
    id: m.id,
    version: m.version,
    title: m.title,
    criteria: m.criteria.length,
  }))
}

/** One risk method edition (e.g. `nrb`, `2026.1`), parsed; undefined when it does not exist. */
export function getRiskMethod(id: string, version: string): RiskMethod | undefined {
  return allMethods().find((m) => m.id === id && m.version === version)
}

/**
 * The method a risk profile names (`riskProfile.method`, default `nrb@2026.1`). Throws
 * `NotFoundError` for an unknown one; `parseRegion(json, { catalog })` reports that first.
 */
export function riskMethodFor(profile: Pick<RiskProfile, 'method'>): RiskMethod {
  const method = getRiskMethod(profile.method.id, profile.method.version)
  if (!method) throw new NotFoundError(`Unknown risk method ${riskMethodLabel(profile.method)}`)
  return method
}

/** Every shipped edition of the handelingsperspectieven library, oldest first. */
export function listActionLibraries(): Array<{
  id: string
  version: string
  title: string
  actions: number
}> {
  return allLibraries().map((l) => ({
    id: l.id,
    version: l.version,
    title: l.title,
    actions: l.actions.length,
  }))
}

/**
 * The library of handelingsperspectieven with the Denk Vooruit basics: the newest edition,
 * or the given version.
 */
export function getActionLibrary(version?: string): ActionLibrary | undefined {
  const all = allLibraries()
  return version === undefined ? all.at(-1) : all.find((l) => l.version === version)
}

/** Ids of the national handelingsperspectieven (newest library) that scenarios may name. */
export function listActionIds(): string[] {
  return getActionLibrary()?.actions.map((a) => a.id) ?? []
}
