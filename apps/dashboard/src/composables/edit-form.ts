import type { Issue } from '@weerbaar/core'
import { nextTick, ref } from 'vue'
import type { EditResult } from '#/stores/programme.ts'

/**
 * The state every programme editor shares: the issues of the last attempt (shown in a summary
 * that takes the focus), whether storing failed, and one way to run an edit.
 */
export function useEditForm() {
  const issues = ref<Issue[]>([])
  const failed = ref(false)
  /** The error summary; bind it with `ref="errorSummary"`. */
  const errorSummary = ref<HTMLElement | null>(null)
  const issueFor = (path: string) => issues.value.find((i) => i.path === path)?.message

  /** Runs `edit`; resolves true once it is stored, false when it had issues or failed. */
  async function run(edit: () => EditResult): Promise<boolean> {
    failed.value = false
    const outcome = edit()
    if (!outcome.ok) {
      issues.value = outcome.issues
      await nextTick()
      errorSummary.value?.focus()
      return false
    }
    issues.value = []
    try {
      await outcome.saved
    } catch {
      failed.value = true
      return false
    }
    return true
  }

  return { issues, failed, errorSummary, issueFor, run }
}
