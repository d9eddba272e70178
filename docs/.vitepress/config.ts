import { defineConfig, type DefaultTheme } from 'vitepress'
import { missingPages } from './links.ts'

const guide: DefaultTheme.SidebarItem = {
  text: 'Guide for regions',
  items: [
    { text: 'Getting started', link: '/guide/getting-started' },
    { text: 'The region file', link: '/guide/region-file' },
    { text: 'Population grid from CBS data', link: '/guide/population-grid' },
    { text: 'The weerbaar command', link: '/guide/cli' },
    { text: 'The resident website', link: '/guide/resident-website' },
    { text: 'Programme and board report', link: '/guide/programme' },
    { text: 'Using the library', link: '/guide/library' },
    { text: 'Moving to a new edition', link: '/guide/upgrading-editions' },
    { text: 'Your own data: questions', link: '/guide/own-data' },
  ],
}

const coordinators: DefaultTheme.SidebarItem = {
  text: 'Voor coördinatoren',
  items: [
    { text: 'Overzicht', link: '/coordinators/' },
    { text: 'Scores lezen', link: '/coordinators/scores' },
    { text: 'Niveaus', link: '/coordinators/niveaus' },
    { text: 'Dekking', link: '/coordinators/dekking' },
    { text: 'Het risicodiagram', link: '/coordinators/risicodiagram' },
  ],
}

const reference: DefaultTheme.SidebarItem = {
  text: 'Reference',
  items: [
    { text: 'Data specification', link: '/reference/data-spec' },
    { text: 'Programme file', link: '/reference/programme-file' },
    { text: 'How readiness is scored', link: '/reference/readiness' },
    { text: 'Coverage and siting formulas', link: '/reference/coverage' },
    { text: 'Risk profile method', link: '/reference/risk-method' },
    { text: 'Richtlijnhistorie / Guideline history', link: '/reference/guideline-history' },
    { text: 'Sourced rules', link: '/reference/guideline-sources' },
    { text: 'Versioning policy', link: '/reference/versioning' },
    { text: 'HTTP API', link: '/reference/http-api' },
    { text: 'Glossary (NL–EN)', link: '/glossary' },
    {
      text: 'API reference',
      link: '/api/',
      collapsed: true,
      items: [
        { text: '@weerbaar/core', link: '/api/core/' },
        { text: '@weerbaar/guidelines', link: '/api/guidelines/' },
      ],
    },
  ],
}

const operators: DefaultTheme.SidebarItem = {
  text: 'For operators',
  items: [
    { text: 'Running the server', link: '/operator/' },
    { text: 'Sign-in with your organisation', link: '/operator/oidc' },
    { text: 'Security model', link: '/operator/security' },
    { text: 'HTTP API reference', link: '/reference/http-api' },
  ],
}

const maintainers: DefaultTheme.SidebarItem = {
  text: 'For maintainers',
  items: [
    { text: 'Overview', link: '/maintainers/' },
    { text: 'Publishing a guideline update', link: '/maintainers/publishing-guidelines' },
    { text: 'Releasing packages', link: '/maintainers/releasing' },
  ],
}

const sidebar = [guide, coordinators, reference, operators, maintainers]

const nav: DefaultTheme.NavItem[] = [
  { text: 'Guide', link: '/guide/getting-started', activeMatch: '^/guide/' },
  { text: 'Coördinatoren', link: '/coordinators/', activeMatch: '^/coordinators/' },
  { text: 'Reference', link: '/reference/data-spec', activeMatch: '^/(reference|glossary)' },
  { text: 'API', link: '/api/', activeMatch: '^/api/' },
  { text: 'Operators', link: '/operator/', activeMatch: '^/operator/' },
  { text: 'Maintainers', link: '/maintainers/', activeMatch: '^/maintainers/' },
]

export default defineConfig({
  title: 'Weerbaar',
  description:
    'Readiness of noodsteunpunten, risk profiles and risk communication for Dutch safety regions',
  base: '/',
  cleanUrls: true,
  lastUpdated: false,
  // Dead internal links fail the build.
  ignoreDeadLinks: false,
  // Everything in docs/ that is not a page: compiled examples, scripts, TypeDoc plugin.
  // Parts are included into pages (`<!--@include: …-->`), not pages of their own.
  srcExclude: [
    'examples/**',
    'scripts/**',
    'typedoc/**',
    '**/parts/**',
    '**/README.md',
    'node_modules/**',
  ],
  // The coordinators' pages are Dutch: a locale of their own gives them `<html lang="nl">` and
  // Dutch interface labels, with the same navigation as the rest of the site.
  locales: {
    root: { label: 'English', lang: 'en' },
    coordinators: {
      label: 'Nederlands (coördinatoren)',
      lang: 'nl',
      link: '/coordinators/',
      description:
        'Uitleg voor coördinatoren: scores, niveaus, dekking en het risicodiagram in Weerbaar',
      themeConfig: {
        outline: { label: 'Op deze pagina' },
        docFooter: { prev: 'Vorige pagina', next: 'Volgende pagina' },
        returnToTopLabel: 'Terug naar boven',
        sidebarMenuLabel: 'Menu',
        darkModeSwitchLabel: 'Weergave',
        langMenuLabel: 'Taal',
      },
    },
  },
  // VitePress checks links in pages only; a dead link in the nav or sidebar fails the build too.
  buildEnd(site) {
    const missing = missingPages([...nav, ...sidebar], site.pages)
    if (missing.length)
      throw new Error(`Nav or sidebar links to missing pages: ${missing.join(', ')}`)
  },
  themeConfig: {
    i18nRouting: false,
    search: { provider: 'local' },
    nav,
    sidebar: {
      '/api/': [reference],
      '/': sidebar,
    },
    outline: { level: [2, 3] },
    footer: {
      message: 'Weerbaar is open source under the EUPL-1.2. All example data is fictitious.',
    },
  },
})
