import { defineConfig } from 'vitest/config'
import { sourceConditions, testTimeout } from '../../vitest.shared.ts'

export default defineConfig({
  ...sourceConditions,
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout,
    hookTimeout: 180_000,
  },
})
