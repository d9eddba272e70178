import type { Lang } from '../shared/issues.ts'

type Params = Record<string, string | number>
type Template = (p: Params) => string

/** Messages of the programme file's checks and of its progress, in Dutch and English. */
export const programmeMessages = {
  not_an_object: {
    nl: () => 'Een programmabestand is een JSON-object ({ … })',
    en: () => 'A programme file is a JSON object ({ … })',
  },
  newer_schema_version: {
    nl: (p) =>
      `Dit programmabestand is gemaakt met een nieuwere versie van Weerbaar (schemaVersion ${p.version}); deze versie leest schemaVersion ${p.supported}. Werk Weerbaar bij om het te openen.`,
    en: (p) =>
      `This programme file was made with a newer version of Weerbaar (schemaVersion ${p.version}); this version reads schemaVersion ${p.supported}. Upgrade Weerbaar to open it.`,
  },
  unsupported_schema_version: {
    nl: (p) =>
      `schemaVersion ${p.version} wordt niet ondersteund; deze versie leest schemaVersion ${p.supported}`,
    en: (p) =>
      `schemaVersion ${p.version} is not supported; this version reads schemaVersion ${p.supported}`,
  },
  duplicate_id: {
    nl: (p) => `Dubbele ${p.what} "${p.id}" (ook gebruikt in ${p.first})`,
    en: (p) => `Duplicate ${p.what} "${p.id}" (also used at ${p.first})`,
  },
  duplicate_region: {
    nl: (p) => `Regio ${p.code} staat twee keer in regions`,
    en: (p) => `Region ${p.code} is listed twice in regions`,
  },
  unknown_pillar: {
    nl: (p) => `Onbekende pijler "${p.id}": voeg haar toe aan pillars`,
    en: (p) => `Unknown pillar "${p.id}": add it to pillars`,
  },
  unknown_goal: {
    nl: (p) => `Onbekend doel "${p.id}": voeg het toe aan goals`,
    en: (p) => `Unknown goal "${p.id}": add it to goals`,
  },
  region_not_in_programme: {
    nl: (p) =>
      `Regio ${p.code} hoort niet bij dit programma (regions: ${p.regions}); voeg haar toe aan regions of kies er een daarvan`,
    en: (p) =>
      `Region ${p.code} is not one of this programme's (regions: ${p.regions}); add it to regions or choose one of those`,
  },
  unknown_risk: {
    nl: (p) =>
      `Onbekend risico "${p.id}": het staat in geen van de risicoprofielen van ${p.regions}`,
    en: (p) => `Unknown risk "${p.id}": it is in none of the risk profiles of ${p.regions}`,
  },
  risks_not_checked: {
    nl: (p) =>
      `De risico's van de doelen zijn niet gecontroleerd: de gegevens van ${p.missing} ontbreken`,
    en: (p) => `The goals' risks were not checked: the data of ${p.missing} is missing`,
  },
  due_before_start: {
    nl: (p) => `De einddatum (${p.due}) ligt voor de startdatum (${p.start})`,
    en: (p) => `The due date (${p.due}) is before the start date (${p.start})`,
  },
  completed_not_done: {
    nl: (p) =>
      `completedOn is gegeven, maar de status is "${p.status}"; zet de status op "done" of laat completedOn weg`,
    en: (p) =>
      `completedOn is given but the status is "${p.status}"; set the status to "done" or leave completedOn out`,
  },
  done_without_date: {
    nl: () =>
      'Actie is afgerond zonder completedOn: zonder datum verschijnt ze niet bij "wat is er veranderd"',
    en: () => 'Action is done without completedOn: without a date it is not listed under "changed"',
  },
  stopped_without_reason: {
    nl: () => 'Gestopte actie zonder reason: schrijf kort op waarom ze gestopt is',
    en: () => 'Stopped action without a reason: write down briefly why it was stopped',
  },
  completed_before_start: {
    nl: (p) => `completedOn (${p.completedOn}) ligt voor de startdatum (${p.start})`,
    en: (p) => `completedOn (${p.completedOn}) is before the start date (${p.start})`,
  },
  decided_without_decision: {
    nl: () => 'Status "decided" zonder decision: schrijf op wat er besloten is',
    en: () => 'Status "decided" without a decision: write down what was decided',
  },
  decision_while_open: {
    nl: () =>
      'Er staat een besluit (decision of decidedOn) bij een open vraag; zet de status op "decided"',
    en: () =>
      'A decision (decision or decidedOn) is given for an open question; set status "decided"',
  },
  target_not_after_baseline: {
    nl: (p) =>
      `De streefdatum (${p.target}) moet na de datum van de nulmeting (${p.baseline}) liggen`,
    en: (p) => `The target date (${p.target}) must be after the baseline date (${p.baseline})`,
  },
  target_against_direction: {
    nl: (p) =>
      `De streefwaarde (${p.target}) ligt niet in de richting "${p.direction}" vanaf de nulmeting (${p.baseline}); klopt direction?`,
    en: (p) =>
      `The target (${p.target}) is not in direction "${p.direction}" from the baseline (${p.baseline}); is direction right?`,
  },
  duplicate_value_date: {
    nl: (p) =>
      `Twee waarden op ${p.date} (ook op ${p.first}); welke geldt is niet zeker: laat er één staan`,
    en: (p) =>
      `Two values on ${p.date} (also at ${p.first}); which one counts is unclear: keep one`,
  },
  value_before_baseline: {
    nl: (p) => `Waarde op ${p.date} ligt voor de nulmeting (${p.baseline}) en telt niet mee`,
    en: (p) => `Value on ${p.date} is before the baseline (${p.baseline}) and does not count`,
  },
  duplicate_report_date: {
    nl: (p) => `Rapportagedatum ${p.date} staat twee keer in reports`,
    en: (p) => `Report date ${p.date} is listed twice in reports`,
  },
  share_out_of_range: {
    nl: (p) => `Een percentage (${p.measure}) ligt tussen 0 en 100, niet ${p.value}`,
    en: (p) => `A percentage (${p.measure}) lies between 0 and 100, not ${p.value}`,
  },
  // Progress
  region_missing: {
    nl: (p) => `De gegevens van ${p.code} ontbreken`,
    en: (p) => `The data of ${p.code} is missing`,
  },
  grid_missing: {
    nl: (p) => `Geen bevolkingsraster voor ${p.code}: de dekking is niet te berekenen`,
    en: (p) => `No population grid for ${p.code}: coverage cannot be computed`,
  },
  guideline_unknown: {
    nl: (p) => `Richtlijn ${p.ref} van ${p.code} is onbekend`,
    en: (p) => `Guideline ${p.ref} of ${p.code} is unknown`,
  },
  before_baseline: {
    nl: (p) => `De nulmeting (${p.date}) ligt na de peildatum`,
    en: (p) => `The baseline (${p.date}) is after the date of the report`,
  },
  no_value: {
    nl: () => 'Nog geen waarde',
    en: () => 'No value yet',
  },
  indicator_target_missed: {
    nl: (p) =>
      `${p.name}: streefdatum ${p.date} verstreken, streefwaarde ${p.target} niet gehaald (${p.value})`,
    en: (p) =>
      `${p.name}: target date ${p.date} passed, target ${p.target} not reached (${p.value})`,
  },
  indicator_far_off_trajectory: {
    nl: (p) =>
      `${p.name}: ${p.value} waar ${p.expected} verwacht werd, ${p.shortfall}% van de beoogde verandering achter (meer dan ${p.limit}%)`,
    en: (p) =>
      `${p.name}: ${p.value} where ${p.expected} was expected, ${p.shortfall}% of the planned change behind (more than ${p.limit}%)`,
  },
  indicator_off_trajectory: {
    nl: (p) =>
      `${p.name}: ${p.value} waar ${p.expected} verwacht werd (${p.shortfall}% van de beoogde verandering achter)`,
    en: (p) =>
      `${p.name}: ${p.value} where ${p.expected} was expected (${p.shortfall}% of the planned change behind)`,
  },
  indicator_without_value: {
    nl: (p) => `${p.name}: geen waarde op de peildatum (${p.why})`,
    en: (p) => `${p.name}: no value on the date (${p.why})`,
  },
  action_long_overdue: {
    nl: (p) => `Actie "${p.name}" (${p.owner}) is ${p.days} dagen over de einddatum ${p.due}`,
    en: (p) => `Action "${p.name}" (${p.owner}) is ${p.days} days past its due date ${p.due}`,
  },
  action_overdue: {
    nl: (p) => `Actie "${p.name}" (${p.owner}) is ${p.days} dag(en) over de einddatum ${p.due}`,
    en: (p) => `Action "${p.name}" (${p.owner}) is ${p.days} day(s) past its due date ${p.due}`,
  },
  action_not_started: {
    nl: (p) => `Actie "${p.name}" (${p.owner}) had op ${p.start} moeten starten`,
    en: (p) => `Action "${p.name}" (${p.owner}) should have started on ${p.start}`,
  },
  decision_overdue: {
    nl: (p) => `Besluit nodig sinds ${p.date}: ${p.question}`,
    en: (p) => `Decision needed since ${p.date}: ${p.question}`,
  },
  action_started: {
    nl: (p) => `Actie "${p.name}" gestart (${p.date})`,
    en: (p) => `Action "${p.name}" started (${p.date})`,
  },
  action_completed: {
    nl: (p) => `Actie "${p.name}" afgerond (${p.date})`,
    en: (p) => `Action "${p.name}" completed (${p.date})`,
  },
  action_became_overdue: {
    nl: (p) => `Actie "${p.name}" is over de einddatum (${p.date})`,
    en: (p) => `Action "${p.name}" passed its due date (${p.date})`,
  },
  decision_taken: {
    nl: (p) => `Besloten (${p.date}): ${p.question} — ${p.decision}`,
    en: (p) => `Decided (${p.date}): ${p.question} — ${p.decision}`,
  },
  indicator_changed: {
    nl: (p) => `${p.name}: van ${p.previous} naar ${p.value}`,
    en: (p) => `${p.name}: from ${p.previous} to ${p.value}`,
  },
} satisfies Record<string, Record<Lang, Template>>

export type ProgrammeMessageCode = keyof typeof programmeMessages

export function programmeMessage(
  code: ProgrammeMessageCode,
  lang: Lang,
  params: Params = {},
): string {
  return programmeMessages[code][lang](params)
}
