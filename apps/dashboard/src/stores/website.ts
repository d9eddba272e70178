import { renderWebsitePage, type WebsiteFile } from '@weerbaar/website'
import { getActionLibrary } from '@weerbaar/guidelines'
import { defineStore } from 'pinia'
import { useReadinessStore } from './readiness.ts'
import { useRegionStore } from './regions.ts'
import { useRiskStore } from './risk.ts'

/** The resident website (`@weerbaar/website`) of the open region, one page at a time. */
export const useWebsiteStore = defineStore('website', () => {
  const regions = useRegionStore()
  const readiness = useReadinessStore()
  const risk = useRiskStore()

  /** A file of the site by its path from the site's root, exactly as `weerbaar website` writes it. */
  function file(path: string): WebsiteFile | null {
    const region = regions.region
    const library = getActionLibrary()
    if (!region || !library) return null
    return (
      renderWebsitePage(region, path, {
        asOf: readiness.asOf,
        library,
        ...(risk.method ? { method: risk.method } : {}),
      }) ?? null
    )
  }

  /**
   * A page for the preview: its stylesheet goes inline, because the preview shows it inside
   * the dashboard (in a shadow root, with a constructed stylesheet) rather than at its own address.
   */
  function previewHtml(path: string): string | null {
    const page = file(path)
    if (!page || !page.contentType.startsWith('text/html')) return null
    const sheet = path.startsWith('risicowijzer/') ? 'assets/risicowijzer.css' : 'assets/site.css'
    const css = file(sheet)?.body ?? ''
    return page.body.replace(/<link rel="stylesheet" href="[^"]*">/, () => `<style>${css}</style>`)
  }

  return { file, previewHtml }
})
