import { describe, expect, it } from 'vitest'
import { terminalProgress } from './progress.ts'

function recorder() {
  const writes: string[] = []
  return { writes, stream: { write: (text: string) => writes.push(text) } }
}

describe('terminalProgress', () => {
  it('redraws one line, at most every 100 ms, and always at the end', () => {
    const { writes, stream } = recorder()
    let now = 0
    const progress = terminalProgress(stream, 'Dekking', () => now)
    progress.update(1, 400)
    now = 50
    progress.update(200, 400)
    now = 150
    progress.update(300, 400)
    now = 160
    progress.update(400, 400)
    progress.end()
    expect(writes).toEqual([
      '\r\x1b[2KDekking 0% (1/400)',
      '\r\x1b[2KDekking 75% (300/400)',
      '\r\x1b[2KDekking 100% (400/400)',
      '\r\x1b[2K',
    ])
  })

  it('counts without a percentage when the total is unknown, and leaves no trace when nothing was shown', () => {
    const { writes, stream } = recorder()
    const progress = terminalProgress(stream, 'Plaatsing', () => 0)
    progress.update(7)
    expect(writes).toEqual(['\r\x1b[2KPlaatsing (7)'])
    const quiet = recorder()
    terminalProgress(quiet.stream, 'x').end()
    expect(quiet.writes).toEqual([])
  })
})
