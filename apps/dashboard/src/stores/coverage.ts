import {
  parseCandidatesCsv,
  type Candidate,
  type CoverageInclude,
  type CoverageRegion,
  type FeatureCollection,
  type Issue,
  type Lang,
  type Region,
  type RegionCoverage,
  type RegionSiting,
  type UncoveredCellProperties,
} from '@weerbaar/core'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { MapCell, MapProposal } from '#/composables/map-points.ts'
import { isDemoRegion, loadDemoCandidates, loadDemoGrid } from '#/demo.ts'
import { createWorkerClient, type CoverageClient } from '#/workers/client.ts'
import type { ParseGridResponse, WorkerResponse } from '#/workers/protocol.ts'
import { useReadinessStore } from './readiness.ts'
import { useRegionStore } from './regions.ts'

export interface GridInfo {
  key: string
  cells: number
  population: number
  comments: string[]
  source: 'demo' | 'file'
  name: string
}

let createClient: () => CoverageClient = createWorkerClient

/** Tests run the worker's protocol in-process. */
export function setCoverageClientFactory(factory: () => CoverageClient): void {
  createClient = factory
}

/** The middle of each uncovered cell with its inhabitants, for the map. */
export function uncoveredToCells(
  collection: FeatureCollection<UncoveredCellProperties>,
): MapCell[] {
  return collection.features.map((f) => {
    const g = f.geometry as { type: string; coordinates: unknown }
    if (g.type === 'Point') {
      const [lon, lat] = g.coordinates as [number, number]
      return { lat, lon, population: f.properties.population }
    }
    const ring = (g.coordinates as [number, number][][])[0]!.slice(0, -1)
    const lons = ring.map((c) => c[0])
    const lats = ring.map((c) => c[1])
    return {
      lat: lats.reduce((a, b) => a + b, 0) / lats.length,
      lon: lons.reduce((a, b) => a + b, 0) / lons.length,
      population: f.properties.population,
      bounds: [
        [Math.min(...lats), Math.min(...lons)],
        [Math.max(...lats), Math.max(...lons)],
      ],
    }
  })
}

type CoverageSummary = Omit<RegionCoverage, 'covered' | 'nearestDistance' | 'nearestPoint' | 'grid'>

/**
 * Population coverage and siting of the active region, computed by core's coverage engine in a
 * Web Worker. Starts only when a view asks for it (`activate`), then follows every edit.
 */
export const useCoverageStore = defineStore('coverage', () => {
  const regions = useRegionStore()
  const readiness = useReadinessStore()
  let client: CoverageClient | null = null
  const include = ref<CoverageInclude>('ready')
  const grids = ref<Record<string, GridInfo>>({})
  /** Candidate sites per region code, besides the region's planned points. */
  const candidates = shallowRef<Record<string, Candidate[]>>({})
  const result = shallowRef<CoverageSummary | null>(null)
  const uncoveredCells = shallowRef<MapCell[]>([])
  const siting = shallowRef<RegionSiting | null>(null)
  const busy = ref(false)
  const sitingBusy = ref(false)
  const error = ref<string | null>(null)
  const gridIssues = ref<Issue[]>([])
  const active = ref(false)
  let sequence = 0
  let sitingSequence = 0

  const grid = computed(() => (regions.activeCode ? grids.value[regions.activeCode] : undefined))
  const available = computed(() => Boolean(grid.value))
  const radius = computed(() => readiness.ruleset?.norms.maxDistanceMeters.value ?? 1000)
  const qualifyingIds = computed(() => (result.value ? new Set(result.value.qualifying) : null))
  const proposals = computed<MapProposal[]>(() =>
    (siting.value?.picks ?? []).map((p, i) => ({
      id: p.site.id,
      name: p.site.name,
      lat: p.site.location.lat,
      lon: p.site.location.lon,
      rank: i + 1,
    })),
  )

  function worker(): CoverageClient {
    client ??= createClient()
    return client
  }

  async function loadGrid(
    code: string,
    text: string,
    source: GridInfo['source'],
    name: string,
    lang: Lang = 'nl',
  ) {
    const key = `${code}:${source}:${name}`
    const response = await worker().request<ParseGridResponse>({
      type: 'parse-grid',
      key,
      text,
      lang,
    })
    if (response.type === 'grid-invalid') {
      gridIssues.value = response.issues
      return false
    }
    gridIssues.value = response.warnings
    grids.value = {
      ...grids.value,
      [code]: {
        key,
        cells: response.cells,
        population: response.population,
        comments: response.comments,
        source,
        name,
      },
    }
    return true
  }

  /**
   * The demo grid and candidate sites for a demo region, once; dropped when the region under
   * that code is no longer the demo (its own file was imported).
   */
  async function ensureGrid() {
    const code = regions.activeCode
    const region = regions.region
    if (!code || !region) return
    const demo = await isDemoRegion(region, regions.origin)
    if (regions.activeCode !== code) return
    if (!demo) {
      if (grids.value[code]?.source === 'demo') {
        const { [code]: _grid, ...otherGrids } = grids.value
        grids.value = otherGrids
        const { [code]: _sites, ...otherSites } = candidates.value
        candidates.value = otherSites
      }
      return
    }
    if (grids.value[code]) return
    const [text, sites] = await Promise.all([loadDemoGrid(code), loadDemoCandidates(code)])
    if (sites) {
      const parsed = parseCandidatesCsv(sites)
      if (parsed.ok) candidates.value = { ...candidates.value, [code]: parsed.value.candidates }
    }
    if (text && regions.activeCode === code) await loadGrid(code, text, 'demo', `${code} (demo)`)
  }

  /** Coverage reads points and municipalities; the assessments need not be cloned to the worker. */
  function coverageRegion(region: Region): CoverageRegion {
    return { points: region.points, municipalities: region.municipalities }
  }

  function levels(): Record<string, string> {
    return Object.fromEntries((readiness.report?.points ?? []).map((p) => [p.id, p.level]))
  }

  async function refresh() {
    const region = regions.region
    const info = grid.value
    if (!region || !info) {
      result.value = null
      uncoveredCells.value = []
      return
    }
    const mine = ++sequence
    busy.value = true
    try {
      const response = await worker().request<WorkerResponse>({
        type: 'region-coverage',
        region: coverageRegion(region),
        grid: info.key,
        options: { radius: radius.value, include: include.value, levels: levels() },
        geojson: true,
      })
      if (mine !== sequence) return
      if (response.type === 'error') {
        error.value = response.message
        return
      }
      if (response.type !== 'region-coverage') return
      const {
        covered: _c,
        nearestDistance: _d,
        nearestPoint: _p,
        grid: _g,
        ...summary
      } = response.result
      result.value = summary
      uncoveredCells.value = response.uncovered ? uncoveredToCells(response.uncovered) : []
      error.value = null
    } finally {
      if (mine === sequence) busy.value = false
    }
  }

  async function runSiting(count: number, improve = false) {
    const region = regions.region
    const info = grid.value
    if (!region || !info) return
    const mine = ++sitingSequence
    sitingBusy.value = true
    try {
      const response = await worker().request<WorkerResponse>({
        type: 'region-siting',
        region: coverageRegion(region),
        grid: info.key,
        options: {
          radius: radius.value,
          include: include.value,
          levels: levels(),
          count,
          improve,
          candidates: candidates.value[region.region.code] ?? [],
        },
      })
      // An edit while the worker was busy makes the answer stale: it is dropped, not shown.
      if (mine !== sitingSequence) return
      if (response.type === 'error') error.value = response.message
      else if (response.type === 'region-siting') siting.value = response.result
    } finally {
      if (mine === sitingSequence) sitingBusy.value = false
    }
  }

  /**
   * Inhabitants within reach of a ready point when the points have `levels` (the Netwerk view's
   * "what if a partner drops out", before and after); null without a population grid.
   */
  async function residentsWithinReach(levels: Record<string, string>): Promise<number | null> {
    await ensureGrid()
    const region = regions.region
    const info = grid.value
    if (!region || !info) return null
    const response = await worker().request<WorkerResponse>({
      type: 'region-coverage',
      region: coverageRegion(region),
      grid: info.key,
      options: { radius: radius.value, include: 'ready', levels },
    })
    if (response.type === 'error') throw new Error(response.message)
    return response.type === 'region-coverage' ? response.result.total.covered : null
  }

  /** Called by the views that show coverage: loads the grid and keeps the figures current. */
  async function activate() {
    active.value = true
    await ensureGrid()
    if (!result.value) await refresh()
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    () => [readiness.report, include.value, grid.value] as const,
    () => {
      if (!active.value) return
      clearTimeout(timer)
      // Edits come in bursts; the worker answers the last one.
      timer = setTimeout(() => void refresh(), 150)
    },
  )
  watch(
    // Another region, or another file under the same code (an import replacing the demo).
    () => [regions.activeCode, regions.origin, regions.region?.region.name] as const,
    () => {
      result.value = null
      uncoveredCells.value = []
      if (active.value) void activate()
    },
  )
  // Proposals belong to the points, levels (the date) and choice of points they were computed
  // for: any change discards them, and any answer still on its way. At once (flush 'sync'), so a
  // run started right after a change is not mistaken for one from before it.
  watch(
    [include, () => regions.region, () => readiness.asOf],
    () => {
      siting.value = null
      sitingBusy.value = false
      sitingSequence++
    },
    { flush: 'sync' },
  )

  return {
    include,
    grid,
    available,
    radius,
    result,
    uncoveredCells,
    siting,
    proposals,
    qualifyingIds,
    busy,
    sitingBusy,
    error,
    gridIssues,
    activate,
    refresh,
    loadGrid,
    runSiting,
    residentsWithinReach,
  }
})
