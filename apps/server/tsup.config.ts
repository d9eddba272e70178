import { defineConfig } from 'tsup'

// One ESM file for Node 20, like the CLI: the workspace packages are bundled from their
// TypeScript source, every other package stays an import. The numbered SQL migrations are
// copied next to the binary (dist/migrations), where the migrator looks for them.
export default defineConfig({
  entry: ['src/bin.ts', 'src/index.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  clean: true,
  sourcemap: true,
  skipNodeModulesBundle: true,
  noExternal: [/^@weerbaar\//],
  removeNodeProtocol: false,
  publicDir: 'sql',
  esbuildOptions(options) {
    options.conditions = ['@weerbaar/source']
  },
})
