import { defineConfig } from 'vitest/config'

// The packaging test: packs the built tarball, installs it into a temporary project and runs
// the command from there, without the source condition. Kept out of `vitest run`: it needs
// `npm run build` first and takes a while.
export default defineConfig({
  test: {
    include: ['test/pack/**/*.spec.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
})
