import {
  buildRisicowijzer,
  InvalidArgumentError,
  isCalendarDate,
  localityOf,
  publicPoints,
  renderRisicowijzerHtml,
  type ActionLibrary,
  type CalendarDate,
  type Municipality,
  type Point,
  type Region,
  type RisicowijzerModel,
  type RiskMethod,
} from '@weerbaar/core'
import { SITE_CSS } from './assets/css.ts'
import { SITE_SCRIPT } from './assets/script.ts'
import { escapeHtml, isWebAddress, relativeHref } from './html.ts'
import { checkSiteTexts, fill, formatDate, SITE_TEXTS, type SiteTexts } from './texts/index.ts'

export interface WebsiteOptions {
  /** The date printed as "Stand van …", a calendar date: the package has no clock. */
  asOf: CalendarDate
  /** The handelingsperspectieven (`getActionLibrary()` of `@weerbaar/guidelines`). */
  library: ActionLibrary
  /** The method of the region's risk profile (`riskMethodFor(profile)`); needed when it has one. */
  method?: RiskMethod
  /**
   * The absolute address where the site's root is published (`https://…/noodsteunpunten/`).
   * Only the embed snippets need it: an `<iframe>` on another site needs a full address.
   */
  baseUrl?: string
  /** The languages, the first is the default at the root; others live under `{lang}/`. Default Dutch and English. */
  languages?: readonly SiteTexts[]
}

/** One file of the site: what to send as `Content-Type`, and the text. */
export interface WebsiteFile {
  contentType: string
  body: string
}

/**
 * The Content-Security-Policy the site works under: no inline script or style anywhere; the
 * only other hosts are PDOK's, and only after the resident opens the map or searches.
 */
export const WEBSITE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https://service.pdok.nl",
  "connect-src 'self' https://api.pdok.nl",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** PDOK's BRT-Achtergrondkaart in web mercator, the government's own base map (no tracking). */
export const PDOK_TILES =
  'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png'
/** PDOK Locatieserver, asked by the browser only when a resident searches an address. */
export const PDOK_LOCATIESERVER = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free'

const HTML = 'text/html; charset=utf-8'
const CONTENT_TYPES = {
  html: HTML,
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  geojson: 'application/geo+json',
  txt: 'text/plain; charset=utf-8',
} as const

/** The public points residents can go to now: public and active. Planned ones are only counted. */
function openPoints(points: readonly Point[], municipality?: string): Point[] {
  return publicPoints(points, municipality).filter((p) => p.status === 'active')
}

// The library's siren channel states the monthly test as fact; whether the sirens stay is
// undecided (DOMAIN.md §3), so residents are not told when they sound.
function residentLibrary(library: ActionLibrary): ActionLibrary {
  return { ...library, stayInformed: library.stayInformed.filter((c) => c.id !== 'siren') }
}

const byDutchName = (a: string, b: string) =>
  a.localeCompare(b, 'nl', { sensitivity: 'base', numeric: true }) || (a < b ? -1 : a > b ? 1 : 0)

interface PlacePoints {
  name: string
  points: Point[]
}

/** Open points with an address grouped by place (from the address), places and points by name. */
function groupByPlace(municipality: Municipality, points: Point[]) {
  const groups = new Map<string, Point[]>()
  const withoutAddress: Point[] = []
  for (const p of points) {
    const address = p.address?.trim()
    if (!address) {
      withoutAddress.push(p)
      continue
    }
    const place = localityOf(address) ?? municipality.name
    groups.set(place, [...(groups.get(place) ?? []), p])
  }
  const places: PlacePoints[] = [...groups.entries()]
    .map(([name, list]) => ({ name, points: list.sort((a, b) => byDutchName(a.name, b.name)) }))
    .sort((a, b) => byDutchName(a.name, b.name))
  return { places, withoutAddress: withoutAddress.sort((a, b) => byDutchName(a.name, b.name)) }
}

interface Context {
  region: Region
  options: WebsiteOptions
  languages: readonly SiteTexts[]
  baseUrl: string | undefined
  library: ActionLibrary
  models: Map<string, RisicowijzerModel>
}

function prefixOf(ctx: Context, texts: SiteTexts): string {
  return texts === ctx.languages[0] ? '' : `${texts.lang}/`
}

/** Attribute for Dutch data (risks, advice, names) on a page in another language. */
function dutch(texts: SiteTexts): string {
  return texts.lang === 'nl' ? '' : ' lang="nl"'
}

function model(ctx: Context, code: string): RisicowijzerModel {
  let m = ctx.models.get(code)
  if (!m) {
    m = buildRisicowijzer(ctx.region, code, {
      library: ctx.library,
      ...(ctx.options.method ? { method: ctx.options.method } : {}),
      date: ctx.options.asOf,
    })
    ctx.models.set(code, m)
  }
  return m
}

interface Layout {
  texts: SiteTexts
  path: string
  title: string
  main: string
  /** The same page in each language, from the root, to link between them. */
  alternates: Map<SiteTexts, string>
  script: boolean
  embed?: boolean
}

function layout(ctx: Context, page: Layout): string {
  const { texts, path } = page
  const href = (to: string) => escapeHtml(relativeHref(path, to))
  const home = `${prefixOf(ctx, texts)}index.html`
  const others = [...page.alternates].filter(([t]) => t !== texts)
  const switcher =
    others.length > 0
      ? `<nav class="languages" aria-label="${escapeHtml(texts.otherLanguages)}"><ul>${others
          .map(
            ([t, to]) =>
              `<li><a href="${href(to)}" lang="${escapeHtml(t.lang)}" hreflang="${escapeHtml(t.lang)}" dir="${t.dir}">${escapeHtml(t.languageName)}</a></li>`,
          )
          .join('')}</ul></nav>`
      : ''
  const notice = ctx.region.riskProfile?.communication?.notice
  const out = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(texts.lang)}" dir="${texts.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<link rel="stylesheet" href="${href('assets/site.css')}">`,
    ...[...page.alternates].map(
      ([t, to]) => `<link rel="alternate" hreflang="${escapeHtml(t.lang)}" href="${href(to)}">`,
    ),
    page.script ? `<script src="${href('assets/site.js')}" defer></script>` : '',
    '</head>',
    `<body${page.embed ? ' class="embed"' : ''}>`,
  ]
  if (!page.embed) {
    out.push(
      `<a class="skip" href="#content">${escapeHtml(texts.skipLink)}</a>`,
      '<header class="site-header"><div class="bar">',
      `<p class="site-title"><a href="${href(home)}">${escapeHtml(texts.siteTitle)}</a> <span class="region">${escapeHtml(ctx.region.region.name)}</span></p>`,
      switcher,
      '</div></header>',
    )
  }
  out.push('<main id="content" tabindex="-1">')
  if (notice) out.push(`<p class="notice"${dutch(texts)}>${escapeHtml(notice)}</p>`)
  if (texts.dataLanguageNote && !page.embed)
    out.push(`<p class="data-language">${escapeHtml(texts.dataLanguageNote)}</p>`)
  out.push(page.main, '</main>')
  if (!page.embed) {
    out.push(
      '<footer class="site-footer">',
      `<p>${escapeHtml(fill(texts.footer.asOf, { date: formatDate(texts, ctx.options.asOf) }))} ${escapeHtml(fill(texts.footer.madeBy, { region: ctx.region.region.name }))}</p>`,
      `<p>${escapeHtml(texts.footer.privacy)}</p>`,
      '</footer>',
    )
  }
  out.push('</body>', '</html>')
  return `${out.filter(Boolean).join('\n')}\n`
}

function alternatesFor(ctx: Context, file: string): Map<SiteTexts, string> {
  return new Map(ctx.languages.map((t) => [t, `${prefixOf(ctx, t)}${file}`]))
}

function countText(count: number, many: string, one: string, none?: string): string {
  if (count === 0 && none !== undefined) return none
  return count === 1 ? one : fill(many, { count })
}

function pointItem(texts: SiteTexts, p: Point): string {
  const address = p.address ? `<br><span class="address">${escapeHtml(p.address)}</span>` : ''
  return `<li data-lat="${p.location.lat}" data-lon="${p.location.lon}"><strong${dutch(texts)}>${escapeHtml(p.name)}</strong>${address}</li>`
}

function regionPage(ctx: Context, texts: SiteTexts): WebsiteFile {
  const prefix = prefixOf(ctx, texts)
  const path = `${prefix}index.html`
  const { region } = ctx
  const t = texts.regionPage
  const municipalities = [...region.municipalities].sort((a, b) => byDutchName(a.name, b.name))
  const items = municipalities.map((m) => {
    const open = openPoints(region.points, m.code)
    const { places } = groupByPlace(m, open)
    const placeNames = places.map((p) => p.name).filter((n) => n !== m.name)
    const placeLine =
      placeNames.length > 0
        ? `<br><span class="places">${escapeHtml(t.placesLabel)} <span${dutch(texts)}>${escapeHtml(placeNames.join(', '))}</span></span>`
        : ''
    return (
      `<li data-places="${escapeHtml([m.name, ...placeNames].join('|'))}">` +
      `<a href="gemeente/${escapeHtml(m.code)}.html">${escapeHtml(m.name)}</a>` +
      `<br>${escapeHtml(countText(open.length, t.openPoints, t.openPointsOne, t.openPointsNone))}${placeLine}</li>`
    )
  })
  const s = texts.search
  const main = [
    `<h1>${escapeHtml(fill(t.title, { region: region.region.name }))}</h1>`,
    `<p class="lead">${escapeHtml(t.intro)}</p>`,
    // The search needs JavaScript; without it the list of municipalities below does the job.
    `<section class="search" aria-labelledby="search-heading" hidden data-search`,
    ` data-geojson="${escapeHtml(relativeHref(path, 'noodsteunpunten.geojson'))}"`,
    ` data-locatieserver="${escapeHtml(PDOK_LOCATIESERVER)}"`,
    ` data-lang="${escapeHtml(texts.lang)}"`,
    ...(
      [
        'searching',
        'notFound',
        'offline',
        'offlineNone',
        'resultsHeading',
        'distance',
        'distanceKm',
        'walking',
        'explanation',
        'morePoints',
      ] as const
    ).map((key) => ` data-text-${key.toLowerCase()}="${escapeHtml(s[key])}"`),
    '>',
    `<h2 id="search-heading">${escapeHtml(t.searchHeading)}</h2>`,
    '<form class="search-form" role="search">',
    `<label for="address">${escapeHtml(t.searchLabel)}</label>`,
    `<p class="hint" id="address-hint">${escapeHtml(t.searchHint)}</p>`,
    '<div class="search-row">',
    `<input id="address" name="q" type="text" autocomplete="street-address" aria-describedby="address-hint" required>`,
    `<button type="submit">${escapeHtml(t.searchButton)}</button>`,
    '</div>',
    '</form>',
    '<div class="results" aria-live="polite" data-results></div>',
    '</section>',
    '<section aria-labelledby="choose-heading">',
    `<h2 id="choose-heading">${escapeHtml(t.chooseHeading)}</h2>`,
    `<p>${escapeHtml(t.chooseIntro)}</p>`,
    `<ul class="municipalities" data-municipalities>\n${items.join('\n')}\n</ul>`,
    '</section>',
    `<p class="open-data"><a href="${escapeHtml(relativeHref(path, 'noodsteunpunten.geojson'))}" type="application/geo+json">${escapeHtml(t.openData)}</a></p>`,
  ].join('\n')
  return {
    contentType: HTML,
    body: layout(ctx, {
      texts,
      path,
      title: `${texts.siteTitle} ${fill(t.title, { region: region.region.name })}`,
      main,
      alternates: alternatesFor(ctx, 'index.html'),
      script: true,
    }),
  }
}

function pointsSection(
  ctx: Context,
  texts: SiteTexts,
  municipality: Municipality,
  options: { map: boolean },
): string {
  const t = texts.municipalityPage
  const m = municipality.name
  const open = openPoints(ctx.region.points, municipality.code)
  const planned = publicPoints(ctx.region.points, municipality.code).filter(
    (p) => p.status === 'planned',
  ).length
  const { places, withoutAddress } = groupByPlace(municipality, open)
  const out: string[] = []
  if (open.length === 0) out.push(`<p>${escapeHtml(fill(t.pointsNone, { municipality: m }))}</p>`)
  else out.push(`<p>${escapeHtml(t.pointsIntro)}</p>`)
  let number = 1
  for (const place of places) {
    out.push(
      `<h3${dutch(texts)}>${escapeHtml(place.name)}</h3>`,
      `<ol class="points" start="${number}">\n${place.points.map((p) => pointItem(texts, p)).join('\n')}\n</ol>`,
    )
    number += place.points.length
  }
  if (withoutAddress.length > 0) {
    out.push(
      `<h3>${escapeHtml(t.withoutAddressHeading)}</h3>`,
      `<p>${escapeHtml(t.withoutAddress)}</p>`,
      `<ul class="points">\n${withoutAddress.map((p) => `<li><strong${dutch(texts)}>${escapeHtml(p.name)}</strong></li>`).join('\n')}\n</ul>`,
    )
  }
  if (planned > 0) out.push(`<p>${escapeHtml(countText(planned, t.planned, t.plannedOne))}</p>`)
  if (options.map && places.length > 0) {
    out.push(
      `<div class="map-area" hidden data-map data-tiles="${escapeHtml(PDOK_TILES)}"` +
        ` data-label="${escapeHtml(fill(t.mapLabel, { municipality: m }))}"` +
        ` data-zoom-in="${escapeHtml(t.mapZoomIn)}" data-zoom-out="${escapeHtml(t.mapZoomOut)}"` +
        ` data-attribution="${escapeHtml(t.mapAttribution)}">`,
      `<button type="button" class="map-button" aria-expanded="false">${escapeHtml(t.mapButton)}</button>`,
      `<p class="hint">${escapeHtml(t.mapNote)}</p>`,
      '</div>',
    )
  }
  return out.join('\n')
}

function municipalityPage(ctx: Context, texts: SiteTexts, municipality: Municipality): WebsiteFile {
  const prefix = prefixOf(ctx, texts)
  const file = `gemeente/${municipality.code}.html`
  const path = `${prefix}${file}`
  const t = texts.municipalityPage
  const m = municipality.name
  const data = model(ctx, municipality.code)
  const nl = dutch(texts)
  const out: string[] = []
  const sections = [
    ['what', t.whatHeading],
    ['points', fill(t.pointsHeading, { municipality: m })],
    ['risks', fill(t.risksHeading, { municipality: m })],
    ['prepare', t.prepareHeading],
    ['news', t.newsHeading],
    ['print', t.printHeading],
  ] as const
  out.push(
    `<p class="back"><a href="${escapeHtml(relativeHref(path, `${prefix}index.html`))}">${escapeHtml(fill(t.backToRegion, { region: ctx.region.region.name }))}</a></p>`,
    `<h1>${escapeHtml(fill(t.title, { municipality: m }))}</h1>`,
    `<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">${escapeHtml(t.contents)}</h2><ul>`,
    ...sections.map(([id, title]) => `<li><a href="#${id}">${escapeHtml(title)}</a></li>`),
    '</ul></nav>',
  )

  out.push(
    '<section aria-labelledby="what">',
    `<h2 id="what">${escapeHtml(t.whatHeading)}</h2>`,
    ...t.what.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</section>',
    '<section aria-labelledby="points">',
    `<h2 id="points">${escapeHtml(fill(t.pointsHeading, { municipality: m }))}</h2>`,
    pointsSection(ctx, texts, municipality, { map: true }),
  )
  if (data.informationPoints.length > 0) {
    out.push(`<h3>${escapeHtml(t.informationPointsHeading)}</h3>`, `<ul${nl}>`)
    for (const p of data.informationPoints) {
      const address = p.address ? `, ${escapeHtml(p.address)}` : ''
      const note = p.note ? `. ${escapeHtml(p.note)}` : ''
      out.push(`<li><strong>${escapeHtml(p.name)}</strong>${address}${note}</li>`)
    }
    out.push('</ul>')
  }
  out.push('</section>')

  out.push(
    '<section aria-labelledby="risks">',
    `<h2 id="risks">${escapeHtml(fill(t.risksHeading, { municipality: m }))}</h2>`,
  )
  if (data.risks.length === 0) {
    out.push(`<p>${escapeHtml(fill(t.risksNone, { municipality: m }))}</p>`)
  } else {
    out.push(`<p>${escapeHtml(fill(t.risksIntro, { municipality: m }))}</p>`, '<ol class="risks">')
    const shown = new Map<string, string>()
    for (const r of data.risks) {
      out.push(
        '<li class="risk">',
        `<h3 id="risk-${escapeHtml(r.id)}"${nl}>${escapeHtml(r.title)}</h3>`,
      )
      if (r.description) out.push(`<p${nl}>${escapeHtml(r.description)}</p>`)
      out.push(
        `<p class="labels">${fill(escapeHtml(t.riskLabels), {
          impact: `<span${nl}>${escapeHtml(r.impact)}</span>`,
          likelihood: `<span${nl}>${escapeHtml(r.likelihood)}</span>`,
        })}</p>`,
      )
      if (r.actions.length === 0) out.push(`<p>${escapeHtml(t.noActions)}</p>`)
      for (const a of r.actions) {
        // Each action is printed once; later risks link back to it, which keeps the page short.
        const first = shown.get(a.id)
        if (first) {
          out.push(
            `<p>${fill(escapeHtml(t.seeAbove), {
              action: `<span${nl}>${escapeHtml(a.title)}</span>`,
              risk: `<a href="#action-${escapeHtml(a.id)}"${nl}>${escapeHtml(first)}</a>`,
            })}</p>`,
          )
        } else {
          shown.set(a.id, r.title)
          out.push(
            `<h4 id="action-${escapeHtml(a.id)}"${nl}>${escapeHtml(a.title)}</h4>`,
            `<ul${nl}>${a.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`,
          )
        }
      }
      out.push('</li>')
    }
    out.push('</ol>')
  }
  out.push('</section>')

  out.push(
    '<section aria-labelledby="prepare">',
    `<h2 id="prepare">${escapeHtml(t.prepareHeading)}</h2>`,
    `<p>${escapeHtml(t.prepareIntro)}</p>`,
  )
  const basics = [data.basics.noodpakket, data.basics.noodplan, data.basics.helpElkaar]
  basics.forEach((b, i) => {
    out.push(`<h3${nl}>${i + 1}. ${escapeHtml(b.title)}</h3>`)
    if (b.intro) out.push(`<p${nl}>${escapeHtml(b.intro)}</p>`)
    out.push(
      `<ul${nl}${i === 0 ? ' class="checklist"' : ''}>${b.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`,
    )
  })
  out.push(
    `<p><a href="https://www.denkvooruit.nl">${escapeHtml(t.prepareMore)}</a></p>`,
    '</section>',
  )

  out.push(
    '<section aria-labelledby="news">',
    `<h2 id="news">${escapeHtml(t.newsHeading)}</h2>`,
    `<p>${escapeHtml(t.newsIntro)}</p>`,
    '<ul class="news">',
    `<li>${escapeHtml(fill(t.newsMunicipality, { municipality: m }))}</li>`,
  )
  const regionName = escapeHtml(ctx.region.region.name)
  const website = data.website
  const regionLabel =
    website && isWebAddress(website.address)
      ? `<a href="${escapeHtml(website.address)}">${regionName}</a>`
      : regionName
  out.push(`<li>${fill(escapeHtml(t.newsRegion), { region: regionLabel })}</li>`)
  for (const c of data.stayInformed) {
    if (c.id === 'noodsteunpunt') continue
    const title =
      c.address && isWebAddress(c.address)
        ? `<a href="${escapeHtml(c.address)}">${escapeHtml(c.title)}</a>`
        : escapeHtml(c.title)
    let text = `<span${nl}>${escapeHtml(c.text)}</span>`
    if (c.id === 'calamity-radio' && data.calamityRadio) {
      const r = data.calamityRadio
      const name = `${r.name}${r.frequency ? ` (${r.frequency})` : ''}`
      text += ` ${escapeHtml(fill(t.newsRadio, { radio: name }))}`
    }
    out.push(`<li><strong${nl}>${title}</strong>: ${text}</li>`)
  }
  out.push(`<li>${escapeHtml(t.news112)}</li>`, '</ul>', '</section>')

  out.push(
    '<section aria-labelledby="print">',
    `<h2 id="print">${escapeHtml(t.printHeading)}</h2>`,
    `<p>${escapeHtml(fill(t.print, { municipality: m }))}</p>`,
    `<p><a href="${escapeHtml(relativeHref(path, `risicowijzer/${municipality.code}.html`))}" hreflang="nl">${escapeHtml(fill(t.printLink, { municipality: m }))}</a></p>`,
    '</section>',
  )

  if (data.sources.length > 0) {
    out.push(
      '<section aria-labelledby="sources" class="sources">',
      `<h2 id="sources">${escapeHtml(t.sourcesHeading)}</h2>`,
      `<ul${nl}>`,
    )
    for (const s of data.sources) {
      const title =
        s.address && isWebAddress(s.address)
          ? `<a href="${escapeHtml(s.address)}">${escapeHtml(s.title)}</a>`
          : escapeHtml(s.title)
      out.push(`<li>${escapeHtml(s.publisher)}: ${title}</li>`)
    }
    out.push('</ul>', '</section>')
  }

  return {
    contentType: HTML,
    body: layout(ctx, {
      texts,
      path,
      title: `${fill(t.title, { municipality: m })} · ${texts.siteTitle}`,
      main: out.join('\n'),
      alternates: alternatesFor(ctx, file),
      script: true,
    }),
  }
}

function embedPage(ctx: Context, texts: SiteTexts, municipality: Municipality): WebsiteFile {
  const prefix = prefixOf(ctx, texts)
  const file = `embed/${municipality.code}.html`
  const path = `${prefix}${file}`
  const t = texts.embed
  const main = [
    `<h1>${escapeHtml(fill(t.title, { municipality: municipality.name }))}</h1>`,
    pointsSection(ctx, texts, municipality, { map: false }),
    `<p><a href="${escapeHtml(relativeHref(path, `${prefix}gemeente/${municipality.code}.html`))}" target="_blank" rel="noopener">${escapeHtml(t.more)}</a></p>`,
  ].join('\n')
  return {
    contentType: HTML,
    body: layout(ctx, {
      texts,
      path,
      title: fill(t.title, { municipality: municipality.name }),
      main,
      alternates: alternatesFor(ctx, file),
      script: false,
      embed: true,
    }),
  }
}

/**
 * The height the embed's `<iframe>` asks for: enough for the list on a phone-width column, so
 * the municipality's page needs no second scroll bar in the usual case.
 */
export function embedHeight(ctx: { region: Region }, municipality: Municipality): number {
  const open = openPoints(ctx.region.points, municipality.code)
  const { places, withoutAddress } = groupByPlace(municipality, open)
  const notice = ctx.region.riskProfile?.communication?.notice ? 90 : 0
  return 220 + notice + places.length * 48 + open.length * 60 + (withoutAddress.length ? 90 : 0)
}

function embedSnippet(ctx: Context, texts: SiteTexts, municipality: Municipality): WebsiteFile {
  const file = `${prefixOf(ctx, texts)}embed/${municipality.code}.html`
  const src = ctx.baseUrl ? `${ctx.baseUrl}${file}` : file
  const title = fill(texts.embed.frameTitle, { municipality: municipality.name })
  return {
    contentType: CONTENT_TYPES.txt,
    body: `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${embedHeight(ctx, municipality)}" loading="lazy"></iframe>\n`,
  }
}

function risicowijzerPage(ctx: Context, municipality: Municipality): WebsiteFile {
  // Core's printable page carries its CSS inline (it must work as a single file); here it
  // links the same CSS instead, so the site works under a CSP without 'unsafe-inline'.
  const html = renderRisicowijzerHtml(model(ctx, municipality.code))
  const linked = html.replace(
    /<style>[\s\S]*?<\/style>/,
    `<link rel="stylesheet" href="../assets/risicowijzer.css">`,
  )
  return { contentType: HTML, body: linked }
}

function risicowijzerCss(ctx: Context): WebsiteFile {
  const first = ctx.region.municipalities[0]!
  const html = renderRisicowijzerHtml(model(ctx, first.code))
  const css = /<style>\n?([\s\S]*?)\n?<\/style>/.exec(html)?.[1] ?? ''
  return { contentType: CONTENT_TYPES.css, body: `${css}\n` }
}

/**
 * The public points as GeoJSON (RFC 7946, WGS84 longitude/latitude): only open public ones,
 * with what a resident needs: name, address, municipality. Never assessments or contacts.
 */
function geojson(ctx: Context): WebsiteFile {
  const names = new Map(ctx.region.municipalities.map((m) => [m.code, m.name]))
  const features = openPoints(ctx.region.points)
    .filter((p) => names.has(p.municipality))
    .sort((a, b) => byDutchName(a.name, b.name))
    .map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.location.lon, p.location.lat] },
      properties: {
        name: p.name,
        ...(p.address ? { address: p.address } : {}),
        municipality: p.municipality,
        municipalityName: names.get(p.municipality),
      },
    }))
  return {
    contentType: CONTENT_TYPES.geojson,
    body: `${JSON.stringify({ type: 'FeatureCollection', features })}\n`,
  }
}

function context(region: Region, options: WebsiteOptions): Context {
  if (!isCalendarDate(options.asOf))
    throw new InvalidArgumentError(
      `asOf is not a calendar date (YYYY-MM-DD): ${JSON.stringify(options.asOf)}`,
    )
  const languages = options.languages ?? SITE_TEXTS
  if (languages.length === 0) throw new InvalidArgumentError('Give at least one language')
  const seen = new Set<string>()
  for (const texts of languages) {
    const issues = checkSiteTexts(texts)
    if (issues.length > 0)
      throw new InvalidArgumentError(
        `The texts for ${JSON.stringify(texts?.lang)} are incomplete: ${issues
          .map((i) => `${i.path}: ${i.message}`)
          .join('; ')}`,
      )
    if (seen.has(texts.lang))
      throw new InvalidArgumentError(`Language ${texts.lang} is given twice`)
    seen.add(texts.lang)
  }
  let baseUrl: string | undefined
  if (options.baseUrl !== undefined) {
    let url: URL
    try {
      url = new URL(options.baseUrl)
    } catch {
      throw new InvalidArgumentError(`baseUrl is not a web address: ${options.baseUrl}`)
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new InvalidArgumentError(
        `baseUrl must start with https:// or http://: ${options.baseUrl}`,
      )
    url.search = ''
    url.hash = ''
    baseUrl = url.href.endsWith('/') ? url.href : `${url.href}/`
  }
  return {
    region,
    options,
    languages,
    baseUrl,
    library: residentLibrary(options.library),
    models: new Map(),
  }
}

/** Every file of the site with how to make it; nothing is rendered until asked. */
function plan(ctx: Context): Map<string, () => WebsiteFile> {
  const files = new Map<string, () => WebsiteFile>()
  for (const texts of ctx.languages) {
    const prefix = prefixOf(ctx, texts)
    files.set(`${prefix}index.html`, () => regionPage(ctx, texts))
    for (const m of ctx.region.municipalities) {
      files.set(`${prefix}gemeente/${m.code}.html`, () => municipalityPage(ctx, texts, m))
      files.set(`${prefix}embed/${m.code}.html`, () => embedPage(ctx, texts, m))
      files.set(`${prefix}embed/${m.code}.txt`, () => embedSnippet(ctx, texts, m))
    }
  }
  for (const m of ctx.region.municipalities)
    files.set(`risicowijzer/${m.code}.html`, () => risicowijzerPage(ctx, m))
  files.set('noodsteunpunten.geojson', () => geojson(ctx))
  files.set('assets/site.css', () => ({ contentType: CONTENT_TYPES.css, body: SITE_CSS }))
  files.set('assets/site.js', () => ({ contentType: CONTENT_TYPES.js, body: SITE_SCRIPT }))
  files.set('assets/risicowijzer.css', () => risicowijzerCss(ctx))
  return files
}

/**
 * The resident website "Waar kan ik terecht?" of a region, as files by path from the site's
 * root (`index.html`, `gemeente/GM0034.html`, `en/…`, `noodsteunpunten.geojson`, `assets/…`).
 * Only public, active points appear (planned ones are counted, never listed as open); nothing
 * from assessments. Pure: the date and the rules come in as options.
 */
export function buildWebsite(region: Region, options: WebsiteOptions): Map<string, WebsiteFile> {
  const ctx = context(region, options)
  return new Map([...plan(ctx)].map(([path, render]) => [path, render()]))
}

/** The paths `buildWebsite` writes, without rendering them. */
export function websitePaths(region: Region, options: WebsiteOptions): string[] {
  return [...plan(context(region, options)).keys()]
}

/**
 * One file of the site, exactly as `buildWebsite` makes it, for a server that serves the site
 * live. `path` is relative to the site's root; `''` and a path ending in `/` mean its
 * `index.html`. Undefined for a path the site does not have (answer 404).
 */
export function renderWebsitePage(
  region: Region,
  path: string,
  options: WebsiteOptions,
): WebsiteFile | undefined {
  let normalized = path.replace(/^\/+/, '')
  if (normalized === '' || normalized.endsWith('/')) normalized += 'index.html'
  const ctx = context(region, options)
  const render = plan(ctx).get(normalized)
  return render?.()
}
