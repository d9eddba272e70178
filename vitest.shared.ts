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

/**
 * A test's time limit is there to catch a hang, not to measure speed (`npm run bench` does
 * that). CI runs every package's tests at once on a shared 2-core machine: a property test that
 * takes under 1 s alone went past vitest's default of 5 s there, so the limit is generous.
 */
export const testTimeout = 30_000
