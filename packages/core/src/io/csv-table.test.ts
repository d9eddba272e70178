import { describe, expect, it } from 'vitest'
import { parsePointsCsv } from './csv-points.ts'
import { decodeCsvBytes } from './csv-table.ts'

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    const utf8 = new TextEncoder().encode('naam\nCafé')
    expect(decodeCsvBytes(utf8)).toEqual({ encoding: 'utf-8', text: 'naam\nCafé' })
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      encoding: 'utf-8',
      text: 'naam\nCafé',
    })
  })

  it('falls back to Windows-1252, as plain Dutch Excel CSV is saved', () => {
    // "Café €5" in Windows-1252: é = 0xE9, € = 0x80.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35])
    expect(decodeCsvBytes(bytes)).toEqual({ encoding: 'windows-1252', text: 'Café €5' })
  })

  it('feeds the CSV readers', () => {
    const header = 'id;name;municipality;tier;kind;status;lat;lon\r\n'
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(header),
      ...[0x78, 0x3b, 0x43, 0x61, 0x66, 0xe9],
      ...new TextEncoder().encode(';GM0034;local;other;active;52,3;5,2\r\n'),
    ])
    const result = parsePointsCsv(decodeCsvBytes(bytes).text)
    expect(result.ok && result.value[0]!.name).toBe('Café')
  })
})
