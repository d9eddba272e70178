import { describe, expect, it } from 'vitest'
import {
  missingMeanings,
  renderDataSpec,
  renderProgrammeContract,
  renderProgrammeSpec,
  renderReportContract,
} from './data-spec.ts'

describe('data specification page', () => {
  it('matches the committed reference/data-spec.md (run `npm run data-spec -w @weerbaar/docs` after a schema change)', async () => {
    await expect(renderDataSpec()).toMatchFileSnapshot('../reference/data-spec.md')
  })

  it('report contract matches the committed guide/parts/report-contract.md (run `npm run data-spec -w @weerbaar/docs`)', async () => {
    await expect(renderReportContract()).toMatchFileSnapshot('../guide/parts/report-contract.md')
  })

  it('programme file matches the committed reference/programme-file.md (run `npm run data-spec -w @weerbaar/docs`)', async () => {
    await expect(renderProgrammeSpec()).toMatchFileSnapshot('../reference/programme-file.md')
  })

  it('programme result matches the committed guide/parts/programme-contract.md (run `npm run data-spec -w @weerbaar/docs`)', async () => {
    await expect(renderProgrammeContract()).toMatchFileSnapshot(
      '../guide/parts/programme-contract.md',
    )
  })

  it('gives every field a meaning (add `.meta({ description })` to the zod schema or a note in scripts/field-notes.ts)', () => {
    expect(missingMeanings()).toEqual([])
  })
})
