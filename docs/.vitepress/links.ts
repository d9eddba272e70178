import type { DefaultTheme } from 'vitepress'

type Item = DefaultTheme.NavItem | DefaultTheme.SidebarItem

/** Every internal link of a nav or sidebar tree. */
export function linksOf(items: readonly Item[]): string[] {
  return items.flatMap((item) => [
    ...('link' in item && item.link && item.link.startsWith('/') ? [item.link] : []),
    ...('items' in item && item.items ? linksOf(item.items as Item[]) : []),
  ])
}

/** The page a clean-URL link opens: `/guide/cli` → `guide/cli.md`, `/api/` → `api/index.md`. */
export function pageOf(link: string): string {
  const path = link.replace(/[#?].*$/, '').replace(/^\//, '')
  return path === '' || path.endsWith('/') ? `${path}index.md` : `${path}.md`
}

/** Links whose page is not among `pages` (paths relative to the docs folder). */
export function missingPages(items: readonly Item[], pages: readonly string[]): string[] {
  const known = new Set(pages)
  return linksOf(items).filter((link) => !known.has(pageOf(link)))
}
