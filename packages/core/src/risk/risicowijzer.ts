import type { Region } from '../region/schema.ts'
import { isCalendarDate, type CalendarDate } from '../shared/date.ts'
import { InvalidArgumentError, NotFoundError } from '../shared/errors.ts'
import type { ActionLibrary, Guidance, InformationChannel } from './actions.ts'
import { analyzeRiskProfile, risksForMunicipality } from './analyze.ts'
import {
  actionsForScenario,
  publicPoints,
  resolveCommunication,
  type ActionSource,
  type ResolvedAction,
} from './communication.ts'
import type { RiskMethod } from './method.ts'
import { renderRisicowijzerHtml } from './risicowijzer-html.ts'
import { renderRisicowijzerMarkdown } from './risicowijzer-markdown.ts'
import type { InformationPoint, RiskCommunication } from './schema.ts'

export interface RisicowijzerOptions {
  /** The library of handelingsperspectieven (`getActionLibrary()` of `@weerbaar/guidelines`). */
  library: ActionLibrary
  /** The method of the region's risk profile (`riskMethodFor(profile)`); needed when it has one. */
  method?: RiskMethod | undefined
  /** The date printed on the page, a calendar date: `core` has no clock. */
  date: CalendarDate
}

export interface RisicowijzerRisk {
  id: string
  title: string
  description?: string | undefined
  /** Dutch label of the aggregate impact class, e.g. "zeer ernstig". */
  impact: string
  /** Dutch label of the likelihood class, e.g. "mogelijk". */
  likelihood: string
  actions: Array<Pick<ResolvedAction, 'id' | 'title' | 'steps'>>
}

/** One public noodsteunpunt as residents see it: nothing more than name, address and whether it is open yet. */
export interface RisicowijzerPoint {
  name: string
  address?: string | undefined
  /** Still being prepared (status `planned`): listed, but marked so nobody relies on it yet. */
  planned: boolean
}

export interface RisicowijzerPlace {
  /** Village, town or district (from the address), or the municipality's name. */
  name: string
  points: RisicowijzerPoint[]
}

/** Everything on a municipality's risicowijzer, as data; `renderRisicowijzerHtml` and `…Markdown` print it. */
export interface RisicowijzerModel {
  region: { code: string; name: string }
  municipality: { code: string; name: string }
  date: CalendarDate
  notice?: string | undefined
  /** The risks that concern this municipality, highest first. */
  risks: RisicowijzerRisk[]
  /**
   * Public noodsteunpunten with an address, grouped by place (from the address, else the
   * municipality's name); places and points in alphabetical order.
   */
  places: RisicowijzerPlace[]
  /**
   * Public noodsteunpunten without an address, alphabetical: listed apart, so no heading
   * suggests where they are; the page tells residents to ask the municipality.
   */
  withoutAddress: RisicowijzerPoint[]
  informationPoints: Array<Omit<InformationPoint, 'municipality'>>
  basics: Record<
    'noodpakket' | 'noodplan' | 'helpElkaar',
    Pick<Guidance, 'title' | 'intro' | 'steps'>
  >
  stayInformed: Array<Pick<InformationChannel, 'id' | 'title' | 'text' | 'address'>>
  calamityRadio?: NonNullable<RiskCommunication['calamityRadio']> | undefined
  website?: NonNullable<RiskCommunication['website']> | undefined
  /** The sources of the texts on the page, without duplicates. */
  sources: ActionSource[]
}

const POSTCODE_PLACE = /\b\d{4}\s?[A-Z]{2}\s+(.+)$/

/**
 * The place in a Dutch address: what follows the postcode (`Markt 1, 8011 AB Zwolle` → Zwolle),
 * else the last comma-separated part when it has no digits (`Markt 1, Zwolle`).
 */
export function localityOf(address: string | undefined): string | undefined {
  if (!address) return undefined
  const parts = address
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
  const last = parts.at(-1)
  if (!last) return undefined
  const withPostcode = POSTCODE_PLACE.exec(last)?.[1]?.trim()
  if (withPostcode) return withPostcode
  if (parts.length > 1 && !/\d/.test(last)) return last
  return undefined
}

const byDutchName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'nl', { sensitivity: 'base', numeric: true }) ||
  (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/**
 * The content of one municipality's risicowijzer: its risks with what residents can do, the
 * public noodsteunpunten (never one with `public: false`, never an inactive one), the Denk
 * Vooruit basics and how to stay informed. Pure: the date comes in as an option.
 */
export function buildRisicowijzer(
  region: Region,
  municipalityCode: string,
  options: RisicowijzerOptions,
): RisicowijzerModel {
  if (!isCalendarDate(options.date)) {
    throw new InvalidArgumentError(
      `date is not a calendar date (YYYY-MM-DD): ${JSON.stringify(options.date)}`,
    )
  }
  const municipality = region.municipalities.find((m) => m.code === municipalityCode)
  if (!municipality)
    throw new NotFoundError(`Region ${region.region.code} has no municipality ${municipalityCode}`)
  const profile = region.riskProfile
  const communication = resolveCommunication(options.library, profile)
  const sources: ActionSource[] = []
  const sourceKeys = new Set<string>()
  const cite = (list: readonly ActionSource[]) => {
    for (const s of list) {
      const key = `${s.publisher}|${s.title}`
      if (!sourceKeys.has(key)) {
        sourceKeys.add(key)
        sources.push(s)
      }
    }
  }

  let risks: RisicowijzerRisk[] = []
  if (profile && profile.scenarios.length > 0) {
    if (!options.method)
      throw new InvalidArgumentError(
        'The region has a risk profile: pass its method (riskMethodFor)',
      )
    const analysis = analyzeRiskProfile(profile, options.method)
    risks = risksForMunicipality(analysis, municipality.code).map((s) => {
      const actions = actionsForScenario(communication, s.scenario)
      actions.forEach((a) => cite(a.sources))
      return {
        id: s.id,
        title: s.title,
        ...(s.scenario.description ? { description: s.scenario.description } : {}),
        impact: s.impact.label,
        likelihood: s.likelihood.label,
        actions: actions.map((a) => ({ id: a.id, title: a.title, steps: [...a.steps] })),
      }
    })
  }

  const groups = new Map<string, RisicowijzerPoint[]>()
  const withoutAddress: RisicowijzerPoint[] = []
  for (const p of publicPoints(region.points, municipality.code)) {
    const planned = p.status === 'planned'
    const address = p.address?.trim()
    if (!address) {
      withoutAddress.push({ name: p.name, planned })
      continue
    }
    const place = localityOf(address) ?? municipality.name
    const list = groups.get(place) ?? []
    list.push({ name: p.name, address, planned })
    groups.set(place, list)
  }
  const places = [...groups.entries()]
    .map(([name, points]) => ({ name, points: points.sort(byDutchName) }))
    .sort(byDutchName)

  const basics = {} as RisicowijzerModel['basics']
  for (const key of ['noodpakket', 'noodplan', 'helpElkaar'] as const) {
    const b = communication.basics[key]
    basics[key] = { title: b.title, ...(b.intro ? { intro: b.intro } : {}), steps: [...b.steps] }
    cite(b.sourceDetails)
  }
  communication.stayInformed.forEach((c) => cite(c.sourceDetails))

  return {
    region: { code: region.region.code, name: region.region.name },
    municipality: { code: municipality.code, name: municipality.name },
    date: options.date,
    ...(communication.notice ? { notice: communication.notice } : {}),
    risks,
    places,
    withoutAddress: withoutAddress.sort(byDutchName),
    informationPoints: communication.informationPoints
      .filter((p) => p.municipality === undefined || p.municipality === municipality.code)
      .map(({ municipality: _m, ...rest }) => rest),
    basics,
    stayInformed: communication.stayInformed.map((c) => ({
      id: c.id,
      title: c.title,
      text: c.text,
      ...(c.address ? { address: c.address } : {}),
    })),
    ...(communication.calamityRadio ? { calamityRadio: communication.calamityRadio } : {}),
    ...(communication.website ? { website: communication.website } : {}),
    sources,
  }
}

export interface RisicowijzerDocument {
  model: RisicowijzerModel
  /** Self-contained HTML page (inline CSS, no scripts, no external requests, A4 print styles). */
  html: string
  markdown: string
}

/** One municipality's risicowijzer as HTML and Markdown (and the model both are printed from). */
export function risicowijzer(
  region: Region,
  municipalityCode: string,
  options: RisicowijzerOptions,
): RisicowijzerDocument {
  const model = buildRisicowijzer(region, municipalityCode, options)
  return { model, html: renderRisicowijzerHtml(model), markdown: renderRisicowijzerMarkdown(model) }
}
