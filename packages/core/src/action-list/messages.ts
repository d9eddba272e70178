import type { Lang } from '../shared/issues.ts'

type Params = Record<string, string | number>
type Template = (p: Params) => string

/** Messages of the action-list checks of a region file, in Dutch and English. */
export const actionListMessages = {
  duplicate_action: {
    nl: (p) => `Dubbele actie-id "${p.id}" (ook gebruikt in ${p.first})`,
    en: (p) => `Duplicate action id "${p.id}" (also used at ${p.first})`,
  },
  unknown_action_point: {
    nl: (p) => `Onbekend noodsteunpunt "${p.id}"`,
    en: (p) => `Unknown point "${p.id}"`,
  },
  unknown_action_requirement: {
    nl: (p) => `Onbekende eis "${p.id}" in richtlijn ${p.guideline}`,
    en: (p) => `Unknown requirement "${p.id}" in guideline ${p.guideline}`,
  },
  completed_while_open: {
    nl: (p) =>
      `Een actie met status open heeft geen datum van afronding (completed ${p.completed})`,
    en: (p) => `An open action has no completion date (completed ${p.completed})`,
  },
} satisfies Record<string, Record<Lang, Template>>

export type ActionListMessageCode = keyof typeof actionListMessages

export function actionListMessage(code: ActionListMessageCode, lang: Lang, params: Params): string {
  return actionListMessages[code][lang](params)
}
