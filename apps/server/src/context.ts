import type { AccountStore } from './accounts/store.ts'
import type { Database } from './db/database.ts'
import type { SqlStorage } from './storage/sql-storage.ts'

/** Limits for logins, per client address and per account, in fixed windows. */
export interface RateLimits {
  windowMs: number
  /** Login attempts per address and window. */
  loginsPerAddress: number
  /** Failed logins per account and window. */
  failuresPerAccount: number
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  windowMs: 15 * 60_000,
  loginsPerAddress: 30,
  failuresPerAccount: 10,
}

/** What every plugin of the server works with; made once by `createApp`. */
export interface ServerContext {
  db: Database
  storage: SqlStorage
  accounts: AccountStore
  rateLimits: RateLimits
  /** `true`: cookies always `Secure`; `'auto'`: when the request came over HTTPS. */
  secureCookies: boolean | 'auto'
}
