/**
 * Dashboard benchmark (figures, not a pass/fail test):
 *  1. JavaScript needed for the first view, gzip: the entry chunk and its static imports, and
 *     with the Overzicht route chunk added (charts, map and other views load lazily).
 *  2. Re-scoring after an edit through the readiness store, on a region of 5,000 points.
 *
 *   npm run bench -w @weerbaar/dashboard
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { parseRegion, type Assessment, type Point, type Region } from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'
import { createPinia, setActivePinia } from 'pinia'
import {
  createKeyValueRepository,
  memoryKeyValueStore,
} from '../src/storage/key-value-repository.ts'
import { setRepository } from '../src/storage/index.ts'
import { useReadinessStore } from '../src/stores/readiness.ts'
import { useRegionStore } from '../src/stores/regions.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const BUDGET_KB = 200
const RESCORE_BUDGET_MS = 50

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

function firstViewSize() {
  if (!existsSync(join(root, 'dist', '.vite', 'manifest.json'))) {
    console.log('› building the dashboard')
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    })
    if (built.status !== 0) throw new Error('vite build failed')
  }
  const manifest = JSON.parse(
    readFileSync(join(root, 'dist', '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>
  const closure = (keys: string[]) => {
    const seen = new Set<string>()
    const visit = (key: string) => {
      if (seen.has(key)) return
      seen.add(key)
      for (const k of manifest[key]?.imports ?? []) visit(k)
    }
    keys.forEach(visit)
    return seen
  }
  const gzip = (file: string) =>
    gzipSync(readFileSync(join(root, 'dist', file)), { level: 9 }).length
  const measure = (keys: Set<string>) => {
    let js = 0
    let css = 0
    const files: string[] = []
    for (const k of keys) {
      const chunk = manifest[k]!
      js += gzip(chunk.file)
      files.push(chunk.file)
      for (const c of chunk.css ?? []) css += gzip(c)
    }
    return { js, css, files }
  }
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!
  const overview = Object.keys(manifest).find((k) => k.endsWith('views/OverviewView.vue'))!
  return { shell: measure(closure([entry])), firstView: measure(closure([entry, overview])) }
}

/** The Flevoland demo copied until it has `target` points (new ids, same municipalities and assessments). */
function bigRegion(target: number): Region {
  const file = join(root, '..', '..', 'packages', 'demo-data', 'data', 'vr25-flevoland.json')
  const parsed = parseRegion(JSON.parse(readFileSync(file, 'utf8')), { catalog })
  if (!parsed.ok) throw new Error('demo region does not parse')
  const demo = parsed.value
  const points: Point[] = []
  const assessments: Assessment[] = []
  for (let copy = 0; points.length < target; copy++) {
    for (const p of demo.points) {
      if (points.length >= target) break
      points.push({
        ...p,
        id: `${p.id}-${copy}`,
        location: { lat: p.location.lat + copy * 1e-4, lon: p.location.lon },
      })
    }
    const ids = new Set(points.map((p) => p.id))
    for (const a of demo.assessments)
      if (ids.has(`${a.point}-${copy}`)) assessments.push({ ...a, point: `${a.point}-${copy}` })
  }
  const municipalities = demo.municipalities.map((m) => ({
    ...m,
    population: m.population * Math.ceil(target / demo.points.length),
  }))
  return { ...demo, municipalities, points, assessments }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!

async function rescore() {
  setRepository(createKeyValueRepository(memoryKeyValueStore()))
  setActivePinia(createPinia())
  const regions = useRegionStore()
  const readiness = useReadinessStore()
  readiness.asOf = '2026-11-28'
  const region = bigRegion(5000)
  await regions.update(region)

  let t = performance.now()
  const first = readiness.report!
  const build = performance.now() - t

  const active = first.points.filter((p) => p.status === 'active')
  const times: number[] = []
  for (let i = 0; i < 60; i++) {
    const point = active[(i * 37) % active.length]!
    const requirement = point.requirements[i % point.requirements.length]!
    const rule = readiness.requirementsById.get(requirement.id)!
    t = performance.now()
    const result = readiness.recordAssessment(
      {
        point: point.id,
        requirement: requirement.id,
        date: '2026-11-28',
        result: i % 2 ? 'met' : 'partial',
        ...(rule.check.type === 'minimum' ? { value: rule.check.min } : {}),
      },
      'nl',
    )
    // Reading the new figures is part of the edit: point, municipality and region.
    const report = readiness.report!
    void report.region.networkCompleteness
    void readiness.point(point.id)!.score
    const elapsed = performance.now() - t
    if (!result.ok) throw new Error(`edit ${i} rejected: ${JSON.stringify(result.issues)}`)
    if (i >= 10) times.push(elapsed) // the first edits warm up the JIT
  }
  await regions.flushed()
  return {
    points: region.points.length,
    assessments: region.assessments.length + 60,
    build,
    median: median(times),
    p95: p95(times),
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const size = firstViewSize()
console.log('First view, gzip (from dist/.vite/manifest.json)')
console.log(
  `  app shell (entry + static imports): ${kb(size.shell.js)} JS, ${kb(size.shell.css)} CSS — ${size.shell.files.length} files`,
)
console.log(
  `  + Overzicht view chunk:             ${kb(size.firstView.js)} JS, ${kb(size.firstView.css)} CSS — budget ${BUDGET_KB} KB JS: ${size.firstView.js <= BUDGET_KB * 1024 ? 'within' : 'OVER'}`,
)
const r = await rescore()
console.log(
  `Re-score after an edit, through the readiness store (${r.points} points, ${r.assessments} assessments)`,
)
console.log(`  first full computation: ${r.build.toFixed(1)} ms`)
console.log(
  `  record + re-score: median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms — budget ${RESCORE_BUDGET_MS} ms: ${r.p95 <= RESCORE_BUDGET_MS ? 'within' : 'OVER'}`,
)
