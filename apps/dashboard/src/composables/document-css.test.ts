import { describe, expect, it } from 'vitest'
import { scopeDocumentCss } from './document-css.ts'

describe('scopeDocumentCss', () => {
  it('aims page-level selectors at the shadow root and drops @page', () => {
    const css =
      ':root { color-scheme: light; }\nbody { margin: 0; }\nheader, main { x: 1 }\n@page { size: A4; margin: 1mm; }\n@media print {\n  body { font-size: 11pt; }\n}'
    const scoped = scopeDocumentCss(css)
    expect(scoped).toContain(':host { color-scheme: light; }')
    expect(scoped).toContain('.document-body { margin: 0; }')
    expect(scoped).toContain('  .document-body { font-size: 11pt; }')
    expect(scoped).toContain('header, main')
    expect(scoped).not.toContain('@page')
  })
})
