import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parseRegion } from '@weerbaar/core'
import { demoRegions } from '@weerbaar/demo-data'
import { catalog } from '@weerbaar/guidelines'
import { generatePassword, hashPassword } from './accounts/passwords.ts'
import type { Role } from './accounts/store.ts'
import type { ServerContext } from './context.ts'
import { GridStore, readGridFile } from './coverage/grids.ts'
import { seedDemoProgramme } from './programmes/demo.ts'
import { planReplaceRegion } from './regions/service.ts'

export interface DemoAccount {
  email: string
  password: string
  description: string
}

const DEMO_ACCOUNTS: { email: string; description: string; roles: Role[] }[] = [
  {
    email: 'coordinator.vr25@weerbaar.example',
    description: 'coordinator VR25 Flevoland',
    roles: [{ region: 'VR25', role: 'coordinator', municipalities: [] }],
  },
  {
    email: 'coordinator.vr14@weerbaar.example',
    description: 'coordinator VR14 Gooi en Vechtstreek',
    roles: [{ region: 'VR14', role: 'coordinator', municipalities: [] }],
  },
  {
    email: 'editor.almere@weerbaar.example',
    description: 'editor Almere (GM0034)',
    roles: [{ region: 'VR25', role: 'editor', municipalities: ['GM0034'] }],
  },
  {
    email: 'editor.urk@weerbaar.example',
    description: 'editor Urk (GM0184)',
    roles: [{ region: 'VR25', role: 'editor', municipalities: ['GM0184'] }],
  },
  {
    email: 'viewer@weerbaar.example',
    description: 'viewer of VR25 and VR14',
    roles: [
      { region: 'VR25', role: 'viewer', municipalities: [] },
      { region: 'VR14', role: 'viewer', municipalities: [] },
    ],
  },
]

/**
 * The demo region's population grid (`@weerbaar/demo-data/data/population/<region>.csv`), so
 * coverage works in the demo. Found through the package, from the source tree as from `dist`.
 */
async function loadDemoGrid(ctx: ServerContext, code: string, regionFile: string): Promise<void> {
  const path = createRequire(import.meta.url).resolve(
    `@weerbaar/demo-data/data/population/${regionFile.replace(/\.json$/, '.csv')}`,
  )
  const file = readGridFile(readFileSync(path), { lang: 'en' })
  if (!file.ok) throw new Error(`Demo population grid ${path}: ${file.issues[0]?.message}`)
  await new GridStore(ctx.db).put(code, file, undefined, {
    userId: null,
    email: null,
    via: 'import',
  })
}

/**
 * `start --demo`: on an empty database, loads the two fictitious demo regions and their
 * programme "Weerbaarheid en veerkracht". The demo accounts
 * get a fresh password on every demo start (only a hash is stored, so they can only be shown
 * when set); they are returned to be printed.
 */
export async function seedDemo(
  ctx: ServerContext,
): Promise<{ loadedRegions: string[]; accounts: DemoAccount[] }> {
  const system = { userId: null, email: null, via: 'import' as const }
  const loadedRegions: string[] = []
  if ((await ctx.storage.listRegions()).length === 0) {
    for (const demo of demoRegions) {
      const parsed = parseRegion(demo.data, { catalog })
      if (!parsed.ok) throw new Error(`Demo region ${demo.code} is not valid`)
      const outcome = await ctx.storage.writeRegion(demo.code, system, (state) =>
        planReplaceRegion(state, demo.code, demo.data, { lang: 'en', newAssessmentId: randomUUID }),
      )
      if (!outcome.ok)
        throw new Error(
          `Demo region ${demo.code}: ${outcome.issues.map((i) => i.message).join('; ')}`,
        )
      await loadDemoGrid(ctx, demo.code, demo.file)
      loadedRegions.push(demo.code)
    }
    // The demo programme covers both demo regions; only an administrator or a coordinator of
    // both could create it through the API.
    await seedDemoProgramme(ctx)
  }
  const accounts: DemoAccount[] = []
  const actor = { actorId: null, actorEmail: null, via: 'system' as const }
  for (const account of DEMO_ACCOUNTS) {
    const password = generatePassword()
    const passwordHash = await hashPassword(password)
    for (const [index, role] of account.roles.entries())
      await ctx.accounts.upsertUser(
        { email: account.email, passwordHash: index === 0 ? passwordHash : null, role },
        actor,
      )
    accounts.push({ email: account.email, password, description: account.description })
  }
  return { loadedRegions, accounts }
}
