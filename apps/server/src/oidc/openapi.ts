/** The OpenID Connect routes in the server's OpenAPI document (`openapi/document.ts` adds them). */
export const oidcOpenapiPaths = {
  '/session/methods': {
    get: {
      summary:
        'The ways to sign in on this server: password, and the organisation login (OpenID Connect) with the label of its button, or null',
      security: [],
      responses: {
        '200': {
          description:
            '{ password: true, oidc: { label: "Inloggen met uw organisatie", start: "/api/v1/session/oidc" } | null }',
        },
      },
    },
  },
  '/session/oidc': {
    get: {
      summary:
        "Start the organisation login: a redirect to the identity provider (authorization code flow with PKCE, state and nonce); the flow's secrets go into the HttpOnly cookie weerbaar_oidc",
      security: [],
      parameters: [
        {
          name: 'returnTo',
          in: 'query',
          required: false,
          schema: { type: 'string' },
          description: 'A path on this server to return to after login (default /)',
        },
      ],
      responses: {
        '302': { description: 'To the identity provider' },
        '404': {
          description: 'OpenID Connect is not configured',
          content: {
            'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
          },
        },
        '503': { description: 'The identity provider cannot be reached' },
      },
    },
  },
  '/session/oidc/callback': {
    get: {
      summary:
        'Where the identity provider sends the browser back: checks state, code (PKCE) and ID token, finds or creates the user by sub or verified email, maps the role claim, starts a session and redirects to returnTo',
      security: [],
      responses: {
        '303': { description: 'Signed in; the session cookie is set' },
        '400': {
          description:
            'Not started in this browser, expired, or the answer did not check out; an HTML page, or problem+json for a client that does not ask for HTML',
        },
        '403': { description: 'The provider refused, or sent no verified email address' },
        '404': { description: 'OpenID Connect is not configured' },
        '503': { description: 'The identity provider cannot be reached' },
      },
    },
  },
}
