import type { Lang } from '../shared/issues.ts'

type Params = Record<string, string | number>
type Template = (p: Params) => string

/** Messages of the CSV readers, in Dutch and English. Cell messages get the column name in front. */
export const csvMessages = {
  empty_file: {
    nl: () => `Het bestand is leeg`,
    en: () => `The file is empty`,
  },
  no_data_rows: {
    nl: () => `Het bestand heeft alleen een kopregel en geen gegevens`,
    en: () => `The file has a header row but no data`,
  },
  not_this_csv: {
    nl: (p) =>
      `De kopregel bevat geen van de verwachte kolommen (${p.expected}). Is dit het juiste bestand?`,
    en: (p) =>
      `The header row has none of the expected columns (${p.expected}). Is this the right file?`,
  },
  missing_column: {
    nl: (p) => `Kolom "${p.column}" ontbreekt in de kopregel (verwacht: ${p.expected})`,
    en: (p) => `Column "${p.column}" is missing from the header row (expected: ${p.expected})`,
  },
  duplicate_column: {
    nl: (p) => `Kolom "${p.column}" staat twee keer in de kopregel (ook in kolom ${p.first})`,
    en: (p) => `Column "${p.column}" appears twice in the header row (also in column ${p.first})`,
  },
  unknown_column: {
    nl: (p) => `Onbekende kolom "${p.column}" wordt genegeerd`,
    en: (p) => `Unknown column "${p.column}" is ignored`,
  },
  too_many_cells: {
    nl: (p) =>
      `Deze regel heeft ${p.count} ${Number(p.count) === 1 ? 'cel' : 'cellen'}, de kopregel ${p.expected}. ` +
      `Staat er een decimale komma in een bestand met komma's als scheidingsteken? Gebruik ';' of zet de cel tussen aanhalingstekens`,
    en: (p) =>
      `This row has ${p.count} ${Number(p.count) === 1 ? 'cell' : 'cells'}, the header row ${p.expected}. ` +
      `Is there a decimal comma in a comma-separated file? Use ';' or put the cell in quotes`,
  },
  missing_quotes: {
    nl: () =>
      `Aanhalingsteken wordt niet afgesloten: de rest van het bestand is als één cel gelezen`,
    en: () => `Quote is never closed: the rest of the file was read as one cell`,
  },
  invalid_quotes: {
    nl: () =>
      `Cel tussen aanhalingstekens sluit niet goed af; schrijf een aanhalingsteken in tekst als ""`,
    en: () => `Quoted cell does not end properly; write a quote inside text as ""`,
  },
  cell_required: {
    nl: () => `verplicht, maar leeg`,
    en: () => `required, but empty`,
  },
  invalid_number: {
    nl: (p) =>
      `"${p.value}" is geen getal (schrijf bijvoorbeeld 52,37 of 52.37, zonder scheidingsteken voor duizendtallen)`,
    en: (p) =>
      `"${p.value}" is not a number (write e.g. 52.37 or 52,37, without thousands separators)`,
  },
  invalid_integer: {
    nl: (p) => `"${p.value}" is geen geheel getal (schrijf bijvoorbeeld 150, zonder punt of komma)`,
    en: (p) => `"${p.value}" is not a whole number (write e.g. 150, without point or comma)`,
  },
  invalid_boolean: {
    nl: (p) => `"${p.value}" is geen ja/nee-waarde (gebruik ja, nee, true, false, 1 of 0)`,
    en: (p) => `"${p.value}" is not a yes/no value (use ja, nee, true, false, 1 or 0)`,
  },
  invalid_date: {
    nl: (p) =>
      `"${p.value}" is geen datum (schrijf JJJJ-MM-DD, bijvoorbeeld 2026-09-14, of DD-MM-JJJJ)`,
    en: (p) => `"${p.value}" is not a date (write YYYY-MM-DD, e.g. 2026-09-14, or DD-MM-YYYY)`,
  },
  duplicate_id: {
    nl: (p) => `Dubbel id "${p.id}" (ook op regel ${p.first})`,
    en: (p) => `Duplicate id "${p.id}" (also on line ${p.first})`,
  },
  column_prefix: {
    nl: (p) => `Kolom "${p.column}": ${p.message}`,
    en: (p) => `Column "${p.column}": ${p.message}`,
  },
} satisfies Record<string, Record<Lang, Template>>

export type CsvMessageCode = keyof typeof csvMessages

export function csvMessage(code: CsvMessageCode, lang: Lang, params: Params = {}): string {
  return csvMessages[code][lang](params)
}
