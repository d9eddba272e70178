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
  /** Requests to the API per client address in `apiWindowMs`, in each process; 0: no limit. */
  apiRequestsPerWindow: number
  apiWindowMs: number
  /** Leave requests from this machine (127.0.0.1, ::1) unlimited: benchmarks, local proxies. */
  exemptLoopback: boolean
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  windowMs: 15 * 60_000,
  loginsPerAddress: 30,
  failuresPerAccount: 10,
  // Generous: a municipality's office may send every colleague through one address.
  apiRequestsPerWindow: 1200,
  apiWindowMs: 60_000,
  exemptLoopback: true,
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
