/** A role in one region, as the server keeps it. */
export type RegionRoleName = 'coordinator' | 'editor' | 'viewer'

export interface MappedRole {
  region: string
  role: RegionRoleName
  /** For an editor: the municipalities (GM codes) whose points and assessments it may change. */
  municipalities: string[]
}

export interface IgnoredClaim {
  value: string
  reason:
    | 'not_a_role'
    | 'region_not_mapped'
    | 'unknown_region'
    | 'editor_without_municipality'
    | 'municipality_not_in_region'
}

export interface RoleMapping {
  /** The regions the identity provider may grant roles in (`WEERBAAR_OIDC_ROLE_REGIONS`). */
  regions: readonly string[]
  /** The municipalities of a region stored on the server; undefined when it is not stored. */
  municipalitiesOf(region: string): readonly string[] | undefined
}

const STRENGTH: Record<RegionRoleName, number> = { viewer: 0, editor: 1, coordinator: 2 }

/** A claim value: `VR25:coordinator`, `VR25:viewer`, `VR25:editor:GM0034[:GM0995…]`. */
const ROLE_VALUE = /^(VR\d{2}):(coordinator|editor|viewer)((?::GM\d{4})*)$/

/**
 * The region roles a login's claim grants, within what the mapping allows: only regions listed
 * in the mapping, never `admin` (an installation role is given on the server, not by a
 * provider), and an editor only for municipalities of that region. Per region the strongest role
 * wins; editor claims for one region add up. Everything not granted is returned with a reason,
 * for the audit trail.
 */
export function rolesFromClaim(
  claim: unknown,
  mapping: RoleMapping,
): { roles: MappedRole[]; ignored: IgnoredClaim[] } {
  const values = Array.isArray(claim)
    ? claim
    : typeof claim === 'string'
      ? claim.split(/[\s,]+/).filter(Boolean)
      : []
  const byRegion = new Map<string, MappedRole>()
  const ignored: IgnoredClaim[] = []
  for (const raw of values) {
    const value = typeof raw === 'string' ? raw.trim() : JSON.stringify(raw)
    const match = typeof raw === 'string' ? ROLE_VALUE.exec(value) : null
    if (!match) {
      ignored.push({ value, reason: 'not_a_role' })
      continue
    }
    const region = match[1]!
    const role = match[2] as RegionRoleName
    const asked = match[3] ? match[3].slice(1).split(':') : []
    if (!mapping.regions.includes(region)) {
      ignored.push({ value, reason: 'region_not_mapped' })
      continue
    }
    let municipalities: string[] = []
    if (role === 'editor') {
      if (asked.length === 0) {
        ignored.push({ value, reason: 'editor_without_municipality' })
        continue
      }
      const known = mapping.municipalitiesOf(region)
      if (!known) {
        ignored.push({ value, reason: 'unknown_region' })
        continue
      }
      if (asked.some((code) => !known.includes(code))) {
        ignored.push({ value, reason: 'municipality_not_in_region' })
        continue
      }
      municipalities = asked
    } else if (asked.length > 0) {
      ignored.push({ value, reason: 'not_a_role' })
      continue
    }
    const previous = byRegion.get(region)
    if (!previous || STRENGTH[role] > STRENGTH[previous.role]) {
      byRegion.set(region, { region, role, municipalities })
    } else if (previous.role === 'editor' && role === 'editor') {
      previous.municipalities = [...new Set([...previous.municipalities, ...municipalities])]
    }
  }
  const roles = [...byRegion.values()]
    .map((r) => ({ ...r, municipalities: [...r.municipalities].sort() }))
    .sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : 0))
  return { roles, ignored }
}

/** A claim by dotted path (`realm_access.roles`), as Keycloak and others nest role lists. */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path]
  let value: unknown = claims
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}
