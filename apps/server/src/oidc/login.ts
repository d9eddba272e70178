import * as client from 'openid-client'
import type { OidcConfig } from './config.ts'
import { claimAt, rolesFromClaim, type IgnoredClaim, type MappedRole } from './roles.ts'

/**
 * The OpenID Connect login itself, without HTTP framework: building the provider's address
 * (authorization code flow with PKCE, state and nonce) and checking its answer. The routes in
 * `plugin.ts` carry the flow's secrets between the two in a cookie.
 */

/** What the browser keeps between the redirect and the callback (in an HttpOnly cookie). */
export interface PendingLogin {
  state: string
  nonce: string
  codeVerifier: string
  /** Where the dashboard wants to be after login: a path on this server. */
  returnTo: string
}

/** A login the provider vouched for: who it is, and which roles its claim grants. */
export interface VerifiedIdentity {
  issuer: string
  subject: string
  /** Lower case; present only when the provider says it is verified. */
  email: string | undefined
  name: string | undefined
  /** Undefined when no role claim is configured: roles are then assigned on the server. */
  roles: MappedRole[] | undefined
  ignored: IgnoredClaim[]
}

export class OidcLoginError extends Error {
  override name = 'OidcLoginError'
  constructor(
    readonly reason:
      | 'provider_unreachable'
      | 'provider_refused'
      | 'invalid_response'
      | 'email_not_verified',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

export class OidcLogin {
  #configuration: Promise<client.Configuration> | undefined

  constructor(readonly config: OidcConfig) {}

  /**
   * The provider's metadata, fetched on first use and kept; a provider that is down when the
   * server starts does not stop the server, and a failed discovery is tried again next time.
   */
  async configuration(): Promise<client.Configuration> {
    this.#configuration ??= client
      .discovery(
        this.config.issuer,
        this.config.clientId,
        undefined,
        this.config.clientSecret
          ? client.ClientSecretPost(this.config.clientSecret)
          : client.None(),
        this.config.allowInsecure ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        this.#configuration = undefined
        throw new OidcLoginError(
          'provider_unreachable',
          `discovery of ${this.config.issuer.href} failed`,
          { cause: error },
        )
      })
    return this.#configuration
  }

  /** Starts a login: the provider's address to send the browser to, and what to keep. */
  async start(returnTo: string): Promise<{ url: URL; pending: PendingLogin }> {
    const configuration = await this.configuration()
    const pending: PendingLogin = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      returnTo,
    }
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUrl.href,
      scope: this.config.scopes.join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    })
    return { url, pending }
  }

  /**
   * Checks the provider's answer at the callback: the state must be the one this browser was
   * given, the code is exchanged with the PKCE verifier, the ID token's signature, issuer,
   * audience and nonce are checked by openid-client. Claims come from the ID token and the
   * userinfo endpoint (many providers put email and roles only there).
   */
  async finish(
    query: string,
    pending: PendingLogin,
    mapping: { municipalitiesOf(region: string): readonly string[] | undefined },
  ): Promise<VerifiedIdentity> {
    const configuration = await this.configuration()
    // The callback's address is built from the configured redirect URL, not from the request's
    // Host header, which a client controls.
    const currentUrl = new URL(this.config.redirectUrl)
    currentUrl.search = query
    let tokens
    try {
      tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      })
    } catch (error) {
      const refused = error instanceof client.AuthorizationResponseError
      throw new OidcLoginError(
        refused ? 'provider_refused' : 'invalid_response',
        error instanceof Error ? error.message : String(error),
        { cause: error },
      )
    }
    const idClaims = tokens.claims()
    if (!idClaims) throw new OidcLoginError('invalid_response', 'no ID token')
    let claims: Record<string, unknown> = { ...idClaims }
    if (configuration.serverMetadata().userinfo_endpoint) {
      try {
        const userinfo = await client.fetchUserInfo(
          configuration,
          tokens.access_token,
          idClaims.sub,
        )
        claims = { ...userinfo, ...idClaims }
        // The role claim is taken from userinfo when the ID token does not carry it.
        if (this.config.roleClaim && claimAt(idClaims, this.config.roleClaim) === undefined) {
          const fromUserinfo = claimAt(userinfo, this.config.roleClaim)
          if (fromUserinfo !== undefined) claims[this.config.roleClaim] = fromUserinfo
        }
      } catch (error) {
        throw new OidcLoginError('invalid_response', 'userinfo failed', { cause: error })
      }
    }
    const emailVerified = claims.email_verified === true || claims.email_verified === 'true'
    const email =
      typeof claims.email === 'string' && emailVerified ? claims.email.toLowerCase() : undefined
    const mapped = this.config.roleClaim
      ? rolesFromClaim(claimAt(claims, this.config.roleClaim), {
          regions: this.config.roleRegions,
          municipalitiesOf: mapping.municipalitiesOf,
        })
      : undefined
    return {
      issuer: idClaims.iss,
      subject: idClaims.sub,
      email,
      name: typeof claims.name === 'string' ? claims.name : undefined,
      roles: mapped?.roles,
      ignored: mapped?.ignored ?? [],
    }
  }
}

/** A path on this server to return to after login; anything else (another site) becomes `/`. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/'
  // `//host` and `/\host` are other sites to a browser.
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  // A control character (a header split, a newline) has no place in a path.
  if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return '/'
  return value
}
