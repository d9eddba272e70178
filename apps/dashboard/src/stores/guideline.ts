import { guidelineImpact, type GuidelineEdition, type GuidelineImpact } from '@weerbaar/core'
import {
  compareVersions,
  diffGuidelines,
  getGuideline,
  listGuidelines,
  resolveRuleset,
  supersedingEdition,
  type GuidelineDiff,
} from '@weerbaar/guidelines'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { useReadinessStore } from './readiness.ts'
import { useRegionStore } from './regions.ts'

/** The active guideline edition, the other editions, and what switching would change. */
export const useGuidelineStore = defineStore('guideline', () => {
  const regions = useRegionStore()
  const readiness = useReadinessStore()
  /** The edition to compare with; null = the newest other edition. */
  const compareWith = ref<string | null>(null)

  const ref_ = computed(() => regions.region?.guideline ?? null)
  const edition = computed<GuidelineEdition | null>(() =>
    ref_.value ? (getGuideline(ref_.value.id, ref_.value.version) ?? null) : null,
  )
  const others = computed(() =>
    ref_.value
      ? listGuidelines().filter((g) => g.id === ref_.value!.id && g.version !== ref_.value!.version)
      : [],
  )
  /** The newer edition in effect on the report date that replaces the region's; null while it is current. */
  const superseding = computed<GuidelineEdition | null>(() =>
    ref_.value ? (supersedingEdition(ref_.value, readiness.asOf) ?? null) : null,
  )
  /** By default the edition that supersedes the region's, else the newest other one. */
  const otherVersion = computed(
    () => compareWith.value ?? superseding.value?.version ?? others.value.at(-1)?.version ?? null,
  )
  const other = computed(() =>
    ref_.value && otherVersion.value
      ? (getGuideline(ref_.value.id, otherVersion.value) ?? null)
      : null,
  )

  /**
   * From the region's edition to the other one, in the same direction as `impact`: "added" are
   * the requirements a switch would bring, also when the other edition is the older one.
   */
  const diff = computed<GuidelineDiff | null>(() => {
    if (!edition.value || !other.value) return null
    return diffGuidelines(edition.value, other.value)
  })
  /** Whether the other edition is older than the region's: switching would go back. */
  const otherIsOlder = computed(() =>
    edition.value && other.value
      ? compareVersions(other.value.version, edition.value.version) < 0
      : false,
  )

  /** The region's points under its own edition and under the other one, same assessments. */
  const impact = computed<GuidelineImpact | null>(() => {
    const region = regions.region
    const current = readiness.ruleset
    if (!region || !current || !otherVersion.value) return null
    const target = resolveRuleset(region, { version: otherVersion.value })
    return guidelineImpact(region, current, target, { asOf: readiness.asOf })
  })

  return {
    edition,
    others,
    other,
    superseding,
    otherVersion,
    otherIsOlder,
    compareWith,
    diff,
    impact,
  }
})
