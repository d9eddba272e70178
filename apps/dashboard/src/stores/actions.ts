import type { ImprovementAction } from '@weerbaar/core'
import { defineStore } from 'pinia'
import { todayCalendarDate } from '#/composables/today.ts'
import { setActionStatus, withAction, withoutAction } from '#/domain/actions.ts'
import { useRegionStore } from './regions.ts'

/**
 * The action list of the active region. Each change is stored as its own operation
 * (`action.put` / `action.delete`) like points and assessments, so edits in another tab stay.
 */
export const useActionStore = defineStore('actions', () => {
  const regions = useRegionStore()

  /** Adds or replaces an action; resolves once stored. */
  function save(action: ImprovementAction): Promise<void> {
    if (!regions.region) return Promise.resolve()
    return regions.update(withAction(regions.region, action))
  }

  function setStatus(id: string, status: ImprovementAction['status']): Promise<void> {
    const action = regions.region?.actions?.find((a) => a.id === id)
    if (!action) return Promise.resolve()
    return save(setActionStatus(action, status, todayCalendarDate()))
  }

  function remove(id: string): Promise<void> {
    if (!regions.region) return Promise.resolve()
    return regions.update(withoutAction(regions.region, id))
  }

  return { save, setStatus, remove }
})
