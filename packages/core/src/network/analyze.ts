import type { Tier } from '../guideline/schema.ts'
import type { Point, Region } from '../region/schema.ts'
import { asOfFrom, type AsOfOptions } from '../shared/as-of.ts'
import { applicableRequirements, createContext } from '../readiness/context.ts'
import type { Ruleset } from '../readiness/ruleset.ts'
import { calendarDaysBetween, isCalendarDate, type CalendarDate } from '../shared/date.ts'
import { InvalidArgumentError, NotFoundError } from '../shared/errors.ts'
import {
  PROVISIONS,
  type Agreement,
  type Partner,
  type PartnerKind,
  type Provision,
} from './schema.ts'
import { DEFAULT_STAFFING_NORMS } from './norms.ts'
import { shiftNormFor, staffingHours, STAFFING_TARGET_HOURS } from './staffing.ts'
import { isAgreementValid } from './validity.ts'

/** The default share above which a partner's loss is a single point of failure. */
export const DEFAULT_SPOF_THRESHOLD = 0.25
/** Agreements ending within this many days are listed as expiring. */
export const DEFAULT_EXPIRING_DAYS = 90

export interface NetworkOptions {
  asOf: CalendarDate
  /**
   * A partner's loss is a single point of failure when it leaves more than this share (0..1) of
   * the active points, or of the residents they serve, of the region or of one municipality
   * without the provision. Default 0.25.
   */
  spofThreshold?: number | undefined
  /** Days ahead for `expiring`; default 90. */
  expiringWithinDays?: number | undefined
}

export type NetworkRegion = Pick<
  Region,
  'municipalities' | 'points' | 'partners' | 'agreements' | 'staffing' | 'riskProfile'
>

export interface PointNetwork {
  id: string
  name: string
  municipality: string
  tier: Tier
  status: Point['status']
  /** Provisions covered by an agreement valid on `asOf`, in the order of `PROVISIONS`. */
  provisions: Provision[]
  /** Ids of the agreements valid on `asOf` that cover the point. */
  agreements: string[]
  /** Ids of the partners behind those agreements and the point's staffing. */
  partners: string[]
  /** People counted in the point's staffing. */
  people: number
  /** Hours from the start of an outage its staffing can cover without a gap, 0 to 72. */
  staffingHours: number
  /** The norm used: people on duty at once and the longest shift (see `staffing.ts`). */
  staffingNorm: { peopleOnDuty: number; maxShiftHours: number }
  /**
   * What the point lacks: `location` without a valid location agreement (only where a
   * requirement with evidence `location` applies, if the ruleset has one), `staffing` when its
   * staffing covers less than 72 hours, and every provision that an applicable requirement
   * accepts as evidence (`evidence.provides`) and no valid agreement covers.
   */
  missing: Provision[]
}

export interface MunicipalityShare {
  code: string
  /** Active points of the municipality that would lose the provision. */
  points: number
  /** points / the municipality's active points. */
  share: number
  /** Residents served by those points / the municipality's population. */
  residentShare: number
}

export interface SinglePointOfFailure {
  partner: string
  partnerName: string
  provides: Provision
  /** Ids of the active points that have the provision only through this partner. */
  points: string[]
  /** points / the region's active points. */
  share: number
  /** Residents served by those points / the region's population. */
  residentShare: number
  /** The municipalities where the share (points or residents) exceeds the threshold. */
  municipalities: MunicipalityShare[]
}

export interface ExpiringAgreement {
  agreement: string
  partner: string
  provides: Provision[]
  points: string[]
  validUntil: CalendarDate
  /** Days until the first day it is no longer in force. */
  daysLeft: number
}

export interface NetworkAnalysis {
  asOf: CalendarDate
  spofThreshold: number
  /** Flagged partners, the largest share first. */
  singlePointsOfFailure: SinglePointOfFailure[]
  /** In the order of the region file. */
  points: PointNetwork[]
  /** Valid agreements that end within `expiringWithinDays`, the soonest first. */
  expiring: ExpiringAgreement[]
  /** Active and planned points that need a location agreement (see `missing`) and lack one. */
  withoutLocationAgreement: string[]
  partners: { id: string; name: string; kind: PartnerKind; validAgreements: number }[]
}

/** Residents served by a point: its municipality's population shared among its active points. */
function residentsServed(region: NetworkRegion): Map<string, number> {
  const active = new Map<string, number>()
  for (const p of region.points)
    if (p.status === 'active') active.set(p.municipality, (active.get(p.municipality) ?? 0) + 1)
  const population = new Map(region.municipalities.map((m) => [m.code, m.population]))
  const out = new Map<string, number>()
  for (const p of region.points)
    if (p.status === 'active')
      out.set(p.id, (population.get(p.municipality) ?? 0) / active.get(p.municipality)!)
  return out
}

function checkOptions(options: NetworkOptions): { threshold: number; days: number } {
  if (typeof options.asOf !== 'string' || !isCalendarDate(options.asOf))
    throw new InvalidArgumentError(
      `asOf is not a calendar date (YYYY-MM-DD): ${JSON.stringify(options.asOf)}`,
    )
  const threshold = options.spofThreshold ?? DEFAULT_SPOF_THRESHOLD
  if (!(threshold >= 0 && threshold < 1))
    throw new InvalidArgumentError(`spofThreshold must be at least 0 and below 1: ${threshold}`)
  const days = options.expiringWithinDays ?? DEFAULT_EXPIRING_DAYS
  if (!Number.isInteger(days) || days < 0)
    throw new InvalidArgumentError(`expiringWithinDays must be a non-negative integer: ${days}`)
  return { threshold, days }
}

/** Per point, the valid agreements that cover it (file order). */
function validAgreementsByPoint(
  agreements: readonly Agreement[],
  asOf: CalendarDate,
): Map<string, Agreement[]> {
  const out = new Map<string, Agreement[]>()
  for (const a of agreements) {
    if (!isAgreementValid(a, { asOf })) continue
    for (const point of a.points) {
      let list = out.get(point)
      if (!list) out.set(point, (list = []))
      list.push(a)
    }
  }
  return out
}

/**
 * The region without one partner: its agreements and staffing left out (the partner itself is
 * kept, so references stay valid). Throws when the region has no such partner.
 */
export function withoutPartner<R extends Pick<Region, 'partners' | 'agreements' | 'staffing'>>(
  region: R,
  partner: string,
): R {
  if (!(region.partners ?? []).some((p) => p.id === partner))
    throw new NotFoundError(`The region has no partner ${JSON.stringify(partner)}`)
  return {
    ...region,
    agreements: (region.agreements ?? []).filter((a) => a.partner !== partner),
    staffing: (region.staffing ?? []).filter((s) => s.partner !== partner),
  }
}

/** The provisions that applicable requirements of each point accept as evidence. */
function evidenceNeeds(
  region: NetworkRegion,
  ruleset: Ruleset,
  asOf: CalendarDate,
): Map<string, Set<Provision>> {
  const ctx = createContext(region, ruleset, { asOf })
  const out = new Map<string, Set<Provision>>()
  for (const point of region.points) {
    const needs = new Set<Provision>()
    for (const k of applicableRequirements(ctx, point)) {
      const provides = ctx.requirements[k]!.requirement.evidence?.provides
      if (provides) needs.add(provides)
    }
    out.set(point.id, needs)
  }
  return out
}

/** Per point, the covered provisions and the staffing hours (the core of every analysis). */
export function analyzePoints(
  region: NetworkRegion,
  ruleset: Ruleset,
  options: AsOfOptions,
): PointNetwork[]
/** @deprecated Pass the date as options: `analyzePoints(region, ruleset, { asOf })`. Removed in 0.3. */
export function analyzePoints(
  region: NetworkRegion,
  ruleset: Ruleset,
  asOf: CalendarDate,
): PointNetwork[]
export function analyzePoints(
  region: NetworkRegion,
  ruleset: Ruleset,
  asOfOrOptions: CalendarDate | AsOfOptions,
): PointNetwork[] {
  const asOf = asOfFrom(asOfOrOptions)
  const byPoint = validAgreementsByPoint(region.agreements ?? [], asOf)
  const staffingByPoint = new Map<string, NonNullable<Region['staffing']>>()
  for (const s of region.staffing ?? []) {
    let list = staffingByPoint.get(s.point)
    if (!list) staffingByPoint.set(s.point, (list = []))
    list.push(s)
  }
  const needs = evidenceNeeds(region, ruleset, asOf)
  // Where the ruleset says which points need an agreement for their building (a requirement
  // with evidence `location`, e.g. only buildings the municipality does not own), only those do.
  const locationRuled = ruleset.requirements.some((r) => r.evidence?.provides === 'location')
  const needsLocation = (id: string) => !locationRuled || needs.get(id)!.has('location')
  return region.points.map((point) => {
    const agreements = byPoint.get(point.id) ?? []
    const staffing = staffingByPoint.get(point.id) ?? []
    const covered = new Set<Provision>(agreements.flatMap((a) => a.provides))
    const norm = shiftNormFor(ruleset.staffing ?? DEFAULT_STAFFING_NORMS, point.tier)
    const hours = staffingHours(staffing, norm)
    const partners = [
      ...new Set([...agreements.map((a) => a.partner), ...staffing.map((s) => s.partner)]),
    ]
    const missing = PROVISIONS.filter((p) => {
      if (p === 'staffing') return hours < STAFFING_TARGET_HOURS
      if (p === 'location') return needsLocation(point.id) && !covered.has(p)
      return needs.get(point.id)!.has(p) && !covered.has(p)
    })
    return {
      id: point.id,
      name: point.name,
      municipality: point.municipality,
      tier: point.tier,
      status: point.status,
      provisions: PROVISIONS.filter((p) => covered.has(p)),
      agreements: agreements.map((a) => a.id),
      partners,
      people: staffing.reduce((sum, s) => sum + s.people, 0),
      staffingHours: hours,
      staffingNorm: norm,
      missing,
    }
  })
}

/** Whether a point has a provision: staffing by the 72-hour norm, the others by a valid agreement. */
function has(point: PointNetwork, provision: Provision): boolean {
  return provision === 'staffing'
    ? point.staffingHours >= STAFFING_TARGET_HOURS
    : point.provisions.includes(provision)
}

/**
 * Single points of failure: for each partner and each provision it provides, the active points
 * that have the provision now and would not without the partner (its agreements and staffing
 * left out). Flagged when those points, or the residents they serve, exceed `threshold` of the
 * region's or of one municipality's active points or population. Residents served by a point
 * are its municipality's population shared equally among the municipality's active points.
 */
export function singlePointsOfFailure(
  region: NetworkRegion,
  ruleset: Ruleset,
  options: NetworkOptions,
  before: readonly PointNetwork[] = analyzePoints(region, ruleset, { asOf: options.asOf }),
): SinglePointOfFailure[] {
  const { threshold } = checkOptions(options)
  const served = residentsServed(region)
  const activeIn = new Map<string, number>()
  let activeTotal = 0
  for (const p of region.points)
    if (p.status === 'active') {
      activeIn.set(p.municipality, (activeIn.get(p.municipality) ?? 0) + 1)
      activeTotal++
    }
  const population = new Map(region.municipalities.map((m) => [m.code, m.population]))
  const regionPopulation = region.municipalities.reduce((sum, m) => sum + m.population, 0)
  const out: SinglePointOfFailure[] = []
  for (const partner of region.partners ?? []) {
    const provided = new Set<Provision>()
    for (const a of region.agreements ?? [])
      if (a.partner === partner.id && isAgreementValid(a, { asOf: options.asOf }))
        for (const p of a.provides) provided.add(p)
    if ((region.staffing ?? []).some((s) => s.partner === partner.id)) provided.add('staffing')
    if (provided.size === 0) continue
    const after = analyzePoints(withoutPartner(region, partner.id), ruleset, {
      asOf: options.asOf,
    })
    for (const provision of PROVISIONS) {
      if (!provided.has(provision)) continue
      const lost = before.filter(
        (p, i) => p.status === 'active' && has(p, provision) && !has(after[i]!, provision),
      )
      if (lost.length === 0) continue
      const residents = lost.reduce((sum, p) => sum + served.get(p.id)!, 0)
      const share = activeTotal > 0 ? lost.length / activeTotal : 0
      const residentShare = regionPopulation > 0 ? residents / regionPopulation : 0
      const municipalities: MunicipalityShare[] = []
      for (const m of region.municipalities) {
        const here = lost.filter((p) => p.municipality === m.code)
        if (here.length === 0) continue
        const mShare = here.length / activeIn.get(m.code)!
        const mResidents = here.reduce((sum, p) => sum + served.get(p.id)!, 0)
        const mResidentShare = population.get(m.code)! > 0 ? mResidents / m.population : 0
        if (mShare > threshold || mResidentShare > threshold)
          municipalities.push({
            code: m.code,
            points: here.length,
            share: mShare,
            residentShare: mResidentShare,
          })
      }
      if (share > threshold || residentShare > threshold || municipalities.length > 0)
        out.push({
          partner: partner.id,
          partnerName: partner.name,
          provides: provision,
          points: lost.map((p) => p.id),
          share,
          residentShare,
          municipalities,
        })
    }
  }
  const worst = (s: SinglePointOfFailure) =>
    Math.max(
      s.share,
      s.residentShare,
      ...s.municipalities.map((m) => Math.max(m.share, m.residentShare)),
    )
  return out.sort(
    (a, b) =>
      worst(b) - worst(a) ||
      a.partner.localeCompare(b.partner) ||
      PROVISIONS.indexOf(a.provides) - PROVISIONS.indexOf(b.provides),
  )
}

/** Valid agreements whose `validUntil` falls within `days` of `asOf`, the soonest first. */
export function expiringAgreements(
  agreements: readonly Agreement[],
  options: AsOfOptions & { days?: number | undefined },
): ExpiringAgreement[]
/**
 * @deprecated Pass the date and the horizon as options:
 * `expiringAgreements(agreements, { asOf, days })`. Removed in 0.3.
 */
export function expiringAgreements(
  agreements: readonly Agreement[],
  asOf: CalendarDate,
  days?: number,
): ExpiringAgreement[]
export function expiringAgreements(
  agreements: readonly Agreement[],
  asOfOrOptions: CalendarDate | (AsOfOptions & { days?: number | undefined }),
  positionalDays?: number,
): ExpiringAgreement[] {
  const asOf = asOfFrom(asOfOrOptions)
  const days =
    (typeof asOfOrOptions === 'string' ? positionalDays : asOfOrOptions.days) ??
    DEFAULT_EXPIRING_DAYS
  return agreements
    .filter((a) => a.validUntil !== undefined && isAgreementValid(a, { asOf }))
    .map((a) => ({
      agreement: a.id,
      partner: a.partner,
      provides: [...a.provides],
      points: [...a.points],
      validUntil: a.validUntil!,
      daysLeft: calendarDaysBetween(asOf, a.validUntil!) + 1,
    }))
    .filter((a) => a.daysLeft <= days)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.agreement.localeCompare(b.agreement))
}

/**
 * The network of a region on `options.asOf`: per point what is covered, staffed and missing;
 * the single points of failure; agreements about to end; points without a location agreement.
 * Contacts are not part of it (see `contactDirectory`).
 */
export function analyzeNetwork(
  region: NetworkRegion,
  ruleset: Ruleset,
  options: NetworkOptions,
): NetworkAnalysis {
  const { threshold, days } = checkOptions(options)
  const points = analyzePoints(region, ruleset, { asOf: options.asOf })
  const validCount = new Map<string, number>()
  for (const a of region.agreements ?? [])
    if (isAgreementValid(a, { asOf: options.asOf }))
      validCount.set(a.partner, (validCount.get(a.partner) ?? 0) + 1)
  return {
    asOf: options.asOf,
    spofThreshold: threshold,
    singlePointsOfFailure: singlePointsOfFailure(region, ruleset, options, points),
    points,
    expiring: expiringAgreements(region.agreements ?? [], { asOf: options.asOf, days }),
    withoutLocationAgreement: points
      .filter((p) => p.status !== 'inactive' && p.missing.includes('location'))
      .map((p) => p.id),
    partners: (region.partners ?? []).map((p: Partner) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      validAgreements: validCount.get(p.id) ?? 0,
    })),
  }
}
