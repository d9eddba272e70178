import { defineConfig } from 'vitest/config'
import { sourceConditions } from '../vitest.shared.ts'

export default defineConfig({
  ...sourceConditions,
  test: { include: ['examples/**/*.test.ts', 'scripts/**/*.test.ts'] },
})
