import { createRequire } from 'node:module'

interface Versions {
  cli: string
  core: string
  guidelines: string
}

/** Set by tsup at build time (tsup.config.ts): the versions of the packages bundled in. */
declare const __WEERBAAR_VERSIONS__: Versions | undefined

/** Running from source (tests, a clone): the workspace packages' own package.json files. */
function workspaceVersions(): Versions {
  const require = createRequire(import.meta.url)
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version
  return {
    cli: version('@weerbaar/cli'),
    core: version('@weerbaar/core'),
    guidelines: version('@weerbaar/guidelines'),
  }
}

/**
 * The versions of the command and of the core and guidelines bundled into it. A result depends
 * on all three: core computes it, guidelines hold the rules. Every JSON result and `--version`
 * name them, so a figure can be traced to its code.
 */
export const VERSIONS: Versions =
  typeof __WEERBAAR_VERSIONS__ === 'undefined' ? workspaceVersions() : __WEERBAAR_VERSIONS__

/** What `weerbaar --version` prints: the CLI's version first (scripts read the first line). */
export function versionText(): string {
  return [
    VERSIONS.cli,
    `@weerbaar/core ${VERSIONS.core}`,
    `@weerbaar/guidelines ${VERSIONS.guidelines}`,
  ].join('\n')
}
