/**
 * `@weerbaar/server` for code that starts or extends the server (tests, the benchmark, the
 * OpenID Connect login): the app factory, the session helper and the storage interface.
 */
export {
  createApp,
  openContext,
  startServer,
  type App,
  type AppOptions,
  type StartOptions,
} from './app.ts'
export {
  createSession,
  requireAuth,
  actorOf,
  SESSION_COOKIE,
  CSRF_HEADER,
  type Auth,
} from './auth/plugin.ts'
export { regionAccess } from './regions/plugin.ts'
export type { ServerContext, RateLimits } from './context.ts'
export type {
  Actor,
  ChangePage,
  ChangeRecord,
  EntityChange,
  RegionState,
  RegionStorage,
  WriteOutcome,
  WritePlan,
} from './storage/storage.ts'
export { SqlStorage, CHANGES_CHANNEL } from './storage/sql-storage.ts'
export { AccountStore, type User, type Role, type RegionRole } from './accounts/store.ts'
export { hashPassword, verifyPassword } from './accounts/passwords.ts'
export { openDatabase, type Database } from './db/database.ts'
export { migrate } from './db/migrate.ts'
