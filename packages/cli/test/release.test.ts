import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import parseChangeset from '@changesets/parse'
import { describe, expect, it } from 'vitest'

// The binary carries @weerbaar/core, @weerbaar/guidelines and @weerbaar/website inside (tsup.config.ts), and they
// are only its devDependencies, so changesets would not release the CLI when they change. Every
// changeset that releases one of them must release the CLI too, or its users never get the fix.
const changesetDir = fileURLToPath(new URL('../../../.changeset', import.meta.url))
const manifest = JSON.parse(
  readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'),
) as { devDependencies: Record<string, string> }
/** What tsup bundles: every workspace package the CLI builds with (`noExternal: /^@weerbaar\//`). */
const BUNDLED = Object.keys(manifest.devDependencies).filter((name) =>
  name.startsWith('@weerbaar/'),
)

/** The changesets that release a bundled package but not the CLI. */
function missingCli(changesets: { name: string; text: string }[]): string[] {
  return changesets
    .map(({ name, text }) => ({ name, releases: parseChangeset(text).releases }))
    .filter(({ releases }) => releases.some((r) => BUNDLED.includes(r.name)))
    .filter(({ releases }) => !releases.some((r) => r.name === '@weerbaar/cli'))
    .map(({ name }) => name)
}

describe('changesets', () => {
  // Right after `changeset version` there are none: the rule is then checked on the next ones.
  const changesets = readdirSync(changesetDir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => ({ name, text: readFileSync(join(changesetDir, name), 'utf8') }))

  it('knows what the CLI bundles, and catches a changeset that forgets it', () => {
    expect(BUNDLED).toEqual(['@weerbaar/core', '@weerbaar/guidelines', '@weerbaar/website'])
    const forgot = { name: 'forgot.md', text: "---\n'@weerbaar/core': patch\n---\n\nA fix.\n" }
    const fine = {
      name: 'fine.md',
      text: "---\n'@weerbaar/core': patch\n'@weerbaar/cli': patch\n---\n\nA fix.\n",
    }
    expect(missingCli([forgot, fine])).toEqual(['forgot.md'])
  })

  it('release @weerbaar/cli with every change of a package bundled into it', () => {
    expect(missingCli(changesets), "add '@weerbaar/cli': patch to these changesets").toEqual([])
  })
})
