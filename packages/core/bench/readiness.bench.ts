/**
 * Benchmark of the readiness engine (`npm run bench -w @weerbaar/core`), not a timed test.
 *
 * A generated region of 5,000 points in 25 municipalities, 40 requirements and ~3 assessments
 * per point × requirement pair (600,000 assessments, most with an assessor and half with a note,
 * as in the demo files), read with `parseRegion` as the CLI and the dashboard read a file.
 * Measures the median of:
 *   - full region readiness from the plain region (`computeReadiness`)          target < 50 ms
 *   - full region readiness of an indexed region (`engine.setAsOf`)           target < 50 ms
 *   - a single-assessment re-score (`engine.setAssessment`)                    target < 5 ms
 * and, as references from the same run: the naive way to re-score after one edit (copy the
 * assessments and compute everything again), the plain computation on the assessments as
 * written (in the file's eight object shapes, not through `parseRegion`, which gives them one),
 * the plain computation on a file whose assessments are in random order, and the floor of the
 * plain computation: one bare pass that only reads every assessment's point, requirement and
 * date (no selection, no scoring).
 */
import { cpus, loadavg, totalmem } from 'node:os'
import { performance } from 'node:perf_hooks'
import {
  GuidelineEditionSchema,
  parseRegion,
  POINT_KINDS,
  type Assessment,
  type GuidelineEditionInput,
  type Point,
  type Region,
} from '../src/index.ts'
import {
  computeReadiness,
  createReadinessEngine,
  createRuleset,
  expiringSoon,
} from '../src/readiness/index.ts'
import { dateKey } from '../src/readiness/selection.ts'

const POINTS = 5_000
const MUNICIPALITIES = 25
const REQUIREMENTS = 40
const AS_OF = '2026-10-01'

/** mulberry32: a small seeded PRNG so every run benchmarks the same region. */
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
const random = prng(20261001)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!

function generateEdition() {
  const requirements: GuidelineEditionInput['requirements'] = []
  for (let i = 0; i < REQUIREMENTS; i++) {
    const minimum = i % 8 === 0
    requirements.push({
      id: `req.${String(i).padStart(2, '0')}`,
      title: `Eis ${i}`,
      description: `Gegenereerde eis ${i}`,
      function: 'information',
      level: i % 3 === 0 ? 'mandatory' : 'recommended',
      weight: 1 + (i % 3),
      ...(i % 10 === 1 ? { appliesTo: { tiers: ['coordination' as const] } } : {}),
      ...(i % 10 === 2
        ? {
            appliesTo: {
              kinds: ['community_centre' as const, 'school' as const, 'library' as const],
            },
          }
        : {}),
      ...(i % 20 === 3 ? { appliesTo: { scenarios: ['flood' as const] } } : {}),
      ...(minimum ? { check: { type: 'minimum' as const, unit: 'uur', min: 72 } } : {}),
      ...(i % 4 === 0 ? { validForMonths: 12 } : i % 4 === 1 ? { validForMonths: 6 } : {}),
      basis: 'assumption',
      rationale: 'Benchmark',
    })
  }
  return GuidelineEditionSchema.parse({
    id: 'bench',
    version: '2026.1',
    title: 'Benchmark edition',
    status: 'concept',
    effective: { from: '2026-01-01' },
    sources: [],
    norms: {
      inhabitantsPerPoint: { value: 5000, basis: 'assumption', rationale: 'Benchmark' },
      maxDistanceMeters: { value: 1000, basis: 'assumption', rationale: 'Benchmark' },
      minCoordinationPointsPerMunicipality: {
        value: 1,
        basis: 'assumption',
        rationale: 'Benchmark',
      },
    },
    functions: [{ id: 'information', title: 'Informatie' }],
    requirements,
  } satisfies GuidelineEditionInput)
}

function dateIn(year: number): string {
  const month = 1 + Math.floor(random() * 12)
  const day = 1 + Math.floor(random() * 28)
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function generateRegion(requirementIds: readonly string[]): Region {
  const municipalities = Array.from({ length: MUNICIPALITIES }, (_, m) => ({
    code: `GM${String(1000 + m)}`,
    name: `Gemeente ${m}`,
    population: Math.round((POINTS / MUNICIPALITIES) * 5000 * (0.8 + 0.4 * random())),
  }))
  const points: Point[] = Array.from({ length: POINTS }, (_, i) => ({
    id: `p${i}`,
    name: `Punt ${i}`,
    municipality: municipalities[i % MUNICIPALITIES]!.code,
    tier: i % 12 === 0 ? 'coordination' : 'local',
    kind: pick(POINT_KINDS),
    status: random() < 0.85 ? 'active' : random() < 0.5 ? 'planned' : 'inactive',
    location: { lat: 52 + random(), lon: 5 + random() },
    public: true,
  }))
  // The file grows by inspection rounds (2024, 2025, 2026, and a partial re-inspection), each
  // listing points and their requirements in order, as an export of assessment rounds would.
  // ~3 assessments per pair on average; some dated after asOf.
  const assessments: Assessment[] = []
  for (const [round, year, share] of [
    [0, 2024, 0.9],
    [1, 2025, 0.95],
    [2, 2026, 0.9],
    [3, 2026, 0.25],
  ] as const) {
    for (const p of points) {
      for (const requirement of requirementIds) {
        if (random() > share) continue
        const r = random()
        const date =
          round === 3
            ? `2026-${pick(['09', '10', '11'])}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
            : dateIn(year)
        const assessment: Assessment =
          requirement.endsWith('0') || requirement.endsWith('8')
            ? { point: p.id, requirement, date, value: Math.floor(random() * 100) }
            : {
                point: p.id,
                requirement,
                date,
                result:
                  r < 0.6 ? 'met' : r < 0.8 ? 'partial' : r < 0.95 ? 'not_met' : 'not_applicable',
              }
        // As in the demo files: most assessments name who assessed, about half carry a note.
        if (random() < 0.5) assessment.note = `Bevinding ${round}`
        if (random() < 0.9) assessment.assessor = `Inspecteur ${1 + (p.id.length % 7)}`
        assessments.push(assessment)
      }
    }
  }
  return {
    schemaVersion: 1,
    region: { code: 'VR99', name: 'Benchmarkregio' },
    guideline: { id: 'bench', version: '2026.1' },
    municipalities,
    points,
    assessments,
    riskProfile: {
      method: { id: 'nrb', version: '2026.1' },
      scenarios: [
        {
          id: 'flood',
          title: 'Overstroming',
          theme: 'natuur',
          tags: ['flood'],
          impact: {},
          likelihood: 'B',
          municipalities: municipalities.slice(0, 10).map((m) => m.code),
        },
      ],
    },
  }
}

interface Measurement {
  name: string
  /** Wall-clock milliseconds per run. */
  samples: number[]
  /** CPU milliseconds (user + system) of this process per run: less sensitive to other load. */
  cpu: number[]
}

function measure(
  name: string,
  runs: number,
  warmup: number,
  fn: (i: number) => unknown,
): Measurement {
  let sink: unknown
  for (let i = 0; i < warmup; i++) sink = fn(i)
  const samples: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    sink = fn(warmup + i)
    samples.push(performance.now() - start)
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1000)
  }
  if (sink === Symbol.for('never')) console.log(sink)
  return { name, samples, cpu }
}

function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo)
}

const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`

// --- set-up -----------------------------------------------------------------------------------

const t0 = performance.now()
const edition = generateEdition()
// The region as a file holds it, then parsed the way the CLI and the dashboard read a file.
const written = generateRegion(edition.requirements.map((r) => r.id))
const parseStart = performance.now()
const parsed = parseRegion(written)
if (!parsed.ok) throw new Error(`The generated region is invalid: ${parsed.issues[0]?.message}`)
const parseMs = performance.now() - parseStart
const region = parsed.value
const ruleset = createRuleset(edition, region)
console.log(
  `Generated region: ${region.points.length} points, ${region.municipalities.length} municipalities, ` +
    `${ruleset.requirements.length} requirements, ${region.assessments.length} assessments ` +
    `(${(region.assessments.length / (region.points.length * ruleset.requirements.length)).toFixed(2)} per pair) in ${ms(performance.now() - t0)}, ` +
    `of which parseRegion ${ms(parseMs)}`,
)
const cpu = cpus()
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')
console.log(
  `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load average ${load()}\n`,
)

// Edits for the re-score benchmarks: change the value or result of a random assessment.
const edits = Array.from({ length: 400 }, () => {
  const index = Math.floor(random() * region.assessments.length)
  const a = region.assessments[index]!
  const edited: Assessment =
    a.value !== undefined
      ? { ...a, value: (a.value + 37) % 100, date: AS_OF }
      : { ...a, result: a.result === 'met' ? 'not_met' : 'met', date: AS_OF }
  return { index, edited }
})

// --- measurements -----------------------------------------------------------------------------

const full = measure('full region readiness, plain (computeReadiness)', 30, 5, () =>
  computeReadiness(region, ruleset, { asOf: AS_OF }),
)

// The floor of the plain computation: it must read every assessment once, whatever it does next.
const floor = measure('reference: bare pass reading every assessment', 30, 5, () => {
  let sum = 0
  let lastPoint = ''
  for (const a of region.assessments) {
    sum += dateKey(a.date)
    if (a.point !== lastPoint) lastPoint = a.point
    if (a.requirement === lastPoint) sum++
  }
  return sum
})

// The same region with its assessments in random order (a file sorted by nothing).
const shuffled = {
  ...region,
  assessments: region.assessments
    .map((a) => ({ a, k: random() }))
    .sort((x, y) => x.k - y.k)
    .map(({ a }) => a),
}
// The same region with its assessments as written, not through parseRegion: objects of eight
// shapes (with or without a result, a value, a note, an assessor) instead of one.
const asWritten = { ...region, assessments: written.assessments }
const fullAsWritten = measure(
  'reference: full readiness, assessments in the shapes of the file',
  15,
  3,
  () => computeReadiness(asWritten, ruleset, { asOf: AS_OF }),
)

const fullShuffled = measure('reference: full readiness, assessments in random order', 15, 3, () =>
  computeReadiness(shuffled, ruleset, { asOf: AS_OF }),
)

const buildStart = performance.now()
const engine = createReadinessEngine(region, ruleset, { asOf: AS_OF })
const buildMs = performance.now() - buildStart

const dates = ['2026-10-01', '2026-04-01']
const indexed = measure('full region readiness, indexed (engine.setAsOf)', 30, 5, (i) =>
  engine.setAsOf(dates[i % 2]!),
)
engine.setAsOf(AS_OF)

const rescore = measure('single-assessment re-score (engine.setAssessment)', 300, 50, (i) => {
  const { index, edited } = edits[i % edits.length]!
  return engine.setAssessment(index, edited)
})

const naive = measure('reference: naive re-score (copy + computeReadiness)', 20, 3, (i) => {
  const { index, edited } = edits[i % edits.length]!
  const assessments = region.assessments.slice()
  assessments[index] = edited
  return computeReadiness({ ...region, assessments }, ruleset, { asOf: AS_OF })
})

// Where calendar-date arithmetic runs per assessment rather than per requirement: validating
// every date while reading the file, and `validUntil` + days left for every assessment in use.
const parse = measure('reference: parseRegion (600,000 assessments)', 7, 1, () =>
  parseRegion(written),
)
const expiring = measure('reference: expiringSoon (90 days)', 15, 3, () =>
  expiringSoon(region, ruleset, { asOf: AS_OF, days: 90 }),
)

// Sanity: the engine's result equals a full computation of the edited region.
const check = computeReadiness(engine.toRegion(), ruleset, { asOf: AS_OF })
const consistent = JSON.stringify(check.region) === JSON.stringify(engine.result.region)

// --- report -----------------------------------------------------------------------------------

const targets = new Map([
  [full.name, 50],
  [indexed.name, 50],
  [rescore.name, 5],
])
const rows = [
  full,
  indexed,
  rescore,
  naive,
  floor,
  fullAsWritten,
  fullShuffled,
  parse,
  expiring,
].map((m) => {
  const median = quantile(m.samples, 0.5)
  const target = targets.get(m.name)
  return {
    benchmark: m.name,
    runs: m.samples.length,
    median: ms(median),
    p95: ms(quantile(m.samples, 0.95)),
    min: ms(Math.min(...m.samples)),
    'cpu median': ms(quantile(m.cpu, 0.5)),
    target: target === undefined ? '—' : `< ${target} ms`,
    result: target === undefined ? 'reference' : median < target ? 'PASS' : 'FAIL',
  }
})
console.table(rows)
console.log(
  `Load average after the run: ${load()} (on a busy machine wall-clock medians rise; compare the CPU medians)`,
)
console.log(`Engine build (indexing 600,000 assessments, once per loaded region): ${ms(buildMs)}`)
console.log(
  `Plain computation over the bare pass: ${(quantile(full.samples, 0.5) / quantile(floor.samples, 0.5)).toFixed(1)}×`,
)
console.log(
  `Re-score speed-up over the naive reference: ${(quantile(naive.samples, 0.5) / quantile(rescore.samples, 0.5)).toFixed(0)}×`,
)
console.log(
  `Engine result equals a full computation after ${rescore.samples.length + 50} edits: ${consistent ? 'yes' : 'NO'}`,
)
if (!consistent) process.exitCode = 1
