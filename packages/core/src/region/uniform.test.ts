import { describe, expect, it } from 'vitest'
import { AssessmentSchema } from './schema.ts'
import { uniformAssessment } from './uniform.ts'

describe('uniformAssessment', () => {
  it('has every field of the schema, so a field added to the schema is not dropped', () => {
    const a = uniformAssessment({ point: 'p', requirement: 'r', date: '2026-01-01', value: 3 })
    expect(Object.keys(a)).toEqual(Object.keys(AssessmentSchema.shape))
    expect(a).toEqual({ point: 'p', requirement: 'r', date: '2026-01-01', value: 3 })
  })
})
