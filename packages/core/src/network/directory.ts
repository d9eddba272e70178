import type { Region } from '../region/schema.ts'
import { CONTACT_ROLES, type ContactRole } from './schema.ts'

export interface DirectoryEntry {
  role: ContactRole
  partner: string
  partnerName: string
  name?: string | undefined
  phone?: string | undefined
  email?: string | undefined
}

export interface MunicipalityDirectory {
  code: string
  name: string
  /** Contacts by role, in the order of `CONTACT_ROLES`; roles without contacts are left out. */
  roles: { role: ContactRole; contacts: DirectoryEntry[] }[]
}

/**
 * The contact directory per municipality by role, for the network meeting. A partner without
 * `municipalities` works in every municipality of the region. Personal data (AVG): only for the
 * roles of this region, never for residents and never in an export unless asked for.
 */
export function contactDirectory(
  region: Pick<Region, 'municipalities' | 'partners'>,
): MunicipalityDirectory[] {
  return region.municipalities.map((m) => {
    const byRole = new Map<ContactRole, DirectoryEntry[]>()
    for (const partner of region.partners ?? []) {
      if (partner.municipalities && !partner.municipalities.includes(m.code)) continue
      for (const c of partner.contacts ?? []) {
        let list = byRole.get(c.role)
        if (!list) byRole.set(c.role, (list = []))
        list.push({ ...c, partner: partner.id, partnerName: partner.name })
      }
    }
    return {
      code: m.code,
      name: m.name,
      roles: CONTACT_ROLES.filter((r) => byRole.has(r)).map((role) => ({
        role,
        contacts: byRole.get(role)!,
      })),
    }
  })
}

/** The region without any contact details: what may leave the roles that need them. */
export function withoutContacts<R extends Pick<Region, 'partners'>>(region: R): R {
  if (!region.partners) return region
  return {
    ...region,
    partners: region.partners.map(({ contacts: _contacts, ...partner }) => partner),
  }
}
