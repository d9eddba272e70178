import {
  AssessmentSchema,
  createReadinessEngine,
  expiringSoon,
  explainPoint,
  readinessTimeline,
  uniformAssessment,
  type Assessment,
  type CalendarDate,
  type Issue,
  type Lang,
  type MunicipalityReadiness,
  type PointExplanation,
  type PointReadiness,
  type ReadinessEngine,
  type Region,
  type RegionReadiness,
  type Ruleset,
  type RulesetRequirement,
} from '@weerbaar/core'
import {
  addCalendarMonths,
  endOfCalendarMonth,
  parseCalendarDate,
  safeParseIn,
  zodIssuesToIssues,
} from '@weerbaar/core/internal'
import { resolveRuleset } from '@weerbaar/guidelines'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { todayCalendarDate } from '#/composables/today.ts'
import { useRegionStore } from './regions.ts'

/** What the assessment form hands in: strings straight from the inputs. */
export interface AssessmentDraft {
  point: string
  requirement: string
  date: string
  result?: string
  value?: string | number
  note?: string
  assessor?: string
}

export type RecordResult = { ok: true; assessment: Assessment } | { ok: false; issues: Issue[] }

const formMessages = {
  unknown_point: { nl: 'Onbekend noodsteunpunt', en: 'Unknown emergency support point' },
  unknown_requirement: {
    nl: 'Deze eis geldt niet voor dit punt',
    en: 'This requirement does not apply to this point',
  },
  future_date: {
    nl: 'Deze datum ligt in de toekomst; kies vandaag of een eerdere dag',
    en: 'This date is in the future; choose today or an earlier day',
  },
  requirement_missing: {
    nl: 'Kies de eis die u hebt beoordeeld',
    en: 'Choose the requirement you assessed',
  },
  result_missing: {
    nl: 'Kies de uitkomst: voldaan, deels voldaan of niet voldaan',
    en: 'Choose the outcome: met, partly met or not met',
  },
  date_missing: {
    nl: 'Vul de datum van de beoordeling in',
    en: 'Enter the date of the assessment',
  },
  not_applicable: {
    nl: "'Niet van toepassing' is voor deze eis niet toegestaan",
    en: "'Not applicable' is not allowed for this requirement",
  },
  value_number: { nl: 'Vul een getal in', en: 'Enter a number' },
  value_needed: {
    nl: 'Vul de gemeten waarde in of kies een uitkomst',
    en: 'Enter the measured value or choose an outcome',
  },
} satisfies Record<string, Record<Lang, string>>

/** The assessment form's fields: an issue about anything else is not the user's to fix. */
const FORM_FIELDS = new Set(['requirement', 'value', 'result', 'date', 'note', 'assessor'])

/** The last day of each of the `months` months before `asOf`, then `asOf`: the trend's x-axis. */
export function trendDates(asOf: CalendarDate, months = 12): CalendarDate[] {
  if (!parseCalendarDate(asOf)) return [asOf]
  const dates: CalendarDate[] = []
  for (let i = months; i >= 1; i--) dates.push(endOfCalendarMonth(addCalendarMonths(asOf, -i)))
  return [...dates, asOf]
}

/**
 * Readiness of the active region, kept current by core's incremental engine: an edit
 * re-scores one point and re-aggregates its municipality and the region.
 */
export const useReadinessStore = defineStore('readiness', () => {
  const regions = useRegionStore()
  const asOf = ref<CalendarDate>(todayCalendarDate())
  const error = ref<string | null>(null)
  /** Bumped after every engine edit, so computed results see it. */
  const revision = ref(0)

  let engine: ReadinessEngine | null = null
  let engineRegion: Region | null = null
  let engineAsOf: CalendarDate | null = null
  let engineRuleset: Ruleset | null = null

  const ruleset = computed<Ruleset | null>(() => {
    const region = regions.region
    if (!region) return null
    try {
      return resolveRuleset(region)
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      return null
    }
  })

  const requirementsById = computed(
    () =>
      new Map<string, RulesetRequirement>(
        (ruleset.value?.requirements ?? []).map((r) => [r.id, r]),
      ),
  )

  function currentEngine(): ReadinessEngine | null {
    const region = regions.region
    const rules = ruleset.value
    if (!region || !rules) return null
    // The ruleset only changes with guideline, norms or supplement; edits keep it.
    const rulesChanged =
      !engineRuleset ||
      engineRuleset.guideline.version !== rules.guideline.version ||
      engineRuleset.guideline.id !== rules.guideline.id
    if (engine && engineRegion === region && !rulesChanged && engineAsOf !== asOf.value) {
      // Another date on the same data: the engine re-selects without starting over.
      engine.setAsOf(asOf.value)
      engineAsOf = asOf.value
    } else if (engineRegion !== region || engineAsOf !== asOf.value || rulesChanged) {
      engine = createReadinessEngine(region, rules, { asOf: asOf.value })
      engineRegion = region
      engineAsOf = asOf.value
      engineRuleset = rules
    }
    return engine
  }

  const report = computed<RegionReadiness | null>(() => {
    void revision.value
    void regions.region
    void asOf.value
    return currentEngine()?.result ?? null
  })

  const pointsById = computed(() => new Map((report.value?.points ?? []).map((p) => [p.id, p])))
  const municipalitiesByCode = computed(
    () => new Map((report.value?.municipalities ?? []).map((m) => [m.code, m])),
  )

  function point(id: string): PointReadiness | undefined {
    return pointsById.value.get(id)
  }

  function municipality(code: string): MunicipalityReadiness | undefined {
    return municipalitiesByCode.value.get(code)
  }

  function explain(id: string): PointExplanation | null {
    const p = point(id)
    const rules = ruleset.value
    return p && rules ? explainPoint(p, rules) : null
  }

  /** The point's assessments, newest first, with their index in the region file. */
  function history(pointId: string): Array<{ index: number; assessment: Assessment }> {
    const list = regions.region?.assessments ?? []
    const out: Array<{ index: number; assessment: Assessment }> = []
    list.forEach((assessment, index) => {
      if (assessment.point === pointId) out.push({ index, assessment })
    })
    return out.sort(
      (a, b) => b.assessment.date.localeCompare(a.assessment.date) || b.index - a.index,
    )
  }

  /** Checks a draft from the form: the shape with zod, then what the form knows of the point. */
  function validate(draft: AssessmentDraft, lang: Lang): RecordResult {
    const issues: Issue[] = []
    const input: Record<string, unknown> = {
      point: draft.point,
      requirement: draft.requirement,
      date: draft.date,
    }
    if (draft.result) input.result = draft.result
    if (draft.note?.trim()) input.note = draft.note.trim()
    if (draft.assessor?.trim()) input.assessor = draft.assessor.trim()
    const rawValue =
      typeof draft.value === 'number' ? String(draft.value) : (draft.value ?? '').trim()
    if (rawValue !== '') {
      const value = Number(rawValue.replace(',', '.'))
      if (Number.isFinite(value)) input.value = value
      else
        issues.push({
          severity: 'error',
          code: 'value_number',
          path: 'value',
          message: formMessages.value_number[lang],
        })
    }
    const issue = (code: keyof typeof formMessages, path: string) =>
      issues.push({ severity: 'error', code, path, message: formMessages[code][lang] })

    const p = point(draft.point)
    if (!p) issue('unknown_point', 'point')
    const requirement = requirementsById.value.get(draft.requirement)
    if (!draft.requirement) issue('requirement_missing', 'requirement')
    else if (p && !p.requirements.some((r) => r.id === draft.requirement))
      issue('unknown_requirement', 'requirement')
    if (requirement && input.result === 'not_applicable' && !requirement.allowNotApplicable) {
      issue('not_applicable', 'result')
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) issue('date_missing', 'date')
    else if (draft.date > todayCalendarDate()) issue('future_date', 'date')
    const parsed = safeParseIn(AssessmentSchema, input, lang)
    if (!parsed.success) {
      // The schema checks the shape again; the form says in its own words what to do, once per
      // field, and only about fields it has.
      for (const i of zodIssuesToIssues(parsed.error, lang)) {
        if (i.code === 'result_or_value') {
          if (requirement?.check.type === 'minimum') issue('value_needed', 'value')
          else if (draft.requirement) issue('result_missing', 'result')
          continue
        }
        const field = i.path.split(/[.[]/)[0]!
        if (!FORM_FIELDS.has(field) || issues.some((x) => x.path === field)) continue
        issues.push({ ...i, path: field })
      }
    }
    if (issues.length > 0 || !parsed.success) return { ok: false, issues }
    return { ok: true, assessment: uniformAssessment(parsed.data) }
  }

  /**
   * Validates and records an assessment: the engine re-scores the point at once, and the
   * region is saved. The returned promise resolves when the save has landed.
   */
  function recordAssessment(
    draft: AssessmentDraft,
    lang: Lang,
  ): RecordResult & { saved?: Promise<void> } {
    const checked = validate(draft, lang)
    if (!checked.ok) return checked
    const e = currentEngine()
    if (!e) return { ok: false, issues: [] }
    e.addAssessment(checked.assessment)
    const next = e.toRegion()
    engineRegion = next
    const saved = regions.update(next)
    revision.value++
    return { ...checked, saved }
  }

  /** Removes an assessment (by its index in the region file), e.g. one recorded by mistake. */
  function removeAssessment(index: number): Promise<void> {
    const e = currentEngine()
    if (!e) return Promise.resolve()
    e.removeAssessment(index)
    const next = e.toRegion()
    engineRegion = next
    revision.value++
    return regions.update(next)
  }

  const timeline = computed(() => {
    const region = regions.region
    const rules = ruleset.value
    if (!region || !rules) return []
    return readinessTimeline(region, rules, trendDates(asOf.value))
  })

  const expiring = computed(() => {
    const region = regions.region
    const rules = ruleset.value
    if (!region || !rules) return []
    return expiringSoon(region, rules, { asOf: asOf.value, days: 60 })
  })

  return {
    asOf,
    error,
    ruleset,
    requirementsById,
    report,
    point,
    municipality,
    explain,
    history,
    validate,
    recordAssessment,
    removeAssessment,
    timeline,
    expiring,
  }
})
