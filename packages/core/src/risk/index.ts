export {
  GRADED_CLASSES,
  GradedClassSchema,
  IMPACT_CLASSES,
  ImpactClassSchema,
  ImpactCriterionSchema,
  LIKELIHOOD_CLASSES,
  LikelihoodClassDefinitionSchema,
  LikelihoodClassSchema,
  MethodEditionSchema,
  RiskMethodSchema,
  VitalInterestSchema,
  riskMethodLabel,
  type AssumedValue,
  type AssumedValueInput,
  type GradedClass,
  type ImpactClass,
  type ImpactCriterion,
  type ImpactCriterionInput,
  type LikelihoodClass,
  type LikelihoodClassDefinition,
  type MethodEdition,
  type MethodEditionInput,
  type RiskMethod,
  type RiskMethodInput,
  type VitalInterest,
} from './method.ts'
export * from './actions.ts'
export * from './schema.ts'
export * from './score.ts'
export * from './analyze.ts'
export * from './communication.ts'
export * from './validate.ts'
export type { RiskMessageCode } from './messages.ts'
export {
  buildRisicowijzer,
  localityOf,
  risicowijzer,
  type RisicowijzerDocument,
  type RisicowijzerModel,
  type RisicowijzerOptions,
  type RisicowijzerPlace,
  type RisicowijzerPoint,
  type RisicowijzerRisk,
} from './risicowijzer.ts'
export { renderRisicowijzerHtml, WITHOUT_ADDRESS } from './risicowijzer-html.ts'
export { renderRisicowijzerMarkdown } from './risicowijzer-markdown.ts'
export * from './readiness.ts'
export * from './report.ts'
