import { describe, expect, it } from 'vitest'
import { DEFAULT_OIDC_LABEL, oidcConfigFromEnv } from './config.ts'

const full = {
  WEERBAAR_OIDC_ISSUER: 'https://login.example.nl/realms/vr25',
  WEERBAAR_OIDC_CLIENT_ID: 'weerbaar',
  WEERBAAR_OIDC_CLIENT_SECRET: 's3cret',
  WEERBAAR_OIDC_REDIRECT_URL: 'https://weerbaar.example.nl/api/v1/session/oidc/callback',
}

describe('oidcConfigFromEnv', () => {
  it('is off without an issuer', () => {
    expect(oidcConfigFromEnv({})).toEqual({ ok: true, value: undefined })
  })

  it('reads a full configuration with defaults for scopes and label', () => {
    const result = oidcConfigFromEnv(full)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value).toMatchObject({
      clientId: 'weerbaar',
      clientSecret: 's3cret',
      scopes: ['openid', 'email', 'profile'],
      roleRegions: [],
      label: DEFAULT_OIDC_LABEL,
      allowInsecure: false,
    })
    expect(result.value?.issuer.href).toBe('https://login.example.nl/realms/vr25')
    expect(result.value?.roleClaim).toBeUndefined()
  })

  it('reads the role claim with the regions it may grant roles in', () => {
    const result = oidcConfigFromEnv({
      ...full,
      WEERBAAR_OIDC_ROLE_CLAIM: 'weerbaar_roles',
      WEERBAAR_OIDC_ROLE_REGIONS: 'VR25, VR14',
    })
    expect(result).toMatchObject({
      ok: true,
      value: { roleClaim: 'weerbaar_roles', roleRegions: ['VR25', 'VR14'] },
    })
  })

  it('reports every problem at once, by variable', () => {
    const result = oidcConfigFromEnv({
      WEERBAAR_OIDC_ISSUER: 'http://login.example.nl',
      WEERBAAR_OIDC_REDIRECT_URL: 'https://weerbaar.example.nl/login',
      WEERBAAR_OIDC_ROLE_CLAIM: 'roles',
      WEERBAAR_OIDC_SCOPES: 'email',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => i.variable)).toEqual([
      'WEERBAAR_OIDC_ISSUER',
      'WEERBAAR_OIDC_REDIRECT_URL',
      'WEERBAAR_OIDC_CLIENT_ID',
      'WEERBAAR_OIDC_SCOPES',
      'WEERBAAR_OIDC_ROLE_REGIONS',
    ])
    expect(result.issues[0]!.message).toMatch(/must use https/)
  })

  it('refuses OIDC settings without an issuer instead of silently ignoring them', () => {
    const result = oidcConfigFromEnv({ WEERBAAR_OIDC_CLIENT_ID: 'weerbaar' })
    expect(result).toMatchObject({
      ok: false,
      issues: [{ variable: 'WEERBAAR_OIDC_ISSUER', message: expect.stringMatching(/is not set/) }],
    })
  })

  it('accepts plain http only for a provider on this machine', () => {
    const result = oidcConfigFromEnv({
      ...full,
      WEERBAAR_OIDC_ISSUER: 'http://127.0.0.1:8080',
      WEERBAAR_OIDC_REDIRECT_URL: 'http://localhost:4173/api/v1/session/oidc/callback',
    })
    expect(result).toMatchObject({ ok: true, value: { allowInsecure: true } })
  })
})
