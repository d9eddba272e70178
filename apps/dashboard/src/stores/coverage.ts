import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { MapCell, MapProposal } from '#/composables/map-points.ts'

/** Population coverage and siting; filled in when core's coverage engine is available. */
export const useCoverageStore = defineStore('coverage', () => {
  const uncoveredCells = shallowRef<MapCell[]>([])
  const proposals = shallowRef<MapProposal[]>([])
  const qualifyingIds = shallowRef<Set<string> | null>(null)
  const busy = ref(false)
  const error = ref<string | null>(null)
  const available = computed(() => false)
  return { available, uncoveredCells, proposals, qualifyingIds, busy, error }
})
