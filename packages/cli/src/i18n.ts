import type { Lang } from '@weerbaar/core'

export type { Lang }
export const LANGS: readonly Lang[] = ['nl', 'en']

type Params = Record<string, string | number>
type Message = Record<Lang, string | ((p: Params) => string)>

/** "1 fout", "2 fouten": a count with its noun in the singular or the plural. */
const count = (n: string | number | undefined, one: string, many: string) =>
  `${n} ${n === 1 ? one : many}`

/**
 * The command line's own messages. Messages about the data come from core, in the same
 * language; these are about files, arguments and the command line itself.
 */
const messages = {
  // Files
  fileNotFound: { nl: 'bestand niet gevonden', en: 'file not found' },
  isDirectory: { nl: 'dit is een map, geen bestand', en: 'this is a directory, not a file' },
  notAFile: { nl: 'dit is geen gewoon bestand', en: 'this is not a regular file' },
  noPermission: { nl: 'geen toestemming om te lezen', en: 'permission denied' },
  cannotRead: { nl: 'kan niet lezen', en: 'cannot read' },
  cannotWrite: { nl: 'kan niet schrijven', en: 'cannot write' },
  outNotDirectory: {
    nl: 'bestaat al en is geen map',
    en: 'exists and is not a directory',
  },
  // Usage
  badLang: {
    nl: (p) => `--lang moet nl of en zijn, niet "${p.value}"`,
    en: (p) => `--lang must be nl or en, not "${p.value}"`,
  },
  badDate: {
    nl: (p) => `${p.option} moet een bestaande datum zijn als JJJJ-MM-DD, niet "${p.value}"`,
    en: (p) => `${p.option} must be an existing date as YYYY-MM-DD, not "${p.value}"`,
  },
  badChoice: {
    nl: (p) => `${p.option} moet een van ${p.choices} zijn, niet "${p.value}"`,
    en: (p) => `${p.option} must be one of ${p.choices}, not "${p.value}"`,
  },
  badPositiveNumber: {
    nl: (p) => `${p.option} moet een getal groter dan 0 zijn, niet "${p.value}"`,
    en: (p) => `${p.option} must be a number greater than 0, not "${p.value}"`,
  },
  badNonNegativeNumber: {
    nl: (p) => `${p.option} moet een getal van 0 of meer zijn, niet "${p.value}"`,
    en: (p) => `${p.option} must be a number of 0 or more, not "${p.value}"`,
  },
  badPositiveInteger: {
    nl: (p) => `${p.option} moet een geheel getal groter dan 0 zijn, niet "${p.value}"`,
    en: (p) => `${p.option} must be a whole number greater than 0, not "${p.value}"`,
  },
  unknownScenario: {
    nl: (p) => `onbekend scenario "${p.id}"; het risicoprofiel kent: ${p.known}`,
    en: (p) => `unknown scenario "${p.id}"; the risk profile has: ${p.known}`,
  },
  noRiskProfile: {
    nl: 'dit regiobestand heeft geen risicoprofiel (riskProfile)',
    en: 'this region file has no risk profile (riskProfile)',
  },
  noScenarios: {
    nl: 'het risicoprofiel van dit regiobestand heeft geen scenario’s; voeg ze toe aan riskProfile.scenarios',
    en: 'the risk profile of this region file has no scenarios; add them to riskProfile.scenarios',
  },
  fewerPicks: {
    nl: (p) => `${p.picked} van de ${p.count} gevraagde punten gekozen: ${p.reason}`,
    en: (p) => `${p.picked} of the ${p.count} points asked for chosen: ${p.reason}`,
  },
  fewerCandidates: {
    nl: (p) =>
      `er ${p.candidates === 1 ? 'is' : 'zijn'} maar ${count(p.candidates, 'kandidaat', 'kandidaten')} (de geplande punten plus --candidates); geef er meer met --candidates`,
    en: (p) =>
      `there ${p.candidates === 1 ? 'is' : 'are'} only ${count(p.candidates, 'candidate', 'candidates')} (the planned points plus --candidates); give more with --candidates`,
  },
  noMoreGain: {
    nl: 'de overige kandidaten bereiken niemand die nog niet gedekt is',
    en: 'the other candidates reach nobody who is not covered yet',
  },
  unknownMunicipality: {
    nl: (p) => `onbekende gemeente "${p.code}"; deze regio heeft: ${p.known}`,
    en: (p) => `unknown municipality "${p.code}"; this region has: ${p.known}`,
  },
  badGuidelineRef: {
    nl: (p) =>
      `verwacht een richtlijn als id@versie (bijv. noodsteunpunten@2026.1), niet "${p.value}"`,
    en: (p) => `expected a guideline as id@version (e.g. noodsteunpunten@2026.1), not "${p.value}"`,
  },
  unknownGuideline: {
    nl: (p) => `onbekende richtlijn ${p.ref}; beschikbaar: ${p.known}`,
    en: (p) => `unknown guideline ${p.ref}; available: ${p.known}`,
  },
  convertOneWay: {
    nl: 'gebruik --to-csv óf --points/--assessments, niet allebei',
    en: 'use --to-csv or --points/--assessments, not both',
  },
  convertDirection: {
    nl: 'geef --to-csv <map> (naar CSV) of --points en/of --assessments (terug naar JSON)',
    en: 'give --to-csv <dir> (to CSV) or --points and/or --assessments (back to JSON)',
  },
  municipalityOrAll: {
    nl: 'geef --municipality <GM####> of --all',
    en: 'give --municipality <GM####> or --all',
  },
  coverageLabel: { nl: 'Dekking', en: 'Coverage' },
  sitingLabel: { nl: 'Plaatsing', en: 'Siting' },
  stageGrid: { nl: 'bevolkingsraster lezen', en: 'reading the population grid' },
  stageReadiness: { nl: 'gereedheid berekenen', en: 'computing readiness' },
  stageCoverage: { nl: 'dekking berekenen', en: 'computing coverage' },
  stageGeojson: { nl: 'GeoJSON maken', en: 'making GeoJSON' },
  stageSiting: {
    nl: (p) => `${count(p.count, 'nieuw punt', 'nieuwe punten')} kiezen`,
    en: (p) => `choosing ${count(p.count, 'new point', 'new points')}`,
  },
  // Commander's own errors, translated by code
  unknownCommand: {
    nl: (p) => `onbekende opdracht "${p.name}"`,
    en: (p) => `unknown command "${p.name}"`,
  },
  unknownOption: {
    nl: (p) => `onbekende optie "${p.name}"`,
    en: (p) => `unknown option "${p.name}"`,
  },
  missingArgument: {
    nl: (p) => `argument ontbreekt: ${p.name}`,
    en: (p) => `missing argument: ${p.name}`,
  },
  missingOptionValue: {
    nl: (p) => `optie ${p.name} heeft een waarde nodig`,
    en: (p) => `option ${p.name} needs a value`,
  },
  missingMandatoryOption: {
    nl: (p) => `verplichte optie ontbreekt: ${p.name}`,
    en: (p) => `required option missing: ${p.name}`,
  },
  excessArguments: {
    nl: (p) => `te veel argumenten: verwacht ${p.expected}, gekregen ${p.received}`,
    en: (p) => `too many arguments: expected ${p.expected}, got ${p.received}`,
  },
  didYouMean: { nl: (p) => `bedoelde je ${p.names}?`, en: (p) => `did you mean ${p.names}?` },
  missingCommand: { nl: 'geef een opdracht', en: 'give a command' },
  seeHelp: { nl: (p) => `zie: ${p.command} --help`, en: (p) => `see: ${p.command} --help` },
  // Outcomes
  errorPrefix: { nl: 'fout', en: 'error' },
  warningPrefix: { nl: 'waarschuwing', en: 'warning' },
  internalError: {
    nl: (p) => `interne fout: ${p.message} (dit is een fout in weerbaar; --debug toont de details)`,
    en: (p) =>
      `internal error: ${p.message} (this is a bug in weerbaar; --debug shows the details)`,
  },
  supersededGuideline: {
    nl: (p) =>
      `${p.ref} is vervangen door ${p.newer} (geldig vanaf ${p.from}); bekijk de gevolgen met: weerbaar guideline impact ${p.file} --to ${p.version}`,
    en: (p) =>
      `${p.ref} is superseded by ${p.newer} (in effect from ${p.from}); see what moving changes with: weerbaar guideline impact ${p.file} --to ${p.version}`,
  },
  valid: {
    nl: (p) =>
      `${p.file}: geldig (${count(p.points, 'noodsteunpunt', 'noodsteunpunten')}, ${count(p.assessments, 'beoordeling', 'beoordelingen')}, ${count(p.warnings, 'waarschuwing', 'waarschuwingen')})`,
    en: (p) =>
      `${p.file}: valid (${count(p.points, 'point', 'points')}, ${count(p.assessments, 'assessment', 'assessments')}, ${count(p.warnings, 'warning', 'warnings')})`,
  },
  invalid: {
    nl: (p) => `${p.file}: ${count(p.count, 'fout', 'fouten')}`,
    en: (p) => `${p.file}: ${count(p.count, 'error', 'errors')}`,
  },
  wrote: { nl: (p) => `geschreven: ${p.file}`, en: (p) => `written: ${p.file}` },
} satisfies Record<string, Message>

export type MessageKey = keyof typeof messages

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const m: Message[Lang] = (messages[key] as Message)[lang]
  return typeof m === 'function' ? m(params) : m
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value)
}
