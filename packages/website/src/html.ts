// Control characters and noncharacters are parse errors in HTML and never meant in a name.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replace(UNPRINTABLE, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Only http(s) addresses become links: a `javascript:` address in a region file stays text. */
export function isWebAddress(address: string): boolean {
  return /^https?:\/\/[^\s"'<>]+$/i.test(address)
}

/**
 * The link from one page of the site to another, both given from the site's root
 * (`gemeente/GM0034.html` → `../index.html`). Relative links keep the site working wherever it
 * is hosted: a folder on the municipality's web server or the server's `/publiek/{region}/`.
 */
export function relativeHref(from: string, to: string): string {
  const depth = from.split('/').length - 1
  return '../'.repeat(depth) + to
}
