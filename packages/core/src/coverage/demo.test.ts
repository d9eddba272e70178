/**
 * The demo regions' synthetic population grids and candidate lists (packages/demo-data): they
 * are what the generator makes, they add up to the demo populations, and coverage of the demo
 * regions equals the all-pairs reference exactly.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import edition2026 from '../../../guidelines/data/noodsteunpunten/2026.1.json' with { type: 'json' }
import { generatePopulationFiles } from '../../../demo-data/scripts/generate-population.ts'
import { GuidelineEditionSchema } from '../guideline/schema.ts'
import { computeReadiness } from '../readiness/compute.ts'
import { createRuleset } from '../readiness/ruleset.ts'
import { parseRegion } from '../region/parse.ts'
import type { Region } from '../region/schema.ts'
import { parseCandidatesCsv } from './candidates.ts'
import { computeCoverageAllPairs } from './reference.ts'
import { parsePopulationCsv } from './grid-parse.ts'
import { locationsToRd } from './projection.ts'
import {
  COVERAGE_INCLUDES,
  levelsFromReadiness,
  qualifyingPoints,
  regionCoverage,
  regionSiting,
} from './region.ts'

const demoData = (path: string) =>
  readFileSync(new URL(`../../../demo-data/data/${path}`, import.meta.url), 'utf8')

// DOMAIN.md §4: the rounded demo populations.
const DEMO_POPULATION: Record<string, number> = {
  GM0034: 226_000,
  GM0995: 83_000,
  GM0303: 43_000,
  GM0171: 49_000,
  GM0184: 22_000,
  GM0050: 24_000,
  GM0402: 93_000,
  GM1942: 59_000,
  GM0406: 41_000,
  GM1696: 24_000,
  GM0376: 12_000,
  GM0417: 11_000,
}

const edition = GuidelineEditionSchema.parse(edition2026)
const demos = ['vr25-flevoland', 'vr14-gooi-en-vechtstreek'].map((name) => {
  const parsed = parseRegion(JSON.parse(demoData(`${name}.json`)))
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  const region: Region = parsed.value
  const population = parsePopulationCsv(demoData(`population/${name}.csv`), { lang: 'en' })
  const candidates = parseCandidatesCsv(demoData(`candidates/${name}.csv`), { lang: 'en' })
  if (!population.ok)
    throw new Error(population.issues.map((i) => `${i.line}: ${i.message}`).join('\n'))
  if (!candidates.ok)
    throw new Error(candidates.issues.map((i) => `${i.line}: ${i.message}`).join('\n'))
  const readiness = computeReadiness(region, createRuleset(edition, region), { asOf: '2026-11-01' })
  // The demo data has few or no ready points under 2026.1; half the active points made ready
  // gives the "ready" case real work too.
  const alternate = new Map(
    region.points
      .filter((p) => p.status === 'active')
      .map((p, i) => [p.id, i % 2 === 0 ? 'ready' : 'not_ready']),
  )
  return {
    name,
    region,
    population: population.value,
    populationWarnings: population.warnings,
    candidates: candidates.value,
    levels: levelsFromReadiness(readiness),
    alternate,
  }
})

describe('demo population grids and candidate lists', () => {
  it('are exactly what the seeded generator makes', () => {
    for (const file of generatePopulationFiles()) expect(demoData(file.path)).toBe(file.content)
  })

  it.each(demos)(
    '$name: say they are synthetic, lie on the 500 m lattice and add up to the demo populations',
    (demo) => {
      expect(demo.populationWarnings).toEqual([])
      expect(demo.population.comments[0]).toMatch(/SYNTHETISCH \/ SYNTHETIC/)
      expect(demo.candidates.comments[0]).toMatch(/SYNTHETISCH \/ SYNTHETIC/)
      const { grid } = demo.population
      expect(grid.cellSize).toBe(500)
      const sums = new Map<string, number>()
      grid.population.forEach((p, c) => {
        const code = grid.municipalities[grid.municipality[c]!]!
        sums.set(code, (sums.get(code) ?? 0) + p)
      })
      for (const m of demo.region.municipalities) {
        expect(sums.get(m.code)).toBe(DEMO_POPULATION[m.code])
        expect(sums.get(m.code)).toBe(m.population)
      }
      expect([...sums.keys()].sort()).toEqual(demo.region.municipalities.map((m) => m.code).sort())
    },
  )

  it.each(demos)(
    '$name: candidates have unique ids, none of them a point of the region, in its municipalities',
    (demo) => {
      const ids = demo.candidates.candidates.map((c) => c.id)
      expect(new Set(ids).size).toBe(ids.length)
      const pointIds = new Set(demo.region.points.map((p) => p.id))
      expect(ids.filter((id) => pointIds.has(id))).toEqual([])
      const codes = new Set(demo.region.municipalities.map((m) => m.code))
      expect(demo.candidates.candidates.every((c) => codes.has(c.municipality))).toBe(true)
      expect(ids.length).toBeGreaterThanOrEqual(40)
    },
  )
})

describe('coverage of the demo regions equals the all-pairs reference exactly', () => {
  for (const demo of demos) {
    const cases = [
      ...COVERAGE_INCLUDES.map((include) => ({
        include,
        levels: demo.levels,
        label: 'levels on 2026-11-01',
      })),
      {
        include: 'ready' as const,
        levels: demo.alternate,
        label: 'every other active point ready',
      },
    ]
    for (const { include, levels, label } of cases) {
      for (const radius of [500, 1000, 1500]) {
        it(`${demo.name}, ${include} points (${label}), ${radius} m`, () => {
          const result = regionCoverage(demo.region, demo.population.grid, {
            radius,
            include,
            levels,
          })
          const points = qualifyingPoints(demo.region, levels, include)
          const reference = computeCoverageAllPairs(result.grid, locationsToRd(points), { radius })
          expect(result.warnings).toEqual([])
          expect(result.qualifying).toEqual(points.map((p) => p.id))
          if (include !== 'ready' || levels === demo.alternate)
            expect(result.qualifying.length).toBeGreaterThan(0)
          expect(result.total).toEqual(reference.total)
          expect(result.histogram).toEqual(reference.histogram)
          expect(result.covered).toEqual(reference.covered)
          expect(result.nearestDistance).toEqual(reference.nearestDistance)
          expect(
            result.municipalities.map(({ name: _name, registeredPopulation: _r, ...m }) => m),
          ).toEqual(reference.municipalities)
        })
      }
    }
  }

  it('counts planned points only in the what-if, and all active points only when asked', () => {
    const [vr25] = demos
    const ready = regionCoverage(vr25!.region, vr25!.population.grid, {
      radius: 1000,
      levels: vr25!.alternate,
    })
    const active = regionCoverage(vr25!.region, vr25!.population.grid, {
      radius: 1000,
      include: 'active',
    })
    const planned = regionCoverage(vr25!.region, vr25!.population.grid, {
      radius: 1000,
      include: 'planned',
      levels: vr25!.alternate,
    })
    expect(ready.qualifying.length).toBeLessThan(active.qualifying.length)
    expect(active.total.covered).toBeGreaterThanOrEqual(ready.total.covered)
    expect(planned.total.covered).toBeGreaterThan(ready.total.covered)
    expect(planned.qualifying.length).toBe(
      ready.qualifying.length + vr25!.region.points.filter((p) => p.status === 'planned').length,
    )
    expect(ready.total.population).toBe(447_000)
  })
})

describe('siting in the demo regions', () => {
  it.each(demos)(
    '$name: picks raise coverage as reported, from planned points and the candidate file',
    (demo) => {
      const result = regionSiting(demo.region, demo.population.grid, {
        radius: 1000,
        count: 5,
        levels: demo.levels,
        candidates: demo.candidates.candidates,
        improve: true,
      })
      expect(result.picks).toHaveLength(5)
      const sources = new Set(result.candidates.map((c) => c.source))
      expect(sources).toEqual(new Set(['planned', 'file']))
      // Recount from scratch with the picks added as points.
      const qualifying = qualifyingPoints(demo.region, demo.levels, 'ready')
      const picked = result.picks.map((p) => ({ location: p.site.location }))
      const recount = computeCoverageAllPairs(
        result.grid,
        locationsToRd([...qualifying, ...picked]),
        { radius: 1000 },
      )
      expect(result.covered).toBe(recount.total.covered)
      expect(result.baseline.covered).toBe(
        computeCoverageAllPairs(result.grid, locationsToRd(qualifying), { radius: 1000 }).total
          .covered,
      )
    },
  )
})
