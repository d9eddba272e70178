/**
 * `@weerbaar/website`: the resident website "Waar kan ik terecht?" of a safety region: per
 * municipality the public noodsteunpunten, the risks and what to do, as static files. The same
 * function serves one page live (`renderWebsitePage`), so a static copy and the server agree.
 */
export * from './site.ts'
export { checkSiteTexts, SITE_TEXTS, type SiteTexts, type TextIssue } from './texts/index.ts'
