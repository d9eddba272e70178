/** The demo regions and their files, without the data itself (so `paths.ts` need not load it). */
export const DEMO_REGION_CODES = ['VR25', 'VR14'] as const
export type DemoRegionCode = (typeof DEMO_REGION_CODES)[number]

export interface DemoRegionFiles {
  code: DemoRegionCode
  /** The region's name as in its file, marked as fictitious. */
  name: string
  /** Region file, relative to the package's `data/` folder. */
  file: string
  /** The same points and assessments as Dutch Excel CSV, relative to `data/`. */
  pointsCsv: string
  assessmentsCsv: string
}

export const DEMO_REGION_FILES: readonly DemoRegionFiles[] = [
  {
    code: 'VR25',
    name: 'Veiligheidsregio Flevoland (fictieve demodata)',
    file: 'vr25-flevoland.json',
    pointsCsv: 'csv/vr25-flevoland.points.csv',
    assessmentsCsv: 'csv/vr25-flevoland.assessments.csv',
  },
  {
    code: 'VR14',
    name: 'Veiligheidsregio Gooi en Vechtstreek (fictieve demodata)',
    file: 'vr14-gooi-en-vechtstreek.json',
    pointsCsv: 'csv/vr14-gooi-en-vechtstreek.points.csv',
    assessmentsCsv: 'csv/vr14-gooi-en-vechtstreek.assessments.csv',
  },
]

/** To show wherever the demo data is shown. */
export const DEMO_NOTICE = {
  nl: 'Fictieve voorbeelddata. De gemeenten en hun codes zijn echt; inwonertallen zijn afgeronde schattingen (geen CBS-cijfers). Alle noodsteunpunten, adressen, beoordelingen en opmerkingen zijn verzonnen.',
  en: 'Fictitious example data. The municipalities and their codes are real; populations are rounded estimates (not CBS figures). All points, addresses, assessments and notes are invented.',
} as const

/** The demo programme "Weerbaarheid en veerkracht" for both regions, relative to `data/`. */
export const DEMO_PROGRAMME_FILE = 'programme-weerbaarheid-en-veerkracht.json'
