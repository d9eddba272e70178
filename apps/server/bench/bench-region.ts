import { POINT_KINDS, type Assessment, type Point, type Region } from '@weerbaar/core'
import { getGuideline } from '@weerbaar/guidelines'

/**
 * The 5,000-point bench region of `packages/core/bench/readiness.bench.ts`, made valid for the
 * server, which checks regions against the national catalog: 5,000 points in 25 municipalities,
 * the requirements of the real edition `noodsteunpunten@2026.1`, and assessments from four
 * inspection rounds (~3 per point × requirement pair, most with an assessor, half with a note).
 * Seeded, so every run uses the same region.
 */
export const BENCH_POINTS = 5_000
const MUNICIPALITIES = 25

/** mulberry32, as in the core bench. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function generateBenchRegion(points = BENCH_POINTS): Region {
  const random = prng(20261001)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const edition = getGuideline('noodsteunpunten', '2026.1')
  if (!edition) throw new Error('noodsteunpunten@2026.1 is missing from @weerbaar/guidelines')
  const requirements = edition.requirements.map((r) => ({
    id: r.id,
    // A requirement with a minimum is assessed with a value, the others with a result.
    measured: r.check?.type === 'minimum',
  }))
  const dateIn = (year: number) =>
    `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`

  const municipalities = Array.from({ length: MUNICIPALITIES }, (_, m) => ({
    code: `GM${String(1000 + m)}`,
    name: `Gemeente ${m}`,
    population: Math.round((points / MUNICIPALITIES) * 5000 * (0.8 + 0.4 * random())),
  }))
  const pointList: Point[] = Array.from({ length: points }, (_, i) => ({
    id: `p${i}`,
    name: `Punt ${i}`,
    municipality: municipalities[i % MUNICIPALITIES]!.code,
    tier: i % 12 === 0 ? 'coordination' : 'local',
    kind: pick(POINT_KINDS),
    status: random() < 0.85 ? 'active' : random() < 0.5 ? 'planned' : 'inactive',
    location: { lat: 52 + random(), lon: 5 + random() },
    public: true,
  }))
  const assessments: Assessment[] = []
  for (const [round, year, share] of [
    [0, 2024, 0.9],
    [1, 2025, 0.95],
    [2, 2026, 0.9],
    [3, 2026, 0.25],
  ] as const) {
    for (const p of pointList) {
      for (const requirement of requirements) {
        if (random() > share) continue
        const r = random()
        const date =
          round === 3
            ? `2026-${pick(['09', '10', '11'])}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
            : dateIn(year)
        const assessment: Assessment = requirement.measured
          ? { point: p.id, requirement: requirement.id, date, value: Math.floor(random() * 100) }
          : {
              point: p.id,
              requirement: requirement.id,
              date,
              result:
                r < 0.6 ? 'met' : r < 0.8 ? 'partial' : r < 0.95 ? 'not_met' : 'not_applicable',
            }
        if (random() < 0.5) assessment.note = `Bevinding ${round}`
        if (random() < 0.9) assessment.assessor = `Inspecteur ${1 + (p.id.length % 7)}`
        assessments.push(assessment)
      }
    }
  }
  return {
    schemaVersion: 1,
    region: { code: 'VR99', name: 'Benchmarkregio' },
    guideline: { id: 'noodsteunpunten', version: '2026.1' },
    municipalities,
    points: pointList,
    assessments,
  }
}
