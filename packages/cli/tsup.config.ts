import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const version = (dir: string) =>
  (
    JSON.parse(readFileSync(new URL(`${dir}/package.json`, import.meta.url), 'utf8')) as {
      version: string
    }
  ).version

// One ESM file for Node 20. The workspace packages (@weerbaar/core, @weerbaar/guidelines, @weerbaar/website) are
// bundled from their TypeScript source, so the binary that is tested is the binary that is
// published, and the CLI's output contract is pinned to the core it was built with. Every
// other package stays an import and must be a dependency (test/package.test.ts checks that).
export default defineConfig({
  entry: ['src/bin.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  clean: true,
  sourcemap: true,
  skipNodeModulesBundle: true,
  noExternal: [/^@weerbaar\//],
  removeNodeProtocol: false,
  // The region file's JSON Schema of the core inside the binary, for editors:
  // "$schema": "./node_modules/@weerbaar/cli/dist/region.schema.json".
  publicDir: '../core/schema',
  // The versions `--version` and every JSON result name (src/versions.ts), fixed at build time.
  define: {
    __WEERBAAR_VERSIONS__: JSON.stringify({
      cli: version('.'),
      core: version('../core'),
      guidelines: version('../guidelines'),
    }),
  },
  esbuildOptions(options) {
    options.conditions = ['@weerbaar/source']
  },
})
