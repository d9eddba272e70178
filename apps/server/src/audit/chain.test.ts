import { describe, expect, it } from 'vitest'
import { GENESIS_HASH, canonicalJson, entryHash, verifyChain, type AuditEntry } from './chain.ts'

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = []
  let prevHash = GENESIS_HASH
  for (let seq = 1; seq <= n; seq++) {
    const base = {
      seq,
      at: `2026-12-0${seq}T10:00:00.000Z`,
      actorId: 'u1',
      actorEmail: 'a@b.example',
      via: 'session' as const,
      action: 'point.put',
      region: 'VR25',
      entityKind: 'point',
      entityId: `p${seq}`,
      before: null,
      after: { name: `Punt ${seq}`, location: { lat: 52, lon: 5 } },
      address: null,
      prevHash,
    }
    const hash = entryHash(base)
    out.push({ ...base, hash })
    prevHash = hash
  }
  return out
}

describe('the audit hash chain', () => {
  it('accepts an intact chain', () => {
    expect(verifyChain(chain(5))).toMatchObject({ ok: true, verified: 5, last: { seq: 5 } })
  })
  it('finds the first altered entry, whichever field changed', () => {
    for (const field of ['at', 'actorEmail', 'action', 'entityId', 'after'] as const) {
      const entries = chain(5)
      ;(entries[2] as unknown as Record<string, unknown>)[field] =
        field === 'after' ? { name: 'Anders' } : 'changed'
      expect(verifyChain(entries)).toEqual({
        ok: false,
        first: { seq: 3, problem: 'altered' },
        verified: 2,
      })
    }
  })
  it('finds a removed entry, and a rehashed entry that no longer links', () => {
    const entries = chain(5)
    expect(verifyChain([...entries.slice(0, 1), ...entries.slice(2)])).toMatchObject({
      ok: false,
      first: { seq: 2, problem: 'removed' },
    })
    const forged = chain(5)
    const { hash: _old, ...rest } = { ...forged[3]!, after: { name: 'Vervalst' } }
    forged[3] = { ...rest, hash: entryHash(rest) }
    // The forged entry itself hashes right; the next one's link gives it away.
    expect(verifyChain(forged)).toMatchObject({
      ok: false,
      first: { seq: 5, problem: 'broken_link' },
    })
  })
  it('hashes the same content the same whatever the key order (JSONB reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}',
    )
  })
})
