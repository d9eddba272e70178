import type { Lang } from '@weerbaar/core'
import { defineStore } from 'pinia'
import { todayCalendarDate } from '#/composables/today.ts'
import {
  proposalToPoint,
  validatePointDraft,
  withPoint,
  type PointDraft,
  type PointFormResult,
  type SitingProposal,
} from '#/domain/point-form.ts'
import { useRegionStore } from './regions.ts'

/**
 * Adding, editing, moving and deactivating noodsteunpunten. The checks and the new region are
 * pure (`domain/point-form.ts`); every change ends in the region store's `update`, so it is
 * saved (and synchronised) the same way as an assessment.
 */
export const usePointsStore = defineStore('points', () => {
  const regions = useRegionStore()

  /** Validates the form and saves the point; resolves when it is stored. */
  async function savePoint(
    draft: PointDraft,
    lang: Lang,
    editing?: string,
  ): Promise<PointFormResult> {
    const region = regions.region
    if (!region) return { ok: false, issues: [] }
    const result = validatePointDraft(draft, region, lang, editing)
    if (!result.ok) return result
    await regions.update(withPoint(region, result.point))
    return result
  }

  /** Makes a siting proposal a planned point in one step, with its provenance. */
  async function planProposal(proposal: SitingProposal, lang: Lang): Promise<PointFormResult> {
    const region = regions.region
    if (!region) return { ok: false, issues: [] }
    const result = proposalToPoint(proposal, region, todayCalendarDate(), lang)
    if (!result.ok) return result
    await regions.update(withPoint(region, result.point))
    return result
  }

  return { savePoint, planProposal }
})
