import { defineConfig } from 'vitest/config'
import { sourceConditions, testTimeout } from '../../vitest.shared.ts'

export default defineConfig({
  ...sourceConditions,
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The end-to-end tests run the built binary; it is built once, here.
    globalSetup: ['test/build.ts'],
    testTimeout,
  },
})
