export * from './schema.ts'
export type { ActionListMessageCode } from './messages.ts'
export { checkActions } from './validate.ts'
export { isActionOverdue, openActionsByDue } from './due.ts'
