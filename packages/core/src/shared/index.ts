export * from './date.ts'
export * from './errors.ts'
export * from './issues.ts'
