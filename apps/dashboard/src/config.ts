declare const __TILE_URL__: string | undefined

/**
 * The base map tile URL template, set at build time (`WEERBAAR_TILE_URL`, default PDOK
 * BRT-Achtergrondkaart). The Content-Security-Policy allows exactly its origin; '' = no tiles.
 */
export const tileUrl: string = typeof __TILE_URL__ === 'string' ? __TILE_URL__ : ''

declare const __GEOCODER_URL__: string | undefined

/**
 * The address search (`WEERBAAR_GEOCODER_URL`, default PDOK Locatieserver `free`). Only asked
 * when a user looks up an address; '' = off, then points are placed on the map or by hand.
 */
export const geocoderUrl: string = typeof __GEOCODER_URL__ === 'string' ? __GEOCODER_URL__ : ''
