import { Command, CommanderError, Option } from 'commander'
import { MunicipalityCodeSchema, RegionCodeSchema } from '@weerbaar/core'
import { openContext, startServer, type AppOptions } from '../app.ts'
import { MIN_PASSWORD_LENGTH, hashPassword } from '../accounts/passwords.ts'
import { REGION_ROLES, type RegionRole } from '../accounts/store.ts'
import { backup, restore } from '../backup.ts'
import type { RateLimits, ServerContext } from '../context.ts'
import { DataDirLockedError } from '../db/lock.ts'
import { seedDemo } from '../demo.ts'
import { oidcConfigFromEnv } from '../oidc/config.ts'
import { oidcApiPlugin } from '../oidc/plugin.ts'

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<string>
  env: NodeJS.ProcessEnv
}

export class UsageError extends Error {
  override name = 'UsageError'
}

/** Database and server settings from the environment: secrets never on the command line. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): AppOptions {
  return {
    databaseUrl: env.WEERBAAR_DATABASE_URL || undefined,
    dataDir: env.WEERBAAR_DATA_DIR || '.weerbaar/data',
    dashboardDir: env.WEERBAAR_DASHBOARD_DIR || undefined,
    secureCookies:
      env.WEERBAAR_SECURE_COOKIES === 'true'
        ? true
        : env.WEERBAAR_SECURE_COOKIES === 'false'
          ? false
          : 'auto',
    trustProxy: env.WEERBAAR_TRUST_PROXY === 'true',
    logger: env.WEERBAAR_LOG === 'true',
    rateLimits: rateLimitsFromEnv(env),
  }
}

/** WEERBAAR_RATE_LIMIT: API requests per minute per address (0: none); loopback too if asked. */
function rateLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<RateLimits> {
  const limits: Partial<RateLimits> = {}
  const perMinute = env.WEERBAAR_RATE_LIMIT
  if (perMinute !== undefined && perMinute !== '') {
    const value = Number(perMinute)
    if (!Number.isInteger(value) || value < 0)
      throw new UsageError(
        `WEERBAAR_RATE_LIMIT must be a whole number of requests per minute (0: no limit), not ${perMinute}`,
      )
    limits.apiRequestsPerWindow = value
    limits.apiWindowMs = 60_000
  }
  if (env.WEERBAAR_RATE_LIMIT_LOOPBACK === 'true') limits.exemptLoopback = false
  return limits
}

async function withContext<T>(io: Io, work: (ctx: ServerContext) => Promise<T>): Promise<T> {
  const ctx = await openContext(optionsFromEnv(io.env))
  try {
    return await work(ctx)
  } finally {
    await ctx.release()
  }
}

const CLI_ACTOR = { actorId: null, actorEmail: null, via: 'cli' as const }

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`Not a port number: ${value}`)
  return port
}

export function createProgram(
  io: Io,
  state: { exitCode: number; server?: { close(): Promise<void> } },
): Command {
  const program = new Command('weerbaar-server')
    .description('The Weerbaar server: regions, accounts, the API and the dashboard')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError()
    .addHelpText(
      'after',
      `
Environment:
  WEERBAAR_DATABASE_URL  postgres://… a PostgreSQL server (14+); without it the embedded database
  WEERBAAR_DATA_DIR      the embedded database's folder (default .weerbaar/data)
  HOST, PORT             where start listens (default 127.0.0.1:4173)
  WEERBAAR_SECURE_COOKIES=true  session cookies only over HTTPS (default: when the request is HTTPS)
  WEERBAAR_TRUST_PROXY=true     behind a reverse proxy: trust X-Forwarded-For/-Proto`,
    )

  program
    .command('start')
    .description('start the server (migrates the database first)')
    .option('--demo', 'on an empty database, load the demo regions; print the demo accounts')
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1)')
    .addOption(
      new Option('--port <port>', 'port (default PORT or 4173; 0 for any free port)').argParser(
        parsePort,
      ),
    )
    .action(async (options: { demo?: boolean; host?: string; port?: number }) => {
      const host = options.host ?? io.env.HOST ?? '127.0.0.1'
      const port = options.port ?? (io.env.PORT ? parsePort(io.env.PORT) : 4173)
      const oidc = oidcConfigFromEnv(io.env)
      if (!oidc.ok)
        throw new UsageError(
          oidc.issues.map((i) => `${i.variable} ${i.message}`).join('\nweerbaar-server: '),
        )
      const server = await startServer({
        ...optionsFromEnv(io.env),
        host,
        port,
        apiPlugins: [oidcApiPlugin(oidc.value)],
      })
      state.server = server
      if (options.demo) {
        const demo = await seedDemo(server.ctx)
        if (demo.loadedRegions.length)
          io.stdout(`Loaded the demo regions ${demo.loadedRegions.join(', ')} (fictitious data).\n`)
        io.stdout('Demo accounts (new passwords at every demo start):\n')
        for (const a of demo.accounts)
          io.stdout(`  ${a.email.padEnd(36)} ${a.password}  ${a.description}\n`)
      }
      io.stdout(`Weerbaar server on ${server.url} (database: ${server.ctx.db.kind})\n`)
    })

  program
    .command('migrate')
    .description('apply the database migrations and exit')
    .action(async () => {
      await withContext(io, async () => undefined)
      io.stdout('The database is up to date.\n')
    })

  const user = program.command('user').description('accounts and roles')
  user
    .command('add')
    .description(
      'add a user, or give an existing one a role (and a new password with --password-stdin)',
    )
    .requiredOption('--email <email>', 'email address')
    .addOption(
      new Option('--role <role>', 'coordinator, editor, viewer (per region) or admin')
        .choices([...REGION_ROLES, 'admin'])
        .makeOptionMandatory(),
    )
    .option('--region <VRnn>', 'the region of the role')
    .option('--municipality <GMnnnn...>', 'for an editor: the municipalities they change')
    .option('--password-stdin', 'read the password from standard input')
    .action(
      async (options: {
        email: string
        role: RegionRole | 'admin'
        region?: string
        municipality?: string[]
        passwordStdin?: boolean
      }) => {
        if (!/^[^\s@]+@[^\s@]+$/.test(options.email))
          throw new UsageError(`Not an email address: ${options.email}`)
        if (options.role !== 'admin') {
          if (!options.region)
            throw new UsageError(`--region is needed for the role ${options.role}`)
          if (!RegionCodeSchema.safeParse(options.region).success)
            throw new UsageError(`Not a region code (VRnn): ${options.region}`)
        }
        const municipalities = options.municipality ?? []
        for (const m of municipalities)
          if (!MunicipalityCodeSchema.safeParse(m).success)
            throw new UsageError(`Not a municipality code (GMnnnn): ${m}`)
        if (options.role === 'editor' && municipalities.length === 0)
          throw new UsageError('An editor needs at least one --municipality')
        let passwordHash: string | null = null
        if (options.passwordStdin) {
          const password = (await io.readStdin()).replace(/\r?\n$/, '')
          if (password.length < MIN_PASSWORD_LENGTH)
            throw new UsageError(`The password needs at least ${MIN_PASSWORD_LENGTH} characters`)
          passwordHash = await hashPassword(password)
        }
        await withContext(io, async (ctx) => {
          const saved = await ctx.accounts.upsertUser(
            {
              email: options.email,
              passwordHash,
              ...(options.role === 'admin'
                ? { admin: true }
                : {
                    role: {
                      region: options.region!,
                      role: options.role as RegionRole,
                      municipalities,
                    },
                  }),
            },
            CLI_ACTOR,
          )
          io.stdout(`${saved.email}: ${describeRoles(saved)}\n`)
        })
      },
    )
  user
    .command('list')
    .description('list the users and their roles')
    .action(async () => {
      await withContext(io, async (ctx) => {
        for (const u of await ctx.accounts.listUsers())
          io.stdout(`${u.email}\t${describeRoles(u)}\n`)
      })
    })

  program
    .command('token')
    .description('personal access tokens')
    .command('add')
    .description('make a personal access token for a user (printed once)')
    .requiredOption('--email <email>', 'the user')
    .option('--name <name>', 'what the token is for', 'command line')
    .action(async (options: { email: string; name: string }) => {
      await withContext(io, async (ctx) => {
        const found = await ctx.accounts.findByEmail(options.email)
        if (!found) throw new UsageError(`No user ${options.email}`)
        const created = await ctx.accounts.createToken(found.id, options.name, CLI_ACTOR)
        io.stdout(`${created.token}\n`)
        io.stderr(
          `Token ${created.id} for ${found.email}; it is shown only now. Use it as Authorization: Bearer <token>.\n`,
        )
      })
    })

  program
    .command('backup')
    .description('write a backup of every region, user and the audit trail to FILE')
    .argument('<file>')
    .action(async (file: string) => {
      await withContext(io, async (ctx) => {
        const counts = await backup(ctx.db, file)
        io.stdout(
          `Backup written to ${file}: ${Object.entries(counts)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ')}\n`,
        )
      })
    })

  program
    .command('restore')
    .description('restore a backup into an empty database')
    .argument('<file>')
    .action(async (file: string) => {
      await withContext(io, async (ctx) => {
        const counts = await restore(ctx.db, file)
        io.stdout(
          `Restored ${file}: ${Object.entries(counts)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ')}\n`,
        )
      })
    })

  program
    .command('audit')
    .description('the audit trail')
    .command('verify')
    .description('check the hash chain; reports the first altered or removed entry')
    .action(async () => {
      await withContext(io, async (ctx) => {
        const result = await ctx.storage.verifyAudit()
        if (result.ok) {
          io.stdout(
            `The audit trail is intact: ${result.entries} entries, last ${result.last.seq} ${result.last.hash}\n`,
          )
        } else {
          const what =
            result.first.problem === 'removed'
              ? 'was removed'
              : result.first.problem === 'altered'
                ? 'was altered'
                : 'does not link to the entry before it'
          io.stdout(
            `The audit trail is NOT intact: entry ${result.first.seq} ${what} (${result.entries} entries before it are intact)\n`,
          )
          state.exitCode = 1
        }
      })
    })
  return program
}

function describeRoles(u: {
  admin: boolean
  roles: { region: string; role: string; municipalities: string[] }[]
}): string {
  const parts = u.roles.map(
    (r) =>
      `${r.role} ${r.region}${r.municipalities.length ? ` (${r.municipalities.join(', ')})` : ''}`,
  )
  if (u.admin) parts.unshift('admin')
  return parts.join('; ') || 'no roles'
}

/** Runs the command line; resolves with the exit code (a started server keeps running). */
export async function run(
  argv: string[],
  io: Io,
  state: { exitCode: number; server?: { close(): Promise<void> } } = { exitCode: 0 },
): Promise<number> {
  const program = createProgram(io, state)
  try {
    await program.parseAsync(argv, { from: 'user' })
    return state.exitCode
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (error instanceof UsageError) {
      io.stderr(`weerbaar-server: ${error.message}\n`)
      return 2
    }
    if (error instanceof DataDirLockedError) {
      io.stderr(`weerbaar-server: ${error.message}\n`)
      return 1
    }
    const known = error as Error & { code?: string }
    if (
      known.name === 'BackupError' ||
      known.name === 'MigrationError' ||
      known.code === 'EADDRINUSE' ||
      known.code === 'ENOENT' ||
      known.code === 'EEXIST'
    ) {
      io.stderr(`weerbaar-server: ${known.message}\n`)
      return 1
    }
    io.stderr(`weerbaar-server: internal error: ${known.stack ?? known.message}\n`)
    return 3
  }
}
