import { defaultClientConditions, defaultServerConditions } from 'vite'

/**
 * Resolve workspace packages to their TypeScript source (the `@weerbaar/source` export
 * condition), so tests and the dashboard never need a prior build. Vite replaces its default
 * conditions when given a list, so the defaults are added back.
 */
export const sourceConditions = {
  resolve: { conditions: ['@weerbaar/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@weerbaar/source', ...defaultServerConditions] } },
}
