import { describe, expect, it } from 'vitest'
import { safeReturnTo } from './login.ts'

describe('safeReturnTo', () => {
  it('keeps a path on this server', () => {
    expect(safeReturnTo('/punten/almere-1?tab=eisen#top')).toBe('/punten/almere-1?tab=eisen#top')
  })

  it.each([
    ['https://evil.example/'],
    ['//evil.example/'],
    ['/\\evil.example/'],
    ['punten'],
    ['/a\r\nSet-Cookie: x=y'],
    ['/a\u0000'],
    [undefined],
    [['/a']],
    [`/${'a'.repeat(2001)}`],
  ])('sends %j to the start page', (value) => {
    expect(safeReturnTo(value)).toBe('/')
  })
})
