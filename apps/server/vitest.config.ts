import { defineConfig } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared.ts'

export default defineConfig({
  ...sourceConditions,
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Each suite starts real servers (PGlite compiles its WebAssembly per instance) on a
    // machine shared with other test runs.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
})
