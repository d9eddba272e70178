import { GuidelineEditionSchema, type GuidelineEditionInput } from '../guideline/schema.ts'
import { createRuleset } from '../readiness/ruleset.ts'
import { RegionSchema, type Region, type RegionInput } from '../region/schema.ts'

/**
 * A small edition for network tests: one mandatory requirement met by a fuel agreement, one
 * mandatory location requirement met by a location agreement, one plain mandatory requirement.
 */
export const networkEdition = GuidelineEditionSchema.parse({
  id: 'test',
  version: '2026.1',
  title: 'Test',
  status: 'concept',
  effective: { from: '2026-01-01' },
  sources: [],
  norms: {
    inhabitantsPerPoint: { value: 5000, basis: 'assumption', rationale: 'test' },
    maxDistanceMeters: { value: 1000, basis: 'assumption', rationale: 'test' },
    minCoordinationPointsPerMunicipality: { value: 1, basis: 'assumption', rationale: 'test' },
  },
  functions: [{ id: 'f', title: 'F' }],
  requirements: [
    {
      id: 'info.board',
      title: 'Info',
      description: 'Info',
      function: 'f',
      level: 'mandatory',
      basis: 'assumption',
      rationale: 'test',
    },
    {
      id: 'power.fuel',
      title: 'Brandstof',
      description: 'Brandstof voor 72 uur',
      function: 'f',
      level: 'mandatory',
      validForMonths: 12,
      basis: 'assumption',
      rationale: 'test',
      evidence: { provides: 'fuel' },
    },
    {
      id: 'site.use-agreement',
      title: 'Gebruiksafspraak',
      description: 'Afspraak met de eigenaar',
      function: 'f',
      level: 'mandatory',
      basis: 'assumption',
      rationale: 'test',
      evidence: { provides: 'location' },
    },
  ],
} satisfies GuidelineEditionInput)

export const networkRuleset = createRuleset(networkEdition)

const point = (id: string, municipality: string, tier: 'coordination' | 'local' = 'local') => ({
  id,
  name: id,
  municipality,
  tier,
  kind: 'community_centre' as const,
  status: 'active' as const,
  location: { lat: 52.37, lon: 5.22 },
})

/**
 * Two municipalities: GM0001 (10,000 inhabitants, points a1 a2 a3 a4) and GM0002 (4,000, points
 * b1 b2). Every point has `info.board` met on 2026-01-10.
 */
export function networkRegion(extra: Partial<RegionInput> = {}): Region {
  const points = [
    point('a1', 'GM0001', 'coordination'),
    point('a2', 'GM0001'),
    point('a3', 'GM0001'),
    point('a4', 'GM0001'),
    point('b1', 'GM0002'),
    point('b2', 'GM0002'),
  ]
  return RegionSchema.parse({
    schemaVersion: 1,
    region: { code: 'VR99', name: 'Test' },
    guideline: { id: 'test', version: '2026.1' },
    municipalities: [
      { code: 'GM0001', name: 'Eenstad', population: 10_000 },
      { code: 'GM0002', name: 'Tweedorp', population: 4_000 },
    ],
    points,
    assessments: points.map((p) => ({
      point: p.id,
      requirement: 'info.board',
      date: '2026-01-10',
      result: 'met',
    })),
    ...extra,
  })
}
