import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { distanceMeters } from './distance.ts'
import { locationsToRd, rdToWgs84, wgs84ToRd } from './projection.ts'

describe('RD New projection', () => {
  it('puts the Onze Lieve Vrouwetoren of Amersfoort, the origin of RD, at 155000, 463000 (within a metre)', () => {
    // WGS84 position of the tower as published with RD (RDNAPTRANS); the 7-parameter shift is good to about a metre.
    const rd = wgs84ToRd({ lat: 52.1551744, lon: 5.38720621 })
    expect(Math.abs(rd.x - 155000)).toBeLessThan(1)
    expect(Math.abs(rd.y - 463000)).toBeLessThan(1)
  })

  it('goes there and back to within a millimetre anywhere in the Netherlands', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 50.75, max: 53.7, noNaN: true }),
        fc.double({ min: 3.3, max: 7.2, noNaN: true }),
        (lat, lon) => {
          const back = rdToWgs84(wgs84ToRd({ lat, lon }))
          const again = wgs84ToRd(back)
          const first = wgs84ToRd({ lat, lon })
          expect(distanceMeters(first.x, first.y, again.x, again.y)).toBeLessThan(0.001)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('projects a list of places into typed arrays', () => {
    const places = [
      { location: { lat: 52.37, lon: 5.22 } },
      { location: { lat: 52.52, lon: 5.47 } },
    ]
    const rd = locationsToRd(places)
    expect(rd.x).toBeInstanceOf(Float64Array)
    expect([rd.x[1], rd.y[1]]).toEqual([
      wgs84ToRd(places[1]!.location).x,
      wgs84ToRd(places[1]!.location).y,
    ])
  })
})

describe('distanceMeters', () => {
  it('is the straight line in RD metres', () => {
    expect(distanceMeters(0, 0, 300, 400)).toBe(500)
    expect(distanceMeters(155000, 463000, 155000, 463000)).toBe(0)
  })
})
