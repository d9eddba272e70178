// Browser test of the view "Programma" (issue 17) in Debian's Chromium (playwright-core, no
// downloaded browsers): the demo programme's goals, statuses and indicator charts, editing an
// action and a manual indicator value, a reload that keeps both, the board report in print,
// axe. Builds when the sources are newer than dist/, serves it with `vite preview` on a free
// port on 127.0.0.1, and always stops both.
//
//   npm run test:e2e:programme -w @weerbaar/dashboard
import { spawn, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { chromium } from 'playwright-core'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const artifacts = join(root, 'artifacts')
const dist = join(root, 'dist')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const expect = (condition, message) => {
  if (!condition) throw new Error(message)
}

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

function buildIfNeeded() {
  const built = existsSync(join(dist, 'index.html'))
    ? statSync(join(dist, 'index.html')).mtimeMs
    : 0
  const packages = join(root, '..', '..', 'packages')
  const sources = Math.max(
    newestMtime(join(root, 'src')),
    statSync(join(root, 'index.html')).mtimeMs,
    statSync(join(root, 'vite.config.ts')).mtimeMs,
    newestMtime(join(packages, 'core', 'src')),
    newestMtime(join(packages, 'guidelines', 'data')),
    newestMtime(join(packages, 'demo-data', 'data')),
  )
  if (built > sources && !process.env.E2E_BUILD) return
  console.log('› building the dashboard')
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error('vite build failed')
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function startPreview(port) {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  let output = ''
  const started = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`vite preview did not start:\n${output}`)),
      30000,
    )
    const onData = (chunk) => {
      output += chunk
      if (stripVTControlCharacters(output).includes(`:${port}`)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => reject(new Error(`vite preview exited (${code}):\n${output}`)))
  })
  try {
    await started
  } catch (error) {
    stopPreview(child)
    throw error
  }
  return child
}

function stopPreview(child) {
  if (child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM') // the npx process group we started, nothing else
  } catch {
    child.kill('SIGTERM')
  }
}

// ---------------------------------------------------------------- scenarios

const scenarios = []
const scenario = (name, fn) => scenarios.push({ name, fn })
const shot = (page, name) =>
  page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true })

async function openProgramme(page, base) {
  await page.goto(`${base}/programma`)
  await page.waitForSelector('[data-testid="programme-summary"]', { timeout: 30000 })
}

const firstManual = '.indicator:has(.value-editor)'

scenario(
  'the demo programme: goals with their status, an indicator chart and table',
  async ({ page, base }) => {
    await page.goto(base)
    await page.waitForSelector('main h1', { timeout: 30000 })
    await page.click('nav a[href="/programma"]')
    await page.waitForSelector('[data-testid="programme-summary"]', { timeout: 30000 })
    const h1 = await page.textContent('main h1')
    expect(h1.includes('Programma') && h1.includes('Weerbaarheid'), `h1 is "${h1}"`)
    expect(
      await page.isVisible('[data-testid="programme-notice"]'),
      'the demo is not said to be fictitious',
    )
    // Every goal in the summary has a status in words, not colour alone.
    const statuses = await page.$$eval(
      '[data-testid="programme-summary"] tbody .goal-status',
      (els) => els.map((e) => e.textContent.trim()),
    )
    const goals = await page.$$eval('[data-testid="programme-summary"] tbody tr', (r) => r.length)
    expect(
      goals >= 3 && statuses.length === goals,
      `${statuses.length} statuses for ${goals} goals`,
    )
    for (const s of statuses) expect(/Op koers|Risico|Achter/.test(s), `status "${s}"`)
    // A goal that is not on track says why.
    const notOnTrack = await page.$$eval('.programme-goal', (els) =>
      els
        .filter((e) => e.querySelector('.goal-status')?.dataset.status !== 'on_track')
        .map((e) => e.querySelectorAll('[data-testid="goal-reasons"] li').length),
    )
    for (const n of notOnTrack) expect(n > 0, 'a goal that is not on track gives no reason')
    await page.waitForSelector('.indicator figure.chart canvas')
    const figure = page.locator(`${firstManual} figure.chart`).first()
    await figure.locator('summary').click()
    const rows = await figure.locator('table tbody tr').count()
    expect(rows >= 2, `${rows} rows in the indicator's table`)
    const head = await figure.locator('table thead').textContent()
    expect(head.includes('Waarde') && head.includes('Traject'), `table head "${head}"`)
    await shot(page, 'programma')
    await page
      .locator('.programme-goal')
      .first()
      .screenshot({ path: join(artifacts, 'programma-doel.png') })
  },
)

scenario('edit an action and a manual value; a reload keeps both', async ({ page, base }) => {
  await openProgramme(page, base)
  const row = page.locator('.actions-table tbody tr[data-testid^="action-"]').first()
  const actionId = (await row.getAttribute('data-testid')).slice('action-'.length)
  await row.locator('button').click()
  const editor = page.locator('[data-testid="action-editor"]')
  await editor.locator('select').selectOption('stopped')
  await editor.locator('textarea').fill('')
  await editor.locator('button[type="submit"]').click()
  await editor.locator('[role="alert"]').waitFor()
  const error = await editor.locator('[role="alert"]').textContent()
  expect(error.includes('Geef kort aan waarom de actie is gestopt'), `error: "${error}"`)
  const invalid = await editor.locator('textarea').getAttribute('aria-invalid')
  expect(invalid === 'true', 'the reason field is not marked invalid')
  await editor.locator('textarea').fill('E2E: budget naar de netwerkanalyse')
  await editor.locator('button[type="submit"]').click()
  await page.waitForSelector('[data-testid="action-message"]')
  const status = page.locator(`tr[data-testid="action-${actionId}"] [data-testid="action-status"]`)
  expect((await status.textContent()).includes('gestopt'), 'status not shown as stopped')

  const indicator = page.locator(firstManual).first()
  const indicatorId = await indicator.getAttribute('data-testid')
  await indicator.locator('.value-editor summary').click()
  await indicator.locator('input[inputmode="decimal"]').fill('abc')
  await indicator.locator('.value-editor button[type="submit"]').click()
  await indicator.locator('.value-editor [role="alert"]').waitFor()
  expect(
    (await indicator.locator('.value-editor [role="alert"]').textContent()).includes(
      'Vul een getal in',
    ),
    'no message for a value that is not a number',
  )
  await indicator.locator('input[inputmode="decimal"]').fill('42,5')
  await indicator.locator('.value-editor button[type="submit"]').click()
  await indicator.locator('[data-testid="value-message"]').waitFor()

  await page.reload()
  await page.waitForSelector('[data-testid="programme-summary"]', { timeout: 30000 })
  const after = await page
    .locator(`tr[data-testid="action-${actionId}"] [data-testid="action-status"]`)
    .textContent()
  expect(after.includes('gestopt') && after.includes('E2E: budget'), `after reload: "${after}"`)
  const reloaded = page.locator(`[data-testid="${indicatorId}"] figure.chart`)
  await reloaded.locator('summary').click()
  const table = await reloaded.locator('table').textContent()
  expect(table.includes('42,5'), `the value is not in the table after reload: ${table}`)
})

scenario(
  'remove a manual value entered by mistake; a reload does not bring it back',
  async ({ page, base }) => {
    await openProgramme(page, base)
    const indicator = page.locator(firstManual).first()
    const id = await indicator.getAttribute('data-testid')
    await indicator.locator('.value-editor summary').click()
    const entered = indicator.locator('[data-testid="entered-values"]')
    const row = entered.locator('tbody tr', { hasText: '42,5' })
    await row.locator('button').click()
    await indicator.locator('[data-testid="value-message"]').waitFor()
    await page.reload()
    await page.waitForSelector('[data-testid="programme-summary"]', { timeout: 30000 })
    const figure = page.locator(`[data-testid="${id}"] figure.chart`)
    await figure.locator('summary').click()
    const table = await figure.locator('table').textContent()
    expect(!table.includes('42,5'), `the removed value is back after reload: ${table}`)
  },
)

scenario('a second tab sees the edit without reloading', async ({ page, base, context }) => {
  await openProgramme(page, base)
  const other = await context.newPage()
  try {
    await openProgramme(other, base)
    const row = page.locator('.actions-table tbody tr[data-testid^="action-"]').nth(1)
    const id = await row.getAttribute('data-testid')
    await row.locator('button').click()
    const editor = page.locator('[data-testid="action-editor"]')
    await editor.locator('input[autocomplete="organization"]').fill('Gemeente E2E-tab')
    await editor.locator('button[type="submit"]').click()
    await page.waitForSelector('[data-testid="action-message"]')
    await other.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent?.includes('Gemeente E2E-tab'),
      `tr[data-testid="${id}"]`,
      { timeout: 10000 },
    )
  } finally {
    await other.close()
  }
})

scenario(
  'print the board report: a page per goal, every chart inside the page',
  async ({ page, base }) => {
    await openProgramme(page, base)
    await page.waitForSelector('.indicator figure.chart canvas')
    await page.setViewportSize({ width: 794, height: 1123 })
    await page.emulateMedia({ media: 'print' })
    await page.waitForTimeout(400)
    const title = await page.textContent('.report-cover')
    expect(title.includes('Voortgangsrapportage Weerbaarheid en veerkracht'), `cover: "${title}"`)
    const breaks = await page.$$eval('.programme-goal', (els) =>
      els.map((e) => getComputedStyle(e).breakBefore),
    )
    expect(breaks.length >= 3 && breaks.every((b) => b === 'page'), `breaks: ${breaks}`)
    const charts = await page.$$eval('.indicator figure.chart canvas', (cs) =>
      cs.map((c) => {
        const r = c.getBoundingClientRect()
        return { right: r.right, width: r.width, bitmap: c.width / devicePixelRatio }
      }),
    )
    const pageWidth = await page.evaluate(() => document.documentElement.clientWidth)
    expect(charts.length >= 3, `${charts.length} charts`)
    for (const c of charts) {
      expect(
        c.width > 100 && c.right <= pageWidth + 1,
        `chart outside the page: ${JSON.stringify(c)}`,
      )
      expect(Math.abs(c.bitmap - c.width) <= 2, `chart not redrawn for print: ${JSON.stringify(c)}`)
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow <= 0, `the printed page is ${overflow} px too wide`)
    const hidden = await page.$$eval(
      '.actions-table button, .value-editor',
      (els) => els.filter((e) => getComputedStyle(e).display !== 'none').length,
    )
    expect(hidden === 0, `${hidden} edit controls on paper`)
    await page.pdf({ path: join(artifacts, 'programma-voortgangsrapportage.pdf'), format: 'A4' })
    await page.emulateMedia({ media: 'screen' })
    await page.setViewportSize({ width: 1366, height: 900 })
  },
)

scenario('download the report as HTML and Markdown', async ({ page, base }) => {
  await openProgramme(page, base)
  for (const [button, ext] of [
    ['download-html', 'html'],
    ['download-md', 'md'],
  ]) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`[data-testid="${button}"]`),
    ])
    expect(download.suggestedFilename().endsWith(`.${ext}`), download.suggestedFilename())
    const text = readFileSync(await download.path(), 'utf8')
    expect(text.includes('Voortgangsrapportage'), `${ext} report has no title`)
    expect(text.includes('E2E: budget'), `${ext} report misses the edited action's reason`)
  }
})

scenario(
  'axe: no serious or critical violations, also with an editor open',
  async ({ page, base }) => {
    await openProgramme(page, base)
    await page.locator('.actions-table tbody tr[data-testid^="action-"] button').first().click()
    await page.locator(`${firstManual} .value-editor summary`).first().click()
    // A decision's form with every field shown (decided: the outcome and its date).
    await page.locator('li[data-testid^="decision-"] button').first().click()
    await page
      .locator('[data-testid="decision-editor"] select[id$="-status"]')
      .selectOption('decided')
    await page.waitForSelector('.indicator figure.chart canvas')
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(
      bad.length === 0,
      `violations:\n      ${bad
        .map(
          (v) =>
            `${v.id} (${v.impact}) — ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        )
        .join('\n      ')}`,
    )
    await page.click('button[lang="en"]')
    await page.waitForFunction(() =>
      document.querySelector('main h1')?.textContent?.includes('Programme'),
    )
    await page.click('button[lang="nl"]')
  },
)

async function main() {
  mkdirSync(artifacts, { recursive: true })
  buildIfNeeded()
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const preview = await startPreview(port)
  const profile = mkdtempSync(join(tmpdir(), 'weerbaar-e2e-programme-'))
  let context
  let failed = 0
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1366, height: 900 },
      locale: 'nl-NL',
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
    // Nothing leaves the machine: map tiles (not on this view, but prefetched views may ask).
    await context.route(/^https:\/\//, (route) => route.fulfill({ status: 204, body: '' }))
    const page = context.pages()[0] ?? (await context.newPage())
    const consoleErrors = []
    const watch = (p) => {
      p.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`))
      p.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(`console: ${m.text()}`)
      })
      p.on('dialog', (d) => d.accept())
    }
    watch(page)
    context.on('page', watch)
    const only = process.env.E2E_ONLY
    for (const s of scenarios) {
      if (only && !only.split(',').some((o) => s.name.includes(o))) continue
      const started = Date.now()
      try {
        consoleErrors.length = 0
        await s.fn({ page, base, context })
        if (consoleErrors.length)
          throw new Error(`console errors:\n      ${consoleErrors.join('\n      ')}`)
        console.log(`  ✓ ${s.name} (${Date.now() - started} ms)`)
      } catch (e) {
        failed++
        // A failed print scenario must not leave the next one on paper.
        await page.emulateMedia({ media: 'screen' }).catch(() => {})
        await page.setViewportSize({ width: 1366, height: 900 }).catch(() => {})
        console.log(`  ✗ ${s.name}\n      ${e instanceof Error ? e.message : e}`)
        await page
          .screenshot({
            path: join(artifacts, `failure-programme-${s.name.replace(/\W+/g, '-')}.png`),
          })
          .catch(() => {})
      }
    }
  } finally {
    await context?.close().catch(() => {})
    stopPreview(preview)
    rmSync(profile, { recursive: true, force: true })
  }
  console.log(failed ? `\n${failed} scenario(s) failed` : '\nall programme scenarios passed')
  process.exitCode = failed ? 1 : 0
}

await main()
