import { describe, expect, it } from 'vitest'
import type { User } from '../accounts/store.ts'
import { allows, canSee, mayEditMunicipality } from './permissions.ts'

const user = (roles: User['roles'], admin = false): User => ({
  id: 'u',
  email: 'u@x.example',
  admin,
  roles,
})

describe('permissions', () => {
  const coordinator = user([{ region: 'VR25', role: 'coordinator', municipalities: [] }])
  const editor = user([{ region: 'VR25', role: 'editor', municipalities: ['GM0184'] }])
  const viewer = user([{ region: 'VR25', role: 'viewer', municipalities: ['GM0184'] }])
  const admin = user([], true)

  it('a region without a role is invisible', () => {
    expect(canSee(coordinator, 'VR14')).toBe(false)
    expect(allows(coordinator, 'VR14', 'read')).toBe(false)
    expect(canSee(admin, 'VR14')).toBe(true)
  })
  it('roles allow read, edit and coordinate in order', () => {
    expect([
      allows(viewer, 'VR25', 'read'),
      allows(viewer, 'VR25', 'edit'),
      allows(viewer, 'VR25', 'coordinate'),
    ]).toEqual([true, false, false])
    expect([
      allows(editor, 'VR25', 'read'),
      allows(editor, 'VR25', 'edit'),
      allows(editor, 'VR25', 'coordinate'),
    ]).toEqual([true, true, false])
    expect([
      allows(coordinator, 'VR25', 'edit'),
      allows(coordinator, 'VR25', 'coordinate'),
    ]).toEqual([true, true])
  })
  it("editors change their own municipalities only; a viewer's list gives no rights", () => {
    expect(mayEditMunicipality(editor, 'VR25', 'GM0184')).toBe(true)
    expect(mayEditMunicipality(editor, 'VR25', 'GM0034')).toBe(false)
    expect(mayEditMunicipality(editor, 'VR14', 'GM0184')).toBe(false)
    expect(mayEditMunicipality(viewer, 'VR25', 'GM0184')).toBe(false)
    expect(mayEditMunicipality(coordinator, 'VR25', 'GM0034')).toBe(true)
  })
})
