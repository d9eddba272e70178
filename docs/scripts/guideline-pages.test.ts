import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderGuidelineHistory, renderSourcedRules } from './guideline-pages.ts'

describe('pages generated from the guideline editions', () => {
  it('sourced rules match the committed reference/guideline-sources.md (run `npm run data-spec -w @weerbaar/docs`)', async () => {
    await expect(renderSourcedRules()).toMatchFileSnapshot('../reference/guideline-sources.md')
  })

  it('guideline history matches the committed reference/guideline-history.md (run `npm run data-spec -w @weerbaar/docs`)', async () => {
    await expect(renderGuidelineHistory()).toMatchFileSnapshot('../reference/guideline-history.md')
  })

  it('lists every edition in the history, newest first, with why it changed', () => {
    const page = renderGuidelineHistory()
    const headings = [...page.matchAll(/^## (\S+)$/gm)].map((m) => m[1])
    expect(headings[0]).toBe('noodsteunpunten@2026.2')
    expect(headings).toEqual(
      expect.arrayContaining(['noodsteunpunten@2026.1', 'noodsteunpunten@2025.1']),
    )
    expect(page).toMatch(/- Added: `power\.medical-equipment`/)
    expect(page).toMatch(/\*\*Contested\.\*\* Telefoons opladen is geen eis/)
  })
})

describe('the rule for version bumps of @weerbaar/guidelines', () => {
  const MARKER = '<!-- The one rule for @weerbaar/guidelines;'
  /** The table that follows the marker comment in a page. */
  const ruleIn = (page: string) => {
    const text = readFileSync(new URL(`../${page}`, import.meta.url), 'utf8')
    const start = text.indexOf(MARKER)
    expect(start, `${page} has the rule`).toBeGreaterThanOrEqual(0)
    const lines = text.slice(start).split('\n').slice(2)
    return lines
      .slice(
        0,
        lines.findIndex((l) => !l.startsWith('|')),
      )
      .join('\n')
  }

  it('is the same table in every doc that states it', () => {
    const pages = [
      'reference/versioning.md',
      'maintainers/publishing-guidelines.md',
      'maintainers/releasing.md',
    ]
    const [first, ...rest] = pages.map(ruleIn)
    expect(first).toMatch(/A new edition.*\*\*minor\*\*/)
    for (const table of rest) expect(table).toBe(first)
  })
})
