import {
  AGREEMENT_STATUSES,
  AgreementSchema,
  CONTACT_ROLES,
  isCalendarDate,
  PARTNER_KINDS,
  PartnerSchema,
  PROVISIONS,
  StaffingSchema,
  STAFFING_TARGET_HOURS,
  type Agreement,
  type Issue,
  type Lang,
  type Partner,
  type Region,
  type Staffing,
} from '@weerbaar/core'
import { safeParseIn } from '@weerbaar/core/internal'
import type { z } from 'zod'

/**
 * The forms of the Netwerk view (partners, agreements, staffing): drafts straight from the
 * inputs, checked in the app's own words at the field the user can fix, then by the contract's
 * schema as a safety net. Editing returns a new region; the store saves it as operations.
 */

export interface ContactDraft {
  role: string
  name: string
  phone: string
  email: string
}

export interface PartnerDraft {
  id: string
  name: string
  kind: string
  /** Empty: the whole region. */
  municipalities: string[]
  contacts: ContactDraft[]
}

export interface AgreementDraft {
  id: string
  partner: string
  points: string[]
  provides: string[]
  status: string
  signed: string
  validUntil: string
  note: string
}

export interface StaffingDraft {
  point: string
  partner: string
  role: string
  people: string
  availableWithinHours: string
}

export type FormResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] }

const messages = {
  id_missing: { nl: 'Vul een code in', en: 'Enter a code' },
  id_format: {
    nl: 'Gebruik alleen letters, cijfers, punt, liggend streepje of streepje, zonder spaties',
    en: "Use only letters, digits, '.', '_' or '-', without spaces",
  },
  partner_taken: {
    nl: 'Er is al een partner met deze code; kies een andere',
    en: 'Another partner has this code; choose another',
  },
  agreement_taken: {
    nl: 'Er is al een afspraak met deze code; kies een andere',
    en: 'Another agreement has this code; choose another',
  },
  name_missing: {
    nl: 'Vul de naam van de organisatie in',
    en: 'Enter the name of the organisation',
  },
  kind_missing: { nl: 'Kies de soort partner', en: 'Choose the kind of partner' },
  municipality_unknown: {
    nl: 'Deze gemeente hoort niet bij de regio',
    en: 'This municipality is not part of the region',
  },
  contact_role: { nl: 'Kies de rol van de contactpersoon', en: 'Choose the role of the contact' },
  contact_empty: {
    nl: 'Vul een naam, telefoonnummer of e-mailadres in, of haal de regel weg',
    en: 'Enter a name, phone number or email address, or remove the row',
  },
  phone_format: {
    nl: 'Vul een telefoonnummer in met alleen cijfers, spaties, haakjes of streepjes, bijvoorbeeld 036 123 4567',
    en: 'Enter a phone number with digits, spaces, brackets or dashes only, for example 036 123 4567',
  },
  email_format: {
    nl: 'Vul een e-mailadres in zoals naam@gemeente.nl',
    en: 'Enter an email address such as name@municipality.nl',
  },
  partner_missing: { nl: 'Kies de partner', en: 'Choose the partner' },
  points_missing: {
    nl: 'Kies ten minste één noodsteunpunt',
    en: 'Choose at least one emergency support point',
  },
  point_missing: { nl: 'Kies het noodsteunpunt', en: 'Choose the emergency support point' },
  provides_missing: {
    nl: 'Kies ten minste één ding dat de partner levert',
    en: 'Choose at least one thing the partner provides',
  },
  status_missing: {
    nl: 'Kies de status van de afspraak',
    en: 'Choose the status of the agreement',
  },
  signed_missing: {
    nl: 'Een getekende afspraak heeft een datum van ondertekening nodig',
    en: 'A signed agreement needs the date it was signed',
  },
  date_format: {
    nl: 'Vul een datum in (dag, maand en jaar)',
    en: 'Enter a date (day, month and year)',
  },
  valid_until_before: {
    nl: 'De einddatum ligt vóór de datum van ondertekening',
    en: 'The end date is before the signing date',
  },
  role_missing: {
    nl: 'Vul in wat de mensen doen, bijvoorbeeld gastheer of coördinator',
    en: 'Enter what the people do, for example host or coordinator',
  },
  people_number: {
    nl: 'Vul het aantal mensen in als heel getal (0 of meer)',
    en: 'Enter the number of people as a whole number (0 or more)',
  },
  hours_number: {
    nl: `Vul in na hoeveel uur ze er zijn, als getal van 0 tot ${STAFFING_TARGET_HOURS}, of laat het leeg`,
    en: `Enter after how many hours they are there, as a number from 0 to ${STAFFING_TARGET_HOURS}, or leave it empty`,
  },
  partner_in_use: {
    nl: 'Deze partner heeft nog afspraken of bezetting; haal die eerst weg of zet ze op een andere partner',
    en: 'This partner still has agreements or staffing; remove those first or move them to another partner',
  },
  invalid: { nl: 'Deze waarde klopt niet', en: 'This value is not valid' },
} satisfies Record<string, Record<Lang, string>>

type Code = keyof typeof messages

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
const PHONE = /^[+0-9][0-9 ()-]{5,}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const WHOLE = /^\d+$/
const NUMBER = /^\d+(?:[.,]\d+)?$/

class Collector {
  readonly issues: Issue[] = []
  constructor(private readonly lang: Lang) {}
  add(code: Code, path: string) {
    this.issues.push({ severity: 'error', code, path, message: messages[code][this.lang] })
  }
}

/**
 * The schema as a safety net: only reached if a check above misses a rule the contract has. Its
 * issues keep their path when the form has that field, and land on `fallback` otherwise, always
 * in the form's own words.
 */
function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  lang: Lang,
  fields: ReadonlySet<string>,
  fallback: string,
): FormResult<z.output<S>> {
  const parsed = safeParseIn(schema, input, lang)
  if (parsed.success) return { ok: true, value: parsed.data }
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => {
      const path = i.path.join('.')
      return {
        severity: 'error' as const,
        code: 'invalid',
        path: fields.has(path) ? path : fallback,
        message: messages.invalid[lang],
      }
    }),
  }
}

// ---------------------------------------------------------------- partners

export function partnerToDraft(partner?: Partner): PartnerDraft {
  return {
    id: partner?.id ?? '',
    name: partner?.name ?? '',
    kind: partner?.kind ?? '',
    municipalities: [...(partner?.municipalities ?? [])],
    contacts: (partner?.contacts ?? []).map((c) => ({
      role: c.role,
      name: c.name ?? '',
      phone: c.phone ?? '',
      email: c.email ?? '',
    })),
  }
}

export const emptyContact = (): ContactDraft => ({ role: '', name: '', phone: '', email: '' })

/** Checks a partner draft; `editing` is the id of the partner being changed (it cannot change). */
export function validatePartnerDraft(
  draft: PartnerDraft,
  region: Pick<Region, 'partners' | 'municipalities'>,
  lang: Lang,
  editing?: string,
): FormResult<Partner> {
  const c = new Collector(lang)
  const id = editing ?? draft.id.trim()
  if (!editing) {
    if (id === '') c.add('id_missing', 'id')
    else if (!ID.test(id)) c.add('id_format', 'id')
    else if ((region.partners ?? []).some((p) => p.id === id)) c.add('partner_taken', 'id')
  }
  const name = draft.name.trim()
  if (name === '') c.add('name_missing', 'name')
  if (!(PARTNER_KINDS as readonly string[]).includes(draft.kind)) c.add('kind_missing', 'kind')
  const known = new Set(region.municipalities.map((m) => m.code))
  if (draft.municipalities.some((code) => !known.has(code)))
    c.add('municipality_unknown', 'municipalities')
  const contacts = draft.contacts.map((contact, i) => {
    const name = contact.name.trim()
    const phone = contact.phone.trim()
    const email = contact.email.trim()
    if (!(CONTACT_ROLES as readonly string[]).includes(contact.role))
      c.add('contact_role', `contacts.${i}.role`)
    if (!name && !phone && !email) c.add('contact_empty', `contacts.${i}.name`)
    if (phone && !PHONE.test(phone)) c.add('phone_format', `contacts.${i}.phone`)
    if (email && !EMAIL.test(email)) c.add('email_format', `contacts.${i}.email`)
    const out: Record<string, string> = { role: contact.role }
    if (name) out.name = name
    if (phone) out.phone = phone
    if (email) out.email = email
    return out
  })
  if (c.issues.length > 0) return { ok: false, issues: c.issues }
  const input: Record<string, unknown> = { id, name, kind: draft.kind }
  if (draft.municipalities.length > 0)
    input.municipalities = region.municipalities
      .map((m) => m.code)
      .filter((code) => draft.municipalities.includes(code))
  if (contacts.length > 0) input.contacts = contacts
  const fields = new Set(['id', 'name', 'kind', 'municipalities'])
  draft.contacts.forEach((_, i) =>
    ['role', 'name', 'phone', 'email'].forEach((k) => fields.add(`contacts.${i}.${k}`)),
  )
  return parseWith(PartnerSchema, input, lang, fields, 'name')
}

/** The region with the partner added, or replacing the partner with the same id. */
export function withPartner<R extends Pick<Region, 'partners'>>(region: R, partner: Partner): R {
  const list = region.partners ?? []
  const i = list.findIndex((p) => p.id === partner.id)
  return {
    ...region,
    partners: i < 0 ? [...list, partner] : list.map((p, k) => (k === i ? partner : p)),
  }
}

/**
 * The region without the partner, or the reason it cannot go: agreements and staffing that
 * refer to it would point at nothing.
 */
export function withoutPartnerEntry<R extends Pick<Region, 'partners' | 'agreements' | 'staffing'>>(
  region: R,
  id: string,
  lang: Lang,
): FormResult<R> {
  if (
    (region.agreements ?? []).some((a) => a.partner === id) ||
    (region.staffing ?? []).some((s) => s.partner === id)
  )
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'partner_in_use',
          path: '',
          message: messages.partner_in_use[lang],
        },
      ],
    }
  const partners = (region.partners ?? []).filter((p) => p.id !== id)
  return { ok: true, value: { ...region, partners } }
}

// ---------------------------------------------------------------- agreements

export function agreementToDraft(agreement?: Agreement): AgreementDraft {
  return {
    id: agreement?.id ?? '',
    partner: agreement?.partner ?? '',
    points: [...(agreement?.points ?? [])],
    provides: [...(agreement?.provides ?? [])],
    status: agreement?.status ?? 'draft',
    signed: agreement?.signed ?? '',
    validUntil: agreement?.validUntil ?? '',
    note: agreement?.note ?? '',
  }
}

export function validateAgreementDraft(
  draft: AgreementDraft,
  region: Pick<Region, 'partners' | 'agreements' | 'points'>,
  lang: Lang,
  editing?: string,
): FormResult<Agreement> {
  const c = new Collector(lang)
  const id = editing ?? draft.id.trim()
  if (!editing) {
    if (id === '') c.add('id_missing', 'id')
    else if (!ID.test(id)) c.add('id_format', 'id')
    else if ((region.agreements ?? []).some((a) => a.id === id)) c.add('agreement_taken', 'id')
  }
  if (!(region.partners ?? []).some((p) => p.id === draft.partner))
    c.add('partner_missing', 'partner')
  const pointIds = new Set(region.points.map((p) => p.id))
  const points = region.points.map((p) => p.id).filter((p) => draft.points.includes(p))
  if (points.length === 0 || draft.points.some((p) => !pointIds.has(p)))
    c.add('points_missing', 'points')
  const provides = PROVISIONS.filter((p) => draft.provides.includes(p))
  if (provides.length === 0) c.add('provides_missing', 'provides')
  if (!(AGREEMENT_STATUSES as readonly string[]).includes(draft.status))
    c.add('status_missing', 'status')
  const signed = draft.signed.trim()
  const validUntil = draft.validUntil.trim()
  if (signed && !isCalendarDate(signed)) c.add('date_format', 'signed')
  else if (!signed && draft.status === 'signed') c.add('signed_missing', 'signed')
  if (validUntil && !isCalendarDate(validUntil)) c.add('date_format', 'validUntil')
  else if (validUntil && signed && isCalendarDate(signed) && validUntil < signed)
    c.add('valid_until_before', 'validUntil')
  if (c.issues.length > 0) return { ok: false, issues: c.issues }
  const input: Record<string, unknown> = {
    id,
    partner: draft.partner,
    points,
    provides,
    status: draft.status,
  }
  if (signed) input.signed = signed
  if (validUntil) input.validUntil = validUntil
  if (draft.note.trim()) input.note = draft.note.trim()
  const fields = new Set(['id', 'partner', 'points', 'provides', 'status', 'signed', 'validUntil'])
  return parseWith(AgreementSchema, input, lang, fields, 'note')
}

export function withAgreement<R extends Pick<Region, 'agreements'>>(
  region: R,
  agreement: Agreement,
): R {
  const list = region.agreements ?? []
  const i = list.findIndex((a) => a.id === agreement.id)
  return {
    ...region,
    agreements: i < 0 ? [...list, agreement] : list.map((a, k) => (k === i ? agreement : a)),
  }
}

export function withoutAgreement<R extends Pick<Region, 'agreements'>>(region: R, id: string): R {
  return { ...region, agreements: (region.agreements ?? []).filter((a) => a.id !== id) }
}

// ---------------------------------------------------------------- staffing

export function staffingToDraft(entry?: Partial<Staffing>): StaffingDraft {
  return {
    point: entry?.point ?? '',
    partner: entry?.partner ?? '',
    role: entry?.role ?? '',
    people: entry?.people === undefined ? '' : String(entry.people),
    availableWithinHours:
      entry?.availableWithinHours === undefined ? '' : String(entry.availableWithinHours),
  }
}

export function validateStaffingDraft(
  draft: StaffingDraft,
  region: Pick<Region, 'partners' | 'points'>,
  lang: Lang,
): FormResult<Staffing> {
  const c = new Collector(lang)
  if (!region.points.some((p) => p.id === draft.point)) c.add('point_missing', 'point')
  if (!(region.partners ?? []).some((p) => p.id === draft.partner))
    c.add('partner_missing', 'partner')
  const role = draft.role.trim()
  if (role === '') c.add('role_missing', 'role')
  const peopleText = draft.people.trim()
  if (!WHOLE.test(peopleText)) c.add('people_number', 'people')
  const hoursText = draft.availableWithinHours.trim()
  const hours = hoursText === '' ? undefined : Number(hoursText.replace(',', '.'))
  if (
    hoursText !== '' &&
    (!NUMBER.test(hoursText) || hours === undefined || hours > STAFFING_TARGET_HOURS)
  )
    c.add('hours_number', 'availableWithinHours')
  if (c.issues.length > 0) return { ok: false, issues: c.issues }
  const input: Record<string, unknown> = {
    point: draft.point,
    partner: draft.partner,
    role,
    people: Number(peopleText),
  }
  if (hours !== undefined) input.availableWithinHours = hours
  const fields = new Set(['point', 'partner', 'role', 'people', 'availableWithinHours'])
  return parseWith(StaffingSchema, input, lang, fields, 'role')
}

/** The region with staffing entry `index` replaced, or the entry added when `index` is -1. */
export function withStaffing<R extends Pick<Region, 'staffing'>>(
  region: R,
  entry: Staffing,
  index = -1,
): R {
  const list = region.staffing ?? []
  return {
    ...region,
    staffing:
      index < 0 || index >= list.length
        ? [...list, entry]
        : list.map((s, k) => (k === index ? entry : s)),
  }
}

export function withoutStaffing<R extends Pick<Region, 'staffing'>>(region: R, index: number): R {
  return { ...region, staffing: (region.staffing ?? []).filter((_, k) => k !== index) }
}
