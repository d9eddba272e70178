/**
 * Input of the demo generator: the twelve real municipalities of VR25 Flevoland and VR14 Gooi en
 * Vechtstreek with their CBS codes, rounded population estimates (DOMAIN.md §4; not CBS figures,
 * replace them with CBS StatLine numbers when needed), and real neighbourhoods and villages with
 * approximate WGS84 coordinates. Everything placed there by the generator is fictitious.
 */
import type { ScenarioTag } from '@weerbaar/core'

export interface PlaceConfig {
  name: string
  lat: number
  lon: number
  /** A village or town of its own name (Ens, Bussum), or a district of the main town (Stedenwijk). */
  type: 'district' | 'village'
  /** How far points spread around the place, in metres; smaller along coasts and dikes. */
  radius?: number
}

export interface FireStationConfig {
  /** Name of the place it stands in. */
  place: string
  /** Name used in "Brandweerkazerne …"; defaults to the place. */
  label?: string
}

export interface MunicipalityConfig {
  code: string
  name: string
  /** Rounded estimate, not a CBS figure. */
  population: number
  /** Number of points, around one per 5,000 inhabitants, deliberately not exact. */
  points: number
  /** How far the municipality is with its network, 0–1: drives statuses and assessment results. */
  progress: number
  fireStations: FireStationConfig[]
  /** Place of the town hall, when it serves as a (local) point. */
  townHall?: string
  places: PlaceConfig[]
}

export interface RegionConfig {
  code: string
  name: string
  file: string
  /**
   * Scenario tags whose requirements (flood storage, cool room, water) the demo assesses when
   * the region has no risk profile yet; with one, its scenarios decide per municipality.
   */
  scenarios: ScenarioTag[]
  /** Who signs assessments, besides fire posts and municipalities. */
  regionalAssessor: string
  fireService: string
  municipalities: MunicipalityConfig[]
}

export const DEMO_SEED = 'weerbaar-demo-2026'

export const REGIONS: RegionConfig[] = [
  {
    code: 'VR25',
    name: 'Veiligheidsregio Flevoland',
    file: 'vr25-flevoland.json',
    scenarios: ['flood', 'heat', 'drinking-water'],
    regionalAssessor: 'Coördinator noodsteunpunten VR Flevoland',
    fireService: 'Brandweer Flevoland',
    municipalities: [
      {
        code: 'GM0034',
        name: 'Almere',
        population: 226_000,
        points: 44,
        progress: 0.5,
        fireStations: [
          { place: 'Almere Haven' },
          { place: 'Almere Stad' },
          { place: 'Almere Buiten' },
          { place: 'Almere Poort' },
        ],
        townHall: 'Almere Stad',
        places: [
          { name: 'Almere Stad', lat: 52.3705, lon: 5.219, type: 'district' },
          { name: 'Stedenwijk', lat: 52.3835, lon: 5.2085, type: 'district' },
          { name: 'Muziekwijk', lat: 52.3745, lon: 5.1955, type: 'district' },
          { name: 'Kruidenwijk', lat: 52.3615, lon: 5.2045, type: 'district' },
          { name: 'Waterwijk', lat: 52.3655, lon: 5.2365, type: 'district' },
          { name: 'Filmwijk', lat: 52.379, lon: 5.229, type: 'district' },
          { name: 'Parkwijk', lat: 52.3905, lon: 5.213, type: 'district' },
          { name: 'Danswijk', lat: 52.3945, lon: 5.1905, type: 'district' },
          { name: 'Literatuurwijk', lat: 52.3955, lon: 5.2205, type: 'district' },
          { name: 'Noorderplassen', lat: 52.399, lon: 5.236, type: 'district' },
          { name: 'Tussen de Vaarten', lat: 52.372, lon: 5.256, type: 'district' },
          { name: 'Almere Haven', lat: 52.3375, lon: 5.22, type: 'district', radius: 350 },
          { name: 'De Werven', lat: 52.3435, lon: 5.23, type: 'district' },
          { name: 'Overgooi', lat: 52.3325, lon: 5.234, type: 'district', radius: 300 },
          { name: 'Almere Buiten', lat: 52.3925, lon: 5.2715, type: 'district' },
          { name: 'Regenboogbuurt', lat: 52.388, lon: 5.265, type: 'district' },
          { name: 'Molenbuurt', lat: 52.4005, lon: 5.259, type: 'district' },
          { name: 'Eilandenbuurt', lat: 52.399, lon: 5.2815, type: 'district' },
          { name: 'Oostvaardersbuurt', lat: 52.408, lon: 5.286, type: 'district' },
          { name: 'Almere Poort', lat: 52.346, lon: 5.154, type: 'district' },
          { name: 'Homeruskwartier', lat: 52.3495, lon: 5.161, type: 'district' },
          { name: 'Europakwartier', lat: 52.356, lon: 5.157, type: 'district' },
          { name: 'Nobelhorst', lat: 52.38, lon: 5.296, type: 'district' },
          { name: 'Vogelhorst', lat: 52.3705, lon: 5.2925, type: 'district' },
          { name: 'Oosterwold', lat: 52.338, lon: 5.288, type: 'district', radius: 800 },
        ],
      },
      {
        code: 'GM0995',
        name: 'Lelystad',
        population: 83_000,
        points: 17,
        progress: 0.6,
        fireStations: [
          { place: 'Stadshart', label: 'Lelystad Centrum' },
          { place: 'Warande', label: 'Lelystad Noord' },
        ],
        townHall: 'Stadshart',
        places: [
          { name: 'Stadshart', lat: 52.518, lon: 5.476, type: 'district' },
          { name: 'Atolwijk', lat: 52.523, lon: 5.453, type: 'district' },
          { name: 'Boswijk', lat: 52.5305, lon: 5.47, type: 'district' },
          { name: 'Bolder', lat: 52.534, lon: 5.443, type: 'district' },
          { name: 'Waterwijk', lat: 52.525, lon: 5.495, type: 'district' },
          { name: 'Zuiderzeewijk', lat: 52.507, lon: 5.492, type: 'district' },
          { name: 'Kustwijk', lat: 52.511, lon: 5.445, type: 'district', radius: 300 },
          { name: 'Warande', lat: 52.5415, lon: 5.426, type: 'district' },
          { name: 'Lelystad-Haven', lat: 52.487, lon: 5.432, type: 'village', radius: 250 },
        ],
      },
      {
        code: 'GM0303',
        name: 'Dronten',
        population: 43_000,
        points: 9,
        progress: 0.7,
        fireStations: [{ place: 'Dronten' }, { place: 'Biddinghuizen' }],
        places: [
          { name: 'Dronten', lat: 52.525, lon: 5.718, type: 'village' },
          { name: 'Dronten-Zuid', lat: 52.517, lon: 5.724, type: 'district', radius: 400 },
          { name: 'Dronten-West', lat: 52.5245, lon: 5.704, type: 'district', radius: 400 },
          { name: 'Biddinghuizen', lat: 52.456, lon: 5.694, type: 'village' },
          { name: 'Swifterbant', lat: 52.567, lon: 5.635, type: 'village' },
        ],
      },
      {
        code: 'GM0171',
        name: 'Noordoostpolder',
        population: 49_000,
        points: 11,
        progress: 0.55,
        fireStations: [{ place: 'Emmeloord' }],
        townHall: 'Emmeloord',
        places: [
          { name: 'Emmeloord', lat: 52.711, lon: 5.75, type: 'village' },
          { name: 'Emmeloord-Noord', lat: 52.72, lon: 5.747, type: 'district', radius: 400 },
          { name: 'Emmeloord-Oost', lat: 52.709, lon: 5.764, type: 'district', radius: 400 },
          { name: 'Marknesse', lat: 52.713, lon: 5.865, type: 'village' },
          { name: 'Ens', lat: 52.637, lon: 5.829, type: 'village' },
          { name: 'Luttelgeest', lat: 52.756, lon: 5.841, type: 'village' },
          { name: 'Bant', lat: 52.768, lon: 5.751, type: 'village' },
          { name: 'Rutten', lat: 52.808, lon: 5.742, type: 'village' },
          { name: 'Creil', lat: 52.758, lon: 5.659, type: 'village' },
          { name: 'Espel', lat: 52.729, lon: 5.616, type: 'village' },
          { name: 'Tollebeek', lat: 52.676, lon: 5.665, type: 'village' },
          { name: 'Nagele', lat: 52.646, lon: 5.718, type: 'village' },
          { name: 'Kraggenburg', lat: 52.666, lon: 5.904, type: 'village' },
        ],
      },
      {
        code: 'GM0184',
        name: 'Urk',
        population: 22_000,
        points: 4,
        progress: 0.8,
        fireStations: [{ place: 'Urk' }],
        places: [
          { name: 'Urk', lat: 52.662, lon: 5.601, type: 'village', radius: 250 },
          { name: 'Oude Dorp', lat: 52.663, lon: 5.5965, type: 'district', radius: 200 },
          { name: 'Zeeheldenwijk', lat: 52.659, lon: 5.606, type: 'district', radius: 250 },
          { name: 'Oranjewijk', lat: 52.661, lon: 5.614, type: 'district', radius: 250 },
        ],
      },
      {
        code: 'GM0050',
        name: 'Zeewolde',
        population: 24_000,
        points: 5,
        progress: 0.45,
        fireStations: [{ place: 'Zeewolde' }],
        townHall: 'Zeewolde',
        places: [
          { name: 'Zeewolde', lat: 52.332, lon: 5.541, type: 'village', radius: 400 },
          { name: 'Polderwijk', lat: 52.339, lon: 5.552, type: 'district', radius: 400 },
          { name: 'Horsterparken', lat: 52.326, lon: 5.533, type: 'district', radius: 400 },
        ],
      },
    ],
  },
  {
    code: 'VR14',
    name: 'Veiligheidsregio Gooi en Vechtstreek',
    file: 'vr14-gooi-en-vechtstreek.json',
    scenarios: ['flood', 'heat', 'drinking-water'],
    regionalAssessor: 'Team bevolkingszorg VR Gooi en Vechtstreek',
    fireService: 'Brandweer Gooi en Vechtstreek',
    municipalities: [
      {
        code: 'GM0402',
        name: 'Hilversum',
        population: 93_000,
        points: 18,
        progress: 0.6,
        fireStations: [
          { place: 'Hilversum-Oost', label: 'Hilversum' },
          { place: 'Hilversum-Noord' },
        ],
        townHall: 'Hilversum Centrum',
        places: [
          { name: 'Hilversum Centrum', lat: 52.224, lon: 5.176, type: 'district' },
          { name: 'Hilversum-Noord', lat: 52.2405, lon: 5.1745, type: 'district' },
          { name: 'Kerkelanden', lat: 52.212, lon: 5.153, type: 'district' },
          { name: 'Hilversumse Meent', lat: 52.246, lon: 5.144, type: 'district' },
          { name: 'Hilversum-Zuid', lat: 52.212, lon: 5.1855, type: 'district' },
          { name: 'Hilversum-Oost', lat: 52.229, lon: 5.1955, type: 'district' },
          { name: "Over 't Spoor", lat: 52.232, lon: 5.169, type: 'district' },
          { name: 'Trompenberg', lat: 52.216, lon: 5.197, type: 'district' },
        ],
      },
      {
        code: 'GM1942',
        name: 'Gooise Meren',
        population: 59_000,
        points: 12,
        progress: 0.5,
        fireStations: [{ place: 'Bussum' }, { place: 'Muiden' }],
        townHall: 'Bussum',
        places: [
          { name: 'Bussum', lat: 52.274, lon: 5.162, type: 'village' },
          { name: 'Bussum-Zuid', lat: 52.264, lon: 5.159, type: 'district', radius: 400 },
          { name: 'Bussum-Noord', lat: 52.284, lon: 5.164, type: 'district', radius: 400 },
          { name: 'Naarden', lat: 52.2915, lon: 5.158, type: 'village', radius: 400 },
          { name: 'Naarden-Vesting', lat: 52.2955, lon: 5.162, type: 'village', radius: 200 },
          { name: 'Muiden', lat: 52.3295, lon: 5.069, type: 'village', radius: 300 },
          { name: 'Muiderberg', lat: 52.327, lon: 5.12, type: 'village', radius: 300 },
        ],
      },
      {
        code: 'GM0406',
        name: 'Huizen',
        population: 41_000,
        points: 8,
        progress: 0.75,
        fireStations: [{ place: 'Huizen' }],
        townHall: 'Huizen',
        places: [
          { name: 'Huizen', lat: 52.299, lon: 5.241, type: 'village', radius: 400 },
          { name: 'Oostermeent', lat: 52.2975, lon: 5.264, type: 'district', radius: 400 },
          { name: 'Huizen-Noord', lat: 52.304, lon: 5.24, type: 'district', radius: 300 },
          { name: 'Huizen-West', lat: 52.296, lon: 5.229, type: 'district', radius: 400 },
          { name: 'Huizen-Zuid', lat: 52.288, lon: 5.243, type: 'district', radius: 400 },
        ],
      },
      {
        code: 'GM1696',
        name: 'Wijdemeren',
        population: 24_000,
        points: 6,
        progress: 0.4,
        fireStations: [{ place: 'Nieuw-Loosdrecht', label: 'Loosdrecht' }],
        places: [
          { name: 'Nieuw-Loosdrecht', lat: 52.207, lon: 5.136, type: 'village', radius: 400 },
          { name: 'Oud-Loosdrecht', lat: 52.199, lon: 5.087, type: 'village', radius: 300 },
          { name: 'Kortenhoef', lat: 52.24, lon: 5.106, type: 'village', radius: 300 },
          { name: "'s-Graveland", lat: 52.245, lon: 5.124, type: 'village', radius: 300 },
          { name: 'Nederhorst den Berg', lat: 52.262, lon: 5.045, type: 'village', radius: 300 },
          { name: 'Ankeveen', lat: 52.262, lon: 5.1, type: 'village', radius: 250 },
          { name: 'Breukeleveen', lat: 52.178, lon: 5.093, type: 'village', radius: 200 },
        ],
      },
      {
        code: 'GM0376',
        name: 'Blaricum',
        population: 12_000,
        points: 2,
        progress: 0.65,
        fireStations: [{ place: 'Blaricum' }],
        places: [
          { name: 'Blaricum', lat: 52.272, lon: 5.243, type: 'village', radius: 350 },
          { name: 'Bijvanck', lat: 52.284, lon: 5.259, type: 'district', radius: 300 },
        ],
      },
      {
        code: 'GM0417',
        name: 'Laren',
        population: 11_000,
        points: 2,
        progress: 0.3,
        fireStations: [{ place: 'Laren' }],
        places: [
          { name: 'Laren', lat: 52.256, lon: 5.227, type: 'village', radius: 350 },
          { name: 'Laren-Oost', lat: 52.254, lon: 5.235, type: 'district', radius: 250 },
        ],
      },
    ],
  },
]
