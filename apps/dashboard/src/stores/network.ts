import {
  analyzeNetwork,
  contactDirectory,
  simulateDropOut,
  type DropOutResult,
  type MunicipalityDirectory,
  type NetworkAnalysis,
  type PointNetwork,
  type Region,
} from '@weerbaar/core'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { useCoverageStore } from './coverage.ts'
import { useReadinessStore } from './readiness.ts'
import { useRegionStore } from './regions.ts'
import { useSyncStore } from './sync.ts'

/** A drop-out simulation with, when a population grid is loaded, residents within reach. */
export interface Simulation extends DropOutResult {
  /** Still counting residents in the worker. */
  counting: boolean
}

/**
 * The partner network of the active region on the Peildatum: core's analyses (per point,
 * single points of failure, expiring agreements), the contact directory and the "what if a
 * partner drops out" simulation. Edits go through the region store like every other edit.
 */
export const useNetworkStore = defineStore('network', () => {
  const regions = useRegionStore()
  const readiness = useReadinessStore()
  const coverage = useCoverageStore()
  const sync = useSyncStore()
  const error = ref<string | null>(null)

  const analysis = computed<NetworkAnalysis | null>(() => {
    const region = regions.region
    const rules = readiness.ruleset
    if (!region || !rules) return null
    try {
      return analyzeNetwork(region, rules, { asOf: readiness.asOf })
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      return null
    }
  })

  const pointsById = computed(
    () => new Map<string, PointNetwork>((analysis.value?.points ?? []).map((p) => [p.id, p])),
  )
  const partnersById = computed(
    () => new Map((regions.region?.partners ?? []).map((p) => [p.id, p])),
  )

  /** Contact persons per municipality by role: personal data, shown only inside the region. */
  const directory = computed<MunicipalityDirectory[]>(() =>
    regions.region ? contactDirectory(regions.region) : [],
  )

  /**
   * Who may change the network. Partners and agreements belong to the region: without a server
   * every user of this browser may; on a server only a coordinator (the server stores them with
   * the region itself, which only a coordinator may write).
   */
  const mayEdit = computed(() => {
    if (sync.mode !== 'server') return sync.canEdit()
    if (sync.user?.admin) return true
    return sync.roleIn(regions.activeCode)?.role === 'coordinator'
  })

  const simulation = ref<Simulation | null>(null)
  let sequence = 0

  /** Recomputes the network without `partner`; residents follow from the worker when it can. */
  async function simulate(partner: string): Promise<void> {
    const region = regions.region
    const rules = readiness.ruleset
    const mine = ++sequence
    if (!region || !rules || !partner) {
      simulation.value = null
      return
    }
    const result = simulateDropOut(region, rules, partner, { asOf: readiness.asOf })
    simulation.value = { ...result, counting: true }
    try {
      const before = Object.fromEntries(
        (readiness.report?.points ?? []).map((p) => [p.id, p.level as string]),
      )
      const after = { ...before }
      for (const p of result.points) after[p.id] = p.levelAfter
      const [reachBefore, reachAfter] = await Promise.all([
        coverage.residentsWithinReach(before),
        coverage.residentsWithinReach(after),
      ])
      if (mine !== sequence) return
      simulation.value = {
        ...result,
        before: { ...result.before, residentsWithinReach: reachBefore },
        after: { ...result.after, residentsWithinReach: reachAfter },
        counting: false,
      }
    } catch (e) {
      if (mine !== sequence) return
      error.value = e instanceof Error ? e.message : String(e)
      simulation.value = { ...result, counting: false }
    }
  }

  function clearSimulation() {
    sequence++
    simulation.value = null
  }

  /** Stores an edited region (as operations); resolves once committed. */
  function save(next: Region): Promise<void> {
    return regions.update(next)
  }

  return {
    analysis,
    pointsById,
    partnersById,
    directory,
    mayEdit,
    simulation,
    error,
    simulate,
    clearSimulation,
    save,
  }
})
