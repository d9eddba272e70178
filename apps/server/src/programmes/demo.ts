import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { validateProgramme } from '@weerbaar/core'
import { appendAudit } from '../audit/log.ts'
import type { ServerContext } from '../context.ts'

/**
 * The demo programme "Weerbaarheid en veerkracht" of the two demo regions
 * (`@weerbaar/demo-data`), put on the server when it is not there yet, audited as the system.
 * Returns whether it was added. Nobody but an administrator or a coordinator of both demo
 * regions could create it through the API, so a demo installation gets it this way.
 */
export async function seedDemoProgramme(ctx: ServerContext): Promise<boolean> {
  const path = createRequire(import.meta.url).resolve(
    '@weerbaar/demo-data/data/programme-weerbaarheid-en-veerkracht.json',
  )
  const parsed = validateProgramme(JSON.parse(readFileSync(path, 'utf8')), { lang: 'en' })
  if (!parsed.ok) throw new Error(`Demo programme ${path}: ${parsed.issues[0]?.message ?? ''}`)
  const programme = parsed.value
  return ctx.db.transaction(async (tx) => {
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO programmes (id, regions, document, revision) VALUES ($1, $2, $3, 1)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [programme.id, programme.regions, JSON.stringify(programme)],
    )
    if (inserted.length === 0) return false
    await appendAudit(tx, [
      {
        actorId: null,
        actorEmail: null,
        via: 'system',
        action: 'programme.put',
        region: programme.regions[0] ?? null,
        entityKind: 'programme',
        entityId: programme.id,
        before: null,
        after: programme,
      },
    ])
    return true
  })
}
