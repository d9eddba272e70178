import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../src/accounts/passwords.ts'
import {
  backends,
  client,
  freshDatabase,
  login,
  startTestServer,
  type Client,
  type TestDatabase,
  type TestServer,
} from './helpers.ts'

/** Every audit entry about one user, as JSON text, to look for secrets in it. */
async function auditTextOf(server: TestServer, userId: string) {
  const entries = await server.app.ctx.storage.queryAudit({
    entityKind: 'user',
    entityId: userId,
    limit: 1000,
  })
  return { entries, text: JSON.stringify(entries) }
}

describe.each(backends)('user and role management on %s', (backend) => {
  let db: TestDatabase
  let server: TestServer
  let coordinator: Client
  let coordinatorVr14: Client
  let almere: Client
  let viewer: Client
  let admin: Client
  let anonymous: Client

  beforeAll(async () => {
    db = await freshDatabase(backend)
    server = await startTestServer(db, {
      rateLimits: { loginsPerAddress: 1000, failuresPerAccount: 5 },
    })
    const a = server.accounts
    coordinator = await login(server.url, a.coordinatorVr25.email, a.coordinatorVr25.password)
    coordinatorVr14 = await login(server.url, a.coordinatorVr14.email, a.coordinatorVr14.password)
    almere = await login(server.url, a.editorAlmere.email, a.editorAlmere.password)
    viewer = await login(server.url, a.viewer.email, a.viewer.password)
    await server.app.ctx.accounts.upsertUser(
      {
        email: 'beheer@weerbaar.example',
        passwordHash: await hashPassword('beheer-wachtwoord-1'),
        admin: true,
      },
      { actorId: null, actorEmail: null, via: 'system' },
    )
    admin = await login(server.url, 'beheer@weerbaar.example', 'beheer-wachtwoord-1')
    anonymous = client(server.url)
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  it("lists a region's users for its coordinator only: editor and viewer 403, another region 404, nobody 401", async () => {
    const list = await coordinator.json('GET', '/api/v1/regions/VR25/users')
    expect(list.status).toBe(200)
    const almereUser = list.body.users.find(
      (u: { email: string }) => u.email === server.accounts.editorAlmere.email,
    )
    expect(almereUser).toEqual({
      id: expect.any(String),
      email: server.accounts.editorAlmere.email,
      name: '',
      role: 'editor',
      municipalities: ['GM0034'],
      via: 'password',
      lastSignIn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      assignedBy: 'coordinator',
    })
    // Only roles in VR25: the VR14 coordinator is not listed.
    expect(
      list.body.users.some(
        (u: { email: string }) => u.email === server.accounts.coordinatorVr14.email,
      ),
    ).toBe(false)
    expect((await almere.request('GET', '/api/v1/regions/VR25/users')).status).toBe(403)
    expect((await viewer.request('GET', '/api/v1/regions/VR25/users')).status).toBe(403)
    expect((await coordinatorVr14.request('GET', '/api/v1/regions/VR25/users')).status).toBe(404)
    expect((await anonymous.request('GET', '/api/v1/regions/VR25/users')).status).toBe(401)
    expect((await admin.request('GET', '/api/v1/regions/VR25/users')).status).toBe(200)
    expect((await admin.request('GET', '/api/v1/regions/VR99/users')).status).toBe(404)
  })

  it('creates an account with a temporary password that signs in once and must be replaced', async () => {
    const added = await coordinator.json('POST', '/api/v1/regions/VR25/users', {
      body: {
        email: 'Nieuw.Lelystad@weerbaar.example',
        name: 'Nieuwe Collega',
        role: 'editor',
        municipalities: ['GM0995'],
      },
    })
    expect(added.status).toBe(201)
    expect(added.headers.get('cache-control')).toBe('no-store')
    expect(added.body.user).toMatchObject({
      email: 'nieuw.lelystad@weerbaar.example',
      name: 'Nieuwe Collega',
      role: 'editor',
      municipalities: ['GM0995'],
      via: 'password',
      lastSignIn: null,
      assignedBy: 'coordinator',
    })
    const temporary = added.body.temporaryPassword as string
    expect(temporary).toMatch(/^\S{16,}$/)

    const fresh = await login(server.url, 'nieuw.lelystad@weerbaar.example', temporary)
    const me = await fresh.json('GET', '/api/v1/me')
    expect(me.body.user.mustChangePassword).toBe(true)
    // Nothing else until the password is changed.
    const blocked = await fresh.json('GET', '/api/v1/regions/VR25')
    expect(blocked.status).toBe(403)
    expect(blocked.body.issues[0].code).toBe('password_change_required')
    expect((await fresh.request('POST', '/api/v1/me/tokens', { body: { name: 'x' } })).status).toBe(
      403,
    )
    // Too short, wrong current password, the same password: refused.
    expect(
      (
        await fresh.request('POST', '/api/v1/me/password', {
          body: { current: temporary, new: 'kort' },
        })
      ).status,
    ).toBe(422)
    expect(
      (
        await fresh.request('POST', '/api/v1/me/password', {
          body: { current: 'niet-het-wachtwoord', new: 'mijn-eigen-wachtwoord-1' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await fresh.request('POST', '/api/v1/me/password', {
          body: { current: temporary, new: temporary },
        })
      ).status,
    ).toBe(422)
    const changed = await fresh.request('POST', '/api/v1/me/password', {
      body: { current: temporary, new: 'mijn-eigen-wachtwoord-1' },
    })
    expect(changed.status).toBe(204)
    expect((await fresh.request('GET', '/api/v1/regions/VR25')).status).toBe(200)
    // The temporary password no longer works; the new one does.
    expect(
      (
        await anonymous.request('POST', '/api/v1/session', {
          body: { email: 'nieuw.lelystad@weerbaar.example', password: temporary },
        })
      ).status,
    ).toBe(401)
    await login(server.url, 'nieuw.lelystad@weerbaar.example', 'mijn-eigen-wachtwoord-1')

    // The audit trail has the account and its role, never a password or a hash.
    const { entries, text } = await auditTextOf(server, added.body.user.id)
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.add', 'role.set', 'user.password']),
    )
    const roleSet = entries.find((e) => e.action === 'role.set')!
    expect(roleSet.region).toBe('VR25')
    expect(roleSet.after).toEqual({
      email: 'nieuw.lelystad@weerbaar.example',
      role: 'editor',
      municipalities: ['GM0995'],
    })
    expect(text).not.toContain(temporary)
    expect(text).not.toContain('mijn-eigen-wachtwoord-1')
    expect(text).not.toContain('scrypt$')
  })

  it('a temporary password stops working after its week', async () => {
    const added = await coordinator.json('POST', '/api/v1/regions/VR25/users', {
      body: { email: 'laat@weerbaar.example', role: 'viewer' },
    })
    expect(added.status).toBe(201)
    await server.app.ctx.db.query(
      "UPDATE users SET password_expires_at = now() - interval '1 minute' WHERE id = $1",
      [added.body.user.id],
    )
    const late = await anonymous.json('POST', '/api/v1/session', {
      body: { email: 'laat@weerbaar.example', password: added.body.temporaryPassword },
    })
    expect(late.status).toBe(401)
    expect(late.body.issues[0].code).toBe('bad_login')
  })

  it('gives an existing account a role without a new password, and refuses a second role in the same region', async () => {
    const added = await coordinator.json('POST', '/api/v1/regions/VR25/users', {
      body: { email: server.accounts.coordinatorVr14.email, role: 'viewer' },
    })
    expect(added.status).toBe(201)
    expect(added.body.temporaryPassword).toBeUndefined()
    expect(added.body.user.role).toBe('viewer')
    // The VR14 coordinator can now read VR25, with the same password as before.
    expect((await coordinatorVr14.request('GET', '/api/v1/regions/VR25')).status).toBe(200)
    const again = await coordinator.json('POST', '/api/v1/regions/VR25/users', {
      body: { email: server.accounts.coordinatorVr14.email, role: 'editor', municipalities: [] },
    })
    expect(again.status).toBe(422)
    const twice = await coordinator.json('POST', '/api/v1/regions/VR25/users', {
      body: { email: server.accounts.coordinatorVr14.email, role: 'viewer' },
    })
    expect(twice.status).toBe(409)
    expect(twice.body.issues[0].code).toBe('already_has_role')
  })

  it('refuses admin, municipalities of another region, and an editor without municipalities', async () => {
    const asAdmin = await coordinator.json('POST', '/api/v1/regions/VR25/users', {
      body: { email: 'baas@weerbaar.example', role: 'admin' },
    })
    expect(asAdmin.status).toBe(403)
    expect(asAdmin.body.issues[0].code).toBe('admin_not_grantable')
    const almereId = await idOf(coordinator, 'VR25', server.accounts.editorAlmere.email)
    expect(
      (
        await coordinator.request('PUT', `/api/v1/regions/VR25/users/${almereId}`, {
          body: { role: 'admin' },
        })
      ).status,
    ).toBe(403)
    const hilversum = await coordinator.json('POST', '/api/v1/regions/VR25/users', {
      body: { email: 'h@weerbaar.example', role: 'editor', municipalities: ['GM0402'] },
    })
    expect(hilversum.status).toBe(422)
    expect(hilversum.body.issues[0].path).toBe('municipalities.0')
    const none = await coordinator.json('POST', '/api/v1/regions/VR25/users', {
      body: { email: 'h@weerbaar.example', role: 'editor' },
    })
    expect(none.status).toBe(422)
    expect(none.body.issues[0].code).toBe('editor_without_municipality')
    const viewerWithPlaces = await coordinator.json('POST', '/api/v1/regions/VR25/users', {
      body: { email: 'h@weerbaar.example', role: 'viewer', municipalities: ['GM0034'] },
    })
    expect(viewerWithPlaces.status).toBe(422)
    // Nothing was created by the refused requests.
    expect(await server.app.ctx.accounts.findByEmail('h@weerbaar.example')).toBeUndefined()
    expect(await server.app.ctx.accounts.findByEmail('baas@weerbaar.example')).toBeUndefined()
  })

  it("a coordinator cannot touch another region's roles, not even of a user they also manage", async () => {
    const vr14Id = await idOf(coordinatorVr14, 'VR14', server.accounts.viewer.email)
    for (const [method, path, body] of [
      ['PUT', `/api/v1/regions/VR14/users/${vr14Id}`, { role: 'coordinator' }],
      ['DELETE', `/api/v1/regions/VR14/users/${vr14Id}`, undefined],
      ['POST', `/api/v1/regions/VR14/users/${vr14Id}/reset`, undefined],
      ['POST', '/api/v1/regions/VR14/users', { email: 'x@weerbaar.example', role: 'viewer' }],
    ] as const) {
      const answer = await coordinator.request(method, path, body ? { body } : {})
      expect(answer.status, `${method} ${path}`).toBe(404)
    }
    // The viewer's VR14 role is untouched.
    const me = await viewer.json('GET', '/api/v1/me')
    expect(me.body.user.roles).toContainEqual({
      region: 'VR14',
      role: 'viewer',
      municipalities: [],
    })
    // A user with a role in VR14 only is not found through VR25.
    const onlyVr14 = await coordinatorVr14.json('POST', '/api/v1/regions/VR14/users', {
      body: { email: 'alleen.vr14@weerbaar.example', role: 'viewer' },
    })
    expect(
      (await coordinator.request('DELETE', `/api/v1/regions/VR25/users/${onlyVr14.body.user.id}`))
        .status,
    ).toBe(404)
  })

  it('never removes or demotes the last coordinator of a region (409, Dutch or English)', async () => {
    const id = await idOf(coordinatorVr14, 'VR14', server.accounts.coordinatorVr14.email)
    const demote = await coordinatorVr14.json('PUT', `/api/v1/regions/VR14/users/${id}`, {
      body: { role: 'viewer' },
    })
    expect(demote.status).toBe(409)
    expect(demote.body.issues[0].code).toBe('last_coordinator')
    expect(demote.body.issues[0].message).toContain('laatste coördinator')
    const remove = await coordinatorVr14.json('DELETE', `/api/v1/regions/VR14/users/${id}`, {
      headers: { 'accept-language': 'en' },
    })
    expect(remove.status).toBe(409)
    expect(remove.body.issues[0].message).toContain("region's last coordinator")
    // The administrator cannot delete the account either while it is the last coordinator.
    const deleted = await admin.json('DELETE', `/api/v1/users/${id}`)
    expect(deleted.status).toBe(409)
    expect((await coordinatorVr14.request('GET', '/api/v1/regions/VR14/users')).status).toBe(200)
  })

  it('removing a role ends access to the region at once; the account stays', async () => {
    const added = await coordinator.json('POST', '/api/v1/regions/VR25/users', {
      body: { email: 'tijdelijk@weerbaar.example', role: 'viewer' },
    })
    const user = await login(server.url, 'tijdelijk@weerbaar.example', added.body.temporaryPassword)
    await user.request('POST', '/api/v1/me/password', {
      body: { current: added.body.temporaryPassword, new: 'tijdelijk-wachtwoord-1' },
    })
    expect((await user.request('GET', '/api/v1/regions/VR25')).status).toBe(200)
    const stream = await user.request('GET', '/api/v1/regions/VR25/events')
    expect(stream.status).toBe(200)
    const reader = stream.body!.getReader()
    const removed = await coordinator.request(
      'DELETE',
      `/api/v1/regions/VR25/users/${added.body.user.id}`,
    )
    expect(removed.status).toBe(204)
    // The open event stream ends at the next change instead of passing it on.
    expect(
      (
        await coordinator.request('POST', '/api/v1/regions/VR25/assessments', {
          body: {
            id: 'na-verwijderen-1',
            point: 'kazerne-urk',
            requirement: 'info.board',
            date: '2026-11-03',
            result: 'met',
          },
        })
      ).status,
    ).toBe(201)
    let streamed = ''
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      streamed += new TextDecoder().decode(value)
    }
    expect(streamed).toContain('event: revoked')
    expect(streamed).not.toContain('na-verwijderen-1')
    // With no role left, the sessions ended: signed out.
    expect((await user.request('GET', '/api/v1/regions/VR25')).status).toBe(401)
    expect(await server.app.ctx.accounts.findByEmail('tijdelijk@weerbaar.example')).toBeDefined()
    const list = await coordinator.json('GET', '/api/v1/regions/VR25/users')
    expect(list.body.users.some((u: { id: string }) => u.id === added.body.user.id)).toBe(false)
    const { entries } = await auditTextOf(server, added.body.user.id)
    const removal = entries.find((e) => e.action === 'role.remove')!
    expect(removal.before).toEqual({
      email: 'tijdelijk@weerbaar.example',
      role: 'viewer',
      municipalities: [],
    })
    expect(removal.after).toBeNull()
  })

  it('an editor whose role is removed in one region loses it there but keeps the other', async () => {
    const id = await idOf(coordinator, 'VR25', server.accounts.viewer.email)
    expect((await coordinator.request('DELETE', `/api/v1/regions/VR25/users/${id}`)).status).toBe(
      204,
    )
    expect((await viewer.request('GET', '/api/v1/regions/VR25')).status).toBe(404)
    expect((await viewer.request('GET', '/api/v1/regions/VR14')).status).toBe(200)
    // Give it back for the tests after this one.
    await coordinator.request('POST', '/api/v1/regions/VR25/users', {
      body: { email: server.accounts.viewer.email, role: 'viewer' },
    })
  })

  it('reset access ends sessions and tokens and gives a new temporary password, once', async () => {
    const added = await coordinator.json('POST', '/api/v1/regions/VR25/users', {
      body: { email: 'vergeten@weerbaar.example', role: 'editor', municipalities: ['GM0034'] },
    })
    const user = await login(server.url, 'vergeten@weerbaar.example', added.body.temporaryPassword)
    await user.request('POST', '/api/v1/me/password', {
      body: { current: added.body.temporaryPassword, new: 'vergeten-wachtwoord-1' },
    })
    const token = await user.json('POST', '/api/v1/me/tokens', { body: { name: 'pijplijn' } })
    expect(token.status).toBe(201)
    const bearer = client(server.url, { token: token.body.token })
    expect((await bearer.request('GET', '/api/v1/regions/VR25')).status).toBe(200)

    const reset = await coordinator.json(
      'POST',
      `/api/v1/regions/VR25/users/${added.body.user.id}/reset`,
    )
    expect(reset.status).toBe(200)
    expect(reset.headers.get('cache-control')).toBe('no-store')
    expect(reset.body.temporaryPassword).toMatch(/^\S{16,}$/)
    expect((await user.request('GET', '/api/v1/regions/VR25')).status).toBe(401)
    expect((await bearer.request('GET', '/api/v1/regions/VR25')).status).toBe(401)
    expect(
      (
        await anonymous.request('POST', '/api/v1/session', {
          body: { email: 'vergeten@weerbaar.example', password: 'vergeten-wachtwoord-1' },
        })
      ).status,
    ).toBe(401)
    const again = await login(server.url, 'vergeten@weerbaar.example', reset.body.temporaryPassword)
    expect((await again.json('GET', '/api/v1/me')).body.user.mustChangePassword).toBe(true)
    const { entries, text } = await auditTextOf(server, added.body.user.id)
    expect(entries.find((e) => e.action === 'user.reset')!.after).toMatchObject({
      sessionsEnded: 1,
      tokensRevoked: 1,
      temporaryPassword: true,
    })
    expect(text).not.toContain(reset.body.temporaryPassword)
  })

  it('a coordinator cannot reset an account that has rights outside their region', async () => {
    // The viewer also has a role in VR14: a VR25 coordinator must not take it over.
    const id = await idOf(coordinator, 'VR25', server.accounts.viewer.email)
    const refused = await coordinator.json('POST', `/api/v1/regions/VR25/users/${id}/reset`)
    expect(refused.status).toBe(403)
    expect(refused.body.issues[0].code).toBe('roles_elsewhere')
    expect((await viewer.request('GET', '/api/v1/regions/VR14')).status).toBe(200)
    // The administrator may.
    const byAdmin = await admin.json('POST', `/api/v1/regions/VR25/users/${id}/reset`)
    expect(byAdmin.status).toBe(200)
    expect((await viewer.request('GET', '/api/v1/regions/VR14')).status).toBe(401)
  })

  it('a role from the identity provider is shown as such and changed there, not here', async () => {
    const added = await coordinator.json('POST', '/api/v1/regions/VR25/users', {
      body: { email: 'sso@weerbaar.example', role: 'viewer' },
    })
    await server.app.ctx.db.query(
      "UPDATE roles SET assigned_by = 'oidc' WHERE user_id = $1 AND region = 'VR25'",
      [added.body.user.id],
    )
    const shown = await coordinator.json('GET', '/api/v1/regions/VR25/users')
    expect(
      shown.body.users.find((u: { id: string }) => u.id === added.body.user.id).assignedBy,
    ).toBe('oidc')
    const change = await coordinator.json(
      'PUT',
      `/api/v1/regions/VR25/users/${added.body.user.id}`,
      {
        body: { role: 'coordinator' },
      },
    )
    expect(change.status).toBe(409)
    expect(change.body.issues[0].code).toBe('managed_by_identity_provider')
    expect(
      (await coordinator.request('DELETE', `/api/v1/regions/VR25/users/${added.body.user.id}`))
        .status,
    ).toBe(409)
  })

  it('changes a role with before and after in the audit trail', async () => {
    const id = await idOf(coordinator, 'VR25', server.accounts.editorAlmere.email)
    const changed = await coordinator.json('PUT', `/api/v1/regions/VR25/users/${id}`, {
      body: { role: 'editor', municipalities: ['GM0034', 'GM0050'] },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.user.municipalities).toEqual(['GM0034', 'GM0050'])
    // The editor's rights follow at once: Zeewolde (GM0050) is now theirs.
    const me = await almere.json('GET', '/api/v1/me')
    expect(me.body.user.roles[0].municipalities).toEqual(['GM0034', 'GM0050'])
    const { entries } = await auditTextOf(server, id)
    const last = entries.filter((e) => e.action === 'role.set').at(-1)!
    expect(last.before).toEqual({
      email: server.accounts.editorAlmere.email,
      role: 'editor',
      municipalities: ['GM0034'],
    })
    expect(last.after).toEqual({
      email: server.accounts.editorAlmere.email,
      role: 'editor',
      municipalities: ['GM0034', 'GM0050'],
    })
    expect(last.actorEmail).toBe(server.accounts.coordinatorVr25.email)
  })

  it('the administrator lists every user and deletes accounts; nobody else can', async () => {
    expect((await coordinator.request('GET', '/api/v1/users')).status).toBe(403)
    expect((await anonymous.request('GET', '/api/v1/users')).status).toBe(401)
    const all = await admin.json('GET', '/api/v1/users')
    expect(all.status).toBe(200)
    const viewerEntry = all.body.users.find(
      (u: { email: string }) => u.email === server.accounts.viewer.email,
    )
    expect(viewerEntry.roles.map((r: { region: string }) => r.region)).toEqual(['VR14', 'VR25'])
    const target = await coordinator.json('POST', '/api/v1/regions/VR25/users', {
      body: { email: 'weg@weerbaar.example', role: 'viewer' },
    })
    expect(
      (await coordinator.request('DELETE', `/api/v1/users/${target.body.user.id}`)).status,
    ).toBe(403)
    expect((await admin.request('DELETE', `/api/v1/users/${target.body.user.id}`)).status).toBe(204)
    expect(await server.app.ctx.accounts.findByEmail('weg@weerbaar.example')).toBeUndefined()
    const { entries } = await auditTextOf(server, target.body.user.id)
    expect(entries.at(-1)!.action).toBe('user.delete')
  })
})

async function idOf(coordinator: Client, region: string, email: string): Promise<string> {
  const list = await coordinator.json('GET', `/api/v1/regions/${region}/users`)
  const found = list.body.users.find((u: { email: string }) => u.email === email)
  if (!found) throw new Error(`${email} has no role in ${region}`)
  return found.id
}

describe.each(backends)('a new region on the installation on %s', (backend) => {
  let db: TestDatabase
  let server: TestServer

  beforeAll(async () => {
    db = await freshDatabase(backend)
    server = await startTestServer(db)
    await server.app.ctx.accounts.upsertUser(
      {
        email: 'beheer@weerbaar.example',
        passwordHash: await hashPassword('beheer-wachtwoord-1'),
        admin: true,
      },
      { actorId: null, actorEmail: null, via: 'system' },
    )
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  const utrecht = {
    code: 'VR09',
    name: 'Veiligheidsregio Utrecht (test)',
    municipalities: [{ code: 'GM0344', name: 'Utrecht', population: 374_000 }],
  }

  it('the administrator creates an empty region and gives it its first coordinator', async () => {
    const a = server.accounts
    const coordinator = await login(server.url, a.coordinatorVr25.email, a.coordinatorVr25.password)
    expect((await coordinator.request('POST', '/api/v1/regions', { body: utrecht })).status).toBe(
      403,
    )
    const admin = await login(server.url, 'beheer@weerbaar.example', 'beheer-wachtwoord-1')
    const created = await admin.json('POST', '/api/v1/regions', { body: utrecht })
    expect(created.status).toBe(201)
    expect(created.headers.get('location')).toBe('/api/v1/regions/VR09')
    const region = await admin.json('GET', '/api/v1/regions/VR09')
    expect(region.body).toMatchObject({
      region: { code: 'VR09', name: utrecht.name },
      guideline: { id: 'noodsteunpunten' },
      municipalities: utrecht.municipalities,
      points: [],
    })
    expect((await admin.json('POST', '/api/v1/regions', { body: utrecht })).status).toBe(409)
    const bad = await admin.json('POST', '/api/v1/regions', {
      body: {
        ...utrecht,
        code: 'VR90',
        municipalities: [{ code: 'Utrecht', name: 'U', population: 1 }],
      },
    })
    expect(bad.status).toBe(422)
    expect(bad.body.issues[0].path).toBe('municipalities.0.code')
    expect((await admin.request('GET', '/api/v1/regions/VR90')).status).toBe(404)

    const first = await admin.json('POST', '/api/v1/regions/VR09/users', {
      body: { email: 'coordinator.vr09@weerbaar.example', role: 'coordinator' },
    })
    expect(first.status).toBe(201)
    const vr09 = await login(
      server.url,
      'coordinator.vr09@weerbaar.example',
      first.body.temporaryPassword,
    )
    await vr09.request('POST', '/api/v1/me/password', {
      body: { current: first.body.temporaryPassword, new: 'utrecht-wachtwoord-1' },
    })
    expect((await vr09.json('GET', '/api/v1/regions')).body.regions).toEqual([
      expect.objectContaining({ code: 'VR09', role: 'coordinator' }),
    ])
    // The VR25 coordinator does not learn that VR09 exists.
    expect((await coordinator.request('GET', '/api/v1/regions/VR09')).status).toBe(404)
  })
})
