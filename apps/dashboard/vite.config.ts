import vue from '@vitejs/plugin-vue'
import { defaultClientConditions, defineConfig, loadEnv, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

/** PDOK BRT-Achtergrondkaart: the government's base map, free and without tracking. */
export const DEFAULT_TILE_URL =
  'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png'

/** PDOK Locatieserver: finds an address's coordinates when a point is placed by address. */
export const DEFAULT_GEOCODER_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free'

/** The origin of a tile URL template, for the Content-Security-Policy; '' when tiles are off. */
export function tileOrigin(template: string): string {
  if (!template) return ''
  return new URL(template.replace(/\{[a-z]+\}/g, '0')).origin
}

/**
 * The policy says what the app promises: nothing but its own files, and the configured tile
 * server for map images. No inline scripts or styles, no third-party connections.
 */
export function contentSecurityPolicy(tiles: string, geocoder = ''): string {
  const img = ["'self'", 'data:', 'blob:', tiles].filter(Boolean).join(' ')
  const connect = ["'self'", geocoder].filter(Boolean).join(' ')
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${img}`,
    `connect-src ${connect}`,
    "worker-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

function csp(tiles: string, geocoder: string): Plugin {
  return {
    name: 'weerbaar-csp',
    // Only in the build: the dev server needs its websocket and inline module for hot reload.
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy(tiles, geocoder),
        },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'WEERBAAR_')
  // WEERBAAR_TILE_URL='' switches the base map off entirely (no request leaves the machine).
  const tileUrl = env.WEERBAAR_TILE_URL ?? process.env.WEERBAAR_TILE_URL ?? DEFAULT_TILE_URL
  const tiles = tileOrigin(tileUrl)
  // WEERBAAR_GEOCODER_URL='' switches the address search off (coordinates by hand or on the map).
  const geocoderUrl =
    env.WEERBAAR_GEOCODER_URL ?? process.env.WEERBAAR_GEOCODER_URL ?? DEFAULT_GEOCODER_URL
  const geocoder = geocoderUrl ? new URL(geocoderUrl).origin : ''
  return {
    resolve: { conditions: ['@weerbaar/source', ...defaultClientConditions] },
    define: {
      __TILE_URL__: JSON.stringify(tileUrl),
      __GEOCODER_URL__: JSON.stringify(geocoderUrl),
    },
    worker: { format: 'es' },
    // The manifest lets the benchmark follow the static imports of the first view.
    build: { target: 'es2022', chunkSizeWarningLimit: 700, manifest: true },
    preview: { port: 4173 },
    plugins: [
      vue(),
      csp(tiles, geocoder),
      VitePWA({
        registerType: 'autoUpdate',
        // Registered from main.ts: an injected inline script would break the CSP.
        injectRegister: null,
        includeAssets: ['favicon.svg'],
        manifest: {
          name: 'Weerbaar — noodsteunpunten',
          short_name: 'Weerbaar',
          description: 'Gereedheid van noodsteunpunten, risicoprofiel en risicocommunicatie',
          lang: 'nl',
          start_url: '/',
          display: 'standalone',
          background_color: '#ffffff',
          theme_color: '#154273',
          icons: [
            { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
            { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
        workbox: {
          // The app shell, every lazy view and worker chunk, and the demo data (a JSON chunk).
          globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
          navigateFallback: 'index.html',
          // The server's API (issue 14) is never answered with the app shell.
          navigateFallbackDenylist: [/^\/api\//],
          cleanupOutdatedCaches: true,
          runtimeCaching: tiles
            ? [
                {
                  // Tiles seen once stay available offline for a month.
                  // A RegExp, not a function: workbox serialises this into the service worker.
                  urlPattern: new RegExp(`^${tiles.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`),
                  handler: 'CacheFirst',
                  options: {
                    cacheName: 'weerbaar-tiles',
                    expiration: { maxEntries: 3000, maxAgeSeconds: 30 * 24 * 3600 },
                    cacheableResponse: { statuses: [0, 200] },
                  },
                },
              ]
            : [],
        },
      }),
    ],
  }
})
