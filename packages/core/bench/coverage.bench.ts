/**
 * Benchmark of population coverage and siting (`npm run bench -w @weerbaar/core`), not a timed test.
 *
 * A generated national-scale instance (bench/national-instance.ts, seeded): ~400,000 populated
 * 100 m cells holding ~18 million people, 4,500 points, radius 1,000 m, 20,000 candidates.
 * Targets on a 2-core machine:
 *   - full coverage (nearest distance of every cell, covered flags, sums, histogram)  < 0.5 s
 *     and ≥ 100× faster than the plain all-pairs reference measured in the same run, on the
 *     full instance (no subset, no scaling)
 *   - siting of 100 new points among 20,000 candidates                                  < 5 s
 *   - peak memory (resident set high-water mark of this process)                        < 1.5 GB
 */
import { cpus, loadavg, totalmem } from 'node:os'
import { performance } from 'node:perf_hooks'
import { computeCoverage } from '../src/coverage/coverage.ts'
import { prepareGrid } from '../src/coverage/grid.ts'
import { computeCoverageAllPairs } from '../src/coverage/reference.ts'
import { siteNewPoints } from '../src/coverage/siting.ts'
import { generateNationalInstance } from './national-instance.ts'

const RADIUS = 1000
const COVERAGE_RUNS = 7
const SITING_RUNS = 3
const SITING_COUNT = 100

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
// Wall-clock time is what the targets are about; CPU time (this process, all threads) is shown
// next to it because a shared machine's load stretches wall-clock time but hardly CPU time.
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const time = <T>(run: () => T): { ms: number; cpu: number; value: T } => {
  const start = performance.now()
  const startCpu = cpuMs()
  const value = run()
  return { ms: performance.now() - start, cpu: cpuMs() - startCpu, value }
}
const ms = (value: number) => `${value.toFixed(1)} ms`
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL')
let failures = 0
const target = (label: string, ok: boolean, detail: string) => {
  if (!ok) failures++
  console.log(`${verdict(ok)}  ${label}: ${detail}`)
}

console.log('Coverage benchmark')
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${mb(totalmem())} RAM, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
)

const generated = time(() => generateNationalInstance())
const { grid, points, candidates } = generated.value
let people = 0
for (const p of grid.population) people += p
console.log(
  `instance: ${grid.x.length.toLocaleString('en')} cells, ${people.toLocaleString('en')} people, ` +
    `${points.x.length.toLocaleString('en')} points, ${candidates.x.length.toLocaleString('en')} candidates, radius ${RADIUS} m (generated in ${ms(generated.ms)})`,
)

// The grid's spatial index is built once per grid and reused for every coverage and siting run.
const preparations = [0, 1, 2].map(() => time(() => prepareGrid(grid)))
const prepared = preparations[0]!.value
const prepareMs = median(preparations.map((p) => p.ms))
console.log(`grid preparation (kdbush over the cells, once per grid): median ${ms(prepareMs)}`)

// Coverage is timed before and after the references, so that a change in the machine's load
// during the long reference runs hits both sides of the comparison.
const runCoverage = (count: number) =>
  Array.from({ length: count }, () =>
    time(() => computeCoverage(prepared, points, { radius: RADIUS })),
  )
const coverageBefore = runCoverage(COVERAGE_RUNS)
const coverage = coverageBefore[0]!.value

// The plain reference: every cell against every point, on the full instance, once.
const reference = time(() => computeCoverageAllPairs(grid, points, { radius: RADIUS }))
const identical =
  reference.value.total.covered === coverage.total.covered &&
  reference.value.nearestDistance.every((d, c) => d === coverage.nearestDistance[c]) &&
  JSON.stringify(reference.value.histogram) === JSON.stringify(coverage.histogram)

// A second reference, the fastest plain loop: positions hoisted, squared distances, one square
// root per cell. Informational; the target is against the plain reference above.
const tight = time(() => {
  const n = grid.x.length
  const m = points.x.length
  const { x: px, y: py } = points
  const out = new Float64Array(n)
  for (let c = 0; c < n; c++) {
    const x = grid.x[c]!
    const y = grid.y[c]!
    let best = Infinity
    for (let p = 0; p < m; p++) {
      const dx = px[p]! - x
      const dy = py[p]! - y
      const d2 = dx * dx + dy * dy
      if (d2 < best) best = d2
    }
    out[c] = Math.sqrt(best)
  }
  return out
})
const tightIdentical = tight.value.every((d, c) => d === coverage.nearestDistance[c])

const coverageRuns = [...coverageBefore, ...runCoverage(COVERAGE_RUNS)]
const coverageMs = median(coverageRuns.map((r) => r.ms))
const coverageCpu = median(coverageRuns.map((r) => r.cpu))
console.log(
  `full coverage: median ${ms(coverageMs)} of ${coverageRuns.length} runs, half before and half after the references ` +
    `(min ${ms(Math.min(...coverageRuns.map((r) => r.ms)))}, median CPU ${ms(coverageCpu)}); ` +
    `covered ${coverage.total.covered.toLocaleString('en')} of ${coverage.total.population.toLocaleString('en')} (${coverage.total.percentage!.toFixed(2)}%)`,
)
const speedUp = reference.ms / coverageMs
const speedUpWithPreparation = reference.ms / (coverageMs + prepareMs)
console.log(
  `all-pairs reference (every cell against every point with distanceMeters, full instance, ` +
    `${((grid.x.length * points.x.length) / 1e9).toFixed(2)} billion distances, 1 run): ${ms(reference.ms)}; ` +
    `CPU ${ms(reference.cpu)}; results identical: ${identical ? 'yes' : 'NO'}`,
)
console.log(
  `speed-up: ${speedUp.toFixed(0)}× (${speedUpWithPreparation.toFixed(0)}× counting the one-off grid preparation too; ` +
    `${(reference.cpu / coverageCpu).toFixed(0)}× in CPU time)`,
)
console.log(
  `tight all-pairs loop (full instance, 1 run): ${ms(tight.ms)}, CPU ${ms(tight.cpu)}; nearest distances identical: ` +
    `${tightIdentical ? 'yes' : 'NO'}; speed-up ${(tight.ms / coverageMs).toFixed(0)}× (${(tight.cpu / coverageCpu).toFixed(0)}× in CPU time)`,
)

const sitingRuns = Array.from({ length: SITING_RUNS }, () =>
  time(() => siteNewPoints(prepared, points, candidates, { radius: RADIUS, count: SITING_COUNT })),
)
const sitingMs = median(sitingRuns.map((r) => r.ms))
const siting = sitingRuns[0]!.value
console.log(
  `siting ${SITING_COUNT} of ${candidates.x.length.toLocaleString('en')}: median ${ms(sitingMs)} of ${SITING_RUNS} runs; ` +
    `${siting.picks.length} picks, coverage ${siting.baseline.percentage!.toFixed(2)}% → ${siting.percentage!.toFixed(2)}%, ` +
    `first gain ${siting.picks[0]?.gain.toLocaleString('en')}, last ${siting.picks.at(-1)?.gain.toLocaleString('en')}; ` +
    `${siting.evaluations.toLocaleString('en')} gain evaluations (plain greedy: ${(SITING_COUNT * candidates.x.length).toLocaleString('en')})`,
)
const improved = time(() =>
  siteNewPoints(prepared, points, candidates, {
    radius: RADIUS,
    count: SITING_COUNT,
    improve: true,
  }),
)
console.log(
  `siting with improve (swap pass): ${ms(improved.ms)}, ${improved.value.swaps.length} swaps, ` +
    `coverage ${siting.percentage!.toFixed(3)}% → ${improved.value.percentage!.toFixed(3)}% ` +
    `(+${(improved.value.covered - siting.covered).toLocaleString('en')} people)`,
)

const peak = process.resourceUsage().maxRSS * 1024
console.log(`peak memory (resident set high-water mark): ${mb(peak)}`)

console.log('')
target('full coverage < 0.5 s', coverageMs < 500, ms(coverageMs))
target(
  'coverage ≥ 100× the all-pairs reference',
  speedUp >= 100 && identical,
  `${speedUp.toFixed(0)}×${identical ? '' : ', results differ'}`,
)
target('siting 100 of 20,000 < 5 s', sitingMs < 5000, ms(sitingMs))
target('peak memory < 1.5 GB', peak < 1.5 * 2 ** 30, mb(peak))
if (failures > 0) process.exitCode = 1
