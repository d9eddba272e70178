import {
  analyzeRiskProfile,
  parseRegion,
  risksForMunicipality,
  type Point,
  type Region,
} from '@weerbaar/core'
import { demoRegions } from '@weerbaar/demo-data'
import { catalog, getActionLibrary, riskMethodFor } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import {
  buildWebsite,
  embedHeight,
  renderWebsitePage,
  websitePaths,
  type WebsiteOptions,
} from './site.ts'
import { escapeHtml } from './html.ts'
import { checkSiteTexts, SITE_TEXTS, type SiteTexts } from './texts/index.ts'

const library = getActionLibrary()!

function parsed(data: unknown): Region {
  const result = parseRegion(data, { catalog })
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)))
  return result.value
}

function optionsFor(region: Region, extra: Partial<WebsiteOptions> = {}): WebsiteOptions {
  return {
    asOf: '2026-12-03',
    library,
    ...(region.riskProfile ? { method: riskMethodFor(region.riskProfile) } : {}),
    ...extra,
  }
}

const demos = demoRegions.map((d) => ({ code: d.code, region: parsed(d.data) }))
const sites = demos.map(({ code, region }) => ({
  code,
  region,
  files: buildWebsite(region, optionsFor(region, { baseUrl: 'https://example.org/vr' })),
}))

/** The forms a text can take in the files: as written, escaped for HTML, escaped for JSON. */
function forms(text: string): string[] {
  return [...new Set([text, escapeHtml(text), JSON.stringify(text).slice(1, -1)])]
}

describe('buildWebsite on the demo regions', () => {
  it.each(sites)(
    '$code: a region page, and per municipality a page, an embed and a risicowijzer',
    ({ region, files }) => {
      for (const prefix of ['', 'en/']) {
        expect(files.has(`${prefix}index.html`)).toBe(true)
        for (const m of region.municipalities) {
          expect(files.get(`${prefix}gemeente/${m.code}.html`)?.contentType).toBe(
            'text/html; charset=utf-8',
          )
          expect(files.has(`${prefix}embed/${m.code}.html`)).toBe(true)
          expect(files.has(`${prefix}embed/${m.code}.txt`)).toBe(true)
        }
      }
      for (const m of region.municipalities)
        expect(files.has(`risicowijzer/${m.code}.html`)).toBe(true)
      for (const asset of ['assets/site.css', 'assets/site.js', 'assets/risicowijzer.css'])
        expect(files.get(asset)?.body.length).toBeGreaterThan(100)
      expect(files.get('noodsteunpunten.geojson')?.contentType).toBe('application/geo+json')
      expect(websitePaths(region, optionsFor(region))).toEqual([...files.keys()])
    },
  )

  it.each(sites)(
    '$code: leaks nothing of a non-public point (name, id, address) in any byte',
    ({ region, files }) => {
      const hidden = region.points.filter((p) => p.public === false)
      expect(hidden.length).toBeGreaterThan(5)
      const shown = region.points.filter((p) => p.public !== false)
      const publicTexts = new Set(shown.flatMap((p) => [p.name, p.id, p.address ?? '']))
      const everything = [...files.entries()].map(([path, f]) => `${path}\n${f.body}`).join('\n')
      let checked = 0
      for (const p of hidden) {
        for (const text of [p.name, p.id, p.address]) {
          // A public point with the very same name or address may legitimately appear.
          if (!text || publicTexts.has(text)) continue
          checked++
          for (const form of forms(text)) expect(everything, `${p.id}: ${form}`).not.toContain(form)
        }
      }
      expect(checked).toBeGreaterThan(hidden.length * 2)
    },
  )

  it.each(sites)(
    '$code: lists only active public points; planned ones are never shown as open',
    ({ region, files }) => {
      const active = region.points.filter((p) => p.public !== false && p.status === 'active')
      const others = region.points.filter((p) => p.public !== false && p.status !== 'active')
      expect(others.some((p) => p.status === 'planned')).toBe(true)
      const activeNames = new Set(active.map((p) => p.name))
      for (const [path, file] of files) {
        if (path.startsWith('risicowijzer/')) continue
        for (const p of others) {
          if (activeNames.has(p.name)) continue
          expect(file.body, `${path}: ${p.name}`).not.toContain(escapeHtml(p.name))
        }
      }
      // The printable risicowijzer lists a planned point, marked as not ready yet.
      const planned = others.find((p) => p.status === 'planned' && !activeNames.has(p.name))!
      const paper = files.get(`risicowijzer/${planned.municipality}.html`)!.body
      const line = paper.split('\n').find((l) => l.includes(escapeHtml(planned.name)))
      expect(line).toContain('(wordt nog ingericht)')

      for (const m of region.municipalities) {
        const page = files.get(`gemeente/${m.code}.html`)!.body
        for (const p of active.filter((a) => a.municipality === m.code)) {
          expect(page).toContain(escapeHtml(p.name))
          if (p.address) expect(page).toContain(escapeHtml(p.address))
        }
        const plannedHere = others.filter(
          (p) => p.municipality === m.code && p.status === 'planned',
        ).length
        if (plannedHere > 1)
          expect(page).toContain(`Er worden nog ${plannedHere} noodsteunpunten ingericht`)
      }
    },
  )

  it.each(sites)(
    '$code: noodsteunpunten.geojson holds exactly the active public points',
    ({ region, files }) => {
      const data = JSON.parse(files.get('noodsteunpunten.geojson')!.body)
      const expected = region.points.filter((p) => p.public !== false && p.status === 'active')
      expect(data.type).toBe('FeatureCollection')
      expect(data.features.map((f: { id: string }) => f.id).sort()).toEqual(
        expected.map((p) => p.id).sort(),
      )
      const first = expected[0]!
      const feature = data.features.find((f: { id: string }) => f.id === first.id)
      expect(feature.geometry).toEqual({
        type: 'Point',
        coordinates: [first.location.lon, first.location.lat],
      })
      expect(Object.keys(feature.properties).sort()).toEqual(
        ['address', 'municipality', 'municipalityName', 'name'].filter(
          (k) => k !== 'address' || first.address,
        ),
      )
    },
  )

  it.each(sites)(
    '$code: ranks each municipality’s risks as the risk profile does',
    ({ region, files }) => {
      const analysis = analyzeRiskProfile(region.riskProfile!, riskMethodFor(region.riskProfile!))
      for (const m of region.municipalities) {
        const page = files.get(`gemeente/${m.code}.html`)!.body
        const ranked = risksForMunicipality(analysis, m.code)
        expect(ranked.length).toBeGreaterThan(0)
        const positions = ranked.map((r) => page.indexOf(`<h3 id="risk-${r.id}">`))
        expect(positions.every((p) => p > 0)).toBe(true)
        expect([...positions].sort((a, b) => a - b)).toEqual(positions)
        // Every risk comes with what to do (a handelingsperspectief, or a reference to one above).
        expect(page).toMatch(/<h4 id="action-/)
      }
    },
  )

  it.each(sites)('$code: each page with its CSS and script stays under 60 KB', ({ files }) => {
    const assets =
      files.get('assets/site.css')!.body.length + files.get('assets/site.js')!.body.length
    for (const [path, file] of files) {
      if (!path.endsWith('.html')) continue
      const css = path.startsWith('risicowijzer/')
        ? files.get('assets/risicowijzer.css')!.body.length
        : assets
      expect(Buffer.byteLength(file.body) + css, path).toBeLessThan(60 * 1024)
    }
  })

  it.each(sites)(
    '$code: no inline script or style and no request to another host on load',
    ({ files }) => {
      for (const [path, file] of files) {
        if (!path.endsWith('.html')) continue
        expect(file.body, path).not.toMatch(/<style|\sstyle=|<script(?![^>]*\ssrc=)|\son[a-z]+=/i)
        for (const [, url] of file.body.matchAll(
          /<(?:link|script|img|iframe)[^>]*\s(?:src|href)="([^"]+)"/g,
        ))
          expect(url, `${path}: ${url}`).not.toMatch(/^(?:[a-z]+:)?\/\//i)
      }
    },
  )

  it.each(sites)('$code: never states the monthly siren test as fact', ({ files }) => {
    for (const [path, file] of files) expect(file.body, path).not.toMatch(/eerste maandag/i)
  })

  it('says what a noodsteunpunt is and that it is not for charging phones', () => {
    const page = sites[0]!.files.get('gemeente/GM0034.html')!.body
    expect(page).toContain('Een noodsteunpunt gaat alleen open bij een lange storing')
    expect(page).toContain('geen plek om uw telefoon op te laden')
    expect(page).toContain('href="../risicowijzer/GM0034.html"')
    expect(page).toContain('Stand van 3 december 2026.')
    expect(page).toContain('NL-Alert')
    const en = sites[0]!.files.get('en/gemeente/GM0034.html')!.body
    expect(en).toMatch(/^<html lang="en" dir="ltr">$/m)
    expect(en).toContain('As of 3 December 2026.')
    expect(en).toContain('href="../../risicowijzer/GM0034.html"')
    // Dutch data on an English page is marked as Dutch for screen readers.
    expect(en).toMatch(/<h3 id="risk-[^"]+" lang="nl">/)
  })

  it('gives each municipality an embed snippet at the published address', () => {
    const { region, files } = sites[0]!
    const m = region.municipalities[0]!
    expect(files.get(`embed/${m.code}.txt`)!.body).toBe(
      `<iframe src="https://example.org/vr/embed/${m.code}.html" title="Noodsteunpunten in ${m.name}" width="100%" height="${embedHeight({ region }, m)}" loading="lazy"></iframe>\n`,
    )
    const relative = buildWebsite(region, optionsFor(region))
    expect(relative.get(`en/embed/${m.code}.txt`)!.body).toContain(`src="en/embed/${m.code}.html"`)
  })
})

describe('renderWebsitePage', () => {
  it.each(sites)('$code: equals every file buildWebsite writes', ({ region, files }) => {
    const options = optionsFor(region, { baseUrl: 'https://example.org/vr' })
    for (const [path, file] of files) expect(renderWebsitePage(region, path, options)).toEqual(file)
    expect(renderWebsitePage(region, '', options)).toEqual(files.get('index.html'))
    expect(renderWebsitePage(region, '/en/', options)).toEqual(files.get('en/index.html'))
    expect(renderWebsitePage(region, 'gemeente/GM9999.html', options)).toBeUndefined()
    expect(renderWebsitePage(region, '../package.json', options)).toBeUndefined()
  })
})

describe('bad input', () => {
  const region = demos[0]!.region
  it('refuses a date that is not a calendar date', () => {
    expect(() => buildWebsite(region, optionsFor(region, { asOf: '2026-02-30' }))).toThrow(
      /asOf is not a calendar date/,
    )
  })
  it('refuses a base address that is not a web address', () => {
    expect(() =>
      buildWebsite(region, optionsFor(region, { baseUrl: 'javascript:alert(1)' })),
    ).toThrow(/baseUrl must start with https/)
  })
  it('escapes what the region file says and links only to web addresses', () => {
    const point: Point = {
      ...region.points.find((p) => p.public !== false && p.status === 'active')!,
      id: 'evil',
      name: '<script>alert(1)</script> & "Buurthuis"',
      address: "Markt 1, 1234 AB <img src=x onerror='x'>",
    }
    const changed: Region = {
      ...region,
      points: [...region.points, point],
      riskProfile: {
        ...region.riskProfile!,
        communication: {
          ...region.riskProfile!.communication,
          website: { title: 'Regio', address: 'javascript:alert(1)' },
        },
      },
    }
    const files = buildWebsite(changed, optionsFor(changed))
    const page = files.get(`gemeente/${point.municipality}.html`)!.body
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Buurthuis&quot;')
    expect(page).not.toContain('<script>alert')
    expect(page).not.toContain('<img src=x')
    expect(page).not.toContain('javascript:')
  })
})

describe('languages as data', () => {
  it('Dutch and English are complete', () => {
    for (const texts of SITE_TEXTS) expect(checkSiteTexts(texts)).toEqual([])
  })
  it('a new right-to-left language needs no code: pages under its code with dir="rtl"', () => {
    const region = demos[1]!.region
    const arabic: SiteTexts = { ...SITE_TEXTS[1]!, lang: 'ar', dir: 'rtl', languageName: 'العربية' }
    const files = buildWebsite(region, optionsFor(region, { languages: [...SITE_TEXTS, arabic] }))
    const page = files.get(`ar/gemeente/${region.municipalities[0]!.code}.html`)!.body
    expect(page).toMatch(/^<html lang="ar" dir="rtl">$/m)
    expect(files.get('index.html')!.body).toContain(
      '<a href="ar/index.html" lang="ar" hreflang="ar" dir="rtl">العربية</a>',
    )
  })
  it('reports what an incomplete language lacks, by path', () => {
    const { regionPage: _r, ...rest } = SITE_TEXTS[1]!
    const broken = {
      ...rest,
      lang: 'pl',
      footer: { ...SITE_TEXTS[1]!.footer, asOf: 'Stan na dzień' },
    }
    const issues = checkSiteTexts(broken)
    expect(issues).toContainEqual({ path: 'regionPage', message: 'Expected an object' })
    expect(issues).toContainEqual({
      path: 'footer.asOf',
      message: 'Missing the placeholder {date}',
    })
    const region = demos[0]!.region
    expect(() =>
      buildWebsite(region, optionsFor(region, { languages: [broken as unknown as SiteTexts] })),
    ).toThrow(/texts for "pl" are incomplete: regionPage: Expected an object/)
  })
})
