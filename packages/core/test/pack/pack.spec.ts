import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const packageDir = fileURLToPath(new URL('../..', import.meta.url))
const repoRoot = join(packageDir, '../..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
let project: string

const run = (file: string, args: string[], cwd: string) =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

/** What the consumers print: a real parse of the committed fixture and of a Dutch Excel CSV. */
const consumerBody = `
const text = readFileSync("region.json", "utf8");
const region = parseRegionJson(text, { lang: "en" });
const broken = parseRegion({ schemaVersion: 1 }, { lang: "en" });
const csv = parsePointsCsv("\\uFEFFid;name;municipality;tier;kind;status;lat;lon\\r\\nx;X;GM0034;local;school;active;52,37;5,21\\r\\n");
console.log(JSON.stringify({
  ok: region.ok,
  points: region.ok ? region.value.points.map((p) => p.id) : region.issues,
  brokenPaths: broken.ok ? [] : broken.issues.map((i) => i.path),
  csvLat: csv.ok ? csv.value[0].location.lat : csv.issues,
  sharesZod: RegionSchema instanceof z.ZodObject,
}));
`

beforeAll(() => {
  const built = join(packageDir, 'dist/index.js')
  if (!existsSync(built) || !existsSync(join(packageDir, 'dist/index.cjs'))) {
    throw new Error(
      'dist/ is missing: run `npm run build -w @weerbaar/core` (or the root `npm run test:build`) first',
    )
  }
  project = mkdtempSync(join(tmpdir(), 'weerbaar-core-pack-'))
  const packed = JSON.parse(
    run(npm, ['pack', '--json', '--pack-destination', project], packageDir),
  ) as Array<{ filename: string }>
  const tarball = join(project, packed[0]!.filename)
  // The zod the monorepo uses, so the install can come from the npm cache.
  const zodVersion = (
    JSON.parse(readFileSync(join(repoRoot, 'node_modules/zod/package.json'), 'utf8')) as {
      version: string
    }
  ).version
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'weerbaar-pack-consumer', private: true, version: '0.0.0' }),
  )
  run(
    npm,
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--no-package-lock',
      tarball,
      `zod@${zodVersion}`,
    ],
    project,
  )
  copyFileSync(join(packageDir, 'test/fixtures/minimal-region.json'), join(project, 'region.json'))

  writeFileSync(
    join(project, 'consumer.mjs'),
    `import { readFileSync } from "node:fs";\nimport { z } from "zod";\nimport { parseRegion, parseRegionJson, parsePointsCsv, RegionSchema } from "@weerbaar/core";\n${consumerBody}`,
  )
  writeFileSync(
    join(project, 'consumer.cjs'),
    `const { readFileSync } = require("node:fs");\nconst { z } = require("zod");\nconst { parseRegion, parseRegionJson, parsePointsCsv, RegionSchema } = require("@weerbaar/core");\n${consumerBody}`,
  )
  // Type-checks against the packed declarations the way a Node ESM TypeScript project resolves them.
  writeFileSync(
    join(project, 'consumer.mts'),
    `import { parseRegion, type Region, type Issue } from "@weerbaar/core";\n` +
      `const result = parseRegion({});\n` +
      `const points: number = result.ok ? (result.value satisfies Region).points.length : 0;\n` +
      `const issues: Issue[] = result.ok ? [] : result.issues;\n` +
      `export { points, issues };\n`,
  )
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.mts'],
    }),
  )
})

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true })
})

describe('the packed @weerbaar/core tarball', () => {
  it('ships only what it should', () => {
    const manifest = JSON.parse(
      readFileSync(join(project, 'node_modules/@weerbaar/core/package.json'), 'utf8'),
    ) as { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> }
    expect(manifest.peerDependencies).toHaveProperty('zod')
    expect(manifest.dependencies).not.toHaveProperty('zod')
    expect(existsSync(join(project, 'node_modules/@weerbaar/core/dist/index.d.cts'))).toBe(true)
    expect(existsSync(join(project, 'node_modules/@weerbaar/core/src/io/csv-points.test.ts'))).toBe(
      false,
    )
    expect(
      statSync(join(project, 'node_modules/@weerbaar/core/schema/region.schema.json')).size,
    ).toBeGreaterThan(0)
  })

  for (const consumer of ['consumer.mjs', 'consumer.cjs']) {
    it(`parses a region when loaded from ${consumer.endsWith('.mjs') ? 'ESM (import)' : 'CJS (require)'}`, () => {
      const output = JSON.parse(run(process.execPath, [consumer], project)) as Record<
        string,
        unknown
      >
      expect(output).toEqual({
        ok: true,
        points: ['almere-poort-kazerne', 'urk-buurthuis'],
        brokenPaths: expect.arrayContaining(['region', 'guideline', 'municipalities']),
        csvLat: 52.37,
        sharesZod: true,
      })
    })
  }

  it('exposes the JSON Schema and package.json subpaths', () => {
    const script = `console.log(require("@weerbaar/core/region.schema.json").title, require("@weerbaar/core/package.json").name)`
    expect(run(process.execPath, ['-e', script], project).trim()).toBe(
      'Weerbaar region file @weerbaar/core',
    )
  })

  it('type-checks in a NodeNext TypeScript project', () => {
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
    expect(() => run(process.execPath, [tsc, '-p', 'tsconfig.json'], project)).not.toThrow()
  })
})
