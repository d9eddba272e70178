import type { CalendarDate } from '../shared/date.ts'
import { NotFoundError } from '../shared/errors.ts'
import { validUntil } from './expiry.ts'
import { formatDateNl, formatNumberNl, formatPointsNl, LEVEL_NL, OUTCOME_NL } from './format.ts'
import type { Ruleset, RulesetRequirement } from './ruleset.ts'
import {
  levelRank,
  type Outcome,
  type PointLevel,
  type PointReadiness,
  type ReadinessLevel,
  type RequirementReadiness,
} from './types.ts'

export interface RequirementExplanation {
  id: string
  title: string
  function: string
  outcome: Outcome
  fraction: number | null
  weight: number
  mandatory: boolean
  /** Score points this requirement costs the point: 100 × weight × (1 − fraction) / Σ weight. */
  cost: number
  /** The date of the assessment used, if any. */
  assessedOn: CalendarDate | null
  /** The last day the assessment used is valid, when the requirement has a validity. */
  validUntil: CalendarDate | null
  /** Dutch, e.g. "Noodstroom: 48 van 72 uur — deels voldaan, kost 4,2 punten". */
  sentence: string
}

export interface Fix {
  requirement: string
  title: string
  outcome: Outcome
  /** Score points gained when the requirement is met. */
  gain: number
  /** The point's level when only this requirement is fixed. */
  levelAfter: ReadinessLevel
  /** Whether this fix alone raises the level; otherwise it is one of several needed. */
  raisesLevel: boolean
  /** Dutch, e.g. "Noodstroom: van 48 naar 72 uur (+4,2 punten), dan is het punt gereed". */
  sentence: string
}

export interface PointExplanation {
  point: string
  name: string
  level: PointLevel
  assessedLevel: ReadinessLevel
  score: number | null
  completeness: number | null
  /** Dutch one-liner: "Brandweerkazerne Urk: niet gereed, score 81,3 van 100". */
  summary: string
  /** Every applicable requirement, in ruleset order. */
  requirements: RequirementExplanation[]
  /** Mandatory requirements that keep the point at its level (empty when ready). */
  blockers: string[]
  /**
   * The level the point reaches once every blocker is met, with a Dutch sentence that says how
   * many that takes ("Nog 4 eisen op orde brengen, dan is het punt onbekend. Hieronder de 3
   * goedkoopste."); null for a ready point. Often no single fix raises the level: this says
   * what does.
   */
  nextLevel: NextLevel | null
  /** At most three: the cheapest ways to raise the level (see `explainPoint`). */
  fixes: Fix[]
}

export interface NextLevel {
  level: ReadinessLevel
  sentence: string
}

function valuePhrase(req: RulesetRequirement, r: RequirementReadiness): string | undefined {
  if (req.check.type !== 'minimum' || r.assessment?.value === undefined) return undefined
  if (r.outcome !== 'met' && r.outcome !== 'partial' && r.outcome !== 'not_met') return undefined
  return `${formatNumberNl(r.assessment.value)} van ${formatNumberNl(req.check.min)} ${req.check.unit}`
}

/** The Dutch sentence for one requirement's outcome and cost. */
export function describeRequirement(
  req: RulesetRequirement,
  r: RequirementReadiness,
  cost: number,
): string {
  const costs = `kost ${formatPointsNl(cost)}`
  const value = valuePhrase(req, r)
  switch (r.outcome) {
    case 'met':
      return value ? `${req.title}: ${value} — voldaan` : `${req.title}: voldaan`
    case 'partial':
    case 'not_met':
      return `${req.title}: ${value ? `${value} — ` : ''}${OUTCOME_NL[r.outcome]}, ${costs}`
    case 'not_applicable':
      return `${req.title}: niet van toepassing, telt niet mee`
    case 'expired': {
      const date = r.assessment!.date
      const until =
        req.validForMonths !== undefined
          ? `, geldig tot en met ${formatDateNl(validUntil(date, req.validForMonths))}`
          : ''
      return `${req.title}: verlopen (beoordeeld op ${formatDateNl(date)}${until}), ${costs}`
    }
    case 'unknown':
      return r.rejectedNotApplicable
        ? `${req.title}: 'niet van toepassing' is voor deze eis niet toegestaan, telt als niet beoordeeld, ${costs}`
        : `${req.title}: niet beoordeeld, ${costs}`
  }
}

function levelOf(
  requirements: readonly RequirementReadiness[],
  replaced?: RequirementReadiness,
): ReadinessLevel {
  let blocking = false
  let open = false
  for (const r of requirements) {
    if (r === replaced || !r.mandatory || r.fraction === null) continue
    if (r.outcome === 'partial' || r.outcome === 'not_met') blocking = true
    else if (r.outcome === 'unknown' || r.outcome === 'expired') open = true
  }
  return blocking ? 'not_ready' : open ? 'unknown' : 'ready'
}

/** Whether the requirement keeps the point at its current level. */
function blocks(level: ReadinessLevel, r: RequirementReadiness): boolean {
  if (!r.mandatory || r.fraction === null) return false
  if (level === 'not_ready') return r.outcome === 'partial' || r.outcome === 'not_met'
  if (level === 'unknown') return r.outcome === 'unknown' || r.outcome === 'expired'
  return false
}

const SHOWN_FIXES = 3

function nextLevelSentence(level: ReadinessLevel, from: ReadinessLevel, blockers: number): string {
  const eisen = blockers === 1 ? '1 eis' : `${blockers} eisen`
  const shown = blockers > SHOWN_FIXES ? ` Hieronder de ${SHOWN_FIXES} goedkoopste.` : ''
  if (from === 'unknown') {
    const pass = blockers === 1 ? 'Voldoet die' : 'Voldoen ze'
    return `Nog ${eisen} laten beoordelen. ${pass}, dan is het punt ${LEVEL_NL[level]}.${shown}`
  }
  return `Nog ${eisen} op orde brengen, dan is het punt ${LEVEL_NL[level]}.${shown}`
}

function fixSentence(
  req: RulesetRequirement,
  r: RequirementReadiness,
  gain: number,
  levelAfter: ReadinessLevel,
  raises: boolean,
): string {
  const points = `${r.outcome === 'unknown' || r.outcome === 'expired' ? 'tot ' : ''}+${formatPointsNl(gain)}`
  let action: string
  if (r.outcome === 'expired') action = `${req.title} opnieuw beoordelen`
  else if (r.outcome === 'unknown') action = `${req.title} laten beoordelen`
  else if (req.check.type === 'minimum' && r.assessment?.value !== undefined) {
    action = `${req.title}: van ${formatNumberNl(r.assessment.value)} naar ${formatNumberNl(req.check.min)} ${req.check.unit}`
  } else action = `${req.title} op orde brengen`
  return `${action} (${points})${raises ? `, dan is het punt ${LEVEL_NL[levelAfter]}` : ''}`
}

/**
 * Explains a point's readiness in Dutch: for every applicable requirement its outcome, the
 * score points it costs and a sentence; the blockers of the next level; and the three
 * cheapest fixes. A fix brings one blocking requirement to `met`. Cheapest means: fixes that
 * raise the level on their own first; then, for a point that is not ready, the partial
 * requirement closest to its target; for a point whose level is unknown, an expired assessment
 * (a re-assessment) before one never made; then the larger score gain; then by id.
 */
export function explainPoint(point: PointReadiness, ruleset: Ruleset): PointExplanation {
  const byId = new Map(ruleset.requirements.map((r) => [r.id, r]))
  let weightSum = 0
  for (const r of point.requirements) if (r.fraction !== null) weightSum += r.weight
  const costOf = (r: RequirementReadiness) =>
    r.fraction === null || weightSum === 0 ? 0 : (100 * r.weight * (1 - r.fraction)) / weightSum

  const requirements = point.requirements.map((r): RequirementExplanation => {
    const req = byId.get(r.id)
    if (!req)
      throw new NotFoundError(
        `Requirement ${r.id} is not in ruleset ${ruleset.guideline.id}@${ruleset.guideline.version}`,
      )
    const cost = costOf(r)
    return {
      id: r.id,
      title: req.title,
      function: req.function,
      outcome: r.outcome,
      fraction: r.fraction,
      weight: r.weight,
      mandatory: r.mandatory,
      cost,
      assessedOn: r.assessment?.date ?? null,
      validUntil:
        r.assessment && req.validForMonths !== undefined
          ? validUntil(r.assessment.date, req.validForMonths)
          : null,
      sentence: describeRequirement(req, r, cost),
    }
  })

  const level = point.assessedLevel
  const blocking = point.requirements.filter((r) => blocks(level, r))
  const effort = (r: RequirementReadiness) =>
    level === 'not_ready' ? 1 - (r.fraction ?? 0) : r.outcome === 'expired' ? 0 : 1
  const fixes = blocking
    .map((r) => {
      const met: RequirementReadiness = { ...r, outcome: 'met', fraction: 1 }
      const levelAfter = levelOf([...point.requirements.filter((x) => x !== r), met])
      const raises = levelRank(levelAfter) > levelRank(level)
      const gain = costOf(r)
      return { r, levelAfter, raises, gain, effort: effort(r) }
    })
    .sort(
      (a, b) =>
        Number(b.raises) - Number(a.raises) ||
        a.effort - b.effort ||
        b.gain - a.gain ||
        (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0),
    )
    .slice(0, SHOWN_FIXES)
    .map(({ r, levelAfter, raises, gain }): Fix => {
      const req = byId.get(r.id)!
      return {
        requirement: r.id,
        title: req.title,
        outcome: r.outcome,
        gain,
        levelAfter,
        raisesLevel: raises,
        sentence: fixSentence(req, r, gain, levelAfter, raises),
      }
    })

  const score = point.score === null ? 'geen score' : `score ${formatNumberNl(point.score)} van 100`
  const reached = levelOf(point.requirements.filter((r) => !blocking.includes(r)))
  const nextLevel: NextLevel | null =
    blocking.length === 0
      ? null
      : {
          level: reached,
          sentence: nextLevelSentence(reached, level, blocking.length),
        }
  return {
    point: point.id,
    name: point.name,
    level: point.level,
    assessedLevel: point.assessedLevel,
    score: point.score,
    completeness: point.completeness,
    summary: `${point.name}: ${LEVEL_NL[point.level]}, ${score}`,
    requirements,
    blockers: blocking.map((r) => r.id),
    nextLevel,
    fixes,
  }
}
