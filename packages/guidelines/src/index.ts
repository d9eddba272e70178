/**
 * `@weerbaar/guidelines`: the national rules for noodsteunpunten and the NRB risk method as
 * versioned data, each rule with its source.
 */
export * from './risk/index.ts'
export * from './editions.ts'
export * from './diff.ts'
export * from './catalog.ts'
export * from './impact.ts'
export * from './provenance.ts'
