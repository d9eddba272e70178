/** The document's page-level selectors, aimed at the shadow root instead. */
export function scopeDocumentCss(css: string): string {
  return css
    .replace(/:root\b/g, ':host')
    .replace(/(^|[\s,{}])html\b/g, '$1:host')
    .replace(/(^|[\s,{}])body\b/g, '$1.document-body')
    .replace(/@page\s*\{[^}]*\}/g, '')
}
