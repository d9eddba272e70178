import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { sourceConditions, testTimeout } from '../../vitest.shared.ts'

export default defineConfig({
  ...sourceConditions,
  plugins: [vue()],
  test: {
    testTimeout,
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
  },
})
