export * from './schema.ts'
export { actionListMessages, type ActionListMessageCode } from './messages.ts'
export { checkActions } from './validate.ts'
export { isActionOverdue, openActionsByDue } from './due.ts'
