/**
 * `@weerbaar/core`: the region data contract, readiness scoring, risk profiles and population
 * coverage for Dutch noodsteunpunten. Pure functions: no I/O, no clock.
 */
export * from './shared/index.ts'
export * from './guideline/index.ts'
export * from './region/index.ts'
export * from './risk/index.ts'
export * from './io/index.ts'
export * from './readiness/index.ts'
export * from './coverage/index.ts'
export * from './network/index.ts'
// The programme "Weerbaarheid en veerkracht": its file, progress on a date and the board report.
export * from './programme/index.ts'
