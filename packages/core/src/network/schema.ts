import { z } from 'zod'
import { CalendarDateSchema, EVIDENCE_PROVISIONS } from '../guideline/schema.ts'

/**
 * The network behind the noodsteunpunten: partners (organisations and volunteer groups),
 * agreements with them and the staffing they provide. Plain contract data with ids, so a server
 * can store each entity as it stores points and assessments.
 */

// Not imported from region/schema.ts, which imports this file.
const MunicipalityCodeSchema = z
  .string()
  .regex(/^GM\d{4}$/, { error: 'Expected a CBS municipality code such as GM0034' })

const EntityIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
  error: "Use letters, digits, '.', '_' or '-' (no spaces)",
})

export const PARTNER_KINDS = [
  'fire_service',
  'municipality',
  'care',
  'education',
  'welfare',
  'religious',
  'housing',
  'business',
  'utility',
  'volunteers',
  'other',
] as const
export const PartnerKindSchema = z.enum(PARTNER_KINDS).meta({
  description:
    'Kind of partner: fire_service, municipality, care, education, welfare (community centre or welfare organisation), religious, housing, business, utility, volunteers, other',
})
export type PartnerKind = z.infer<typeof PartnerKindSchema>

export const CONTACT_ROLES = [
  'aov',
  'communication',
  'wmo',
  'ghor',
  'location_management',
  'operations',
  'other',
] as const
export const ContactRoleSchema = z.enum(CONTACT_ROLES).meta({
  description:
    'aov: openbare orde en veiligheid; communication; wmo: social support (Wmo); ghor: medical assistance (GHOR); location_management: the building; operations: day-to-day running; other',
})
export type ContactRole = z.infer<typeof ContactRoleSchema>

/** Personal data (AVG): never in anything for residents, left out of exports unless asked. */
export const ContactSchema = z
  .object({
    role: ContactRoleSchema,
    name: z.string().min(1).optional().meta({ description: 'Name of the contact (personal data)' }),
    phone: z
      .string()
      .regex(/^[+0-9][0-9 ()-]{5,}$/, { error: 'Expected a phone number such as 036 123 4567' })
      .optional()
      .meta({ description: 'Phone number (personal data)' }),
    email: z
      .email({ error: 'Expected an email address such as naam@example.nl' })
      .optional()
      .meta({ description: 'Email address (personal data)' }),
  })
  .strict()
  .meta({ description: 'A contact person of the partner; personal data (AVG)' })
/** A contact person of a partner; personal data (AVG). */
export interface Contact {
  role: ContactRole
  name?: string | undefined
  phone?: string | undefined
  email?: string | undefined
}

export const PartnerSchema = z
  .object({
    id: EntityIdSchema.meta({
      description: 'Stable id of the partner, unique in the file; agreements refer to it',
    }),
    name: z.string().min(1).meta({ description: 'Name of the organisation or group' }),
    kind: PartnerKindSchema,
    municipalities: z.array(MunicipalityCodeSchema).min(1).optional().meta({
      description: 'Municipalities the partner works in; absent means the whole region',
    }),
    contacts: z.array(ContactSchema).optional().meta({
      description:
        'Contact persons by role (personal data: only for the roles of this region, never for residents)',
    }),
  })
  .strict()
/** An organisation or volunteer group behind the points (netwerkpartner). */
export interface Partner {
  /** Stable id, unique in the file; agreements refer to it. */
  id: string
  name: string
  kind: PartnerKind
  /** Municipalities the partner works in; absent means the whole region. */
  municipalities?: string[] | undefined
  /** Contact persons by role (personal data: never for residents). */
  contacts?: Contact[] | undefined
}

export const PROVISIONS = EVIDENCE_PROVISIONS
export const ProvisionSchema = z.enum(PROVISIONS).meta({
  description:
    'What a partner provides: location (the building), staffing, power, fuel, water, food, first_aid, communication, transport',
})
export type Provision = z.infer<typeof ProvisionSchema>

export const AGREEMENT_STATUSES = ['draft', 'signed', 'ended'] as const
export const AgreementStatusSchema = z.enum(AGREEMENT_STATUSES).meta({
  description: 'draft: not yet in force; signed: in force from signed to validUntil; ended',
})
export type AgreementStatus = z.infer<typeof AgreementStatusSchema>

export const AgreementSchema = z
  .object({
    id: EntityIdSchema.meta({ description: 'Stable id of the agreement, unique in the file' }),
    partner: z.string().min(1).meta({ description: 'Id of the partner' }),
    points: z
      .array(z.string().min(1))
      .min(1)
      .meta({ description: 'Ids of the points the agreement covers' }),
    provides: z
      .array(ProvisionSchema)
      .min(1)
      .meta({ description: 'What the partner provides to these points' }),
    status: AgreementStatusSchema,
    signed: CalendarDateSchema.optional().meta({
      description: 'Date the agreement was signed; required when status is signed',
    }),
    validUntil: CalendarDateSchema.optional().meta({
      description: 'Last day the agreement is in force; absent means open-ended',
    }),
    note: z.string().optional().meta({ description: 'Free text, e.g. the contract reference' }),
  })
  .strict()
/** An agreement with a partner: what it provides to which points, and until when. */
export interface Agreement {
  id: string
  /** Id of the partner. */
  partner: string
  /** Ids of the points the agreement covers. */
  points: string[]
  provides: Provision[]
  status: AgreementStatus
  /** Date the agreement was signed; required when status is signed. */
  signed?: string | undefined
  /** Last day the agreement is in force; absent means open-ended. */
  validUntil?: string | undefined
  note?: string | undefined
}

export const StaffingSchema = z
  .object({
    point: z.string().min(1).meta({ description: 'Id of the staffed point' }),
    partner: z.string().min(1).meta({ description: 'Id of the partner that provides the people' }),
    role: z.string().min(1).meta({ description: 'What the people do, e.g. gastheer, coördinator' }),
    people: z.number().int().nonnegative().meta({
      description: 'How many people (counted, not named: volunteers are not registered)',
    }),
    availableWithinHours: z.number().nonnegative().optional().meta({
      description: 'Hours after the start of an outage by which they are on site; absent means 0',
    }),
  })
  .strict()
/** How many people a partner provides to staff a point (counts, not names). */
export interface Staffing {
  /** Id of the staffed point. */
  point: string
  /** Id of the partner that provides the people. */
  partner: string
  /** What the people do, e.g. gastheer, coördinator. */
  role: string
  people: number
  /** Hours after the start of an outage by which they are on site; absent means 0. */
  availableWithinHours?: number | undefined
}
