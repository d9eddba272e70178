export * from './schema.ts'
export * from './parse.ts'
export { regionMessages, type RegionMessageCode } from './messages.ts'
export * from './json-schema.ts'
