import { describe, expect, it } from 'vitest'
import { claimAt, rolesFromClaim, type RoleMapping } from './roles.ts'

const mapping: RoleMapping = {
  regions: ['VR25'],
  municipalitiesOf: (region) =>
    region === 'VR25' ? ['GM0034', 'GM0995', 'GM0184'] : region === 'VR14' ? ['GM0402'] : undefined,
}

describe('rolesFromClaim', () => {
  it('maps coordinator, viewer and editor values of a mapped region', () => {
    expect(rolesFromClaim(['VR25:editor:GM0034', 'VR25:editor:GM0184:GM0995'], mapping)).toEqual({
      roles: [{ region: 'VR25', role: 'editor', municipalities: ['GM0034', 'GM0184', 'GM0995'] }],
      ignored: [],
    })
    expect(rolesFromClaim('VR25:viewer', mapping).roles).toEqual([
      { region: 'VR25', role: 'viewer', municipalities: [] },
    ])
  })

  it('keeps the strongest role of a region', () => {
    expect(
      rolesFromClaim(['VR25:viewer', 'VR25:coordinator', 'VR25:editor:GM0034'], mapping).roles,
    ).toEqual([{ region: 'VR25', role: 'coordinator', municipalities: [] }])
  })

  it('never grants a role in a region the mapping does not list, even one the server has', () => {
    const result = rolesFromClaim(['VR14:coordinator', 'VR14:editor:GM0402'], mapping)
    expect(result.roles).toEqual([])
    expect(result.ignored.map((i) => i.reason)).toEqual(['region_not_mapped', 'region_not_mapped'])
  })

  it('never grants an editor a municipality outside the region, nor an editor without one', () => {
    const result = rolesFromClaim(['VR25:editor:GM0402', 'VR25:editor'], mapping)
    expect(result.roles).toEqual([])
    expect(result.ignored).toEqual([
      { value: 'VR25:editor:GM0402', reason: 'municipality_not_in_region' },
      { value: 'VR25:editor', reason: 'editor_without_municipality' },
    ])
  })

  it('ignores admin and anything that is not a role value', () => {
    const result = rolesFromClaim(
      ['admin', 'VR25:admin', 'vr25:coordinator', 'VR25:coordinator:GM0034', 42, { role: 'x' }],
      mapping,
    )
    expect(result.roles).toEqual([])
    expect(result.ignored.every((i) => i.reason === 'not_a_role')).toBe(true)
    expect(result.ignored).toHaveLength(6)
  })

  it('gives no roles without a claim', () => {
    expect(rolesFromClaim(undefined, mapping)).toEqual({ roles: [], ignored: [] })
  })

  it('refuses an editor role for a mapped region that is not stored yet', () => {
    const empty: RoleMapping = { regions: ['VR25'], municipalitiesOf: () => undefined }
    expect(rolesFromClaim(['VR25:editor:GM0034', 'VR25:viewer'], empty)).toEqual({
      roles: [{ region: 'VR25', role: 'viewer', municipalities: [] }],
      ignored: [{ value: 'VR25:editor:GM0034', reason: 'unknown_region' }],
    })
  })
})

describe('claimAt', () => {
  it('reads a top-level claim, also one with a dot in its name, and a nested one', () => {
    expect(claimAt({ roles: ['a'] }, 'roles')).toEqual(['a'])
    expect(claimAt({ 'weerbaar.roles': ['b'] }, 'weerbaar.roles')).toEqual(['b'])
    expect(claimAt({ realm_access: { roles: ['c'] } }, 'realm_access.roles')).toEqual(['c'])
    expect(claimAt({ realm_access: 'x' }, 'realm_access.roles')).toBeUndefined()
  })
})
