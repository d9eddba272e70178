import type { Lang } from '../shared/issues.ts'

type Params = Record<string, string | number>
type Template = (p: Params) => string

/** "1.270" read with a thousands separator (1270) and with a decimal one (1.27). */
const thousands = (value: unknown) => String(value).replace(/[.,]/, '')
const fraction = (value: unknown) => String(Number(String(value).replace(',', '.')))

/** "1 vak", "2 vakken": the noun after a count, singular for exactly one. */
const counted = (n: unknown, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`

/** Messages of the population grid, candidate and coverage checks, in Dutch and English. */
export const coverageMessages = {
  no_coordinates: {
    nl: () =>
      `De kopregel noemt geen coördinaten: geef x en y (RD New, meter) of lat en lon (WGS84, graden)`,
    en: () =>
      `The header row names no coordinates: give x and y (RD New, metres) or lat and lon (WGS84, degrees)`,
  },
  both_coordinates: {
    nl: () =>
      `Het bestand heeft x/y én lat/lon; x en y (RD New) worden gebruikt, lat en lon genegeerd`,
    en: () => `The file has both x/y and lat/lon; x and y (RD New) are used, lat and lon ignored`,
  },
  negative_population: {
    nl: (p) => `${p.value} inwoners kan niet: het aantal moet 0 of meer zijn`,
    en: (p) => `${p.value} inhabitants is impossible: the count must be 0 or more`,
  },
  ambiguous_count: {
    nl: (p) =>
      `"${p.value}" is niet eenduidig: ${thousands(p.value)} of ${fraction(p.value).replace('.', ',')} inwoners? ` +
      `Schrijf aantallen zonder scheidingsteken voor duizendtallen`,
    en: (p) =>
      `"${p.value}" is ambiguous: ${thousands(p.value)} or ${fraction(p.value)} inhabitants? ` +
      `Write counts without a thousands separator`,
  },
  cbs_secret: {
    nl: (p) =>
      `${p.value} is een CBS-code voor een geheim of ontbrekend aantal, geen aantal inwoners. ` +
      `Vervang die door 0 of een schatting, of geef op hoeveel inwoners zo'n vak telt: ` +
      `weerbaar coverage en site met --confidential 0, parsePopulationGrid met de optie confidential`,
    en: (p) =>
      `${p.value} is a CBS code for a confidential or missing count, not a number of inhabitants. ` +
      `Replace it with 0 or an estimate, or say how many inhabitants such a cell counts for: ` +
      `weerbaar coverage and site with --confidential 0, parsePopulationGrid with the option confidential`,
  },
  cbs_secret_replaced: {
    nl: (p) =>
      `${counted(p.count, 'vak had', 'vakken hadden')} een CBS-geheimhoudingscode in plaats van een aantal; ${Number(p.count) === 1 ? 'dat telt' : 'die tellen'} als ${p.value} inwoners`,
    en: (p) =>
      `${counted(p.count, 'cell', 'cells')} had a CBS confidentiality code instead of a count; ${Number(p.count) === 1 ? 'it counts' : 'they count'} as ${p.value} inhabitants`,
  },
  invalid_municipality: {
    nl: (p) => `"${p.value}" is geen CBS-gemeentecode zoals GM0034`,
    en: (p) => `"${p.value}" is not a CBS municipality code such as GM0034`,
  },
  outside_rd: {
    nl: (p) =>
      `${p.x}, ${p.y} ligt niet in Nederland in RD New (x van 0 tot 300.000, y van 300.000 tot 625.000 meter). ` +
      `Zijn x en y verwisseld, of zijn het graden (gebruik dan lat en lon)?`,
    en: (p) =>
      `${p.x}, ${p.y} does not lie in the Netherlands in RD New (x from 0 to 300,000, y from 300,000 to 625,000 metres). ` +
      `Are x and y swapped, or are these degrees (then use lat and lon)?`,
  },
  outside_netherlands: {
    nl: (p) => `${p.lat}, ${p.lon} ligt niet in Nederland; zijn lat en lon verwisseld?`,
    en: (p) => `${p.lat}, ${p.lon} does not lie in the Netherlands; are lat and lon swapped?`,
  },
  duplicate_cell: {
    nl: (p) =>
      `Dit vak (zelfde plek, gemeente ${p.municipality}) staat ook op regel ${p.first}; beide tellen mee`,
    en: (p) =>
      `This cell (same place, municipality ${p.municipality}) is also on line ${p.first}; both count`,
  },
  no_cells: {
    nl: () => `Het bevolkingsraster bevat geen vakken`,
    en: () => `The population grid holds no cells`,
  },
  more_issues: {
    nl: (p) => `Nog ${counted(p.count, 'melding', 'meldingen')} van deze soort niet getoond`,
    en: (p) => `${counted(p.count, 'more issue', 'more issues')} of this kind not shown`,
  },
  not_feature_collection: {
    nl: () =>
      `Verwacht een GeoJSON FeatureCollection met punten (of vierkanten) en de eigenschappen population en municipality`,
    en: () =>
      `Expected a GeoJSON FeatureCollection of points (or squares) with the properties population and municipality`,
  },
  unknown_crs: {
    nl: (p) =>
      `Onbekend coördinatenstelsel "${p.name}": gebruik WGS84 (lon, lat; de GeoJSON-standaard) of EPSG:28992 (RD New)`,
    en: (p) =>
      `Unknown coordinate reference system "${p.name}": use WGS84 (lon, lat; the GeoJSON standard) or EPSG:28992 (RD New)`,
  },
  invalid_geometry: {
    nl: () => `Verwacht een geometrie van het type Point, Polygon of MultiPolygon met coördinaten`,
    en: () => `Expected a geometry of type Point, Polygon or MultiPolygon with coordinates`,
  },
  property_required: {
    nl: (p) => `Eigenschap "${p.name}" ontbreekt`,
    en: (p) => `Property "${p.name}" is missing`,
  },
  property_not_number: {
    nl: (p) => `Eigenschap "${p.name}" moet een getal zijn, niet ${p.value}`,
    en: (p) => `Property "${p.name}" must be a number, not ${p.value}`,
  },
  grid_outside_region: {
    nl: (p) =>
      `${p.cells} vakken (${p.population} inwoners) van gemeente ${p.code} horen niet bij deze regio en tellen niet mee`,
    en: (p) =>
      `${p.cells} cells (${p.population} inhabitants) of municipality ${p.code} are not in this region and do not count`,
  },
  municipality_without_cells: {
    nl: (p) =>
      `Gemeente ${p.name} (${p.code}) heeft geen vakken in het bevolkingsraster: haar dekking is onbekend`,
    en: (p) =>
      `Municipality ${p.name} (${p.code}) has no cells in the population grid: its coverage is unknown`,
  },
  duplicate_candidate: {
    nl: (p) => `Kandidaat "${p.id}" komt twee keer voor; de tweede keer wordt overgeslagen`,
    en: (p) => `Candidate "${p.id}" appears twice; the second one is skipped`,
  },
  candidate_is_point: {
    nl: (p) => `Kandidaat "${p.id}" is al een noodsteunpunt dat meetelt en wordt overgeslagen`,
    en: (p) => `Candidate "${p.id}" is already a point that counts and is skipped`,
  },
  candidate_outside_region: {
    nl: (p) =>
      `Kandidaat "${p.id}" ligt in gemeente ${p.code}, die niet bij deze regio hoort; hij doet wel mee`,
    en: (p) =>
      `Candidate "${p.id}" lies in municipality ${p.code}, which is not in this region; it is still considered`,
  },
} satisfies Record<string, Record<Lang, Template>>

export type CoverageMessageCode = keyof typeof coverageMessages

export function coverageMessage(
  code: CoverageMessageCode,
  lang: Lang,
  params: Params = {},
): string {
  return coverageMessages[code][lang](params)
}
