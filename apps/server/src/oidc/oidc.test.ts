import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApp, type App } from '../app.ts'
import { planReplaceRegion } from '../regions/service.ts'
import { oidcConfigFromEnv, type OidcConfig } from './config.ts'
import { oidcApiPlugin, PENDING_COOKIE } from './plugin.ts'

/**
 * A real OpenID Connect provider (`oidc-provider`) on 127.0.0.1, port 0, and the real server on
 * a throwaway PGlite. The provider's login page is replaced by one that signs in whoever the
 * test names in `nextLogin`, and grants the requested scopes, so the whole authorization code
 * flow (PKCE, state, nonce, ID token, userinfo) runs as with a real identity provider.
 */
const REDIRECT = 'http://localhost:4173/api/v1/session/oidc/callback'
const people: Record<string, Record<string, unknown>> = {
  alice: {
    email: 'Alice@Almere.example.nl',
    email_verified: true,
    name: 'Alice',
    weerbaar_roles: ['VR25:editor:GM0034', 'unrelated-group'],
  },
  bob: { email: 'bob@lelystad.example.nl', email_verified: true, name: 'Bob' },
  carol: {
    email: 'carol@gooi.example.nl',
    email_verified: true,
    weerbaar_roles: ['VR14:coordinator', 'VR25:editor:GM0402', 'admin', 'VR25:admin'],
  },
  dave: { email: 'dave@example.nl', email_verified: false, weerbaar_roles: ['VR25:coordinator'] },
  erin: {
    email: 'erin@flevoland.example.nl',
    email_verified: true,
    weerbaar_roles: ['VR25:coordinator'],
  },
}
let nextLogin = 'alice'

let providerServer: Server
let issuer = ''
let app: App
let config: OidcConfig

beforeAll(async () => {
  providerServer = createServer()
  await new Promise<void>((resolve) => providerServer.listen(0, '127.0.0.1', resolve))
  issuer = `http://127.0.0.1:${(providerServer.address() as AddressInfo).port}`
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'weerbaar',
        client_secret: 'a-secret-only-for-this-test',
        redirect_uris: [REDIRECT],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      weerbaar: ['weerbaar_roles'],
    },
    scopes: ['openid', 'email', 'profile', 'weerbaar'],
    findAccount: (_ctx, id) =>
      people[id] ? { accountId: id, claims: () => ({ sub: id, ...people[id] }) } : undefined,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['a-cookie-key-only-for-this-test'] },
  })
  const handle = provider.callback()
  providerServer.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return handle(req, res)
    void (async () => {
      const details = await provider.interactionDetails(req, res)
      const grant = new provider.Grant({
        accountId: nextLogin,
        clientId: String(details.params.client_id),
      })
      grant.addOIDCScope(String(details.params.scope))
      const grantId = await grant.save()
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: nextLogin }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      )
    })().catch(() => res.writeHead(500).end())
  })

  const parsed = oidcConfigFromEnv({
    WEERBAAR_OIDC_ISSUER: issuer,
    WEERBAAR_OIDC_CLIENT_ID: 'weerbaar',
    WEERBAAR_OIDC_CLIENT_SECRET: 'a-secret-only-for-this-test',
    WEERBAAR_OIDC_REDIRECT_URL: REDIRECT,
    WEERBAAR_OIDC_SCOPES: 'openid email profile weerbaar',
    WEERBAAR_OIDC_ROLE_CLAIM: 'weerbaar_roles',
    WEERBAAR_OIDC_ROLE_REGIONS: 'VR25',
  })
  if (!parsed.ok || !parsed.value) throw new Error(JSON.stringify(parsed))
  config = parsed.value
  app = await createApp({
    dataDir: 'memory://',
    dashboardDir: false,
    apiPlugins: [oidcApiPlugin(config)],
  })
  for (const file of ['vr25-flevoland', 'vr14-gooi-en-vechtstreek']) {
    const region = JSON.parse(
      readFileSync(
        new URL(`../../../../packages/demo-data/data/${file}.json`, import.meta.url),
        'utf8',
      ),
    ) as { region: { code: string } }
    const code = region.region.code
    const outcome = await app.ctx.storage.writeRegion(
      code,
      { userId: null, email: null, via: 'system' },
      (state) =>
        planReplaceRegion(state, code, region, { lang: 'en', newAssessmentId: randomUUID }),
    )
    if (!outcome.ok) throw new Error(`loading ${code} failed`)
  }
}, 60_000)

afterAll(async () => {
  await app?.close()
  await new Promise((resolve) => providerServer?.close(resolve))
})

beforeEach(() => {
  nextLogin = 'alice'
})

/** name=value of the Set-Cookie headers of an answer. */
function cookiesOf(setCookie: string | string[] | undefined): Record<string, string> {
  const list = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [setCookie]
  return Object.fromEntries(
    list.map((c) => {
      const [pair = ''] = c.split(';')
      const at = pair.indexOf('=')
      return [pair.slice(0, at), pair.slice(at + 1)]
    }),
  )
}

/**
 * The browser's part: start at the server, follow the provider's redirects with the provider's
 * cookies, and stop where the provider sends the browser back to the server's callback.
 */
async function loginAtProvider(who: string, returnTo = '/kaart') {
  nextLogin = who
  const start = await app.fastify.inject({
    method: 'GET',
    url: `/api/v1/session/oidc?returnTo=${encodeURIComponent(returnTo)}`,
  })
  expect(start.statusCode).toBe(302)
  const pending = cookiesOf(start.headers['set-cookie'])[PENDING_COOKIE]
  expect(pending).toBeTruthy()
  const jar = new Map<string, string>()
  let location = String(start.headers.location)
  expect(location.startsWith(`${issuer}/`)).toBe(true)
  for (let hop = 0; hop < 10 && location.startsWith(issuer); hop++) {
    const response = await fetch(location, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    })
    for (const [name, value] of Object.entries(cookiesOf(response.headers.getSetCookie())))
      jar.set(name, value)
    location = new URL(response.headers.get('location') ?? '', location).href
  }
  expect(location.startsWith(REDIRECT)).toBe(true)
  return { callback: new URL(location), pending: pending! }
}

async function callback(url: URL, pending: string | undefined, accept = 'text/html') {
  return app.fastify.inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    headers: {
      accept,
      ...(pending !== undefined ? { cookie: `${PENDING_COOKIE}=${pending}` } : {}),
    },
  })
}

async function me(session: string | undefined) {
  return app.fastify.inject({
    method: 'GET',
    url: '/api/v1/me',
    headers: session ? { cookie: `weerbaar_session=${session}` } : {},
  })
}

async function auditActions(email: string) {
  const rows = await app.ctx.db.query<{ action: string; via: string; after: unknown }>(
    'SELECT action, via, after FROM audit_log WHERE actor_email = $1 ORDER BY seq',
    [email],
  )
  return rows
}

describe('OpenID Connect login', () => {
  it('tells the dashboard that an organisation login is offered, and its label', async () => {
    const res = await app.fastify.inject({ method: 'GET', url: '/api/v1/session/methods' })
    expect(res.json()).toEqual({
      password: true,
      oidc: { label: 'Inloggen met uw organisatie', start: '/api/v1/session/oidc' },
    })
  })

  it('signs in end to end: a user made from the verified email, the sub kept, claims mapped, audited', async () => {
    const { callback: url, pending } = await loginAtProvider('alice')
    const res = await callback(url, pending)
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/kaart')
    const cookies = cookiesOf(res.headers['set-cookie'])
    expect(cookies.weerbaar_session).toBeTruthy()
    // The flow's secrets are single-use: the cookie is cleared.
    expect(cookies[PENDING_COOKIE]).toBe('')

    const who = await me(cookies.weerbaar_session)
    expect(who.statusCode).toBe(200)
    expect(who.json()).toMatchObject({
      user: {
        email: 'alice@almere.example.nl',
        admin: false,
        roles: [{ region: 'VR25', role: 'editor', municipalities: ['GM0034'] }],
      },
    })
    const identity = await app.ctx.db.query<{ subject: string; issuer: string }>(
      'SELECT i.subject, i.issuer FROM oidc_identities i JOIN users u ON u.id = i.user_id WHERE u.email = $1',
      ['alice@almere.example.nl'],
    )
    expect(identity).toEqual([{ subject: 'alice', issuer }])
    // The role is marked as the provider's: coordinators see it and change it there.
    const assigned = await app.ctx.db.query<{ assigned_by: string }>(
      "SELECT r.assigned_by FROM roles r JOIN users u ON u.id = r.user_id WHERE u.email = $1 AND r.region = 'VR25'",
      ['alice@almere.example.nl'],
    )
    expect(assigned).toEqual([{ assigned_by: 'oidc' }])
    const actions = (await auditActions('alice@almere.example.nl')).map(
      (a) => `${a.via}:${a.action}`,
    )
    expect(actions).toEqual([
      'oidc:user.add',
      'oidc:user.oidc_link',
      'oidc:role.set',
      'oidc:session.login',
    ])

    // The region is readable with the session; an editor of GM0034 is no coordinator.
    const region = await app.fastify.inject({
      method: 'GET',
      url: '/api/v1/regions/VR25',
      headers: { cookie: `weerbaar_session=${cookies.weerbaar_session}` },
    })
    expect(region.statusCode).toBe(200)

    // A second login finds the same user by sub, without a second account or link.
    const again = await loginAtProvider('alice')
    expect((await callback(again.callback, again.pending)).statusCode).toBe(303)
    const users = await app.ctx.db.query('SELECT id FROM users WHERE email = $1', [
      'alice@almere.example.nl',
    ])
    expect(users).toHaveLength(1)
  })

  it('refuses a tampered state: no session, no user, the failure audited', async () => {
    const { callback: url, pending } = await loginAtProvider('erin')
    const tampered = new URL(url)
    tampered.searchParams.set('state', `${url.searchParams.get('state')}x`)
    const res = await callback(tampered, pending)
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/text\/html/)
    expect(res.body).toContain('Inloggen niet gelukt')
    expect(cookiesOf(res.headers['set-cookie']).weerbaar_session).toBeUndefined()
    const users = await app.ctx.db.query('SELECT id FROM users WHERE email = $1', [
      'erin@flevoland.example.nl',
    ])
    expect(users).toEqual([])
    const failures = await app.ctx.db.query<{ after: { reason: string } }>(
      "SELECT after FROM audit_log WHERE action = 'session.login_failed' AND via = 'oidc' ORDER BY seq DESC LIMIT 1",
    )
    expect(failures[0]?.after).toEqual({ reason: 'invalid_response' })
  })

  it('refuses a callback that was not started in this browser (login CSRF), as problem+json for an API client', async () => {
    const { callback: url } = await loginAtProvider('erin')
    const withoutCookie = await callback(url, undefined, 'application/json')
    expect(withoutCookie.statusCode).toBe(400)
    expect(withoutCookie.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(withoutCookie.json().issues[0]).toMatchObject({ code: 'oidc_no_pending_login' })
    // Another browser's pending login (its own state and verifier) does not fit this code.
    const other = await loginAtProvider('bob')
    const crossed = await callback(url, other.pending)
    expect(crossed.statusCode).toBe(400)
    expect(cookiesOf(crossed.headers['set-cookie']).weerbaar_session).toBeUndefined()
  })

  it('gives a user without a role claim no roles: signed in, but no region visible', async () => {
    const { callback: url, pending } = await loginAtProvider('bob')
    const res = await callback(url, pending)
    expect(res.statusCode).toBe(303)
    const session = cookiesOf(res.headers['set-cookie']).weerbaar_session
    expect((await me(session)).json()).toMatchObject({
      user: { email: 'bob@lelystad.example.nl', roles: [] },
    })
    const regions = await app.fastify.inject({
      method: 'GET',
      url: '/api/v1/regions',
      headers: { cookie: `weerbaar_session=${session}` },
    })
    expect(regions.json()).toEqual({ regions: [] })
    const region = await app.fastify.inject({
      method: 'GET',
      url: '/api/v1/regions/VR25',
      headers: { cookie: `weerbaar_session=${session}` },
    })
    expect(region.statusCode).toBe(404)
  })

  it('never lets a claim grant a role outside the mapping: another region, a foreign municipality, admin', async () => {
    const { callback: url, pending } = await loginAtProvider('carol')
    const res = await callback(url, pending)
    expect(res.statusCode).toBe(303)
    const session = cookiesOf(res.headers['set-cookie']).weerbaar_session
    expect((await me(session)).json()).toMatchObject({
      user: { email: 'carol@gooi.example.nl', admin: false, roles: [] },
    })
    // VR14 exists on this server, but the provider is not mapped to it: 404, as for any stranger.
    const vr14 = await app.fastify.inject({
      method: 'GET',
      url: '/api/v1/regions/VR14',
      headers: { cookie: `weerbaar_session=${session}` },
    })
    expect(vr14.statusCode).toBe(404)
    const login = (await auditActions('carol@gooi.example.nl')).find(
      (a) => a.action === 'session.login',
    )
    expect(login?.after).toMatchObject({
      roles: [],
      ignoredClaims: [
        { value: 'VR14:coordinator', reason: 'region_not_mapped' },
        { value: 'VR25:editor:GM0402', reason: 'municipality_not_in_region' },
        { value: 'admin', reason: 'not_a_role' },
        { value: 'VR25:admin', reason: 'not_a_role' },
      ],
    })
  })

  it('follows the claim on every login: a role taken away at the provider is taken away here', async () => {
    people.erin = { ...people.erin, weerbaar_roles: ['VR25:coordinator'] }
    const first = await loginAtProvider('erin')
    const session = cookiesOf(
      (await callback(first.callback, first.pending)).headers['set-cookie'],
    ).weerbaar_session
    expect((await me(session)).json().user.roles).toEqual([
      { region: 'VR25', role: 'coordinator', municipalities: [] },
    ])
    people.erin = { ...people.erin, weerbaar_roles: [] }
    const second = await loginAtProvider('erin')
    const next = cookiesOf(
      (await callback(second.callback, second.pending)).headers['set-cookie'],
    ).weerbaar_session
    expect((await me(next)).json().user.roles).toEqual([])
  })

  it('links an existing account by its verified email, and refuses an unverified one', async () => {
    const existing = await app.ctx.accounts.upsertUser(
      {
        email: 'dave@example.nl',
        passwordHash: null,
        role: { region: 'VR14', role: 'viewer', municipalities: [] },
      },
      { actorId: null, actorEmail: null, via: 'system' },
    )
    const { callback: url, pending } = await loginAtProvider('dave')
    const res = await callback(url, pending)
    expect(res.statusCode).toBe(403)
    expect(res.body).toContain('bevestigd e-mailadres')
    expect(cookiesOf(res.headers['set-cookie']).weerbaar_session).toBeUndefined()
    const links = await app.ctx.db.query('SELECT 1 FROM oidc_identities WHERE user_id = $1', [
      existing.id,
    ])
    expect(links).toEqual([])

    people.dave = { ...people.dave, email_verified: true }
    const retry = await loginAtProvider('dave')
    const ok = await callback(retry.callback, retry.pending)
    expect(ok.statusCode).toBe(303)
    const who = (await me(cookiesOf(ok.headers['set-cookie']).weerbaar_session)).json()
    expect(who.user.id).toBe(existing.id)
    // A role given on the server in a region the provider is not mapped to stays.
    expect(who.user.roles).toEqual([
      { region: 'VR14', role: 'viewer', municipalities: [] },
      { region: 'VR25', role: 'coordinator', municipalities: [] },
    ])
  })

  it('sends a returnTo that leaves the site back to the start page', async () => {
    const { callback: url, pending } = await loginAtProvider('bob', '//evil.example/steal')
    const res = await callback(url, pending)
    expect(res.headers.location).toBe('/')
  })
})

describe('without OpenID Connect configured', () => {
  it('offers password login only, and the OIDC routes are not found', async () => {
    const plain = await createApp({
      dataDir: 'memory://',
      dashboardDir: false,
      apiPlugins: [oidcApiPlugin(undefined)],
    })
    try {
      const methods = await plain.fastify.inject({ method: 'GET', url: '/api/v1/session/methods' })
      expect(methods.json()).toEqual({ password: true, oidc: null })
      const start = await plain.fastify.inject({ method: 'GET', url: '/api/v1/session/oidc' })
      expect(start.statusCode).toBe(404)
    } finally {
      await plain.close()
    }
  })
})
