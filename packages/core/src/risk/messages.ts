import type { Lang } from '../shared/issues.ts'

type Params = Record<string, string | number>
type Template = (p: Params) => string

/** Messages of the risk profile checks, in Dutch and English. */
export const riskMessages = {
  unknown_criterion: {
    nl: (p) => `Onbekend impactcriterium "${p.id}" in methode ${p.method}`,
    en: (p) => `Unknown impact criterion "${p.id}" in method ${p.method}`,
  },
  unknown_municipality: {
    nl: (p) => `Onbekende gemeente "${p.code}": voeg haar toe aan municipalities`,
    en: (p) => `Unknown municipality "${p.code}": add it to municipalities`,
  },
  unknown_action: {
    nl: (p) =>
      `Onbekend handelingsperspectief "${p.id}": kies een landelijk handelingsperspectief of beschrijf het in riskProfile.communication.actions`,
    en: (p) =>
      `Unknown action (handelingsperspectief) "${p.id}": choose a national one or describe it in riskProfile.communication.actions`,
  },
  duplicate_id: {
    nl: (p) => `Dubbele ${p.what} "${p.id}" (ook gebruikt in ${p.first})`,
    en: (p) => `Duplicate ${p.what} "${p.id}" (also used at ${p.first})`,
  },
  class_scores_not_increasing: {
    nl: (p) => `De scores per klasse moeten van A naar E steeds hoger worden (nu ${p.scores})`,
    en: (p) => `The class scores must increase from A to E (now ${p.scores})`,
  },
  weights_all_zero: {
    nl: () => `Alle gewichten zijn 0: dan telt geen enkel criterium mee`,
    en: () => `All weights are 0: then no criterion counts`,
  },
  new_action_incomplete: {
    nl: (p) => `Handelingsperspectief "${p.id}" is nieuw: geef het een title en steps`,
    en: (p) => `Action "${p.id}" is new: give it a title and steps`,
  },
  criteria_unscored: {
    nl: (p) =>
      `Scenario "${p.id}" geeft geen klasse voor ${p.criteria}; die tellen als X (niet van toepassing)`,
    en: (p) =>
      `Scenario "${p.id}" gives no class for ${p.criteria}; they count as X (not applicable)`,
  },
  criterion_without_weight: {
    nl: (p) =>
      `Criterium "${p.id}" heeft gewicht 0 en telt niet mee; geef het een gewicht in riskProfile.weights`,
    en: (p) =>
      `Criterion "${p.id}" has weight 0 and does not count; give it a weight in riskProfile.weights`,
  },
  no_impact: {
    nl: (p) => `Scenario "${p.id}" heeft op geen enkel criterium impact (alles X)`,
    en: (p) => `Scenario "${p.id}" has no impact on any criterion (all X)`,
  },
  no_actions_for_residents: {
    nl: (p) =>
      `Scenario "${p.id}" heeft geen handelingsperspectief: inwoners lezen in de risicowijzer niet wat ze kunnen doen`,
    en: (p) =>
      `Scenario "${p.id}" has no action: residents will not read in the risicowijzer what they can do`,
  },
  duplicate_municipality: {
    nl: (p) => `Gemeente "${p.code}" staat twee keer in dit scenario`,
    en: (p) => `Municipality "${p.code}" is listed twice in this scenario`,
  },
} satisfies Record<string, Record<Lang, Template>>

export type RiskMessageCode = keyof typeof riskMessages

export function riskMessage(code: RiskMessageCode, lang: Lang, params: Params = {}): string {
  return riskMessages[code][lang](params)
}
