declare const __TILE_URL__: string | undefined

/**
 * The base map tile URL template, set at build time (`WEERBAAR_TILE_URL`, default PDOK
 * BRT-Achtergrondkaart). The Content-Security-Policy allows exactly its origin; '' = no tiles.
 */
export const tileUrl: string = typeof __TILE_URL__ === 'string' ? __TILE_URL__ : ''
