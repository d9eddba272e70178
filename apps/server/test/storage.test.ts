import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createApp, type App } from '../src/app.ts'
import { backup, restore } from '../src/backup.ts'
import { regionDocument } from '../src/regions/service.ts'
import { seedDemo } from '../src/demo.ts'
import { backends, freshDatabase, type TestDatabase } from './helpers.ts'

describe.each(backends)('storage on %s', (backend) => {
  const cleanup: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn()
  })
  async function open(db?: TestDatabase): Promise<{ app: App; db: TestDatabase }> {
    const database = db ?? (await freshDatabase(backend))
    if (!db) cleanup.push(() => database.drop())
    const app = await createApp({ ...database.options, dashboardDir: false })
    cleanup.push(() => app.close())
    return { app, db: database }
  }

  it('refuses to update or delete audit entries (a database trigger)', async () => {
    const { app } = await open()
    await app.ctx.storage.appendAudit([
      { actorId: null, actorEmail: 'a@b.example', via: 'cli', action: 'test' },
    ])
    await expect(app.ctx.db.query("UPDATE audit_log SET action = 'changed'")).rejects.toThrow(
      /append-only/,
    )
    await expect(app.ctx.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/)
    await expect(app.ctx.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/)
  })

  it('audit verify finds the first altered entry, and a removed one', async () => {
    const { app } = await open()
    const input = (n: number) => ({
      actorId: null,
      actorEmail: 'a@b.example',
      via: 'cli' as const,
      action: `test.${n}`,
      after: { n },
    })
    await app.ctx.storage.appendAudit([input(1), input(2), input(3), input(4)])
    expect(await app.ctx.storage.verifyAudit()).toMatchObject({ ok: true, entries: 4 })
    // Someone with the database owner's rights goes around the trigger.
    await app.ctx.db.transaction(async (tx) => {
      await tx.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete')
      await tx.query(`UPDATE audit_log SET after = '{"n": 99}' WHERE seq = 3`)
      await tx.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete')
    })
    expect(await app.ctx.storage.verifyAudit()).toEqual({
      ok: false,
      entries: 2,
      first: { seq: 3, problem: 'altered' },
    })
    await app.ctx.db.transaction(async (tx) => {
      await tx.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete')
      await tx.query('DELETE FROM audit_log WHERE seq = 2')
      await tx.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete')
    })
    expect(await app.ctx.storage.verifyAudit()).toEqual({
      ok: false,
      entries: 1,
      first: { seq: 2, problem: 'removed' },
    })
  })

  it(
    'backup, then restore into an empty database, gives the identical region, users and audit trail',
    { timeout: 180_000 },
    async () => {
      const { app } = await open()
      await seedDemo(app.ctx)
      const dir = mkdtempSync(join(tmpdir(), 'weerbaar-backup-'))
      const file = join(dir, 'backup.jsonl')
      const counts = await backup(app.ctx.db, file)
      expect(counts.entities).toBeGreaterThan(1000)
      const { app: target } = await open()
      const restored = await restore(target.ctx.db, file)
      expect(restored).toEqual(Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)))
      for (const code of ['VR25', 'VR14']) {
        const before = await app.ctx.storage.readRegion(code)
        const after = await target.ctx.storage.readRegion(code)
        expect(JSON.stringify(regionDocument(after!))).toBe(JSON.stringify(regionDocument(before!)))
        expect(after!.lastSeq).toBe(before!.lastSeq)
        expect(await target.ctx.storage.changesSince(code, 0, 50)).toEqual(
          await app.ctx.storage.changesSince(code, 0, 50),
        )
      }
      expect(await target.ctx.accounts.listUsers()).toEqual(await app.ctx.accounts.listUsers())
      expect(await target.ctx.storage.verifyAudit()).toEqual(await app.ctx.storage.verifyAudit())
      // Into a database with data: refused, nothing changed.
      await expect(restore(target.ctx.db, file)).rejects.toThrow(/not empty/)
      // A damaged file: refused as a whole.
      const { app: third } = await open()
      const lines = readFileSync(file, 'utf8').split('\n')
      writeFileSync(
        file,
        [...lines.slice(0, 5), '{"t":"nope","r":{}}', ...lines.slice(5)].join('\n'),
      )
      await expect(restore(third.ctx.db, file)).rejects.toThrow(/unknown table/)
      expect(await third.ctx.storage.listRegions()).toEqual([])
    },
  )

  it('replaces an existing file only with a whole backup', async () => {
    const { app } = await open()
    const file = join(mkdtempSync(join(tmpdir(), 'weerbaar-backup-')), 'exists.jsonl')
    writeFileSync(file, 'keep me')
    await backup(app.ctx.db, file)
    // The backup is written next to it and renamed: the old file is replaced only by a whole backup.
    expect(readFileSync(file, 'utf8').startsWith('{"format":"weerbaar-backup"')).toBe(true)
  })
})
