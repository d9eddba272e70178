/**
 * OpenID Connect login, configured by environment only (secrets never come from files in the
 * repository or from flags). Absent `WEERBAAR_OIDC_ISSUER` means: no OIDC, password login only.
 */

/** The text on the dashboard's button when nothing else is configured. */
export const DEFAULT_OIDC_LABEL = 'Inloggen met uw organisatie'

export interface OidcConfig {
  issuer: URL
  clientId: string
  /** Absent for a public client (PKCE only); most government providers give a secret. */
  clientSecret?: string
  /** The full address of `GET /api/v1/session/oidc/callback` as the provider knows it. */
  redirectUrl: URL
  scopes: string[]
  /**
   * The claim that lists roles (`VR25:coordinator`, `VR25:editor:GM0034`), as a dotted path for
   * nested claims (`realm_access.roles`). Absent: a coordinator assigns roles on the server.
   */
  roleClaim?: string
  /** The regions the claim may grant roles in; a claim for any other region is ignored. */
  roleRegions: string[]
  /** The text of the login button. */
  label: string
  /** Plain http is accepted only for a provider on this machine (tests, a laptop). */
  allowInsecure: boolean
}

export interface ConfigIssue {
  variable: string
  message: string
}

export type OidcConfigResult =
  | { ok: true; value: OidcConfig | undefined }
  | { ok: false; issues: ConfigIssue[] }

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/** The variables, in the order the operator's guide lists them. */
export const OIDC_VARIABLES = [
  'WEERBAAR_OIDC_ISSUER',
  'WEERBAAR_OIDC_CLIENT_ID',
  'WEERBAAR_OIDC_CLIENT_SECRET',
  'WEERBAAR_OIDC_REDIRECT_URL',
  'WEERBAAR_OIDC_SCOPES',
  'WEERBAAR_OIDC_ROLE_CLAIM',
  'WEERBAAR_OIDC_ROLE_REGIONS',
  'WEERBAAR_OIDC_LABEL',
] as const

/**
 * Reads the OIDC settings. Every problem is reported at once, naming the variable, so an
 * operator fixes the configuration in one go; the server refuses to start on any of them.
 */
export function oidcConfigFromEnv(env: Record<string, string | undefined>): OidcConfigResult {
  const get = (name: (typeof OIDC_VARIABLES)[number]) => {
    const value = env[name]?.trim()
    return value ? value : undefined
  }
  const issuerText = get('WEERBAAR_OIDC_ISSUER')
  if (!issuerText) {
    const stray = OIDC_VARIABLES.filter((name) => name !== 'WEERBAAR_OIDC_ISSUER' && get(name))
    if (stray.length === 0) return { ok: true, value: undefined }
    return {
      ok: false,
      issues: [
        {
          variable: 'WEERBAAR_OIDC_ISSUER',
          message: `is not set, but ${stray.join(', ')} ${stray.length === 1 ? 'is' : 'are'}: set the issuer to turn OpenID Connect on, or remove the others`,
        },
      ],
    }
  }

  const issues: ConfigIssue[] = []
  const url = (name: (typeof OIDC_VARIABLES)[number], text: string | undefined) => {
    if (!text) {
      issues.push({ variable: name, message: 'is required when WEERBAAR_OIDC_ISSUER is set' })
      return undefined
    }
    try {
      const parsed = new URL(text)
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('scheme')
      if (parsed.protocol === 'http:' && !LOOPBACK.has(parsed.hostname)) {
        issues.push({
          variable: name,
          message: `must use https (plain http only for localhost), not "${text}"`,
        })
        return undefined
      }
      return parsed
    } catch {
      issues.push({ variable: name, message: `must be an http(s) address, not "${text}"` })
      return undefined
    }
  }

  const issuer = url('WEERBAAR_OIDC_ISSUER', issuerText)
  const redirectUrl = url('WEERBAAR_OIDC_REDIRECT_URL', get('WEERBAAR_OIDC_REDIRECT_URL'))
  if (redirectUrl && !redirectUrl.pathname.endsWith('/api/v1/session/oidc/callback'))
    issues.push({
      variable: 'WEERBAAR_OIDC_REDIRECT_URL',
      message: `must end in /api/v1/session/oidc/callback, not "${redirectUrl.href}"`,
    })
  const clientId = get('WEERBAAR_OIDC_CLIENT_ID')
  if (!clientId)
    issues.push({
      variable: 'WEERBAAR_OIDC_CLIENT_ID',
      message: 'is required when WEERBAAR_OIDC_ISSUER is set',
    })
  const clientSecret = get('WEERBAAR_OIDC_CLIENT_SECRET')
  const scopes = (get('WEERBAAR_OIDC_SCOPES') ?? 'openid email profile').split(/[\s,]+/)
  if (!scopes.includes('openid'))
    issues.push({ variable: 'WEERBAAR_OIDC_SCOPES', message: 'must include openid' })

  const roleClaim = get('WEERBAAR_OIDC_ROLE_CLAIM')
  const regionsText = get('WEERBAAR_OIDC_ROLE_REGIONS')
  const roleRegions = regionsText ? regionsText.split(/[\s,]+/).filter(Boolean) : []
  for (const code of roleRegions)
    if (!/^VR\d{2}$/.test(code))
      issues.push({
        variable: 'WEERBAAR_OIDC_ROLE_REGIONS',
        message: `expected region codes such as VR25, not "${code}"`,
      })
  if (roleClaim && roleRegions.length === 0)
    issues.push({
      variable: 'WEERBAAR_OIDC_ROLE_REGIONS',
      message:
        'is required with WEERBAAR_OIDC_ROLE_CLAIM: list the regions the identity provider may grant roles in (e.g. VR25,VR14)',
    })
  if (!roleClaim && roleRegions.length > 0)
    issues.push({
      variable: 'WEERBAAR_OIDC_ROLE_CLAIM',
      message: 'is required with WEERBAAR_OIDC_ROLE_REGIONS: name the claim that lists the roles',
    })

  if (issues.length > 0 || !issuer || !redirectUrl || !clientId) return { ok: false, issues }
  return {
    ok: true,
    value: {
      issuer,
      clientId,
      ...(clientSecret ? { clientSecret } : {}),
      redirectUrl,
      scopes,
      ...(roleClaim ? { roleClaim } : {}),
      roleRegions,
      label: get('WEERBAAR_OIDC_LABEL') ?? DEFAULT_OIDC_LABEL,
      allowInsecure: issuer.protocol === 'http:',
    },
  }
}
