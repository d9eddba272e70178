// Browser tests of the dashboard served by the real Weerbaar server (issue 14): two users in
// two browser contexts, live updates, an offline queue, conflicts, roles and sign-out. Debian's
// Chromium via playwright-core; the server runs on PGlite in a temporary folder on a free port.
//
//   npm run test:e2e:server -w @weerbaar/dashboard
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { chromium } from 'playwright-core'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const artifacts = join(root, 'artifacts')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const POINT = 'kazerne-almere-stad'
const expect = (condition, message) => {
  if (!condition) throw new Error(message)
}

function build() {
  if (process.env.E2E_SKIP_BUILD) return
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error('vite build failed')
}

function startServer() {
  const child = spawn(
    'npx',
    ['tsx', '--conditions=@weerbaar/source', join(root, 'e2e', 'start-server.ts')],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 180000)
    child.stdout.on('data', (chunk) => {
      output += chunk
      const line = output.split('\n').find((l) => l.startsWith('{'))
      if (line) {
        clearTimeout(timer)
        resolve({ child, ...JSON.parse(line) })
      }
    })
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)))
  })
}

function stop(child) {
  if (child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM') // the process group we started, nothing else
  } catch {
    child.kill('SIGTERM')
  }
}

async function newUser(browser, base, email, accounts) {
  const profile = mkdtempSync(join(tmpdir(), 'weerbaar-e2e-user-'))
  const context = await browser(profile)
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (e) => console.log(`    page error (${email}): ${e.message}`))
  page.on('dialog', (d) => d.accept())
  await page.goto(base)
  await page.waitForSelector('[data-testid="sign-in-form"]', { timeout: 30000 })
  const account = accounts.find((a) => a.email === email)
  await page.getByLabel('E-mailadres').fill(account.email)
  await page.getByLabel('Wachtwoord').fill(account.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.waitForSelector('[data-testid="sync-summary"]', { timeout: 30000 })
  return { context, page, profile }
}

/** The server's own change feed, asked with this user's session (what really arrived). */
async function serverAssessments(page, note) {
  return page.evaluate(async (note) => {
    const found = []
    let since = 0
    for (;;) {
      const r = await fetch(`/api/v1/regions/VR25/changes?since=${since}&limit=10000`)
      const body = await r.json()
      for (const c of body.changes)
        if (c.kind === 'assessment' && c.op === 'put' && c.value?.note?.startsWith(note))
          found.push(c.value.note)
      if (body.next === null) return found
      since = body.next
    }
  }, note)
}

async function record(page, note) {
  await page.goto(new URL(`/noodsteunpunten/${POINT}`, page.url()).href)
  await page.waitForSelector('[data-testid="assessment-form"]', { timeout: 30000 })
  const value = await page.$$eval('#a-requirement option', (os) => os.find((o) => o.value)?.value)
  await page.selectOption('#a-requirement', value)
  if (await page.$('#a-value')) await page.fill('#a-value', '1000')
  await page.selectOption('#a-result', 'met')
  await page.fill('#a-note', note)
  await page.click('[data-testid="assessment-form"] button[type="submit"]')
  await page.waitForSelector('[data-testid="record-message"]')
}

async function axe(page, name, failures) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  for (const v of result.violations.filter((v) => ['serious', 'critical'].includes(v.impact)))
    failures.push(`${name}: ${v.id} (${v.impact}) — ${v.nodes[0]?.target.join(' ')}`)
}

const scenarios = []
const scenario = (name, fn) => scenarios.push({ name, fn })

scenario('sign-in page: Dutch labels, no serious accessibility issue', async ({ launch, base }) => {
  const context = await launch(mkdtempSync(join(tmpdir(), 'weerbaar-e2e-user-')))
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(base)
    await page.waitForSelector('[data-testid="sign-in-form"]', { timeout: 30000 })
    for (const label of ['E-mailadres', 'Wachtwoord'])
      expect(await page.getByLabel(label).count(), `no field labelled ${label}`)
    const failures = []
    await axe(page, 'inloggen', failures)
    await page.screenshot({ path: join(artifacts, 'server-inloggen.png'), fullPage: true })
    expect(failures.length === 0, failures.join('\n      '))
  } finally {
    await context.close()
  }
})

scenario(
  "an editor records an assessment; the coordinator's open overview updates without a reload",
  async ({ users }) => {
    const { editor, coordinator } = users
    await coordinator.page.goto(new URL('/', coordinator.page.url()).href)
    await coordinator.page.waitForSelector('[data-testid="sync-summary"]')
    await record(editor.page, 'E2E-live')
    await editor.page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="sync-summary"]')
          ?.textContent.includes('Alle wijzigingen opgeslagen op de server'),
      null,
      { timeout: 20000 },
    )
    await coordinator.page.waitForSelector('[data-testid="sync-notice"]', { timeout: 20000 })
    const notice = await coordinator.page.textContent('[data-testid="sync-notice"]')
    expect(/Gemeente Almere heeft 1 beoordeling vastgelegd/.test(notice), `notice: ${notice}`)
    await coordinator.page.screenshot({ path: join(artifacts, 'server-live-melding.png') })
    const failures = []
    await axe(coordinator.page, 'overzicht met melding', failures)
    expect(failures.length === 0, failures.join('\n      '))
  },
)

scenario(
  'the editor goes offline, records three, reloads, comes back: each reaches the server once',
  async ({ users }) => {
    const { editor } = users
    const page = editor.page
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
      timeout: 30000,
    })
    await editor.context.setOffline(true)
    try {
      for (const n of [1, 2, 3]) await record(page, `E2E-offline-${n}`)
      await page.waitForFunction(
        () =>
          /3 wijzigingen wachten op verbinding|Offline sinds/.test(
            document.querySelector('[data-testid="sync-summary"]')?.textContent ?? '',
          ),
        null,
        { timeout: 20000 },
      )
      await page.screenshot({ path: join(artifacts, 'server-offline-wachtrij.png') })
      await page.reload()
      await page.waitForSelector('[data-testid="sync-summary"]', { timeout: 30000 })
      const summary = await page.textContent('[data-testid="sync-summary"]')
      expect(/Offline sinds|3 wijzigingen/.test(summary), `after an offline reload: ${summary}`)
    } finally {
      await editor.context.setOffline(false)
    }
    await page.reload()
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="sync-summary"]')
          ?.textContent.includes('Alle wijzigingen opgeslagen op de server'),
      null,
      { timeout: 30000 },
    )
    const notes = (await serverAssessments(page, 'E2E-offline-')).sort()
    expect(
      JSON.stringify(notes) === JSON.stringify(['E2E-offline-1', 'E2E-offline-2', 'E2E-offline-3']),
      `on the server: ${notes.join(', ')}`,
    )
  },
)

scenario(
  "an editor of Urk cannot change Almere's point: no control, and the server refuses",
  async ({ users }) => {
    const { urk } = users
    await urk.page.goto(new URL(`/noodsteunpunten/${POINT}`, urk.page.url()).href)
    await urk.page.waitForSelector('[data-testid="read-only"]', { timeout: 30000 })
    expect(!(await urk.page.$('[data-testid="assessment-form"]')), 'the form is shown to Urk')
    const status = await urk.page.evaluate(async (point) => {
      const me = await (await fetch('/api/v1/me')).json()
      const r = await fetch('/api/v1/regions/VR25/assessments', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          point,
          requirement: 'info.board',
          date: '2026-11-20',
          result: 'met',
        }),
      })
      return r.status
    }, POINT)
    expect(status === 403, `the server answered ${status}`)
    // The edit page of Almere's point has no form for Urk, and a forged PUT is refused too.
    await urk.page.goto(new URL(`/noodsteunpunten/${POINT}/bewerken`, urk.page.url()).href)
    await urk.page.waitForSelector('[data-testid="read-only"]', { timeout: 30000 })
    expect(!(await urk.page.$('[data-testid="point-form"]')), 'the point form is shown to Urk')
    expect(!(await urk.page.$('[data-testid="edit-point"]')), 'the edit link is shown to Urk')
    const forged = await urk.page.evaluate(async (point) => {
      const me = await (await fetch('/api/v1/me')).json()
      const current = await fetch(`/api/v1/regions/VR25/points/${point}`)
      const body = await current.json()
      const r = await fetch(`/api/v1/regions/VR25/points/${point}`, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': me.csrfToken,
          'if-match': current.headers.get('etag'),
        },
        body: JSON.stringify({ ...body, name: 'Overgenomen door Urk' }),
      })
      const after = await (await fetch(`/api/v1/regions/VR25/points/${point}`)).json()
      return { status: r.status, name: after.name }
    }, POINT)
    expect(forged.status === 403, `a forged point edit: the server answered ${forged.status}`)
    expect(forged.name !== 'Overgenomen door Urk', 'the forged edit was stored')
  },
)

/** The region as the server has it now, asked with this user's session. */
async function serverRegion(page) {
  return page.evaluate(async () => (await fetch('/api/v1/regions/VR25')).json())
}

const allSaved = (page, timeout = 30000) =>
  page.waitForFunction(
    () =>
      document
        .querySelector('[data-testid="sync-summary"]')
        ?.textContent.includes('Alle wijzigingen opgeslagen op de server'),
    null,
    { timeout },
  )

scenario(
  'an editor removes an assessment that came from the server: the server removes it',
  async ({ users }) => {
    const { editor } = users
    const page = editor.page
    await record(page, 'E2E-remove')
    await allSaved(page)
    await page.reload()
    await allSaved(page)
    const row = page.locator('[data-testid="history"] tr', { hasText: 'E2E-remove' })
    await row.getByRole('button').click()
    await allSaved(page)
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="history"]')?.textContent.includes('E2E-remove'),
    )
    const region = await serverRegion(page)
    const left = region.assessments.filter((a) => a.note === 'E2E-remove')
    expect(left.length === 0, `still on the server: ${left.length}`)
    expect(
      (await page.$$('[data-testid="sync-problems"]')).length === 0,
      'a problem is shown after removing',
    )
  },
)

async function renamePoint(page, name) {
  await page.goto(new URL(`/noodsteunpunten/${POINT}/bewerken`, page.url()).href)
  await page.waitForSelector('[data-testid="point-form"]', { timeout: 30000 })
  await page.fill('#p-name', name)
  await page.click('[data-testid="point-form"] button[type="submit"]')
  await page.waitForSelector('[data-testid="point-saved"]', { timeout: 30000 })
}

scenario(
  'an editor and the coordinator edit the same point: the second sees both versions and resolves',
  async ({ users }) => {
    const { editor, coordinator } = users
    await coordinator.context.setOffline(true)
    try {
      await renamePoint(coordinator.page, 'Kazerne Almere Stad (coördinator)')
      // Meanwhile the editor, online, renames the same point.
      await renamePoint(editor.page, 'Kazerne Almere Stad (bewerker)')
      await allSaved(editor.page)
    } finally {
      await coordinator.context.setOffline(false)
    }
    // Back online: the coordinator's edit was made on the old version, so the server says 412.
    await coordinator.page.reload()
    await coordinator.page.waitForSelector('[data-testid="conflict-table"]', { timeout: 30000 })
    const table = await coordinator.page.textContent('[data-testid="conflict-table"]')
    expect(
      table.includes('Kazerne Almere Stad (coördinator)') &&
        table.includes('Kazerne Almere Stad (bewerker)'),
      `the conflict does not show both versions: ${table}`,
    )
    const failures = []
    await axe(coordinator.page, 'conflict', failures)
    expect(failures.length === 0, failures.join('\n      '))
    await coordinator.page.screenshot({ path: join(artifacts, 'server-conflict.png') })
    // Combine: the colleague's name is the one to keep.
    await coordinator.page
      .locator('[data-testid="conflict-table"] tr', { hasText: 'name' })
      .locator('input[type="radio"]')
      .nth(1)
      .check()
    await coordinator.page.click('[data-testid="conflict-combine"]')
    await allSaved(coordinator.page)
    // The list of problems is drawn from the stored sync state; give it a moment to follow.
    await coordinator.page
      .waitForSelector('[data-testid="sync-problems"]', { state: 'detached', timeout: 5000 })
      .catch(() => {})
    const problems = await coordinator.page.$('[data-testid="sync-problems"]')
    expect(!problems, `the conflict stays: ${problems ? await problems.textContent() : ''}`)
    const region = await serverRegion(coordinator.page)
    const name = region.points.find((p) => p.id === POINT)?.name
    expect(name === 'Kazerne Almere Stad (bewerker)', `on the server: ${name}`)
  },
)

scenario(
  "the point's history: the coordinator sees who recorded and changed what, field by field",
  async ({ users }) => {
    const page = users.coordinator.page
    await page.goto(new URL(`/noodsteunpunten/${POINT}`, page.url()).href)
    await page.waitForSelector('[data-testid="point-history"] li[data-op="update"]', {
      timeout: 30000,
    })
    const text = await page.textContent('[data-testid="point-history"]')
    expect(
      /editor\.almere@weerbaar\.example.* legde '.+' vast op \d+ \w+ 20\d\d \d\d:\d\d/.test(text),
      `history: ${text.slice(0, 400)}`,
    )
    const update = page.locator('[data-testid="point-history"] li[data-op="update"]').first()
    const row = await update.locator('tr', { hasText: 'Naam' }).textContent()
    expect(row.includes('Kazerne Almere Stad (bewerker)'), `the changed name: ${row}`)
    const failures = []
    await axe(page, 'geschiedenis', failures)
    await page.screenshot({ path: join(artifacts, 'server-geschiedenis.png'), fullPage: true })
    expect(failures.length === 0, failures.join('\n      '))
  },
)

scenario(
  'the coordinator manages users: add with a temporary password, first sign-in, role, reset, remove',
  async ({ users, launch, base }) => {
    const { coordinator, editor } = users
    expect(
      (await editor.page.getByRole('link', { name: 'Gebruikers' }).count()) === 0,
      'an editor sees the Gebruikers menu item',
    )
    const page = coordinator.page
    await page.getByRole('link', { name: 'Gebruikers' }).click()
    await page.waitForSelector(
      '[data-testid="users-table"] [data-email="editor.urk@weerbaar.example"]',
      {
        timeout: 30000,
      },
    )
    const failures = []
    await axe(page, 'gebruikers', failures)
    await page.getByLabel('E-mailadres').fill('nieuw.lelystad@weerbaar.example')
    await page.getByLabel('Naam', { exact: true }).fill('Nieuwe Collega')
    await page.locator('[data-testid="add-user-form"]').getByLabel('Lelystad').check()
    await page.getByRole('button', { name: 'Toevoegen' }).click()
    await page.waitForSelector('[data-testid="temporary-password"]', { timeout: 20000 })
    const temporary = (await page.textContent('[data-testid="temporary-value"]')).trim()
    expect(temporary.length >= 12, `temporary password: ${temporary}`)
    await axe(page, 'gebruikers met tijdelijk wachtwoord', failures)
    await page.screenshot({ path: join(artifacts, 'server-gebruikers.png'), fullPage: true })
    await page.getByRole('button', { name: 'Ik heb het doorgegeven' }).click()
    expect(!(await page.$('[data-testid="temporary-value"]')), 'the password stays on screen')

    // The new colleague signs in and first chooses a password of their own.
    const context = await launch(mkdtempSync(join(tmpdir(), 'weerbaar-e2e-user-')))
    const fresh = context.pages()[0] ?? (await context.newPage())
    await fresh.goto(base)
    await fresh.waitForSelector('[data-testid="sign-in-form"]', { timeout: 30000 })
    await fresh.getByLabel('E-mailadres').fill('nieuw.lelystad@weerbaar.example')
    await fresh.getByLabel('Wachtwoord').fill(temporary)
    await fresh.getByRole('button', { name: 'Inloggen' }).click()
    await fresh.waitForSelector('[data-testid="password-form"]', { timeout: 30000 })
    await axe(fresh, 'eigen wachtwoord kiezen', failures)
    await fresh.getByLabel('Tijdelijk wachtwoord').fill(temporary)
    await fresh.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een zin die alleen ik ken')
    await fresh.getByLabel('Nieuw wachtwoord nog een keer').fill('een zin die alleen ik ken')
    await fresh.getByRole('button', { name: 'Wachtwoord opslaan' }).click()
    await fresh.waitForSelector('[data-testid="sync-summary"]', { timeout: 30000 })
    await context.close()

    // A viewer now; then a reset gives a new temporary password.
    const row = page.locator('[data-email="nieuw.lelystad@weerbaar.example"]')
    await row.getByRole('button', { name: 'Wijzigen' }).click()
    await row.getByLabel(/Lezer/).check()
    await row.getByRole('button', { name: 'Opslaan' }).click()
    await page.waitForSelector('[data-testid="users-message"]')
    await page.waitForFunction(() =>
      document
        .querySelector('[data-email="nieuw.lelystad@weerbaar.example"]')
        ?.textContent.includes('Lezer'),
    )
    await row.getByRole('button', { name: 'Nieuw tijdelijk wachtwoord' }).click()
    await page.waitForSelector('[data-testid="temporary-password"]')
    const second = (await page.textContent('[data-testid="temporary-value"]')).trim()
    expect(second !== temporary, 'the reset gave the same password')
    await page.getByRole('button', { name: 'Ik heb het doorgegeven' }).click()

    // The last coordinator cannot be removed; the new colleague can.
    await page
      .locator('[data-email="coordinator.vr25@weerbaar.example"]')
      .getByRole('button', { name: 'Verwijderen' })
      .click()
    await page.waitForSelector('[data-testid="users-error"]')
    const error = await page.textContent('[data-testid="users-error"]')
    expect(/minstens één coördinator/.test(error), `removing the last coordinator: ${error}`)
    await row.getByRole('button', { name: 'Verwijderen' }).click()
    await page.waitForFunction(
      () => !document.querySelector('[data-email="nieuw.lelystad@weerbaar.example"]'),
    )
    // The server keeps it: an editor is refused the list.
    const status = await editor.page.evaluate(
      async () => (await fetch('/api/v1/regions/VR25/users')).status,
    )
    expect(status === 403, `an editor asked for the users: ${status}`)
    expect(failures.length === 0, failures.join('\n      '))
  },
)

/**
 * `page.goto` that survives the app's own navigation at the same moment (a service worker
 * taking over reloads the page): an aborted navigation is tried once more after the page settled.
 */
async function gotoSettled(page, url) {
  try {
    await page.goto(url)
  } catch (error) {
    if (!String(error).includes('ERR_ABORTED')) throw error
    await page.waitForLoadState('load')
    await page.goto(url)
  }
}

scenario(
  "knowledge: the coordinator sees the region's examples and shares them; another region sees them",
  async ({ users, launch, base, accounts }) => {
    const page = users.coordinator.page
    const requirement = await page.evaluate(async () => {
      const r = await fetch('/api/v1/regions/VR25/knowledge')
      const body = await r.json()
      return body.examples[0]?.requirement
    })
    expect(requirement, 'no example with a note in the demo region')
    await gotoSettled(page, new URL(`/kennisdeling?eis=${requirement}`, page.url()).href)
    await page.waitForSelector('[data-testid="server-knowledge"] blockquote', { timeout: 30000 })
    await page.waitForSelector('[data-testid="sharing-form"]', { timeout: 30000 })
    const failures = []
    await axe(page, 'kennisdeling en delen', failures)
    await page.getByLabel('Alle regio’s op deze server').check()
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await page.waitForSelector('[data-testid="sharing-saved"]')
    await page.screenshot({ path: join(artifacts, 'server-kennisdeling.png'), fullPage: true })
    expect(
      !(await users.editor.page.evaluate(() =>
        document.querySelector('[data-testid="sharing-form"]'),
      )),
      'an editor sees the sharing setting',
    )

    const other = await newUser(launch, base, 'coordinator.vr14@weerbaar.example', accounts)
    await gotoSettled(
      other.page,
      new URL(`/kennisdeling?eis=${requirement}`, other.page.url()).href,
    )
    await other.page.waitForSelector('[data-testid="server-knowledge"] blockquote', {
      timeout: 30000,
    })
    const text = await other.page.textContent('[data-testid="server-knowledge"]')
    expect(
      /Flevoland/.test(text),
      `Gooi en Vechtstreek does not see Flevoland's notes: ${text.slice(0, 300)}`,
    )
    expect(failures.length === 0, failures.join('\n      '))
  },
)

scenario(
  'the coordinator imports a region file: it reaches the server as one import; editors have no import',
  async ({ users }) => {
    const { coordinator, editor } = users
    await editor.page.goto(new URL('/gegevens', editor.page.url()).href)
    await editor.page.waitForSelector('[data-testid="regions-table"]', { timeout: 30000 })
    expect(!(await editor.page.$('#import-json')), 'an editor is offered an import')
    const page = coordinator.page
    const current = await serverRegion(page)
    const file = {
      ...current,
      region: { ...current.region, name: 'Veiligheidsregio Flevoland (geïmporteerd)' },
      points: current.points.map((p) =>
        p.id === POINT ? { ...p, capacity: (p.capacity ?? 0) + 7 } : p,
      ),
    }
    await page.goto(new URL('/gegevens', page.url()).href)
    await page.waitForSelector('#import-json', { timeout: 30000 })
    await page.setInputFiles('#import-json', {
      name: 'vr25.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    })
    await page.click('form:has(#import-json) button[type="submit"]')
    await page.waitForSelector('[data-testid="confirm-import"]', { timeout: 30000 })
    await page.click('[data-testid="confirm-import"]')
    await allSaved(page)
    const after = await serverRegion(page)
    expect(
      after.region.name === file.region.name,
      `region name on the server: ${after.region.name}`,
    )
    const point = after.points.find((p) => p.id === POINT)
    expect(
      point.capacity === file.points.find((p) => p.id === POINT).capacity,
      `capacity on the server: ${point.capacity}`,
    )
    expect(!(await page.$('[data-testid="sync-problems"]')), 'the import left a problem')
  },
)

const PROGRAMME = 'weerbaarheid-en-veerkracht'

/** The shared programme as the server has it now, asked with this user's session. */
async function serverProgramme(page) {
  return page.evaluate(async (id) => (await fetch(`/api/v1/programmes/${id}`)).json(), PROGRAMME)
}

async function openProgramme(page) {
  await gotoSettled(page, new URL('/programma', page.url()).href)
  await page.waitForSelector('[data-testid="programme-shared"]', { timeout: 30000 })
  await page.waitForSelector('.actions-table', { timeout: 30000 })
}

const programmeSaved = (page) =>
  page.waitForFunction(
    () =>
      /Alle wijzigingen staan op de server/.test(
        document.querySelector('[data-testid="programme-sync-state"]')?.textContent ?? '',
      ),
    null,
    { timeout: 30000 },
  )

async function editOwner(page, actionId, owner) {
  const row = page.locator(`[data-testid="action-${actionId}"]`)
  await row.getByRole('button').click()
  const editor = page.locator('[data-testid="action-editor"]')
  await editor.locator('input[id$="-owner"]').fill(owner)
  await editor.locator('button[type="submit"]').click()
}

scenario(
  'the programme on the server: a coordinator edits and saves, a colleague in between is a conflict, an editor reads only',
  async ({ users, launch, base, accounts }) => {
    const { coordinator, editor } = users
    const page = coordinator.page
    await openProgramme(page)
    const failures = []
    await axe(page, 'programma op de server', failures)
    const actionId = await page.$eval('.actions-table tbody tr[data-testid^="action-"]', (tr) =>
      tr.dataset.testid.replace(/^action-/, ''),
    )
    await editOwner(page, actionId, 'E2E eigenaar')
    await page.waitForSelector('[data-testid="action-message"]', { timeout: 30000 })
    await programmeSaved(page)
    const stored = (await serverProgramme(page)).actions.find((a) => a.id === actionId)
    expect(stored.owner === 'E2E eigenaar', `owner on the server: ${stored.owner}`)
    await page.reload()
    await page.waitForSelector(`[data-testid="action-${actionId}"]`, { timeout: 30000 })
    const after = await page.textContent(`[data-testid="action-${actionId}"]`)
    expect(after.includes('E2E eigenaar'), `after a reload: ${after}`)
    await page.screenshot({ path: join(artifacts, 'server-programma.png'), fullPage: false })

    // The coordinator of the other region changes the same action meanwhile.
    const other = await newUser(launch, base, 'coordinator.vr14@weerbaar.example', accounts)
    await openProgramme(other.page)
    await editOwner(other.page, actionId, 'E2E collega')
    await programmeSaved(other.page)

    // The first coordinator's copy is now old: saving meets the colleague's change (412).
    await editOwner(page, actionId, 'E2E opnieuw')
    await page.waitForSelector('[data-testid="programme-conflict"]', { timeout: 30000 })
    const conflict = await page.textContent('[data-testid="programme-conflict"]')
    expect(
      /Iemand anders heeft het programma intussen gewijzigd/.test(conflict) &&
        conflict.includes('E2E collega') &&
        conflict.includes('E2E opnieuw'),
      `the conflict: ${conflict}`,
    )
    expect(
      await page.evaluate(() => document.activeElement?.dataset?.testid === 'programme-conflict'),
      'the conflict is not brought to the user',
    )
    expect(!(await page.$('[data-testid="action-message"]')), 'told "saved" despite the conflict')
    const meanwhile = (await serverProgramme(page)).actions.find((a) => a.id === actionId)
    expect(meanwhile.owner === 'E2E collega', `overwritten on the server: ${meanwhile.owner}`)
    await axe(page, 'programma met conflict', failures)
    await page.screenshot({
      path: join(artifacts, 'server-programma-conflict.png'),
      fullPage: false,
    })
    await page.click('[data-testid="conflict-reapply"]')
    await programmeSaved(page)
    const reapplied = (await serverProgramme(page)).actions.find((a) => a.id === actionId)
    expect(reapplied.owner === 'E2E opnieuw', `after reapplying: ${reapplied.owner}`)

    // A decision asked of the board, added on the server.
    const decisions = page.locator('[data-testid="decisions-programme"]')
    await decisions.locator('[data-testid="add-decision"]').click()
    const form = decisions.locator('[data-testid="decision-editor"]')
    await form
      .getByLabel('Wat wordt het bestuur gevraagd?')
      .fill('E2E: stemt u in met de evaluatie?')
    await form.getByLabel('Besluit nodig vóór (optioneel)').fill('2027-03-01')
    await axe(page, 'besluit toevoegen', failures)
    await form.screenshot({ path: join(artifacts, 'server-programma-besluit.png') })
    await form.locator('button[type="submit"]').click()
    await page.waitForSelector('[data-testid="decision-message"]', { timeout: 30000 })
    await programmeSaved(page)
    const decision = (await serverProgramme(page)).decisions.find((d) =>
      d.question.startsWith('E2E: stemt u in'),
    )
    expect(
      decision?.status === 'open' && decision.neededBy === '2027-03-01' && !decision.goal,
      `the decision on the server: ${JSON.stringify(decision)}`,
    )

    // Offline: the edit is kept in the browser, said so, and sent once the network is back.
    await coordinator.context.setOffline(true)
    try {
      await editOwner(page, actionId, 'E2E offline')
      await page.waitForFunction(
        () =>
          /Uw wijziging is in deze browser bewaard/.test(
            document.querySelector('[data-testid="programme-sync-state"]')?.textContent ?? '',
          ),
        null,
        { timeout: 30000 },
      )
      const told = await page.textContent('[data-testid="action-message"]')
      expect(/Bewaard in deze browser/.test(told), `the form said: ${told}`)
      await page
        .locator('[data-testid="programme-shared"]')
        .screenshot({ path: join(artifacts, 'server-programma-offline.png') })
    } finally {
      await coordinator.context.setOffline(false)
    }
    await programmeSaved(page)
    const sentLater = (await serverProgramme(page)).actions.find((a) => a.id === actionId)
    expect(sentLater.owner === 'E2E offline', `after coming back online: ${sentLater.owner}`)

    // An editor of Almere sees the programme, read-only, and the server refuses a forged write.
    await openProgramme(editor.page)
    await editor.page.waitForSelector('[data-testid="programme-read-only"]', { timeout: 30000 })
    const readOnly = await editor.page.textContent('[data-testid="programme-read-only"]')
    expect(/bewerker \(VR25\)/.test(readOnly), `read-only notice: ${readOnly}`)
    expect(
      (await editor.page.$$('.actions-table button, [data-testid="add-decision"], .value-editor'))
        .length === 0,
      'an editor is offered to change the programme',
    )
    const forged = await editor.page.evaluate(async (id) => {
      const me = await (await fetch('/api/v1/me')).json()
      const current = await fetch(`/api/v1/programmes/${id}`)
      const body = await current.json()
      const r = await fetch(`/api/v1/programmes/${id}`, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': me.csrfToken,
          'if-match': current.headers.get('etag'),
        },
        body: JSON.stringify({ ...body, name: 'Overgenomen' }),
      })
      return r.status
    }, PROGRAMME)
    expect(forged === 403, `a forged programme write by an editor: ${forged}`)
    await axe(editor.page, 'programma alleen lezen', failures)
    await editor.page.screenshot({
      path: join(artifacts, 'server-programma-lezen.png'),
      fullPage: false,
    })
    expect(failures.length === 0, failures.join('\n      '))
  },
)

scenario('sign-out clears the region data from the browser', async ({ users }) => {
  const { urk } = users
  const before = await urk.page.evaluate(() => localStorage.getItem('weerbaar.user'))
  expect(before && before.includes('urk'), 'no signed-in user stored')
  // The shared programme's copy in this browser goes too (it is under sync:programme:).
  await openProgramme(urk.page)
  const stored = await urk.page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('weerbaar')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const keys = open.result.transaction('data').objectStore('data').getAllKeys()
          keys.onsuccess = () => resolve(keys.result.map(String))
        }
      }),
  )
  expect(
    stored.includes(`sync:programme:${PROGRAMME}`),
    `no programme copy before signing out: ${stored.join(', ')}`,
  )
  await urk.page.click('[data-testid="sign-out"]')
  await urk.page.waitForSelector('[data-testid="sign-in-form"]', { timeout: 30000 })
  const left = await urk.page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('weerbaar')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const keys = open.result.transaction('data').objectStore('data').getAllKeys()
          keys.onsuccess = () => resolve(keys.result.filter((k) => String(k).startsWith('sync:')))
        }
      }),
  )
  expect(left.length === 0, `left in the browser: ${left.join(', ')}`)
  expect(!(await urk.page.evaluate(() => localStorage.getItem('weerbaar.user'))), 'user kept')
})

async function main() {
  mkdirSync(artifacts, { recursive: true })
  build()
  const server = await startServer()
  const base = server.url
  const contexts = []
  const launch = async (profile) => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
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
    await context.route('https://service.pdok.nl/**', (route) => route.abort())
    contexts.push({ context, profile })
    return context
  }
  let failed = 0
  try {
    const users = {}
    const only = process.env.E2E_ONLY
    for (const s of scenarios) {
      if (only && !s.name.includes(only)) continue
      if (/editor|coordinator/.test(s.name) && !users.editor) {
        users.editor = await newUser(
          launch,
          base,
          'editor.almere@weerbaar.example',
          server.accounts,
        )
        users.coordinator = await newUser(
          launch,
          base,
          'coordinator.vr25@weerbaar.example',
          server.accounts,
        )
        users.urk = await newUser(launch, base, 'editor.urk@weerbaar.example', server.accounts)
      }
      const started = Date.now()
      try {
        await s.fn({ launch, base, users, accounts: server.accounts })
        console.log(`  ✓ ${s.name} (${Date.now() - started} ms)`)
      } catch (e) {
        failed++
        await users.coordinator?.page
          .screenshot({ path: join(artifacts, 'server-failed.png'), fullPage: true })
          .catch(() => {})
        console.log(`  ✗ ${s.name}\n      ${e instanceof Error ? e.message : e}`)
      }
    }
  } finally {
    for (const { context, profile } of contexts) {
      await context.close().catch(() => {})
      rmSync(profile, { recursive: true, force: true })
    }
    stop(server.child)
  }
  console.log(failed ? `\n${failed} scenario(s) failed` : '\nall scenarios passed')
  process.exitCode = failed ? 1 : 0
}

await main()
