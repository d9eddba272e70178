import { buildWebsite, WEBSITE_CONTENT_SECURITY_POLICY } from '@weerbaar/website'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { websiteOptions } from '../src/publiek/site.ts'
import { todayInAmsterdam } from '../src/regions/plugin.ts'
import { regionDocument } from '../src/regions/service.ts'
import {
  backends,
  freshDatabase,
  type TestDatabase,
  type TestServer,
  startTestServer,
} from './helpers.ts'

describe.each(backends)('the resident website at /publiek on %s', (backend) => {
  let db: TestDatabase
  let server: TestServer

  beforeAll(async () => {
    db = await freshDatabase(backend)
    server = await startTestServer(db)
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  it('serves, without login, every file `weerbaar website` writes, byte for byte', async () => {
    const region = regionDocument((await server.app.ctx.storage.readRegion('VR25'))!)
    const base = `${server.url}/publiek/VR25/`
    const site = buildWebsite(region, websiteOptions(region, todayInAmsterdam(), base))
    expect(site.size).toBeGreaterThan(10)
    for (const [path, file] of site) {
      const answer = await fetch(`${base}${path}`)
      expect(answer.status, path).toBe(200)
      // The server may add a charset; the type is the site's.
      expect(answer.headers.get('content-type')?.split(';')[0], path).toBe(
        file.contentType.split(';')[0],
      )
      expect(answer.headers.get('content-security-policy'), path).toBe(
        WEBSITE_CONTENT_SECURITY_POLICY,
      )
      expect(await answer.text(), path).toBe(file.body)
    }
  })

  it('never shows a non-public point, and answers 404 for an unknown region or page', async () => {
    const region = regionDocument((await server.app.ctx.storage.readRegion('VR25'))!)
    const hidden = region.points.filter((p) => p.public === false)
    expect(hidden.length).toBeGreaterThan(0)
    for (const page of ['', 'gemeente/GM0034.html', 'noodsteunpunten.geojson']) {
      const text = await (await fetch(`${server.url}/publiek/VR25/${page}`)).text()
      for (const p of hidden)
        if (!region.points.some((q) => q.public !== false && q.name === p.name))
          expect(text, `${p.id} on ${page}`).not.toContain(p.name)
    }
    expect((await fetch(`${server.url}/publiek/VR99/`)).status).toBe(404)
    expect((await fetch(`${server.url}/publiek/VR25/gemeente/GM9999.html`)).status).toBe(404)
    expect((await fetch(`${server.url}/publiek/VR25/../../api/v1/me`)).status).not.toBe(200)
  })

  it('lets a municipality frame the embed page, and no other page', async () => {
    const embed = await fetch(`${server.url}/publiek/VR25/embed/GM0034.html`)
    expect(embed.status).toBe(200)
    expect(embed.headers.get('x-frame-options')).toBeNull()
    const page = await fetch(`${server.url}/publiek/VR25/gemeente/GM0034.html`)
    expect(page.headers.get('x-frame-options')).not.toBeNull()
  })
})

describe('the mark that tells the dashboard it is served by a Weerbaar server', () => {
  it('is on every answer, also on a page the server does not have', async () => {
    const db = await freshDatabase('pglite')
    const server = await startTestServer(db)
    try {
      for (const path of ['/', '/api/v1/health', '/publiek/VR25/'])
        expect((await fetch(`${server.url}${path}`)).headers.get('x-weerbaar-server'), path).toBe(
          '1',
        )
    } finally {
      await server.close()
      await db.drop()
    }
  })
})
