import type { Lang } from '../shared/issues.ts'

type Params = Record<string, string | number>
type Template = (p: Params) => string

/** Messages of the network checks of a region file, in Dutch and English. */
export const networkMessages = {
  duplicate_partner: {
    nl: (p) => `Dubbele partner-id "${p.id}" (ook gebruikt in ${p.first})`,
    en: (p) => `Duplicate partner id "${p.id}" (also used at ${p.first})`,
  },
  duplicate_agreement: {
    nl: (p) => `Dubbele afspraak-id "${p.id}" (ook gebruikt in ${p.first})`,
    en: (p) => `Duplicate agreement id "${p.id}" (also used at ${p.first})`,
  },
  unknown_partner: {
    nl: (p) => `Onbekende partner "${p.id}": voeg hem toe aan partners`,
    en: (p) => `Unknown partner "${p.id}": add it to partners`,
  },
  unknown_agreement_point: {
    nl: (p) => `Onbekend noodsteunpunt "${p.id}"`,
    en: (p) => `Unknown point "${p.id}"`,
  },
  unknown_partner_municipality: {
    nl: (p) => `Onbekende gemeente "${p.code}": voeg haar toe aan municipalities`,
    en: (p) => `Unknown municipality "${p.code}": add it to municipalities`,
  },
  signed_without_date: {
    nl: () => `Een getekende afspraak heeft een datum van ondertekening nodig (signed)`,
    en: () => `A signed agreement needs the date it was signed (signed)`,
  },
  valid_until_before_signed: {
    nl: (p) => `validUntil ${p.validUntil} ligt vóór de ondertekening op ${p.signed}`,
    en: (p) => `validUntil ${p.validUntil} is before the signing date ${p.signed}`,
  },
  duplicate_provision: {
    nl: (p) => `"${p.provision}" staat twee keer in provides`,
    en: (p) => `"${p.provision}" is listed twice in provides`,
  },
} satisfies Record<string, Record<Lang, Template>>

export type NetworkMessageCode = keyof typeof networkMessages

export function networkMessage(code: NetworkMessageCode, lang: Lang, params: Params = {}): string {
  return networkMessages[code][lang](params)
}
