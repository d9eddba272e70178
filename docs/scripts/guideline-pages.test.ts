import { describe, expect, it } from 'vitest'
import { renderSourcedRules } from './guideline-pages.ts'

describe('pages generated from the guideline editions', () => {
  it('sourced rules match the committed reference/guideline-sources.md (run `npm run data-spec -w @weerbaar/docs`)', async () => {
    await expect(renderSourcedRules()).toMatchFileSnapshot('../reference/guideline-sources.md')
  })
})
