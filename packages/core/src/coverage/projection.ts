import proj4, { type Converter } from 'proj4'
import type { Location } from '../region/schema.ts'

/**
 * RD New (Rijksdriehoekstelsel, EPSG:28992) in proj4 notation: the standard definition, with
 * the 7-parameter Helmert shift from Bessel 1841 to WGS84. It agrees with the official
 * RDNAPTRANS transformation to within about a metre, plenty for distances of hundreds of metres.
 */
export const RD_NEW_PROJ4 =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs'

/** A position in RD New, metres: `x` easting, `y` northing. */
export interface RdCoordinate {
  x: number
  y: number
}

/**
 * Positions of many places in RD New, as a structure of arrays: entry `i` of `x` and `y`
 * belongs to place `i`. Typed arrays, so they can be transferred to and from a Web Worker.
 */
export interface RdCoordinates {
  x: Float64Array
  y: Float64Array
}

// proj4 parses the definition on every `proj4(from, to)` call; one converter serves all calls.
let converter: Converter | undefined
function rdConverter(): Converter {
  converter ??= proj4('WGS84', RD_NEW_PROJ4)
  return converter
}

/** WGS84 latitude/longitude (degrees) to RD New (metres). */
export function wgs84ToRd(location: Location): RdCoordinate {
  const [x, y] = rdConverter().forward([location.lon, location.lat]) as [number, number]
  return { x, y }
}

/** RD New (metres) to WGS84 latitude/longitude (degrees). */
export function rdToWgs84(coordinate: RdCoordinate): Location {
  const [lon, lat] = rdConverter().inverse([coordinate.x, coordinate.y]) as [number, number]
  return { lat, lon }
}

/** The RD New positions of places given in WGS84, e.g. the `location` of points. */
export function locationsToRd(places: readonly { location: Location }[]): RdCoordinates {
  const x = new Float64Array(places.length)
  const y = new Float64Array(places.length)
  places.forEach((place, i) => {
    const rd = wgs84ToRd(place.location)
    x[i] = rd.x
    y[i] = rd.y
  })
  return { x, y }
}
