import { defineConfig } from 'vitest/config'
import { sourceConditions, testTimeout } from '../../vitest.shared.ts'

export default defineConfig({
  ...sourceConditions,
  test: { testTimeout, include: ['src/**/*.test.ts'] },
})
