import { type Outcome, type PointLevel } from '@weerbaar/core'
import { LEVEL_NL, OUTCOME_NL } from '@weerbaar/core/internal'
import type { Lang } from '../i18n.ts'

const LEVEL_EN: Record<PointLevel, string> = {
  ready: 'ready',
  not_ready: 'not ready',
  unknown: 'unknown',
  planned: 'planned',
  inactive: 'inactive',
}

const OUTCOME_EN: Record<Outcome, string> = {
  met: 'met',
  partial: 'partly met',
  not_met: 'not met',
  unknown: 'not assessed',
  expired: 'expired',
  not_applicable: 'not applicable',
}

/** A point's level (or status) for people: core's Dutch labels, or English. */
export function levelLabel(level: PointLevel, lang: Lang): string {
  return lang === 'nl' ? LEVEL_NL[level] : LEVEL_EN[level]
}

export function outcomeLabel(outcome: Outcome, lang: Lang): string {
  return lang === 'nl' ? OUTCOME_NL[outcome] : OUTCOME_EN[outcome]
}
