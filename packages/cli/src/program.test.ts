import { listGuidelines } from '@weerbaar/guidelines'
import { describe, expect, it } from 'vitest'
import { run } from './program.ts'

function streams(options: { failOnWrite?: boolean } = {}) {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    streams: {
      stdout: {
        write: (text: string) => {
          if (options.failOnWrite) throw new Error('schijf vol')
          out.push(text)
        },
      },
      stderr: { write: (text: string) => err.push(text), isTTY: false },
    },
  }
}

describe('run', () => {
  it('returns the exit code instead of exiting, so it can run in-process', async () => {
    const s = streams()
    expect(await run(['guideline', 'list', '--format', 'json'], s.streams)).toBe(0)
    expect(JSON.parse(s.out.join(''))).toHaveLength(listGuidelines().length)
    expect(s.err).toEqual([])
  })

  it('turns an unexpected error into one line and exit code 3, with the stack only with --debug', async () => {
    const plain = streams({ failOnWrite: true })
    expect(await run(['guideline', 'list'], plain.streams)).toBe(3)
    expect(plain.err).toEqual([
      'weerbaar: interne fout: schijf vol (dit is een fout in weerbaar; --debug toont de details)\n',
    ])

    const debug = streams({ failOnWrite: true })
    expect(await run(['guideline', 'list', '--debug', '--lang', 'en'], debug.streams)).toBe(3)
    expect(debug.err[0]).toBe(
      'weerbaar: internal error: schijf vol (this is a bug in weerbaar; --debug shows the details)\n',
    )
    expect(debug.err[1]).toMatch(/^Error: schijf vol\n\s+at /)
  })
})
