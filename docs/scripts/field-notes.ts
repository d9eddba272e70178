/**
 * Meanings of the fields whose zod schema carries no `description`, keyed `region:<path>` or
 * `guideline:<path>` (paths as in the data specification, arrays as `[]`, a group of same-shaped
 * fields as `.*`). A note here wins over the schema's description, because many descriptions
 * belong to a shared type (a calendar date, a tier); where a field has a description of its own,
 * prefer `.meta({ description })` in `@weerbaar/core` to a note. The data-spec test fails when a
 * field has neither.
 */
const regionAndGuidelineNotes: Record<string, string> = {
  // Region file, top level
  'region:$schema':
    'Optional address of the JSON Schema, so editors autocomplete and check the file; ignored by Weerbaar',
  'region:schemaVersion':
    'Version of this data contract; a file with another version is refused with a clear message',
  'region:region': 'The safety region (veiligheidsregio) this file describes',
  'region:guideline':
    'The national guideline edition the region follows, e.g. noodsteunpunten 2026.1',
  'region:municipalities': 'The municipalities of the region, with their population',
  'region:points':
    'The noodsteunpunten (emergency support points): existing, planned and out of use',
  'region:assessments':
    'Checks of one requirement at one point on one date; the history is kept, the latest one on or before the report date counts',
  'region:riskProfile':
    'The regional risk profile (RRP): scenarios scored with the NRB method; their tags make scenario-specific requirements apply',
  'region:region.code': 'CBS code of the safety region, e.g. VR25',
  'region:region.name': 'Name of the safety region, e.g. Veiligheidsregio Flevoland',
  'region:guideline.id': 'Id of the guideline, e.g. noodsteunpunten',
  'region:guideline.version': 'Edition of the guideline (calendar versioning), e.g. 2026.1',
  'region:norms.inhabitantsPerPoint':
    'Inhabitants per noodsteunpunt; requiredPoints = ceil(population / inhabitantsPerPoint)',
  'region:norms.maxDistanceMeters':
    'Straight-line distance within which a resident counts as covered by a point',
  'region:norms.minCoordinationPointsPerMunicipality':
    'Minimum number of ready coordination points per municipality',
  'region:supplement.requirements':
    "The region's own extra requirements (maatwerk); ids must differ from the guideline's",
  'region:supplement.requirements[]':
    'A requirement: one thing a noodsteunpunt must have or do, with its source',
  'region:supplement.requirements[].appliesTo.tiers': 'Only points of these tiers',
  'region:supplement.requirements[].appliesTo.kinds': 'Only points in these kinds of building',
  'region:supplement.requirements[].appliesTo.scenarios':
    'Only points in municipalities concerned by a risk-profile scenario with one of these tags',
  'region:supplement.requirements[].level':
    'mandatory: a point missing it is not ready; recommended: counts in the score only',
  'region:supplement.requirements[].weight': 'Weight of the requirement in the score',
  'region:supplement.requirements[].appliesTo':
    'Filters that limit the requirement to some points; absent means every point. All given filters must match',
  'region:supplement.requirements[].check':
    'How an assessment is judged: a yes/no check or a minimum value',
  'region:supplement.requirements[].sources':
    'Ids of the sources (in the guideline edition) this requirement is based on',
  'region:supplement.requirements[].check.type':
    "boolean: judged by the assessment's result; minimum: judged by its value against min",
  'region:supplement.requirements[].check.min':
    'Smallest value that counts as met; a smaller positive value is partial',
  'region:municipalities[].code': 'CBS municipality code, e.g. GM0034',
  'region:municipalities[].name': 'Name of the municipality, e.g. Almere',
  'region:points[].id': 'Stable id of the point, unique in the file; assessments refer to it',
  'region:points[].name': 'Name of the location as residents know it',
  'region:points[].municipality':
    'CBS code of the municipality the point lies in; must be listed in municipalities',
  'region:points[].tier':
    'coordination: regional coordination point (often a fire station) that relays to the crisis organisation; local: neighbourhood or village point',
  'region:points[].kind': 'Kind of building',
  'region:points[].status':
    'planned: not open yet; active: in use and scored for readiness; inactive: out of use',
  'region:points[].location': 'Where the point is',
  'region:points[].address': 'Street address, shown to residents for public points',
  'region:assessments[].date':
    'The day the requirement was checked; an assessment counts from this date on',
  'region:assessments[].note':
    'Free text: how the requirement is met or what is missing; shared with other municipalities',
  'region:assessments[].assessor': 'Who assessed (name or role)',
  'region:riskProfile.method':
    'The risk method and its edition, by default the NRB method as shipped in @weerbaar/guidelines',
  'region:riskProfile.scenarios': 'The scenarios of the risk profile',
  'region:riskProfile.scenarios[]': 'A scenario of the risk profile, e.g. a long power outage',
  'region:riskProfile.method.id': 'Id of the risk method, e.g. nrb',
  'region:riskProfile.method.version': 'Edition of the risk method, e.g. 2026.1',
  'region:riskProfile.notes': 'Free notes on the profile as a whole, for the coordinators',
  'region:riskProfile.communication':
    'How the region talks to residents: its calamity station, website, information points and its own handelingsperspectieven',
  'region:riskProfile.communication.actions':
    "Changes to national handelingsperspectieven (same id) and the region's own (new id)",
  'region:riskProfile.communication.calamityRadio.name':
    'Name of the station, e.g. Omroep Flevoland',
  'region:riskProfile.communication.calamityRadio.address': 'Web address of the station',
  'region:riskProfile.communication.website.title': 'Title of the page, as shown to residents',
  'region:riskProfile.communication.website.address': 'Web address of the page',
  'region:riskProfile.communication.informationPoints[].name':
    'Name of the place, e.g. Publieksbalie gemeentehuis',
  'region:riskProfile.communication.informationPoints[].address': 'Street address',
  'region:riskProfile.communication.informationPoints[].note': 'When or how residents can go there',
  'region:riskProfile.communication.actions[].title': 'Dutch title; required for a new action',
  'region:riskProfile.communication.actions[].sources': 'Where the advice comes from',
  'region:riskProfile.communication.actions[].sources[].publisher':
    'Who published the advice, e.g. the safety region',
  'region:riskProfile.communication.actions[].sources[].title': 'Title of the publication or page',
  'region:riskProfile.communication.actions[].sources[].address': 'Web address of the publication',
  'region:riskProfile.scenarios[].id': 'Stable id of the scenario, unique in the profile',
  'region:riskProfile.scenarios[].likelihood':
    'Likelihood class: A very unlikely (< 0.05%), B unlikely, C possible, D likely, E very likely (> 50%)',

  // Guideline edition
  'guideline:$schema': 'Optional address of a JSON Schema for editors; ignored',
  'guideline:id': 'Id of the guideline, e.g. noodsteunpunten; regions name it in guideline.id',
  'guideline:version': 'Calendar version YYYY.N of this edition, e.g. 2026.1',
  'guideline:title': 'Dutch title of the edition',
  'guideline:status': 'concept: draft; adopted: in force; superseded: replaced by a later edition',
  'guideline:effective': 'The period the edition is in force',
  'guideline:effective.from': 'First day in force',
  'guideline:effective.to': 'Last day in force; absent while it is current',
  'guideline:sources': 'The publications the rules are taken from',
  'guideline:norms': "The edition's norms, each with its basis",
  'guideline:functions':
    'The functions a noodsteunpunt serves (information, emergency reporting, first care, …)',
  'guideline:requirements': 'The requirements of this edition',
  'guideline:sources[].id': 'Id that requirements and norms use to cite this source',
  'guideline:sources[].publisher': 'Who published it, e.g. NIPV',
  'guideline:sources[].title': 'Title of the publication or article',
  'guideline:sources[].date': 'Publication date',
  'guideline:sources[].address': 'Web address of the publication',
  'guideline:norms.inhabitantsPerPoint':
    'Inhabitants per noodsteunpunt; requiredPoints = ceil(population / value)',
  'guideline:norms.maxDistanceMeters':
    'Straight-line distance in metres within which a resident counts as covered',
  'guideline:norms.minCoordinationPointsPerMunicipality':
    'Ready coordination points each municipality needs at least',
  'guideline:norms.*': 'A norm: its value and where the value comes from',
  'guideline:norms.*.value': 'The value of the norm',
  'guideline:norms.*.sources': 'Ids of the sources the value is taken from',
  'guideline:norms.*.rationale': 'Why this value, where it is an assumption',
  'guideline:functions[].id': 'Id that requirements use in function',
  'guideline:functions[].title': 'Dutch name of the function, e.g. Informatievoorziening',
  'guideline:functions[].description': 'What the function means in practice',
  'guideline:norms.*.intent.sources': 'Ids of the sources that state the aim',
  'guideline:norms.*.countedTiers.sources': 'Ids of the sources the choice of tiers relies on',
  'guideline:norms.*.countedTiers.rationale': 'Why these tiers, where it is an assumption',
  'guideline:notes[].id': 'Stable id of the note within the edition',
  'guideline:notes[].kind':
    'change: what changed from the previous edition and why; correction: made after publication; contested: left out or regional on purpose',
  'guideline:notes[].sources': 'Ids of the sources the note relies on',
}

/** The JSON report of `weerbaar report --format json` (packages/cli/src/report/contract.ts). */
export const reportNotes: Record<string, string> = {
  'report:asOf': 'The report date: assessments dated later are ignored, validity is measured to it',
  'report:guideline':
    'The ruleset the region was judged by, as id@version, e.g. noodsteunpunten@2026.1',
  'report:scenario':
    'The scenario the report is restricted to (--scenario), or null for all requirements',
  'report:supersededBy':
    "The newer edition in effect on asOf that replaces the region's, or null; the figures stay those of the region's own edition",
  'report:supersededBy.guideline': 'The newer edition, e.g. noodsteunpunten@2026.2',
  'report:supersededBy.effectiveFrom': 'Its first day in force',
  'report:region': 'The region as a whole',
  'report:municipalities':
    'Every municipality, in the order of the region file, with the same fields as region',
  'report:points': 'Every point, in the order of the region file',
  'report:region.code': 'CBS code: VR## for the region, GM#### for a municipality',
  'report:region.name': 'Name as in the region file',
  'report:region.population': 'Inhabitants (for the region: the sum over its municipalities)',
  'report:region.requiredPoints':
    'ceil(population / inhabitantsPerPoint), per municipality; for the region the sum',
  'report:region.activePoints': 'Points with status active',
  'report:region.readyPoints': 'Active points whose level is ready',
  'report:region.networkCompleteness':
    'Municipality: 100 × min(1, readyPoints / requiredPoints). Region: 100 × Σ min(ready, required) / Σ required over its municipalities, so a surplus in one never hides a shortfall in another',
  'report:region.meanScore':
    'Mean score of the active points that have one; null when there are none',
  'report:region.completeness': 'Mean completeness of the active points; null when there are none',
  'report:region.levels': 'Number of active points per level',
  'report:region.topGaps': 'Requirements ranked by how many active points lack them (at most 5)',
  'report:region.levels.ready': 'Active points that are ready',
  'report:region.levels.not_ready':
    'Active points that miss a mandatory requirement (not met or partial)',
  'report:region.levels.unknown':
    'Active points with a mandatory requirement unknown or expired, and none missing',
  'report:region.coordination':
    'The norm minCoordinationPointsPerMunicipality: how many municipalities have their ready coordination points',
  'report:region.coordination.minimum':
    'Ready coordination points each municipality needs at least',
  'report:region.coordination.municipalitiesMeetingMinimum':
    'Municipalities with at least that many ready (active) coordination points',
  'report:region.coordination.municipalities': 'Municipalities in the region',
  'report:versions':
    'The versions of @weerbaar/cli and of the core and guidelines bundled into it; in every JSON result',
  'report:versions.cli': 'Version of @weerbaar/cli',
  'report:versions.core': 'Version of @weerbaar/core inside the command',
  'report:versions.guidelines': 'Version of @weerbaar/guidelines inside the command',
  'report:region.topGaps[].requirement': 'Requirement id',
  'report:region.topGaps[].points': 'Active points where it applies, counts and is not met',
  'report:points[].id': 'Point id from the region file',
  'report:points[].name': 'Point name',
  'report:points[].municipality': 'GM code of its municipality',
  'report:points[].status': 'Status from the region file',
  'report:points[].level':
    'Active points: ready, not_ready or unknown. Planned and inactive points: their status',
  'report:points[].score':
    '0–100: 100 × Σ weight·fraction / Σ weight over the applicable, counted requirements; null when none apply',
  'report:points[].completeness':
    '0–100: the weighted share of requirements with a current assessment (met, partial or not_met); null when none apply',
  'report:points[].requirements': 'Every requirement that applies to the point, in ruleset order',
  'report:points[].requirements[].id': 'Requirement id',
  'report:points[].requirements[].outcome':
    'From the latest assessment on or before asOf: met, partial, not_met; unknown when there is none; expired when it is too old; not_applicable where allowed',
  'report:points[].requirements[].fraction':
    'How much it counts, 0–1 (partial: 0.5, or value / min for a minimum); null when left out (not_applicable)',
  'report:points[].requirements[].weight': 'Weight of the requirement',
  'report:points[].requirements[].mandatory':
    'Whether the requirement is mandatory (decides the level)',
  'report:municipalities[].coordination':
    'The norm minCoordinationPointsPerMunicipality in this municipality',
  'report:municipalities[].coordination.minimum':
    'Ready coordination points the municipality needs at least',
  'report:municipalities[].coordination.ready': 'Ready (active) coordination points in it',
  'report:municipalities[].coordination.met': 'Whether ready ≥ minimum',
}

// A municipality has the same figures as the region (plus its own coordination); the nested
// objects (levels, topGaps) are the region's, documented once.
for (const [key, note] of Object.entries(reportNotes)) {
  const field = key.slice('report:region.'.length)
  if (key.startsWith('report:region.') && field !== 'coordination' && !/[.[]/.test(field))
    reportNotes[`report:municipalities[].${field}`] = note
}

/** Codes of the whole-document checks that are warnings rather than errors (see region/parse.ts). */
export const warningCodes = new Set([
  'outside_netherlands',
  'not_applicable_not_allowed',
  'value_without_minimum',
  'supplement_unknown_source',
  'supplement_without_provenance',
  'supplement_assumption_without_rationale',
  'requirements_not_checked',
  'assessment_in_future',
])

/** Codes of the risk profile checks that are warnings rather than errors (see risk/validate.ts). */
export const riskWarningCodes = new Set([
  'criteria_unscored',
  'criterion_without_weight',
  'no_impact',
  'no_actions_for_residents',
  'duplicate_municipality',
])

/** Codes of `programmeMessages` that are warnings of the programme file's checks. */
export const programmeWarningCodes = new Set([
  'risks_not_checked',
  'done_without_date',
  'stopped_without_reason',
  'target_against_direction',
  'value_before_baseline',
])

/** Codes of `programmeMessages` used by the progress, not by the file's checks. */
export const programmeProgressCodes = new Set([
  'region_missing',
  'grid_missing',
  'guideline_unknown',
  'before_baseline',
  'no_value',
  'indicator_target_missed',
  'indicator_far_off_trajectory',
  'indicator_off_trajectory',
  'indicator_without_value',
  'action_long_overdue',
  'action_overdue',
  'action_not_started',
  'decision_overdue',
  'action_started',
  'action_completed',
  'action_became_overdue',
  'decision_taken',
  'indicator_changed',
])

/** The programme file (`ProgrammeSchema`) and the result of `weerbaar programme --format json`. */
const programmeNotes: Record<string, string> = {
  'programme:$schema':
    'Optional address of the JSON Schema, so editors autocomplete and check the file; ignored by Weerbaar',
  'programme:schemaVersion':
    'Version of the programme contract; a file from a newer version asks to upgrade Weerbaar',
  'programme:id': 'Stable id of the programme, e.g. weerbaarheid-en-veerkracht',
  'programme:name':
    'Name of the programme as the board knows it; the report title is "Voortgangsrapportage" and this name',
  'programme:pillars': 'The pillars (pijlers) the goals are grouped under',
  'programme:goals': 'The goals of the programme, each under one pillar',
  'programme:actions': 'What is done for the goals, by whom and when',
  'programme:decisions': 'Decisions the programme asks of the board, open or taken',
  'programme:indicators':
    'How progress is measured: values entered by the coordinator (manual) or computed from the regions’ data (live)',
  'programme:pillars[].id': 'Stable id the goals refer to',
  'programme:pillars[].name': 'Name of the pillar',
  'programme:pillars[].description': 'What the pillar covers',
  'programme:goals[].id': 'Stable id the actions, decisions and indicators refer to',
  'programme:goals[].name': 'Name of the goal, the title of its page in the report',
  'programme:goals[].description': 'What the goal is to achieve',
  'programme:actions[].id': 'Stable id of the action',
  'programme:actions[].name': 'What is done',
  'programme:actions[].status':
    'not_started, running, done (give completedOn) or stopped (give a reason)',
  'programme:decisions[].id': 'Stable id of the decision',
  'programme:decisions[].status': 'open, or decided (give decision and decidedOn)',
  'programme:indicators[].id': 'Stable id of the indicator',
  'programme:indicators[].name': 'Name of the indicator as the report shows it',
  'programme:indicators[].kind':
    'manual: values entered in values; live: computed by Weerbaar from the regions’ data',
  'programme:indicators[].baseline.value':
    'The value (for the baseline: measured; for the target: to reach)',
  'programme:indicators[].values[].value': 'The value measured on that date',
  'programme:indicators[].values[].note': 'A short note on the value, e.g. where it comes from',
  'programme:indicators[].measure':
    'ready-points-share, network-completeness, population-coverage, risicowijzer-share (percentages 0–100), assessments-expired or agreements-valid (counts); definitions in the programme guide',
  'programme:reports[].title': 'Title of the report, e.g. "Derde kwartaalrapportage"',
  'programme-json:asOf': 'The date progress is judged on (--as-of, else today)',
  'programme-json:since':
    'Where "what changed" starts: --since, else the latest report date before asOf; null at the first report',
  'programme-json:programme': 'The programme’s id and name',
  'programme-json:regions':
    'The programme’s regions; name is null when its region file was not given',
  'programme-json:totals': 'Goals per status, actions past due and open decisions',
  'programme-json:goals': 'Every goal, in the order of the programme file',
  'programme-json:overdueActions':
    'Ids of the actions past their due date, the longest overdue first',
  'programme-json:openDecisions':
    'The open decisions, programme-wide ones included, the one needed soonest first',
  'programme-json:changes': 'Changes not tied to one goal (decisions without a goal)',
  'programme-json:warnings': 'Warnings about the data, e.g. a region whose file was not given',
  'programme-json:programme.id': 'Programme id',
  'programme-json:programme.name': 'Programme name',
  'programme-json:regions[].code': 'Region code, VR##',
  'programme-json:regions[].name': 'Name from the region file, or null',
  'programme-json:totals.on_track': 'Goals on track',
  'programme-json:totals.at_risk': 'Goals at risk',
  'programme-json:totals.behind': 'Goals behind',
  'programme-json:totals.overdueActions': 'Actions past their due date',
  'programme-json:totals.openDecisions': 'Decisions still open',
  'programme-json:goals[].id': 'Goal id',
  'programme-json:goals[].pillar': 'Id of its pillar',
  'programme-json:goals[].name': 'Goal name',
  'programme-json:goals[].status': 'on_track, at_risk or behind, by the status rule',
  'programme-json:goals[].reasons':
    'Why the goal has its status, the reasons that decide it first; empty when on track',
  'programme-json:goals[].risks': 'The risks of the risk profile the goal addresses',
  'programme-json:goals[].indicators': 'Its indicators with value, trajectory and trend',
  'programme-json:goals[].actions': 'Its actions as they stood on asOf',
  'programme-json:goals[].openDecisions': 'Its decisions still open',
  'programme-json:goals[].changes':
    'What changed for this goal between since and asOf, oldest first',
  'programme-json:goals[].reasons[].code':
    'indicator_target_missed, indicator_far_off_trajectory, action_long_overdue (behind); indicator_off_trajectory, indicator_without_value, action_overdue, action_not_started, decision_overdue (at risk)',
  'programme-json:goals[].reasons[].status': 'The status this reason leads to on its own',
  'programme-json:goals[].reasons[].indicator': 'The indicator it is about, or null',
  'programme-json:goals[].reasons[].action': 'The action it is about, or null',
  'programme-json:goals[].reasons[].decision': 'The decision it is about, or null',
  'programme-json:goals[].reasons[].message': 'The reason in words, in the language asked for',
  'programme-json:goals[].risks[].id': 'Scenario id',
  'programme-json:goals[].risks[].title':
    'Scenario title from the regions’ risk profiles, or null when no given region has it',
  'programme-json:goals[].indicators[].id': 'Indicator id',
  'programme-json:goals[].indicators[].name': 'Indicator name',
  'programme-json:goals[].indicators[].unit': 'Unit, or null',
  'programme-json:goals[].indicators[].kind': 'manual or live',
  'programme-json:goals[].indicators[].measure':
    'Live indicators: the measure; null for manual ones',
  'programme-json:goals[].indicators[].region':
    'Live indicators: the region, or null for all the programme’s regions combined',
  'programme-json:goals[].indicators[].direction': 'increase or decrease: which way is progress',
  'programme-json:goals[].indicators[].baseline': 'Baseline from the programme file',
  'programme-json:goals[].indicators[].target': 'Target from the programme file',
  'programme-json:goals[].indicators[].value':
    'The value on asOf (manual: the latest entered on or before it, else the baseline); null when unknown',
  'programme-json:goals[].indicators[].valueDate': 'The date of that value; null when unknown',
  'programme-json:goals[].indicators[].expected':
    'The trajectory on asOf: linear by calendar day from baseline to target, the baseline before it and the target after it',
  'programme-json:goals[].indicators[].onTrajectory':
    'Whether the value is at least as good as expected; null without a value or before the baseline date',
  'programme-json:goals[].indicators[].shortfall':
    'How far the value lags the trajectory as a share of |target − baseline| (0.25 = a quarter of the planned change); 0 on or ahead of it',
  'programme-json:goals[].indicators[].targetReached':
    'Whether the target value is reached on asOf; null without a value',
  'programme-json:goals[].indicators[].previous': 'The value on since, or null',
  'programme-json:goals[].indicators[].change': 'value − previous, or null',
  'programme-json:goals[].indicators[].trend':
    'Values over time, oldest first: live ones computed at the baseline date, every month end, the report dates and asOf; manual ones as entered, from the baseline',
  'programme-json:goals[].indicators[].unavailable': 'Why value is null, or null',
  'programme-json:goals[].indicators[].baseline.date': 'Calendar date',
  'programme-json:goals[].indicators[].baseline.value': 'The value on that date',
  'programme-json:goals[].indicators[].unavailable.code':
    'region_missing, grid_missing, guideline_unknown, before_baseline or no_value',
  'programme-json:goals[].indicators[].unavailable.message': 'The reason in words',
  'programme-json:goals[].actions[].id': 'Action id',
  'programme-json:goals[].actions[].name': 'Action name',
  'programme-json:goals[].actions[].owner': 'The organisation that carries it out',
  'programme-json:goals[].actions[].start': 'Start date, or null',
  'programme-json:goals[].actions[].due': 'Due date',
  'programme-json:goals[].actions[].status':
    'The status on asOf: an action completed after asOf was still running then',
  'programme-json:goals[].actions[].reason': 'The reason given in the programme file, or null',
  'programme-json:goals[].actions[].completedOn': 'The day it was done, or null',
  'programme-json:goals[].actions[].overdue': 'Not done or stopped, and due before asOf',
  'programme-json:goals[].actions[].daysOverdue': 'Days past due on asOf; 0 when not overdue',
  'programme-json:goals[].actions[].lateStart': 'Not started although its start date has passed',
  'programme-json:goals[].openDecisions[].id': 'Decision id',
  'programme-json:goals[].openDecisions[].goal':
    'The goal it is about, or null for the programme as a whole',
  'programme-json:goals[].openDecisions[].question': 'What the board is asked to decide',
  'programme-json:goals[].openDecisions[].neededBy': 'When the programme needs it, or null',
  'programme-json:goals[].openDecisions[].status':
    'open (a decision taken after asOf was still open then)',
  'programme-json:goals[].openDecisions[].overdue': 'Open and needed before asOf',
  'programme-json:goals[].changes[].kind':
    'action_started, action_completed, action_became_overdue, decision_taken or indicator_changed',
  'programme-json:goals[].changes[].goal': 'The goal, or null',
  'programme-json:goals[].changes[].action': 'The action, or null',
  'programme-json:goals[].changes[].decision': 'The decision, or null',
  'programme-json:goals[].changes[].indicator': 'The indicator, or null',
  'programme-json:goals[].changes[].date': 'The day it happened; for indicators asOf',
  'programme-json:goals[].changes[].message': 'The change in words',
  'programme-json:warnings[].code': 'Warning code, e.g. region_missing',
  'programme-json:warnings[].path': 'Path in the programme file, e.g. regions[1]',
  'programme-json:warnings[].message': 'The warning in words',
}

export const fieldNotes: Record<string, string> = {
  ...regionAndGuidelineNotes,
  ...reportNotes,
  ...programmeNotes,
}
