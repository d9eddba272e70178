import { describe, expect, it } from 'vitest'
import { parseLocatieserver } from './geocode.ts'

describe('parseLocatieserver', () => {
  it('reads addresses with WGS84 centroids (longitude first in the WKT) and the municipality', () => {
    const hits = parseLocatieserver({
      response: {
        docs: [
          {
            weergavenaam: 'Stadhuisplein 1, 1315HR Almere',
            centroide_ll: 'POINT(5.21853 52.37025)',
            gemeentecode: '0034',
          },
          { weergavenaam: 'Zonder punt' },
          { weergavenaam: 'Kapot', centroide_ll: 'POINT(abc)' },
          { weergavenaam: 'Buiten bereik', centroide_ll: 'POINT(5 152)' },
        ],
      },
    })
    expect(hits).toEqual([
      {
        label: 'Stadhuisplein 1, 1315HR Almere',
        lat: 52.37025,
        lon: 5.21853,
        municipality: 'GM0034',
      },
    ])
  })

  it('answers nothing for a body that is not an answer', () => {
    expect(parseLocatieserver(null)).toEqual([])
    expect(parseLocatieserver({ response: { docs: 'x' } })).toEqual([])
    expect(parseLocatieserver('<html>')).toEqual([])
  })
})
