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

export const fieldNotes: Record<string, string> = { ...regionAndGuidelineNotes, ...reportNotes }
