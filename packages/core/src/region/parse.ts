import { z } from 'zod'
import type { GuidelineEdition, Requirement } from '../guideline/schema.ts'
import { formatPath, type Issue, type Lang, type Result } from '../shared/issues.ts'
import type { ActionLibrary } from '../risk/actions.ts'
import type { RiskMethod } from '../risk/method.ts'
import {
  DEFAULT_RISK_METHOD,
  RiskProfileSchema,
  ScenarioSchema,
  type RiskProfile,
  type Scenario,
} from '../risk/schema.ts'
import { validateRiskProfile } from '../risk/validate.ts'
import { regionMessage, type RegionMessageCode } from './messages.ts'
import { shapeMessage } from './shape-messages.ts'
import {
  AssessmentSchema,
  PointSchema,
  REGION_SCHEMA_VERSION,
  RegionSchema,
  type Assessment,
  type Point,
  type Region,
} from './schema.ts'
import { uniformAssessment } from './uniform.ts'
import { historicalRequirementIds, type EditionLister } from './history.ts'
import { checkNetwork } from '../network/validate.ts'
import { checkActions } from '../action-list/validate.ts'

/**
 * Where `parseRegion` looks up the national rules the file refers to. `@weerbaar/guidelines`
 * exports one (`catalog`); without it, references to national requirements are not checked.
 */
export interface RulesCatalog extends EditionLister {
  getGuideline(id: string, version: string): GuidelineEdition | undefined
  /** A risk method edition; with it the region's `riskProfile` is checked against the method. */
  getRiskMethod?(id: string, version: string): RiskMethod | undefined
  /** The national handelingsperspectieven; with it the actions scenarios name are checked. */
  getActionLibrary?(): ActionLibrary | undefined
}

export interface ParseRegionOptions {
  /** Language of the messages; Dutch by default, as region files are made by Dutch staff. */
  lang?: Lang | undefined
  /**
   * The national rules. Without it, requirement ids cannot be checked: the result then carries
   * one warning, `requirements_not_checked`.
   */
  catalog?: RulesCatalog | undefined
  /**
   * Today's date (`YYYY-MM-DD`) on the caller's calendar; core reads no clock. With it, an
   * assessment dated later gets the warning `assessment_in_future` (most likely a typo in the
   * year: it would be ignored by every report until then). Compared with today, not with a
   * report's `asOf`: a report on a past date rightly ignores later assessments.
   */
  today?: string | undefined
}

/** Bounding box of the Netherlands incl. the Wadden islands (WGS84), for the plausibility warning. */
const NETHERLANDS = { minLat: 50.7, maxLat: 53.7, minLon: 3.2, maxLon: 7.3 }

const zodLocales: Record<Lang, () => { localeError: z.core.$ZodErrorMap }> = {
  nl: () => z.locales.nl(),
  en: () => z.locales.en(),
}

/** Messages written in our schemas are English; these are their Dutch twins. */
const schemaMessagesNl: Record<string, string> = {
  'Expected a calendar date YYYY-MM-DD': 'Verwacht een datum als JJJJ-MM-DD',
  'This date does not exist': 'Deze datum bestaat niet',
  "Use lower-case letters, digits, '.', '_' or '-'":
    "Gebruik kleine letters, cijfers, '.', '_' of '-'",
  "Use letters, digits, '.', '_' or '-' (no spaces)":
    "Gebruik letters, cijfers, '.', '_' of '-' (geen spaties)",
  'Expected a CBS municipality code such as GM0034': 'Verwacht een CBS-gemeentecode zoals GM0034',
  'Expected a safety region code such as VR25': 'Verwacht een veiligheidsregiocode zoals VR25',
  'Give a result, a value, or both': 'Geef een resultaat, een waarde of allebei',
  'Use calendar versioning: YYYY.N': 'Gebruik een versie als JJJJ.N',
}

export function zodIssuesToIssues(
  error: z.ZodError,
  lang: Lang,
  prefix: PropertyKey[] = [],
): Issue[] {
  return error.issues.flatMap((issue) => {
    const custom =
      issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined
    // One issue per unknown key, at the key itself, so line and column point at it.
    if (issue.code === 'unrecognized_keys' && issue.keys.length > 1)
      return issue.keys.map((key) => ({
        severity: 'error' as const,
        code: issue.code,
        path: formatPath([...prefix, ...issue.path, key]),
        message: shapeMessage({ ...issue, keys: [key] }, lang)!,
      }))
    const message =
      shapeMessage(issue, lang) ??
      (lang === 'nl' ? (schemaMessagesNl[issue.message] ?? issue.message) : issue.message)
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys] : issue.path
    return [
      {
        severity: 'error' as const,
        code: custom ?? issue.code,
        path: formatPath([...prefix, ...at]),
        message,
      },
    ]
  })
}

/**
 * Parses with zod in the requested language. The input of each issue is kept, so a missing
 * field can be told from a wrong one (see `shapeMessage`).
 */
export function safeParseIn<T extends z.ZodType>(schema: T, input: unknown, lang: Lang) {
  return schema.safeParse(input, { error: zodLocales[lang]().localeError, reportInput: true })
}

/**
 * Validates a region file: its shape (zod) and the document as a whole (duplicate ids,
 * dangling references, impossible dates, populations, coordinates). Every problem is reported,
 * not only the first; each has a path and a message in `lang`. The assessments of the parsed
 * region all have the same fields (see `uniformAssessment`).
 */
export function parseRegion(input: unknown, options: ParseRegionOptions = {}): Result<Region> {
  const lang = options.lang ?? 'nl'
  const issue = issueMaker(lang)

  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [issue('error', 'not_an_object', [])] }
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === 'number' && version !== REGION_SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        issue('error', 'unsupported_schema_version', ['schemaVersion'], {
          version,
          supported: REGION_SCHEMA_VERSION,
        }),
      ],
    }
  }

  const parsed = safeParseIn(RegionSchema, input, lang)
  const shapeIssues = parsed.success ? [] : zodIssuesToIssues(parsed.error, lang)
  // The document checks also run on a structurally broken file, so that one run reports all
  // problems. They read the raw input defensively.
  const documentIssues = checkDocument(input as Partial<Region>, options, issue)
  const issues = [...shapeIssues, ...documentIssues.filter((i) => i.severity === 'error')]
  const warnings = documentIssues.filter((i) => i.severity === 'warning')
  if (!parsed.success || issues.length > 0) return { ok: false, issues: [...issues, ...warnings] }
  const region = parsed.data
  return {
    ok: true,
    value: { ...region, assessments: region.assessments.map(uniformAssessment) },
    warnings,
  }
}

type MakeIssue = (
  severity: Issue['severity'],
  code: RegionMessageCode,
  path: PropertyKey[],
  params?: Record<string, string | number>,
) => Issue

function issueMaker(lang: Lang): MakeIssue {
  return (severity, code, path, params = {}) => ({
    severity,
    code,
    path: formatPath(path),
    message: regionMessage(code, lang, params),
  })
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined
}

/**
 * Warnings about where a regional requirement comes from, the same rules the national editions
 * are held to: a cited source must be one of the edition's (a region file has no sources of its
 * own); without one the basis is an assumption, with a rationale. `basis` defaults to "source",
 * so a requirement that says nothing would otherwise claim a source it does not have.
 */
function supplementProvenance(
  issue: MakeIssue,
  requirement: unknown,
  index: number,
  id: string,
  /** The source ids of the guideline edition. */
  known: ReadonlySet<string>,
  guideline: string,
): Issue[] {
  const out: Issue[] = []
  const at = (...rest: (string | number)[]) => ['supplement', 'requirements', index, ...rest]
  const sources = field(requirement, 'sources')
  let cited = 0
  if (Array.isArray(sources)) {
    sources.forEach((source, k) => {
      if (typeof source !== 'string') return
      if (known.has(source)) cited++
      else
        out.push(
          issue('warning', 'supplement_unknown_source', at('sources', k), {
            id: source,
            guideline,
          }),
        )
    })
  }
  const basis = field(requirement, 'basis')
  const rationale = field(requirement, 'rationale')
  if (basis === 'assumption') {
    if (typeof rationale !== 'string' || rationale.trim() === '')
      out.push(issue('warning', 'supplement_assumption_without_rationale', at(), { id }))
  } else if (cited === 0 && (basis === undefined || basis === 'source')) {
    out.push(issue('warning', 'supplement_without_provenance', at(), { id, guideline }))
  }
  return out
}

/**
 * A risk profile whose only shape errors are in some of its scenarios, with those scenarios left
 * out as holes: the scenarios that are well formed keep their index, so the method checks name
 * the right paths (they skip the holes). Undefined when the rest of the profile is broken too.
 */
function salvageProfile(profile: object): RiskProfile | undefined {
  const scenarios = arrayOf(field(profile, 'scenarios'))
  const rest = RiskProfileSchema.safeParse({ ...profile, scenarios: [] })
  if (!rest.success) return undefined
  const kept: Scenario[] = new Array<Scenario>(scenarios.length)
  scenarios.forEach((scenario, index) => {
    const parsed = ScenarioSchema.safeParse(scenario)
    if (parsed.success) kept[index] = parsed.data
  })
  return { ...rest.data, scenarios: kept }
}

/** What the assessment checks need of a requirement, national or from the supplement. */
type RequirementView = Pick<Requirement, 'id' | 'level' | 'check' | 'allowNotApplicable'>

/**
 * The requirements a document's assessments may name: the guideline edition's (when a catalog
 * is given) plus the supplement's, with the issues of the supplement itself.
 */
function knownRequirements(
  doc: Partial<Region>,
  options: ParseRegionOptions,
  issue: MakeIssue,
): {
  requirements: Map<string, RequirementView> | undefined
  history: Map<string, string[]> | undefined
  guidelineId: unknown
  guidelineVersion: unknown
  issues: Issue[]
} {
  const out: Issue[] = []
  const supplement = arrayOf(field(doc.supplement, 'requirements'))
  const guidelineId = field(doc.guideline, 'id')
  const guidelineVersion = field(doc.guideline, 'version')
  let requirements: Map<string, RequirementView> | undefined
  let history: Map<string, string[]> | undefined
  if (options.catalog && typeof guidelineId === 'string' && typeof guidelineVersion === 'string') {
    const edition = options.catalog.getGuideline(guidelineId, guidelineVersion)
    const ref = `${guidelineId}@${guidelineVersion}`
    if (!edition) {
      out.push(issue('error', 'unknown_guideline', ['guideline'], { ref }))
    } else {
      const national = new Set(edition.requirements.map((r) => r.id))
      const functions = new Set(edition.functions.map((f) => f.id))
      const editionSources = new Set(edition.sources.map((s) => s.id))
      const known = new Map<string, RequirementView>(edition.requirements.map((r) => [r.id, r]))
      supplement.forEach((r, index) => {
        const id = field(r, 'id')
        if (typeof id !== 'string') return
        if (national.has(id)) {
          out.push(
            issue(
              'error',
              'supplement_shadows_guideline',
              ['supplement', 'requirements', index, 'id'],
              { id, guideline: ref },
            ),
          )
        } else if (!known.has(id)) {
          out.push(...supplementProvenance(issue, r, index, id, editionSources, ref))
          const fn = field(r, 'function')
          if (typeof fn === 'string' && !functions.has(fn))
            out.push(
              issue(
                'error',
                'unknown_function',
                ['supplement', 'requirements', index, 'function'],
                {
                  id: fn,
                  guideline: ref,
                  known: [...functions].join(', '),
                },
              ),
            )
          // Read defensively: a supplement requirement may itself be broken (zod reports that).
          const check = field(r, 'check')
          const allow = field(r, 'allowNotApplicable')
          known.set(id, {
            id,
            level: field(r, 'level') === 'mandatory' ? 'mandatory' : 'recommended',
            check:
              field(check, 'type') === 'minimum'
                ? (check as Requirement['check'])
                : { type: 'boolean' },
            allowNotApplicable: typeof allow === 'boolean' ? allow : undefined,
          })
        }
      })
      requirements = known
      history = historicalRequirementIds(options.catalog, guidelineId, guidelineVersion)
    }
  } else if (!options.catalog) {
    out.push(issue('warning', 'requirements_not_checked', ['guideline']))
  }

  return { requirements, history, guidelineId, guidelineVersion, issues: out }
}

/** What the checks of one point or assessment need to know of the rest of the region. */
interface EntityChecks {
  points: ReadonlySet<string>
  municipalities: ReadonlySet<string>
  requirements: ReadonlyMap<string, RequirementView> | undefined
  history: ReadonlyMap<string, string[]> | undefined
  guidelineId: unknown
  guidelineVersion: unknown
  today?: string | undefined
}

/** The document checks of the point at `points[index]`. */
function checkPoint(
  p: unknown,
  index: number,
  municipalities: ReadonlySet<string>,
  issue: MakeIssue,
): Issue[] {
  const out: Issue[] = []
  const code = field(p, 'municipality')
  if (typeof code === 'string' && !municipalities.has(code)) {
    out.push(issue('error', 'unknown_municipality', ['points', index, 'municipality'], { code }))
  }
  const lat = field(field(p, 'location'), 'lat')
  const lon = field(field(p, 'location'), 'lon')
  if (typeof lat === 'number' && typeof lon === 'number') {
    const inside =
      lat >= NETHERLANDS.minLat &&
      lat <= NETHERLANDS.maxLat &&
      lon >= NETHERLANDS.minLon &&
      lon <= NETHERLANDS.maxLon
    if (!inside)
      out.push(issue('warning', 'outside_netherlands', ['points', index, 'location'], { lat, lon }))
  }
  return out
}

/**
 * The document checks of the assessment at `assessments[index]`. `historical` names the
 * requirement when it belongs to another edition: such assessments are counted by the caller,
 * one warning per requirement for the whole document.
 */
function checkAssessment(
  a: unknown,
  index: number,
  context: EntityChecks,
  issue: MakeIssue,
): { issues: Issue[]; historical?: string } {
  const out: Issue[] = []
  const { requirements, history, guidelineId, guidelineVersion, today } = context
  const date = field(a, 'date')
  // ISO calendar dates compare as text.
  if (today !== undefined && typeof date === 'string' && date > today)
    out.push(
      issue('warning', 'assessment_in_future', ['assessments', index, 'date'], { date, today }),
    )
  const point = field(a, 'point')
  if (typeof point === 'string' && !context.points.has(point)) {
    out.push(issue('error', 'unknown_point', ['assessments', index, 'point'], { id: point }))
  }
  const requirementId = field(a, 'requirement')
  if (typeof requirementId !== 'string' || !requirements) return { issues: out }
  const requirement = requirements.get(requirementId)
  if (!requirement && history?.has(requirementId)) return { issues: out, historical: requirementId }
  if (!requirement) {
    out.push(
      issue('error', 'unknown_requirement', ['assessments', index, 'requirement'], {
        id: requirementId,
        guideline: `${String(guidelineId)}@${String(guidelineVersion)}`,
      }),
    )
    return { issues: out }
  }
  const allowNotApplicable = requirement.allowNotApplicable ?? requirement.level === 'recommended'
  if (field(a, 'result') === 'not_applicable' && !allowNotApplicable) {
    out.push(
      issue('warning', 'not_applicable_not_allowed', ['assessments', index, 'result'], {
        id: requirementId,
      }),
    )
  }
  const value = field(a, 'value')
  if (typeof value === 'number' && requirement.check.type !== 'minimum') {
    out.push(
      issue('warning', 'value_without_minimum', ['assessments', index, 'value'], {
        id: requirementId,
        value,
      }),
    )
  }
  return { issues: out }
}

function checkDocument(
  doc: Partial<Region>,
  options: ParseRegionOptions,
  issue: MakeIssue,
): Issue[] {
  const out: Issue[] = []

  const uniqueIds = (
    items: unknown[],
    key: string,
    base: PropertyKey[],
    what: Record<Lang, string>,
  ) => {
    const seen = new Map<string, number>()
    items.forEach((item, index) => {
      const id = field(item, key)
      if (typeof id !== 'string') return
      const first = seen.get(id)
      if (first === undefined) seen.set(id, index)
      else
        out.push(
          issue('error', 'duplicate_id', [...base, index, key], {
            what: what[options.lang ?? 'nl'],
            id,
            first: formatPath([...base, first]),
          }),
        )
    })
    return new Set(seen.keys())
  }

  const municipalities = arrayOf(doc.municipalities)
  const points = arrayOf(doc.points)
  const assessments = arrayOf(doc.assessments)
  const supplement = arrayOf(field(doc.supplement, 'requirements'))
  const municipalityCodes = uniqueIds(municipalities, 'code', ['municipalities'], {
    nl: 'gemeentecode',
    en: 'municipality code',
  })
  const pointIds = uniqueIds(points, 'id', ['points'], {
    nl: 'id van noodsteunpunt',
    en: 'point id',
  })
  uniqueIds(supplement, 'id', ['supplement', 'requirements'], {
    nl: 'eis-id',
    en: 'requirement id',
  })

  municipalities.forEach((m, index) => {
    const population = field(m, 'population')
    if (typeof population === 'number' && population <= 0) {
      out.push(issue('error', 'population_not_positive', ['municipalities', index, 'population']))
    }
  })

  points.forEach((p, index) => {
    out.push(...checkPoint(p, index, municipalityCodes, issue))
  })

  const known = knownRequirements(doc, options, issue)
  out.push(...known.issues)
  const context: EntityChecks = {
    ...known,
    points: pointIds,
    municipalities: municipalityCodes,
    today: options.today,
  }
  const { guidelineId, guidelineVersion, history, requirements } = known
  // Requirements of other editions: their assessments are history, counted here, one warning each.
  const historyCounts = new Map<string, { count: number; first: number }>()
  assessments.forEach((a, index) => {
    const checked = checkAssessment(a, index, context, issue)
    out.push(...checked.issues)
    if (checked.historical === undefined) return
    const seen = historyCounts.get(checked.historical)
    if (seen) seen.count++
    else historyCounts.set(checked.historical, { count: 1, first: index })
  })
  for (const [id, { count, first }] of historyCounts) {
    out.push(
      issue('warning', 'historical_requirement', ['assessments', first, 'requirement'], {
        id,
        count,
        guideline: `${String(guidelineId)}@${String(guidelineVersion)}`,
        editions: history!.get(id)!.join(', '),
      }),
    )
  }
  // The network (partners, agreements, staffing): its own checks, in network/validate.ts.
  out.push(
    ...checkNetwork(
      doc,
      { points: pointIds, municipalities: municipalityCodes },
      options.lang ?? 'nl',
    ),
  )

  // The action list: each fix names a point of the file and a requirement its rules know.
  out.push(
    ...checkActions(
      field(doc, 'actions'),
      {
        points: pointIds,
        requirements: requirements ? new Set(requirements.keys()) : undefined,
        historical: history ? new Set(history.keys()) : undefined,
        guideline: `${String(guidelineId)}@${String(guidelineVersion)}`,
      },
      options.lang ?? 'nl',
    ),
  )

  const profile = doc.riskProfile
  if (profile && typeof profile === 'object') {
    const shaped = RiskProfileSchema.safeParse(profile)
    const raw = field(profile, 'method')
    const ref = shaped.success
      ? shaped.data.method
      : {
          id: stringOr(field(raw, 'id'), DEFAULT_RISK_METHOD.id),
          version: stringOr(field(raw, 'version'), DEFAULT_RISK_METHOD.version),
        }
    const method = options.catalog?.getRiskMethod?.(ref.id, ref.version)
    if (options.catalog?.getRiskMethod && !method) {
      out.push(
        issue('error', 'unknown_risk_method', ['riskProfile', 'method'], {
          ref: `${ref.id}@${ref.version}`,
        }),
      )
    }
    const checkable = shaped.success ? shaped.data : method ? salvageProfile(profile) : undefined
    if (checkable && method) {
      // The whole risk check (criteria, weights, actions incl. the region's own, municipalities).
      // With shape errors in some scenarios (zod reports those), the others are still checked.
      out.push(
        ...validateRiskProfile(checkable, {
          method,
          library: options.catalog?.getActionLibrary?.(),
          municipalities: municipalityCodes,
          lang: options.lang,
        }),
      )
    } else {
      // Without a method (or with a broken profile, whose shape errors zod reports) the checks
      // that need only the document still run, so one run shows every problem.
      const scenarios = arrayOf(field(profile, 'scenarios'))
      uniqueIds(scenarios, 'id', ['riskProfile', 'scenarios'], {
        nl: 'scenario-id',
        en: 'scenario id',
      })
      scenarios.forEach((s, index) => {
        arrayOf(field(s, 'municipalities')).forEach((code, j) => {
          if (typeof code === 'string' && !municipalityCodes.has(code)) {
            out.push(
              issue(
                'error',
                'unknown_municipality',
                ['riskProfile', 'scenarios', index, 'municipalities', j],
                { code },
              ),
            )
          }
        })
      })
    }
  }

  return out
}

/**
 * What the checks of a single point or assessment need to know of a region that is already
 * valid: its municipalities, its point ids and the requirements its assessments may name. Made
 * once per state of the region by `regionEntityContext`.
 */
export interface RegionEntityContext {
  readonly points: ReadonlySet<string>
  readonly municipalities: ReadonlySet<string>
  /** The region without its entity arrays: guideline, supplement, network, risk profile… */
  readonly document: Partial<Region>
  /** The requirements assessments may name; undefined without a catalog (not checked). */
  readonly requirements:
    | ReadonlyMap<string, Pick<Requirement, 'id' | 'level' | 'check' | 'allowNotApplicable'>>
    | undefined
  /** Requirements of other editions of the guideline, with those editions. */
  readonly history: ReadonlyMap<string, string[]> | undefined
  readonly guidelineId: unknown
  readonly guidelineVersion: unknown
  readonly today?: string | undefined
}

/**
 * The context for `parsePointAt`, `parseAssessmentAt` and `checkPointRemoval` in a region that
 * `parseRegion` accepts (with the same `catalog` and `today`). `document` may leave out the
 * points and assessments: only their ids are needed, given as `pointIds`.
 */
export function regionEntityContext(
  document: Partial<Region>,
  pointIds: Iterable<string>,
  options: Omit<ParseRegionOptions, 'lang'> = {},
): RegionEntityContext {
  const points = new Set(pointIds)
  const municipalities = new Set(
    arrayOf(document.municipalities)
      .map((m) => field(m, 'code'))
      .filter((code): code is string => typeof code === 'string'),
  )
  const { issues: _supplementIssues, ...known } = knownRequirements(
    document,
    options,
    issueMaker('en'),
  )
  return { ...known, points, municipalities, document, today: options.today }
}

const PointsShape = z.object({ points: z.array(PointSchema) })
const AssessmentsShape = z.object({ assessments: z.array(AssessmentSchema) })

/**
 * The element at `key[index]` parsed as in a whole region document, so that every shape
 * message and path is the one `parseRegion` gives for it there.
 */
function parseElement<T>(
  schema: z.ZodType<Record<string, T[]>>,
  key: string,
  input: unknown,
  index: number,
  lang: Lang,
): { value?: T; issues: Issue[] } {
  const parsed = safeParseIn(schema, { [key]: [input] }, lang)
  if (parsed.success) return { value: parsed.data[key]![0]!, issues: [] }
  for (const i of parsed.error.issues)
    if (i.path[0] === key && i.path[1] === 0)
      (i as { path: PropertyKey[] }).path = [key, index, ...i.path.slice(2)]
  return { issues: zodIssuesToIssues(parsed.error, lang) }
}

function entityResult<T>(
  shape: { value?: T; issues: Issue[] },
  documentIssues: Issue[],
): Result<T> {
  const errors = documentIssues.filter((i) => i.severity === 'error')
  const warnings = documentIssues.filter((i) => i.severity === 'warning')
  if (shape.value === undefined || errors.length > 0)
    return { ok: false, issues: [...shape.issues, ...errors, ...warnings] }
  return { ok: true, value: shape.value, warnings }
}

/**
 * Validates one point as `points[index]` of a valid region (`context`): the point replaces the
 * one with the same id at that index, or is appended when the region has no point with its id.
 * Equivalent to `parseRegion` on the whole region with the point in place: it accepts exactly
 * what `parseRegion` accepts, with the same errors (paths and messages); of the warnings only
 * those about this point are given. Costs the same for a region of 10 or 10,000 points.
 */
export function parsePointAt(
  input: unknown,
  index: number,
  context: RegionEntityContext,
  options: { lang?: Lang } = {},
): Result<Point> {
  const lang = options.lang ?? 'nl'
  const shape = parseElement<Point>(PointsShape, 'points', input, index, lang)
  return entityResult(shape, checkPoint(input, index, context.municipalities, issueMaker(lang)))
}

/**
 * Validates one assessment appended as `assessments[index]` to a valid region (`context`),
 * equivalent to `parseRegion` on the whole region with the assessment added: the same errors,
 * and the warnings about this assessment (the region-wide count of assessments of requirements
 * from other editions is not repeated). The value is uniform, as in `parseRegion`'s result.
 */
export function parseAssessmentAt(
  input: unknown,
  index: number,
  context: RegionEntityContext,
  options: { lang?: Lang } = {},
): Result<Assessment> {
  const lang = options.lang ?? 'nl'
  const shape = parseElement<Assessment>(AssessmentsShape, 'assessments', input, index, lang)
  const checked = checkAssessment(input, index, context, issueMaker(lang))
  const result = entityResult(shape, checked.issues)
  return result.ok ? { ...result, value: uniformAssessment(result.value) } : result
}

/**
 * What removing the point `id` (with its assessments) from a valid region would break: the
 * network's references to it (agreements, staffing). Empty when the removal is allowed; the
 * issues are those `parseRegion` gives for the region without the point.
 */
export function checkPointRemoval(
  id: string,
  context: RegionEntityContext,
  options: { lang?: Lang } = {},
): Issue[] {
  const points = new Set(context.points)
  points.delete(id)
  return checkNetwork(
    context.document,
    { points, municipalities: context.municipalities },
    options.lang ?? 'nl',
  ).filter((i) => i.severity === 'error')
}
