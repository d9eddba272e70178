import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateDemoFiles } from '../scripts/generate-regions.ts'

describe('scripts/generate-regions.ts', () => {
  it('reproduces the committed demo files byte for byte (run `npm run generate:regions -w @weerbaar/demo-data` after a change)', () => {
    const files = generateDemoFiles()
    expect([...files.keys()].sort()).toEqual([
      'data/csv/vr14-gooi-en-vechtstreek.assessments.csv',
      'data/csv/vr14-gooi-en-vechtstreek.points.csv',
      'data/csv/vr25-flevoland.assessments.csv',
      'data/csv/vr25-flevoland.points.csv',
      'data/vr14-gooi-en-vechtstreek.json',
      'data/vr25-flevoland.json',
    ])
    for (const [path, content] of files) {
      expect(content === readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), path).toBe(
        true,
      )
    }
  })

  it('is deterministic', () => {
    expect(generateDemoFiles()).toEqual(generateDemoFiles())
  })
})
