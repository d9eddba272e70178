import { describe, expect, it } from 'vitest'
import { getGuideline, listGuidelines } from './editions.ts'
import { sourcedRules } from './provenance.ts'

/**
 * Every rule that claims a source, with the source ids it relies on, as a reviewer checked them
 * against the sources (DOMAIN.md, "a rule of honesty"). A new edition, or a rule that becomes
 * sourced, fails here until someone has read its sources and added it to this list.
 */
const REVIEWED: Record<string, Record<string, string[]>> = {
  'noodsteunpunten@2025.1': {
    // crisiskunde.nl: "vaak wordt gewerkt met… circa vijfduizend" (a secondary source, said so in the rationale)
    'norms.inhabitantsPerPoint': ['crisiskunde'],
    // RD.nl 1106447: emergency reporting when 112 cannot be reached by phone
    'emergency.reporting': ['rd-1106447'],
    // RD.nl 1100199: main points relay to the regional crisis teams
    'coord.crisis-link': ['rd-1100199'],
  },
  'noodsteunpunten@2026.1': {
    'norms.inhabitantsPerPoint': ['crisiskunde'],
    // Dutch Brief and RD.nl 1106447: emergency reporting when 112 cannot be reached
    'emergency.reporting': ['dutchbrief', 'rd-1106447'],
    // RD.nl 1100199: distribution of water, food and medication
    'needs.water': ['rd-1100199'],
    'needs.food': ['rd-1100199'],
    // Dutch Brief: communication independent of the grid and public telecom
    'comms.radio': ['dutchbrief'],
    // gemeente.nu, Dutch Brief, RD.nl: coordination points relay to the regional crisis teams
    'coord.crisis-link': ['gemeente-nu-2026', 'dutchbrief', 'rd-1100199'],
    // Dutch Brief: coordination with residents and neighbours
    'coord.neighbourhood': ['dutchbrief'],
  },
  'noodsteunpunten@2026.2': {
    'norms.inhabitantsPerPoint': ['crisiskunde'],
    'emergency.reporting': ['dutchbrief', 'rd-1106447'],
    // DutchNews, May 2025: the minister names reporting missing persons
    'emergency.missing-persons': ['dutchnews-2025-05'],
    'needs.water': ['rd-1100199'],
    'needs.food': ['rd-1100199'],
    // RD.nl 1100199 (distribution of medication) and NH Nieuws 346798 (Amsterdam: medicines)
    'needs.medicines': ['rd-1100199', 'nh-nieuws-346798'],
    // NH Nieuws 346798 (Amsterdam: emergency power to charge medical equipment), DutchNews (charging via generators)
    'power.medical-equipment': ['nh-nieuws-346798', 'dutchnews-2025-05'],
    'comms.radio': ['dutchbrief'],
    'coord.crisis-link': ['gemeente-nu-2026', 'dutchbrief', 'rd-1100199'],
    'coord.neighbourhood': ['dutchbrief'],
  },
}

describe('rules that claim a source', () => {
  it.each(listGuidelines().map((g) => `${g.id}@${g.version}`))(
    '%s: each sourced rule with the sources it relies on, as reviewed',
    (ref) => {
      const [id, version] = ref.split('@') as [string, string]
      const rules = sourcedRules(getGuideline(id, version)!)
      expect(Object.fromEntries(rules.map((r) => [r.rule, r.sources.map((s) => s.id)]))).toEqual(
        REVIEWED[ref],
      )
    },
  )

  it('never cites a source the edition does not list', () => {
    for (const g of listGuidelines()) {
      const rules = sourcedRules(getGuideline(g.id, g.version)!)
      expect(rules.flatMap((r) => r.sources.filter((s) => s.publisher === '?'))).toEqual([])
    }
  })

  it('lists norms first, then requirements, with their titles', () => {
    const rules = sourcedRules(getGuideline('noodsteunpunten', '2026.1')!)
    expect(rules[0]).toMatchObject({ rule: 'norms.inhabitantsPerPoint', kind: 'norm' })
    expect(rules[1]).toMatchObject({
      rule: 'emergency.reporting',
      kind: 'requirement',
      title: 'Noodmelding doorzetten',
    })
    expect(rules[1]!.sources[0]).toMatchObject({ id: 'dutchbrief', publisher: 'Dutch Brief' })
  })
})
