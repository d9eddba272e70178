// The resident website of both demo regions in Debian's Chromium (playwright-core, no
// downloaded browser): axe on every page, every point and risk readable without JavaScript,
// no horizontal scroll at 320 px and at 400% zoom (screenshots in e2e/artifacts/), the address
// search and the map with PDOK answered locally, and no request to another host before the
// resident asks. Served as the server will: under /publiek/{region}/ with the site's CSP.
//
//   npm run test:e2e -w @weerbaar/website
import AxeBuilder from '@axe-core/playwright'
import { analyzeRiskProfile, parseRegion, risksForMunicipality, type Region } from '@weerbaar/core'
import { demoRegions } from '@weerbaar/demo-data'
import { catalog, getActionLibrary, riskMethodFor } from '@weerbaar/guidelines'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { buildWebsite, WEBSITE_CONTENT_SECURITY_POLICY, type WebsiteFile } from '../src/index.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const artifacts = join(root, 'e2e', 'artifacts')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const BLANK_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)
// Where the fake Locatieserver puts "Stationsplein" (Almere Centrum).
const SEARCHED = { lat: 52.3755, lon: 5.2168 }

interface Site {
  code: string
  region: Region
  files: Map<string, WebsiteFile>
}

function sites(): Site[] {
  const library = getActionLibrary()!
  return demoRegions.map((d) => {
    const parsed = parseRegion(d.data, { catalog })
    if (!parsed.ok) throw new Error(`${d.code} does not parse`)
    const region = parsed.value
    const files = buildWebsite(region, {
      asOf: '2026-12-03',
      library,
      ...(region.riskProfile ? { method: riskMethodFor(region.riskProfile) } : {}),
      baseUrl: `https://www.example.org/publiek/${d.code}/`,
    })
    return { code: d.code, region, files }
  })
}

function serve(all: Site[]): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const match = /^\/publiek\/(VR\d\d)\/(.*)$/.exec(url.pathname)
    const site = all.find((s) => s.code === match?.[1])
    let path = match?.[2] ?? ''
    if (path === '' || path.endsWith('/')) path += 'index.html'
    const file = site?.files.get(path)
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    res
      .writeHead(200, {
        'content-type': file.contentType,
        'content-security-policy': WEBSITE_CONTENT_SECURITY_POLICY,
      })
      .end(file.body)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

const check = (condition: unknown, message: string) => {
  if (!condition) throw new Error(message)
}

const scenarios: Array<{ name: string; fn: (env: Env) => Promise<void> }> = []
const scenario = (name: string, fn: (env: Env) => Promise<void>) => scenarios.push({ name, fn })

interface Env {
  browser: Browser
  base: string
  all: Site[]
}

/** A fresh context that records every request and CSP report, with PDOK answered locally. */
async function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; requests: string[]; problems: string[] }> {
  const context = await browser.newContext({ locale: 'nl-NL', ...options })
  const requests: string[] = []
  const problems: string[] = []
  await context.route('https://service.pdok.nl/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_TILE }),
  )
  await context.route('https://api.pdok.nl/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({
        response: {
          numFound: 1,
          docs: [
            {
              weergavenaam: 'Stationsplein 1, 1315NT Almere',
              centroide_ll: `POINT(${SEARCHED.lon} ${SEARCHED.lat})`,
            },
          ],
        },
      }),
    }),
  )
  const page = await context.newPage()
  page.on('request', (r) => requests.push(r.url()))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  return { context, page, requests, problems }
}

function htmlPages(site: Site): string[] {
  return [...site.files.keys()].filter((p) => p.endsWith('.html'))
}

scenario(
  'axe on every page, no CSP violation, no other host on load',
  async ({ browser, base, all }) => {
    const { context, page, requests, problems } = await newContext(browser)
    const failures: string[] = []
    try {
      for (const site of all) {
        for (const path of htmlPages(site)) {
          requests.length = 0
          problems.length = 0
          await page.goto(`${base}/publiek/${site.code}/${path}`)
          const result = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .analyze()
          for (const v of result.violations)
            if (v.impact === 'serious' || v.impact === 'critical')
              failures.push(`${site.code}/${path}: ${v.id} (${v.impact}) ${v.nodes.length}×`)
          const foreign = requests.filter((u) => !u.startsWith(base))
          if (foreign.length) failures.push(`${site.code}/${path}: requests ${foreign.join(', ')}`)
          if (problems.length) failures.push(`${site.code}/${path}: ${problems.join('; ')}`)
        }
      }
    } finally {
      await context.close()
    }
    check(failures.length === 0, failures.join('\n      '))
  },
)

scenario(
  'without JavaScript every point and every risk is there',
  async ({ browser, base, all }) => {
    const { context, page } = await newContext(browser, { javaScriptEnabled: false })
    try {
      for (const site of all) {
        const analysis = analyzeRiskProfile(
          site.region.riskProfile!,
          riskMethodFor(site.region.riskProfile!),
        )
        for (const prefix of ['', 'en/']) {
          await page.goto(`${base}/publiek/${site.code}/${prefix}index.html`)
          const links = await page.locator('main .municipalities a').allTextContents()
          check(
            links.length === site.region.municipalities.length,
            `${site.code} ${prefix}index: ${links.length} municipalities`,
          )
          check(!(await page.locator('[data-search]').isVisible()), 'search shown without JS')
          for (const m of site.region.municipalities) {
            await page.goto(`${base}/publiek/${site.code}/${prefix}gemeente/${m.code}.html`)
            const text = await page.locator('main').innerText()
            for (const p of site.region.points) {
              if (p.municipality !== m.code || p.public === false || p.status !== 'active') continue
              check(text.includes(p.name), `${site.code} ${prefix}${m.code}: no ${p.name}`)
              if (p.address)
                check(text.includes(p.address), `${site.code} ${prefix}${m.code}: no ${p.address}`)
            }
            for (const r of risksForMunicipality(analysis, m.code))
              check(text.includes(r.title), `${site.code} ${prefix}${m.code}: no risk ${r.title}`)
            check(!(await page.locator('.map-button').isVisible()), 'map button without JS')
          }
        }
      }
    } finally {
      await context.close()
    }
  },
)

const SCREENS = [
  ['320px', { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 }],
  // 400% zoom of a 1280 px wide window: 320 CSS pixels, drawn four times as large.
  ['zoom400', { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 }],
] as const

scenario(
  '320 px and 400% zoom: no horizontal scroll (screenshots)',
  async ({ browser, base, all }) => {
    for (const [name, options] of SCREENS) {
      const { context, page } = await newContext(browser, options)
      try {
        for (const site of all) {
          const first = site.region.municipalities[0]!.code
          for (const path of [
            'index.html',
            `gemeente/${first}.html`,
            `en/gemeente/${first}.html`,
            `embed/${first}.html`,
            `risicowijzer/${first}.html`,
          ]) {
            await page.goto(`${base}/publiek/${site.code}/${path}`)
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            )
            check(overflow <= 0, `${site.code}/${path} at ${name}: ${overflow}px horizontal scroll`)
            if (site !== all[0]) continue
            const file = `${name}-${path.replace(/\W+/g, '-')}`
            await page.screenshot({ path: join(artifacts, `${file}.png`) })
            // Long pages: also the start of the points and of the risks, where people look.
            for (const anchor of ['points', 'risks']) {
              if (!(await page.locator(`#${anchor}`).count())) continue
              await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), anchor)
              await page.screenshot({ path: join(artifacts, `${file}-${anchor}.png`) })
            }
          }
        }
      } finally {
        await context.close()
      }
    }
  },
)

scenario(
  'address search: PDOK only after the search, nearest points with honest labels',
  async ({ browser, base, all }) => {
    const site = all.find((s) => s.code === 'VR25')!
    const { context, page, requests, problems } = await newContext(browser, {
      viewport: { width: 800, height: 900 },
    })
    try {
      await page.goto(`${base}/publiek/${site.code}/index.html`)
      await page.waitForSelector('[data-search]:not([hidden])')
      check(!requests.some((u) => u.includes('pdok.nl')), 'PDOK asked before any search')
      await page.fill('#address', 'Stationsplein 1, Almere')
      await page.click('.search-form button')
      await page.waitForSelector('[data-results] ol li')
      check(
        requests.some((u) =>
          u.startsWith('https://api.pdok.nl/bzk/locatieserver/search/v3_1/free?'),
        ),
        'no Locatieserver request',
      )
      const items = await page.locator('[data-results] ol li').allInnerTexts()
      check(items.length === 5, `${items.length} results`)
      check(/meter hemelsbreed|kilometer hemelsbreed/.test(items[0]!), `label: ${items[0]}`)
      check(/ongeveer \d+ minuten \(schatting\)/.test(items[0]!), `walking: ${items[0]}`)
      const nearest = site.region.points
        .filter((p) => p.public !== false && p.status === 'active')
        .map((p) => ({
          p,
          d: Math.hypot(
            (p.location.lat - SEARCHED.lat) * 111_000,
            (p.location.lon - SEARCHED.lon) * 111_000 * Math.cos((SEARCHED.lat * Math.PI) / 180),
          ),
        }))
        .sort((a, b) => a.d - b.d)[0]!.p
      check(items[0]!.includes(nearest.name), `nearest is ${nearest.name}, shown: ${items[0]}`)
      check((await page.textContent('[data-results]'))!.includes('schatting'), 'no explanation')
      await page.screenshot({ path: join(artifacts, 'search-results.png'), fullPage: true })

      await context.setOffline(true)
      await page.fill('#address', 'Lelystad')
      await page.click('.search-form button')
      await page.waitForSelector('[data-results] ul li a')
      const offline = await page.locator('[data-results]').innerText()
      check(offline.includes('Zonder internet'), `offline: ${offline}`)
      check(
        (await page.locator('[data-results] a').first().getAttribute('href')) ===
          'gemeente/GM0995.html',
        'offline link to Lelystad',
      )
      check(problems.length === 0, problems.join('; '))
    } finally {
      await context.close()
    }
  },
)

scenario(
  'map: PDOK tiles only after the button, one marker per point',
  async ({ browser, base, all }) => {
    const site = all.find((s) => s.code === 'VR14')!
    const m = site.region.municipalities[0]!
    const { context, page, requests, problems } = await newContext(browser, {
      viewport: { width: 800, height: 900 },
    })
    try {
      await page.goto(`${base}/publiek/${site.code}/gemeente/${m.code}.html`)
      await page.waitForSelector('.map-area:not([hidden])')
      check(!requests.some((u) => u.includes('pdok.nl')), 'tiles before the button')
      await page.click('.map-button')
      await page.waitForSelector('.map img')
      check(
        requests.some((u) => u.startsWith('https://service.pdok.nl/brt/achtergrondkaart/')),
        'no tile request',
      )
      const markers = await page.locator('.map .marker').count()
      const points = await page.locator('.points li[data-lat]').count()
      check(markers === points && points > 0, `${markers} markers for ${points} points`)
      check(
        (await page.getAttribute('.map-button', 'aria-expanded')) === 'true',
        'aria-expanded not set',
      )
      await page.click('.map-tools button >> nth=0')
      check((await page.locator('.map .marker').count()) === points, 'markers after zoom')
      await page.locator('.map').scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(artifacts, 'map.png') })
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      check(bad.length === 0, `axe with map open: ${bad.map((v) => v.id).join(', ')}`)
      check(problems.length === 0, problems.join('; '))
    } finally {
      await context.close()
    }
  },
)

async function main(): Promise<void> {
  mkdirSync(artifacts, { recursive: true })
  for (const f of readdirSync(artifacts)) rmSync(join(artifacts, f))
  const all = sites()
  const server = await serve(all)
  const { port } = server.address() as AddressInfo
  const base = `http://127.0.0.1:${port}`
  let browser: Browser | undefined
  let failed = 0
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    })
    const only = process.env.E2E_ONLY
    for (const s of scenarios) {
      if (only && !s.name.includes(only)) continue
      const started = Date.now()
      try {
        await s.fn({ browser, base, all })
        console.log(`  ✓ ${s.name} (${Date.now() - started} ms)`)
      } catch (e) {
        failed++
        console.log(`  ✗ ${s.name}\n      ${e instanceof Error ? e.message : String(e)}`)
      }
    }
  } finally {
    await browser?.close().catch(() => {})
    server.close()
  }
  console.log(failed ? `\n${failed} scenario(s) failed` : '\nall scenarios passed')
  console.log(`screenshots in ${artifacts}`)
  process.exitCode = failed ? 1 : 0
}

await main()
