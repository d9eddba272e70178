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
// The action list per municipality (issue 19).
export * from './action-list/index.ts'
// Writing a CSV table in the Dutch Excel dialect (`;`, decimal comma, BOM), for exports that
// the dashboard composes itself, such as one municipality's points (issue 19).
export {
  writeCsvTable,
  resolveCsvWriteOptions,
  type ResolvedCsvWriteOptions,
} from './io/csv-table.ts'
