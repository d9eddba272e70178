import {
  locateIssues,
  parseRegionJson,
  validateRiskProfile,
  type Issue,
  type Region,
} from '@weerbaar/core'
import { catalog, getActionLibrary, getRiskMethod, supersedingEdition } from '@weerbaar/guidelines'
import type { Context } from './context.ts'
import { t } from './i18n.ts'
import { localToday } from './dates.ts'
import { InvalidDataError } from './errors.ts'
import { readInputText } from './files.ts'

export interface CheckedRegion {
  ok: boolean
  region?: Region
  /** Errors first, then warnings; each with line and column in the file when known. */
  issues: Issue[]
}

/**
 * Every check core has for a region file: `parseRegionJson` with the national catalog (shape,
 * references, dates, populations, coordinates), then, for a shape-valid risk profile,
 * `validateRiskProfile` with its method and the handelingsperspectieven library.
 */
export function checkRegionText(text: string, ctx: Pick<Context, 'lang'>): CheckedRegion {
  // Today on the user's calendar: an assessment dated later is warned about.
  const parsed = parseRegionJson(text, { lang: ctx.lang, catalog, today: localToday() })
  if (!parsed.ok) return { ok: false, issues: parsed.issues }
  const region = parsed.value
  const issues = [...parsed.warnings]
  const profile = region.riskProfile
  // parseRegion has reported an unknown method already; a profile that parsed has a known one.
  const method = profile && getRiskMethod(profile.method.id, profile.method.version)
  if (profile && method) {
    const library = getActionLibrary()
    const riskIssues = validateRiskProfile(profile, {
      method,
      ...(library ? { library } : {}),
      municipalities: region.municipalities.map((m) => m.code),
      lang: ctx.lang,
    })
    issues.push(...locateIssues(text, riskIssues))
  }
  const errors = issues.filter((i) => i.severity === 'error')
  const warnings = issues.filter((i) => i.severity === 'warning')
  return { ok: errors.length === 0, region, issues: [...errors, ...warnings] }
}

/**
 * Reads and checks a region file for a command that works on it. Invalid data ends the command
 * (exit 1, every problem printed); warnings are printed on stderr unless --quiet.
 */
export async function loadRegion(path: string, ctx: Context): Promise<Region> {
  const checked = checkRegionText(await readInputText(path, ctx.lang), ctx)
  if (!checked.ok || !checked.region) throw new InvalidDataError(path, checked.issues)
  ctx.issues(path, checked.issues)
  return checked.region
}

/** The edition that replaces the region's on `asOf`, as `id@version` with its first day; null when none. */
export function supersededBy(
  region: Pick<Region, 'guideline'>,
  asOf: string,
): { guideline: string; effectiveFrom: string } | null {
  const newer = supersedingEdition(region.guideline, asOf)
  return newer
    ? { guideline: `${newer.id}@${newer.version}`, effectiveFrom: newer.effective.from }
    : null
}

/**
 * A warning when the region follows an edition that a newer one in effect on `asOf` replaces:
 * the region keeps working on its edition, and is told how to see what moving would change.
 */
export function supersededWarning(
  region: Pick<Region, 'guideline'>,
  asOf: string,
  file: string,
  ctx: Pick<Context, 'lang'>,
): Issue | undefined {
  const newer = supersedingEdition(region.guideline, asOf)
  if (!newer) return undefined
  return {
    severity: 'warning',
    code: 'superseded_guideline',
    path: 'guideline.version',
    message: t(ctx.lang, 'supersededGuideline', {
      ref: `${region.guideline.id}@${region.guideline.version}`,
      newer: `${newer.id}@${newer.version}`,
      from: newer.effective.from,
      version: newer.version,
      file,
    }),
  }
}
