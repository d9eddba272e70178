import type { Role, User } from '../accounts/store.ts'

/**
 * Who may do what in a region. `admin` is the installation's administrator: every region,
 * every user. A user without a role in a region does not learn that it exists (404).
 */
export type RegionAccess = 'read' | 'edit' | 'coordinate'

export function roleIn(user: User, region: string): Role | undefined {
  return user.roles.find((r) => r.region === region)
}

export function canSee(user: User, region: string): boolean {
  return user.admin || roleIn(user, region) !== undefined
}

export function allows(user: User, region: string, access: RegionAccess): boolean {
  if (user.admin) return true
  const role = roleIn(user, region)
  if (!role) return false
  switch (access) {
    case 'read':
      return true
    case 'edit':
      return role.role === 'coordinator' || role.role === 'editor'
    case 'coordinate':
      return role.role === 'coordinator'
  }
}

/** Editors change the points and assessments of the municipalities on their role only. */
export function mayEditMunicipality(user: User, region: string, municipality: string): boolean {
  if (user.admin) return true
  const role = roleIn(user, region)
  if (!role) return false
  if (role.role === 'coordinator') return true
  return role.role === 'editor' && role.municipalities.includes(municipality)
}
