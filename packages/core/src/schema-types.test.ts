/**
 * The public types of the contract are written out as named interfaces (so a type error names
 * `Point` instead of printing the whole expanded zod type), and this file keeps them equal to
 * what the schemas parse: a schema change without the interface (or the other way round) fails
 * `npm run typecheck`. The core tsconfig has `exactOptionalPropertyTypes`, so an optional
 * property that zod can leave `undefined` must be declared `prop?: T | undefined`.
 */
import { expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type * as core from './index.ts'
import type * as programme from './programme/schema.ts'

it('the named interfaces are the types the schemas parse to', () => {
  expectTypeOf<z.infer<typeof core.MunicipalitySchema>>().toEqualTypeOf<core.Municipality>()
  expectTypeOf<z.infer<typeof core.LocationSchema>>().toEqualTypeOf<core.Location>()
  expectTypeOf<z.infer<typeof core.PointSchema>>().toEqualTypeOf<core.Point>()
  expectTypeOf<z.infer<typeof core.AssessmentSchema>>().toEqualTypeOf<core.Assessment>()
  expectTypeOf<z.infer<typeof core.RegionNormsSchema>>().toEqualTypeOf<core.RegionNorms>()
  expectTypeOf<z.infer<typeof core.RegionSchema>>().toEqualTypeOf<core.Region>()
  expectTypeOf<
    z.infer<typeof core.ImprovementActionSchema>
  >().toEqualTypeOf<core.ImprovementAction>()

  expectTypeOf<z.infer<typeof programme.ProgrammeSchema>>().toEqualTypeOf<core.Programme>()
  expectTypeOf<z.infer<typeof programme.IndicatorSchema>>().toEqualTypeOf<core.Indicator>()
  expectTypeOf<
    z.infer<typeof programme.ProgrammeActionSchema>
  >().toEqualTypeOf<core.ProgrammeAction>()
  expectTypeOf<z.infer<typeof programme.DecisionSchema>>().toEqualTypeOf<core.Decision>()
  expectTypeOf<z.infer<typeof programme.GoalSchema>>().toEqualTypeOf<core.Goal>()

  expectTypeOf<z.infer<typeof core.RequirementCheckSchema>>().toEqualTypeOf<core.RequirementCheck>()
  expectTypeOf<
    z.infer<typeof core.RequirementEvidenceSchema>
  >().toEqualTypeOf<core.RequirementEvidence>()
  expectTypeOf<z.infer<typeof core.RequirementSchema>>().toEqualTypeOf<core.Requirement>()
  expectTypeOf<z.infer<typeof core.SourceSchema>>().toEqualTypeOf<core.Source>()
  expectTypeOf<z.infer<typeof core.CountedTiersSchema>>().toEqualTypeOf<core.CountedTiers>()
  expectTypeOf<z.infer<typeof core.NormIntentSchema>>().toEqualTypeOf<core.NormIntent>()
  expectTypeOf<z.infer<typeof core.NormSchema>>().toEqualTypeOf<core.Norm>()
  expectTypeOf<z.infer<typeof core.GuidelineNormsSchema>>().toEqualTypeOf<core.GuidelineNorms>()
  expectTypeOf<z.infer<typeof core.StaffingNormsSchema>>().toEqualTypeOf<core.StaffingNorms>()
  expectTypeOf<
    z.infer<typeof core.GuidelineFunctionSchema>
  >().toEqualTypeOf<core.GuidelineFunction>()
  expectTypeOf<z.infer<typeof core.EditionNoteSchema>>().toEqualTypeOf<core.EditionNote>()
  expectTypeOf<z.infer<typeof core.GuidelineEditionSchema>>().toEqualTypeOf<core.GuidelineEdition>()
  expectTypeOf<z.infer<typeof core.GuidelineRefSchema>>().toEqualTypeOf<core.GuidelineRef>()

  expectTypeOf<z.infer<typeof core.ScenarioSchema>>().toEqualTypeOf<core.Scenario>()
  expectTypeOf<z.infer<typeof core.RegionActionSchema>>().toEqualTypeOf<core.RegionAction>()
  expectTypeOf<z.infer<typeof core.InformationPointSchema>>().toEqualTypeOf<core.InformationPoint>()
  expectTypeOf<
    z.infer<typeof core.RiskCommunicationSchema>
  >().toEqualTypeOf<core.RiskCommunication>()
  expectTypeOf<z.infer<typeof core.RiskProfileSchema>>().toEqualTypeOf<core.RiskProfile>()
  expectTypeOf<z.infer<typeof core.VitalInterestSchema>>().toEqualTypeOf<core.VitalInterest>()
  expectTypeOf<z.infer<typeof core.ImpactCriterionSchema>>().toEqualTypeOf<core.ImpactCriterion>()
  expectTypeOf<
    z.infer<typeof core.LikelihoodClassDefinitionSchema>
  >().toEqualTypeOf<core.LikelihoodClassDefinition>()
  expectTypeOf<z.infer<typeof core.MethodEditionSchema>>().toEqualTypeOf<core.MethodEdition>()
  expectTypeOf<z.infer<typeof core.RiskMethodSchema>>().toEqualTypeOf<core.RiskMethod>()
  expectTypeOf<z.infer<typeof core.ActionSchema>>().toEqualTypeOf<core.Action>()
  expectTypeOf<z.infer<typeof core.GuidanceSchema>>().toEqualTypeOf<core.Guidance>()
  expectTypeOf<
    z.infer<typeof core.InformationChannelSchema>
  >().toEqualTypeOf<core.InformationChannel>()
  expectTypeOf<z.infer<typeof core.ActionLibrarySchema>>().toEqualTypeOf<core.ActionLibrary>()

  expectTypeOf<z.infer<typeof core.ContactSchema>>().toEqualTypeOf<core.Contact>()
  expectTypeOf<z.infer<typeof core.PartnerSchema>>().toEqualTypeOf<core.Partner>()
  expectTypeOf<z.infer<typeof core.AgreementSchema>>().toEqualTypeOf<core.Agreement>()
  expectTypeOf<z.infer<typeof core.StaffingSchema>>().toEqualTypeOf<core.Staffing>()
  expectTypeOf<z.infer<typeof core.CandidateSchema>>().toEqualTypeOf<core.Candidate>()

  expectTypeOf<z.infer<typeof core.ReportSchema>>().toEqualTypeOf<core.Report>()
  expectTypeOf<z.infer<typeof core.ReportRegionSchema>>().toEqualTypeOf<core.ReportRegion>()
  expectTypeOf<
    z.infer<typeof core.ReportMunicipalitySchema>
  >().toEqualTypeOf<core.ReportMunicipality>()
  expectTypeOf<z.infer<typeof core.ReportPointSchema>>().toEqualTypeOf<core.ReportPoint>()
  expectTypeOf<
    z.infer<typeof core.ReportRequirementSchema>
  >().toEqualTypeOf<core.ReportRequirement>()
})

it('the named input interfaces are the types the schemas accept', () => {
  // What a file may leave out (defaults) is optional here; the rest is as parsed.
  expectTypeOf<z.input<typeof core.PointSchema>>().toEqualTypeOf<core.PointInput>()
  expectTypeOf<z.input<typeof core.RegionSchema>>().toEqualTypeOf<core.RegionInput>()
  expectTypeOf<z.input<typeof core.RequirementSchema>>().toEqualTypeOf<core.RequirementInput>()
  expectTypeOf<z.input<typeof core.NormSchema>>().toEqualTypeOf<core.NormInput>()
  expectTypeOf<z.input<typeof core.CountedTiersSchema>>().toEqualTypeOf<core.CountedTiersInput>()
  expectTypeOf<z.input<typeof core.NormIntentSchema>>().toEqualTypeOf<core.NormIntentInput>()
  expectTypeOf<
    z.input<typeof core.GuidelineNormsSchema>
  >().toEqualTypeOf<core.GuidelineNormsInput>()
  expectTypeOf<z.input<typeof core.StaffingNormsSchema>>().toEqualTypeOf<core.StaffingNormsInput>()
  expectTypeOf<z.input<typeof core.EditionNoteSchema>>().toEqualTypeOf<core.EditionNoteInput>()
  expectTypeOf<
    z.input<typeof core.GuidelineEditionSchema>
  >().toEqualTypeOf<core.GuidelineEditionInput>()
  expectTypeOf<z.input<typeof core.ScenarioSchema>>().toEqualTypeOf<core.ScenarioInput>()
  expectTypeOf<z.input<typeof core.RiskProfileSchema>>().toEqualTypeOf<core.RiskProfileInput>()
  expectTypeOf<
    z.input<typeof core.ImpactCriterionSchema>
  >().toEqualTypeOf<core.ImpactCriterionInput>()
  expectTypeOf<z.input<typeof core.RiskMethodSchema>>().toEqualTypeOf<core.RiskMethodInput>()
  expectTypeOf<z.input<typeof core.ActionSchema>>().toEqualTypeOf<core.ActionInput>()
  expectTypeOf<z.input<typeof core.GuidanceSchema>>().toEqualTypeOf<core.GuidanceInput>()
  expectTypeOf<
    z.input<typeof core.InformationChannelSchema>
  >().toEqualTypeOf<core.InformationChannelInput>()
  expectTypeOf<z.input<typeof core.ActionLibrarySchema>>().toEqualTypeOf<core.ActionLibraryInput>()

  expectTypeOf<z.input<typeof programme.GoalSchema>>().toEqualTypeOf<core.GoalInput>()
  expectTypeOf<
    z.input<typeof programme.ManualIndicatorSchema>
  >().toEqualTypeOf<core.ManualIndicatorInput>()
  expectTypeOf<z.input<typeof programme.IndicatorSchema>>().toEqualTypeOf<core.IndicatorInput>()
  expectTypeOf<z.input<typeof programme.ProgrammeSchema>>().toEqualTypeOf<core.ProgrammeInput>()
})

it('a drifted interface is caught', () => {
  // The check above is only worth something if it tells these apart under the core tsconfig.
  type Loose = Omit<core.Point, 'address'> & { address?: string }
  expectTypeOf<Loose>().not.toEqualTypeOf<core.Point>()
  expectTypeOf<Omit<core.Point, 'capacity'>>().not.toEqualTypeOf<core.Point>()
})
