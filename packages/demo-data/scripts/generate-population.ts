/**
 * Generates the SYNTHETIC population grids and candidate lists of the two demo regions:
 *   data/population/<region>.csv  500 m cells in RD New (x;y = cell centre), population, municipality
 *   data/candidates/<region>.csv  fictitious candidate sites for new noodsteunpunten
 *
 * The cells lie around the real towns and villages of the twelve municipalities (approximate
 * coordinates), with a seeded random spread; each municipality's cells add up exactly to its
 * demo population (DOMAIN.md §4: rounded estimates, not CBS figures). Nothing here is CBS data.
 *
 *   npx tsx --conditions=@weerbaar/source packages/demo-data/scripts/generate-population.ts
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { candidatesToCsv, rdToWgs84, wgs84ToRd, type Candidate } from '@weerbaar/core'

export const POPULATION_SEED = 20261128
const CELL = 500

interface Place {
  name: string
  lat: number
  lon: number
  /** Share of the municipality's inhabitants (relative weight). */
  weight: number
  /** Spread in metres (standard deviation of the settlement's density). */
  spread: number
  /** Water on one side: no cells beyond these WGS84 bounds. */
  clip?: { minLat?: number; maxLat?: number; minLon?: number; maxLon?: number }
  /** Countryside: only this share of the cells is inhabited (farms), chosen at random. */
  sparse?: number
}

interface Municipality {
  code: string
  name: string
  population: number
  /** Candidate sites to generate. */
  candidates: number
  places: Place[]
}

interface DemoRegion {
  code: 'VR25' | 'VR14'
  name: string
  file: string
  municipalities: Municipality[]
}

// Approximate positions of the real towns, villages and districts; weights and spreads are rough.
export const DEMO_POPULATION_REGIONS: DemoRegion[] = [
  {
    code: 'VR25',
    name: 'Flevoland',
    file: 'vr25-flevoland.csv',
    municipalities: [
      {
        code: 'GM0034',
        name: 'Almere',
        population: 226_000,
        candidates: 30,
        places: [
          { name: 'Almere Stad', lat: 52.3705, lon: 5.219, weight: 30, spread: 1300 },
          { name: 'Almere Stad-West', lat: 52.3805, lon: 5.195, weight: 17, spread: 900 },
          { name: 'Almere Stad-Oost', lat: 52.3685, lon: 5.25, weight: 13, spread: 900 },
          { name: 'Almere Buiten', lat: 52.395, lon: 5.272, weight: 24, spread: 1200 },
          {
            name: 'Almere Haven',
            lat: 52.3385,
            lon: 5.222,
            weight: 10,
            spread: 800,
            clip: { minLat: 52.332 },
          },
          {
            name: 'Almere Poort',
            lat: 52.35,
            lon: 5.157,
            weight: 10,
            spread: 800,
            clip: { minLon: 5.135 },
          },
          { name: 'Almere Hout', lat: 52.376, lon: 5.293, weight: 5, spread: 700 },
          { name: 'Oosterwold', lat: 52.337, lon: 5.29, weight: 3, spread: 1800, sparse: 0.5 },
        ],
      },
      {
        code: 'GM0995',
        name: 'Lelystad',
        population: 83_000,
        candidates: 12,
        places: [
          {
            name: 'Lelystad-Centrum',
            lat: 52.518,
            lon: 5.476,
            weight: 33,
            spread: 1000,
            clip: { minLon: 5.425 },
          },
          {
            name: 'Lelystad-Noord',
            lat: 52.531,
            lon: 5.455,
            weight: 30,
            spread: 1000,
            clip: { minLon: 5.42 },
          },
          { name: 'Lelystad-Oost', lat: 52.511, lon: 5.495, weight: 27, spread: 900 },
          {
            name: 'Warande',
            lat: 52.542,
            lon: 5.428,
            weight: 6,
            spread: 600,
            clip: { minLon: 5.41 },
          },
          {
            name: 'Lelystad-Haven',
            lat: 52.487,
            lon: 5.432,
            weight: 4,
            spread: 400,
            clip: { minLon: 5.422 },
          },
          {
            name: 'buitengebied Lelystad',
            lat: 52.48,
            lon: 5.53,
            weight: 3,
            spread: 4000,
            sparse: 0.3,
            clip: { minLat: 52.43, maxLat: 52.56, minLon: 5.45, maxLon: 5.62 },
          },
        ],
      },
      {
        code: 'GM0303',
        name: 'Dronten',
        population: 43_000,
        candidates: 8,
        places: [
          { name: 'Dronten', lat: 52.525, lon: 5.718, weight: 63, spread: 1000 },
          { name: 'Biddinghuizen', lat: 52.456, lon: 5.694, weight: 15, spread: 550 },
          { name: 'Swifterbant', lat: 52.567, lon: 5.635, weight: 16, spread: 550 },
          {
            name: 'buitengebied Dronten',
            lat: 52.51,
            lon: 5.7,
            weight: 6,
            spread: 5000,
            sparse: 0.3,
            clip: { minLat: 52.44, maxLat: 52.59, minLon: 5.57, maxLon: 5.84 },
          },
        ],
      },
      {
        code: 'GM0171',
        name: 'Noordoostpolder',
        population: 49_000,
        candidates: 10,
        places: [
          { name: 'Emmeloord', lat: 52.711, lon: 5.75, weight: 54, spread: 1100 },
          { name: 'Marknesse', lat: 52.713, lon: 5.865, weight: 7, spread: 500 },
          { name: 'Ens', lat: 52.637, lon: 5.829, weight: 6, spread: 500 },
          { name: 'Luttelgeest', lat: 52.756, lon: 5.841, weight: 3, spread: 400 },
          { name: 'Bant', lat: 52.768, lon: 5.751, weight: 3, spread: 400 },
          { name: 'Rutten', lat: 52.808, lon: 5.742, weight: 3, spread: 400 },
          { name: 'Creil', lat: 52.758, lon: 5.659, weight: 3, spread: 400 },
          { name: 'Espel', lat: 52.729, lon: 5.616, weight: 3, spread: 400 },
          { name: 'Tollebeek', lat: 52.676, lon: 5.665, weight: 4, spread: 400 },
          { name: 'Nagele', lat: 52.646, lon: 5.718, weight: 3, spread: 400 },
          { name: 'Kraggenburg', lat: 52.661, lon: 5.902, weight: 3, spread: 400 },
          {
            name: 'buitengebied Noordoostpolder',
            lat: 52.72,
            lon: 5.76,
            weight: 8,
            spread: 6000,
            sparse: 0.3,
            clip: { minLat: 52.63, maxLat: 52.82, minLon: 5.6, maxLon: 5.92 },
          },
        ],
      },
      {
        code: 'GM0184',
        name: 'Urk',
        population: 22_000,
        candidates: 4,
        places: [
          {
            name: 'Urk',
            lat: 52.663,
            lon: 5.603,
            weight: 100,
            spread: 800,
            clip: { minLon: 5.588, minLat: 52.654 },
          },
        ],
      },
      {
        code: 'GM0050',
        name: 'Zeewolde',
        population: 24_000,
        candidates: 5,
        places: [
          {
            name: 'Zeewolde',
            lat: 52.331,
            lon: 5.542,
            weight: 88,
            spread: 1000,
            clip: { minLat: 52.322 },
          },
          {
            name: 'buitengebied Zeewolde',
            lat: 52.32,
            lon: 5.52,
            weight: 12,
            spread: 5000,
            sparse: 0.3,
            clip: { minLat: 52.27, maxLat: 52.39, minLon: 5.4, maxLon: 5.7 },
          },
        ],
      },
    ],
  },
  {
    code: 'VR14',
    name: 'Gooi en Vechtstreek',
    file: 'vr14-gooi-en-vechtstreek.csv',
    municipalities: [
      {
        code: 'GM0402',
        name: 'Hilversum',
        population: 93_000,
        candidates: 14,
        places: [
          { name: 'Hilversum-Centrum', lat: 52.2235, lon: 5.176, weight: 34, spread: 1000 },
          { name: 'Hilversum-Noord', lat: 52.24, lon: 5.17, weight: 19, spread: 800 },
          { name: 'Hilversum-Oost', lat: 52.229, lon: 5.196, weight: 15, spread: 700 },
          { name: 'Hilversum-Zuid', lat: 52.208, lon: 5.181, weight: 16, spread: 800 },
          { name: 'Hilversumse Meent', lat: 52.244, lon: 5.148, weight: 9, spread: 500 },
          { name: 'Kerkelanden', lat: 52.211, lon: 5.159, weight: 7, spread: 500 },
        ],
      },
      {
        code: 'GM1942',
        name: 'Gooise Meren',
        population: 59_000,
        candidates: 9,
        places: [
          { name: 'Bussum', lat: 52.274, lon: 5.161, weight: 55, spread: 1000 },
          {
            name: 'Naarden',
            lat: 52.2955,
            lon: 5.162,
            weight: 28,
            spread: 800,
            clip: { maxLat: 52.308 },
          },
          {
            name: 'Muiden',
            lat: 52.33,
            lon: 5.07,
            weight: 9,
            spread: 500,
            clip: { maxLat: 52.337 },
          },
          {
            name: 'Muiderberg',
            lat: 52.327,
            lon: 5.12,
            weight: 8,
            spread: 450,
            clip: { maxLat: 52.333 },
          },
        ],
      },
      {
        code: 'GM0406',
        name: 'Huizen',
        population: 41_000,
        candidates: 7,
        places: [
          {
            name: 'Huizen',
            lat: 52.2985,
            lon: 5.2405,
            weight: 100,
            spread: 1000,
            clip: { maxLat: 52.313 },
          },
        ],
      },
      {
        code: 'GM1696',
        name: 'Wijdemeren',
        population: 24_000,
        candidates: 6,
        places: [
          { name: 'Nieuw-Loosdrecht', lat: 52.203, lon: 5.139, weight: 24, spread: 700 },
          { name: 'Oud-Loosdrecht', lat: 52.197, lon: 5.08, weight: 12, spread: 700 },
          { name: 'Kortenhoef', lat: 52.238, lon: 5.104, weight: 22, spread: 550 },
          { name: "'s-Graveland", lat: 52.245, lon: 5.121, weight: 13, spread: 450 },
          { name: 'Ankeveen', lat: 52.263, lon: 5.1, weight: 8, spread: 400 },
          { name: 'Nederhorst den Berg', lat: 52.261, lon: 5.045, weight: 21, spread: 550 },
        ],
      },
      {
        code: 'GM0376',
        name: 'Blaricum',
        population: 12_000,
        candidates: 3,
        places: [
          { name: 'Blaricum', lat: 52.272, lon: 5.244, weight: 60, spread: 600 },
          {
            name: 'Bijvanck',
            lat: 52.2875,
            lon: 5.257,
            weight: 40,
            spread: 450,
            clip: { maxLat: 52.3 },
          },
        ],
      },
      {
        code: 'GM0417',
        name: 'Laren',
        population: 11_000,
        candidates: 3,
        places: [{ name: 'Laren', lat: 52.256, lon: 5.227, weight: 100, spread: 700 }],
      },
    ],
  },
]

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Cell {
  x: number
  y: number
  population: number
  municipality: string
}

const inClip = (place: Place, x: number, y: number) => {
  const clip = place.clip
  if (!clip) return true
  const { lat, lon } = rdToWgs84({ x, y })
  return !(
    (clip.minLat !== undefined && lat < clip.minLat) ||
    (clip.maxLat !== undefined && lat > clip.maxLat) ||
    (clip.minLon !== undefined && lon < clip.minLon) ||
    (clip.maxLon !== undefined && lon > clip.maxLon)
  )
}

/** Splits `total` over weights in whole numbers that add up to it exactly (largest remainder). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (w / sum) * total)
  const whole = exact.map(Math.floor)
  let left = total - whole.reduce((a, b) => a + b, 0)
  const order = exact
    .map((e, i) => ({ i, r: e - Math.floor(e) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) whole[order[k]!.i]!++
  return whole
}

/** The cells of one region: each 500 m cell goes to the municipality whose places weigh most there. */
export function generateRegionCells(region: DemoRegion, seed: number): Cell[] {
  const random = prng(seed)
  // Density of each place at each cell centre of the 500 m lattice near it.
  const density = new Map<string, { x: number; y: number; byMunicipality: Map<string, number> }>()
  for (const municipality of region.municipalities) {
    const total = municipality.places.reduce((s, p) => s + p.weight, 0)
    for (const place of municipality.places) {
      const centre = wgs84ToRd({ lat: place.lat, lon: place.lon })
      const reach = 2.5 * place.spread
      const cells: { key: string; x: number; y: number; g: number }[] = []
      for (
        let x = Math.floor((centre.x - reach) / CELL) * CELL + CELL / 2;
        x <= centre.x + reach;
        x += CELL
      ) {
        for (
          let y = Math.floor((centre.y - reach) / CELL) * CELL + CELL / 2;
          y <= centre.y + reach;
          y += CELL
        ) {
          const d2 = (x - centre.x) ** 2 + (y - centre.y) ** 2
          if (d2 > reach * reach || !inClip(place, x, y)) continue
          if (place.sparse !== undefined && random() > place.sparse) continue
          cells.push({
            key: `${x};${y}`,
            x,
            y,
            g: Math.exp(-d2 / (2 * place.spread * place.spread)),
          })
        }
      }
      const norm = cells.reduce((s, c) => s + c.g, 0)
      for (const c of cells) {
        const entry = density.get(c.key) ?? {
          x: c.x,
          y: c.y,
          byMunicipality: new Map<string, number>(),
        }
        const m = entry.byMunicipality
        m.set(
          municipality.code,
          (m.get(municipality.code) ?? 0) +
            (place.weight / total) * (c.g / norm) * municipality.population,
        )
        density.set(c.key, entry)
      }
    }
  }
  // Owner of each cell, and its weight with some seeded unevenness (parks, industry, water).
  const keys = [...density.keys()].sort()
  const byMunicipality = new Map<string, { x: number; y: number; w: number }[]>()
  for (const key of keys) {
    const entry = density.get(key)!
    let owner = ''
    let best = -1
    for (const [code, value] of entry.byMunicipality) {
      if (value > best) {
        best = value
        owner = code
      }
    }
    const noise = Math.exp((random() - 0.5) * 1.2) * (random() < 0.08 ? 0.15 : 1)
    const list = byMunicipality.get(owner) ?? []
    list.push({ x: entry.x, y: entry.y, w: best * noise })
    byMunicipality.set(owner, list)
  }
  const out: Cell[] = []
  for (const municipality of region.municipalities) {
    const list = byMunicipality.get(municipality.code) ?? []
    const counts = apportion(
      municipality.population,
      list.map((c) => c.w),
    )
    list.forEach((c, i) => {
      if (counts[i]! > 0)
        out.push({ x: c.x, y: c.y, population: counts[i]!, municipality: municipality.code })
    })
  }
  return out.sort((a, b) => a.y - b.y || a.x - b.x || a.municipality.localeCompare(b.municipality))
}

const KIND_NAMES: { kind: Candidate['kind']; names: string[] }[] = [
  {
    kind: 'school',
    names: [
      'Basisschool De Regenboog',
      'Basisschool Het Kompas',
      'Kindcentrum De Wegwijzer',
      'Basisschool De Zonnewijzer',
      'Scholengemeenschap Het Baken',
      'Basisschool De Sterrenkijker',
    ],
  },
  {
    kind: 'sports_hall',
    names: [
      'Sporthal De Schakel',
      'Sportcentrum Het Ravijn',
      'Sporthal De Bongerd',
      'Sportpark De Polderhoek',
    ],
  },
  {
    kind: 'community_centre',
    names: [
      'Buurthuis De Kiem',
      'Wijkcentrum De Ontmoeting',
      'Dorpshuis De Klinker',
      'Buurtcentrum Het Anker',
    ],
  },
  { kind: 'library', names: ['Bibliotheek', 'Bibliotheekvestiging'] },
  { kind: 'place_of_worship', names: ['Ontmoetingskerk', 'Kerkgebouw De Rank', 'Moskee Al Noor'] },
  { kind: 'other', names: ['Zorgcentrum De Linde', 'Verenigingsgebouw De Eendracht'] },
]

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** Candidate sites: near populated cells (drawn by population), with fictitious names. */
export function generateCandidates(region: DemoRegion, cells: Cell[], seed: number): Candidate[] {
  const random = prng(seed)
  const out: Candidate[] = []
  for (const municipality of region.municipalities) {
    const own = cells.filter((c) => c.municipality === municipality.code)
    const total = own.reduce((s, c) => s + c.population, 0)
    const places = municipality.places.map((p) => ({ ...p, rd: wgs84ToRd(p) }))
    for (let i = 0; i < municipality.candidates; i++) {
      let target = random() * total
      const cell = own.find((c) => (target -= c.population) < 0) ?? own[own.length - 1]!
      const x = cell.x + (random() - 0.5) * CELL * 0.8
      const y = cell.y + (random() - 0.5) * CELL * 0.8
      const place = places.reduce((a, b) =>
        (b.rd.x - x) ** 2 + (b.rd.y - y) ** 2 < (a.rd.x - x) ** 2 + (a.rd.y - y) ** 2 ? b : a,
      )
      const placeName = place.name.startsWith('buitengebied ') ? municipality.name : place.name
      const type = KIND_NAMES[Math.floor(random() * KIND_NAMES.length)]!
      const base = type.names[Math.floor(random() * type.names.length)]!
      const { lat, lon } = rdToWgs84({ x, y })
      out.push({
        id: `kandidaat-${slug(municipality.name)}-${String(i + 1).padStart(2, '0')}`,
        name: `${base} ${placeName}`,
        municipality: municipality.code,
        kind: type.kind,
        location: { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 },
      })
    }
  }
  return out
}

const BOM = '\uFEFF'

function populationCsv(region: DemoRegion, cells: Cell[]): string {
  const lines = [
    `# SYNTHETISCH / SYNTHETIC: verzonnen bevolkingsraster voor de demoregio ${region.code} ${region.name}, geen CBS-gegevens.`,
    `# Made up for the demo (seed ${POPULATION_SEED}) by packages/demo-data/scripts/generate-population.ts: 500 m cells in RD New (EPSG:28992), x;y = cell centre.`,
    '# Totals per municipality equal the rounded demo populations (DOMAIN.md §4), not CBS figures. Replace with a CBS grid for real decisions.',
    'x;y;population;municipality',
    ...cells.map((c) => `${c.x};${c.y};${c.population};${c.municipality}`),
  ]
  return BOM + lines.join('\r\n') + '\r\n'
}

function candidatesCsv(region: DemoRegion, candidates: Candidate[]): string {
  const comment =
    `# SYNTHETISCH / SYNTHETIC: verzonnen kandidaatlocaties voor de demoregio ${region.code} ${region.name}; namen en plaatsen zijn fictief.\r\n` +
    `# Made up for the demo (seed ${POPULATION_SEED}) by packages/demo-data/scripts/generate-population.ts.\r\n`
  return BOM + comment + candidatesToCsv(candidates, { bom: false })
}

/** Every generated file: path under `data/` and content. */
export function generatePopulationFiles(
  seed = POPULATION_SEED,
): { path: string; content: string }[] {
  return DEMO_POPULATION_REGIONS.flatMap((region, r) => {
    const cells = generateRegionCells(region, seed + r)
    const candidates = generateCandidates(region, cells, seed + 100 + r)
    return [
      { path: `population/${region.file}`, content: populationCsv(region, cells) },
      { path: `candidates/${region.file}`, content: candidatesCsv(region, candidates) },
    ]
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dataDir = new URL('../data/', import.meta.url)
  for (const file of generatePopulationFiles()) {
    writeFileSync(new URL(file.path, dataDir), file.content)
    console.log(`wrote data/${file.path}`)
  }
}
