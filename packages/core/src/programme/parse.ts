import { duplicateKeyIssues } from '../io/duplicate-keys.ts'
import { locateIssues, parseJsonText } from '../io/json.ts'
import { safeParseIn, zodIssuesToIssues } from '../region/parse.ts'
import type { Region } from '../region/schema.ts'
import { formatPath, type Issue, type Lang, type Result } from '../shared/issues.ts'
import { programmeMessage, type ProgrammeMessageCode } from './messages.ts'
import { PROGRAMME_SCHEMA_VERSION, ProgrammeSchema, type Programme } from './schema.ts'

/** What the programme checks read of a region: its code and name, and its risk profile. */
export type ProgrammeRegion = Pick<Region, 'region'> & Partial<Pick<Region, 'riskProfile'>>

export interface ParseProgrammeOptions {
  /** Language of the messages; Dutch by default. */
  lang?: Lang
  /**
   * The data of the programme's regions. With every listed region present, the goals' risks
   * are checked against their risk profiles; otherwise one warning, `risks_not_checked`.
   * Regions not listed in the programme are ignored here.
   */
  regions?: readonly ProgrammeRegion[]
}

type MakeIssue = (
  severity: Issue['severity'],
  code: ProgrammeMessageCode,
  path: PropertyKey[],
  params?: Record<string, string | number>,
) => Issue

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/**
 * Validates a programme already read from JSON (an object): its shape (zod) and the document as
 * a whole (duplicate ids, references between pillars, goals, actions, decisions and indicators,
 * dates in the wrong order, risks that are in no region's risk profile). Every problem is
 * reported with its path; a file from a newer schema version gets one "upgrade Weerbaar" issue.
 */
export function validateProgramme(
  input: unknown,
  options: ParseProgrammeOptions = {},
): Result<Programme> {
  const lang = options.lang ?? 'nl'
  const issue: MakeIssue = (severity, code, path, params = {}) => ({
    severity,
    code,
    path: formatPath(path),
    message: programmeMessage(code, lang, params),
  })
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, issues: [issue('error', 'not_an_object', [])] }
  const version = (input as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === 'number' && version !== PROGRAMME_SCHEMA_VERSION) {
    const params = { version, supported: PROGRAMME_SCHEMA_VERSION }
    const code =
      version > PROGRAMME_SCHEMA_VERSION ? 'newer_schema_version' : 'unsupported_schema_version'
    return { ok: false, issues: [issue('error', code, ['schemaVersion'], params)] }
  }
  const parsed = safeParseIn(ProgrammeSchema, input, lang)
  const shapeIssues = parsed.success ? [] : zodIssuesToIssues(parsed.error, lang)
  // Like the region file: the document checks run on a broken file too, reading it defensively.
  const documentIssues = checkDocument(input, options, issue, lang)
  const errors = [...shapeIssues, ...documentIssues.filter((i) => i.severity === 'error')]
  const warnings = documentIssues.filter((i) => i.severity === 'warning')
  if (!parsed.success || errors.length > 0) return { ok: false, issues: [...errors, ...warnings] }
  return { ok: true, value: parsed.data as Programme, warnings }
}

/**
 * Reads a programme file from its text: BOM tolerated, syntax errors and every data problem
 * reported with path, line and column, a key used twice in one object an error
 * (`duplicate_key`), as `parseRegionJson` does for region files.
 */
export function parseProgramme(
  text: string,
  options: ParseProgrammeOptions = {},
): Result<Programme> {
  const lang = options.lang ?? 'nl'
  const json = parseJsonText(text, lang)
  if (!json.ok) return json
  const duplicates = duplicateKeyIssues(text, lang)
  const result = validateProgramme(json.value, options)
  if (result.ok && duplicates.length === 0)
    return { ...result, warnings: locateIssues(text, result.warnings) }
  const issues = result.ok ? result.warnings : result.issues
  return { ok: false, issues: [...duplicates, ...locateIssues(text, issues)] }
}

const what = {
  pillar: { nl: 'pijler-id', en: 'pillar id' },
  goal: { nl: 'doel-id', en: 'goal id' },
  action: { nl: 'actie-id', en: 'action id' },
  decision: { nl: 'besluit-id', en: 'decision id' },
  indicator: { nl: 'indicator-id', en: 'indicator id' },
} satisfies Record<string, Record<Lang, string>>

const PERCENTAGE_MEASURES = new Set([
  'ready-points-share',
  'population-coverage',
  'risicowijzer-share',
  'network-completeness',
])

function checkDocument(
  doc: object,
  options: ParseProgrammeOptions,
  issue: MakeIssue,
  lang: Lang,
): Issue[] {
  const out: Issue[] = []
  const uniqueIds = (list: unknown[], base: string, kind: keyof typeof what) => {
    const seen = new Map<string, number>()
    list.forEach((item, index) => {
      const id = text(field(item, 'id'))
      if (id === undefined) return
      const first = seen.get(id)
      if (first === undefined) seen.set(id, index)
      else
        out.push(
          issue('error', 'duplicate_id', [base, index, 'id'], {
            what: what[kind][lang],
            id,
            first: formatPath([base, first]),
          }),
        )
    })
    return new Set(seen.keys())
  }

  const regions = arrayOf(field(doc, 'regions'))
  const pillars = arrayOf(field(doc, 'pillars'))
  const goals = arrayOf(field(doc, 'goals'))
  const actions = arrayOf(field(doc, 'actions'))
  const decisions = arrayOf(field(doc, 'decisions'))
  const indicators = arrayOf(field(doc, 'indicators'))
  const reports = arrayOf(field(doc, 'reports'))

  const regionCodes = new Set<string>()
  regions.forEach((code, index) => {
    if (typeof code !== 'string') return
    if (regionCodes.has(code))
      out.push(issue('error', 'duplicate_region', ['regions', index], { code }))
    regionCodes.add(code)
  })
  const listed = [...regionCodes].join(', ')

  const pillarIds = uniqueIds(pillars, 'pillars', 'pillar')
  const goalIds = uniqueIds(goals, 'goals', 'goal')
  uniqueIds(actions, 'actions', 'action')
  uniqueIds(decisions, 'decisions', 'decision')
  uniqueIds(indicators, 'indicators', 'indicator')

  const goalRef = (value: unknown, path: PropertyKey[]) => {
    const id = text(value)
    if (id !== undefined && !goalIds.has(id)) out.push(issue('error', 'unknown_goal', path, { id }))
  }

  // Risks: scenario ids of the listed regions' risk profiles, checked when every region is given.
  const given = new Map(
    (options.regions ?? [])
      .filter((r) => regionCodes.has(r.region.code))
      .map((r) => [r.region.code, r] as const),
  )
  const missing = [...regionCodes].filter((code) => !given.has(code))
  const scenarios = new Set<string>()
  for (const r of given.values())
    for (const s of r.riskProfile?.scenarios ?? []) scenarios.add(s.id)
  const anyRisks = goals.some((g) => arrayOf(field(g, 'risks')).length > 0)
  if (anyRisks && options.regions && missing.length > 0)
    out.push(issue('warning', 'risks_not_checked', ['goals'], { missing: missing.join(', ') }))
  else if (!options.regions && anyRisks)
    out.push(issue('warning', 'risks_not_checked', ['goals'], { missing: listed }))

  goals.forEach((goal, index) => {
    const pillar = text(field(goal, 'pillar'))
    if (pillar !== undefined && !pillarIds.has(pillar))
      out.push(issue('error', 'unknown_pillar', ['goals', index, 'pillar'], { id: pillar }))
    if (options.regions && missing.length === 0)
      arrayOf(field(goal, 'risks')).forEach((risk, k) => {
        if (typeof risk === 'string' && !scenarios.has(risk))
          out.push(
            issue('error', 'unknown_risk', ['goals', index, 'risks', k], {
              id: risk,
              regions: listed,
            }),
          )
      })
  })

  actions.forEach((action, index) => {
    const at = (...rest: PropertyKey[]) => ['actions', index, ...rest]
    goalRef(field(action, 'goal'), at('goal'))
    const start = text(field(action, 'start'))
    const due = text(field(action, 'due'))
    const status = text(field(action, 'status'))
    const completedOn = text(field(action, 'completedOn'))
    // ISO calendar dates compare as text.
    if (start !== undefined && due !== undefined && due < start)
      out.push(issue('error', 'due_before_start', at('due'), { due, start }))
    if (completedOn !== undefined && status !== undefined && status !== 'done')
      out.push(issue('error', 'completed_not_done', at('completedOn'), { status }))
    if (completedOn !== undefined && start !== undefined && completedOn < start)
      out.push(issue('error', 'completed_before_start', at('completedOn'), { completedOn, start }))
    if (status === 'done' && completedOn === undefined)
      out.push(issue('warning', 'done_without_date', at('status')))
    if (status === 'stopped' && field(action, 'reason') === undefined)
      out.push(issue('warning', 'stopped_without_reason', at('status')))
  })

  decisions.forEach((decision, index) => {
    const at = (...rest: PropertyKey[]) => ['decisions', index, ...rest]
    if (field(decision, 'goal') !== undefined) goalRef(field(decision, 'goal'), at('goal'))
    const status = text(field(decision, 'status'))
    if (status === 'decided' && field(decision, 'decision') === undefined)
      out.push(issue('error', 'decided_without_decision', at('status')))
    if (
      status === 'open' &&
      (field(decision, 'decision') !== undefined || field(decision, 'decidedOn') !== undefined)
    )
      out.push(issue('error', 'decision_while_open', at('status')))
  })

  indicators.forEach((indicator, index) => {
    const at = (...rest: PropertyKey[]) => ['indicators', index, ...rest]
    goalRef(field(indicator, 'goal'), at('goal'))
    const region = text(field(indicator, 'region'))
    if (region !== undefined && regionCodes.size > 0 && !regionCodes.has(region))
      out.push(
        issue('error', 'region_not_in_programme', at('region'), { code: region, regions: listed }),
      )
    const baseline = field(indicator, 'baseline')
    const target = field(indicator, 'target')
    const baselineDate = text(field(baseline, 'date'))
    const targetDate = text(field(target, 'date'))
    if (baselineDate !== undefined && targetDate !== undefined && targetDate <= baselineDate)
      out.push(
        issue('error', 'target_not_after_baseline', at('target', 'date'), {
          target: targetDate,
          baseline: baselineDate,
        }),
      )
    const from = field(baseline, 'value')
    const to = field(target, 'value')
    const direction = text(field(indicator, 'direction'))
    if (typeof from === 'number' && typeof to === 'number' && direction !== undefined) {
      const against =
        direction === 'increase' ? to <= from : direction === 'decrease' ? to >= from : false
      if (against)
        out.push(
          issue('warning', 'target_against_direction', at('target', 'value'), {
            target: to,
            baseline: from,
            direction,
          }),
        )
    }
    const measure = text(field(indicator, 'measure'))
    if (
      field(indicator, 'kind') === 'live' &&
      measure !== undefined &&
      PERCENTAGE_MEASURES.has(measure)
    )
      for (const [key, value] of [
        ['baseline', from],
        ['target', to],
      ] as const)
        if (typeof value === 'number' && (value > 100 || value < 0))
          out.push(issue('error', 'share_out_of_range', at(key, 'value'), { measure, value }))
    const seen = new Map<string, number>()
    arrayOf(field(indicator, 'values')).forEach((v, k) => {
      const date = text(field(v, 'date'))
      if (date === undefined) return
      const first = seen.get(date)
      if (first !== undefined)
        out.push(
          issue('error', 'duplicate_value_date', at('values', k, 'date'), {
            date,
            first: formatPath(at('values', first)),
          }),
        )
      else seen.set(date, k)
      if (baselineDate !== undefined && date < baselineDate)
        out.push(
          issue('warning', 'value_before_baseline', at('values', k, 'date'), {
            date,
            baseline: baselineDate,
          }),
        )
    })
  })

  const reportDates = new Set<string>()
  reports.forEach((report, index) => {
    const date = text(field(report, 'date'))
    if (date === undefined) return
    if (reportDates.has(date))
      out.push(issue('error', 'duplicate_report_date', ['reports', index, 'date'], { date }))
    reportDates.add(date)
  })
  return out
}
