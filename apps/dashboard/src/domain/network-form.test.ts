import type { Region } from '@weerbaar/core'
import { describe, expect, it } from 'vitest'
import {
  agreementToDraft,
  emptyContact,
  partnerToDraft,
  staffingToDraft,
  validateAgreementDraft,
  validatePartnerDraft,
  validateStaffingDraft,
  withAgreement,
  withoutPartnerEntry,
  withPartner,
  withStaffing,
} from './network-form.ts'
import { demoRegion } from '#/test/helpers.ts'

const demo = demoRegion()

const paths = (result: { ok: boolean; issues?: { path: string }[] }) =>
  result.ok ? [] : result.issues!.map((i) => i.path)

describe('partner form', () => {
  it('names every problem at its field, in Dutch', () => {
    const draft = { ...partnerToDraft(), id: 'brandweer', kind: 'nope' }
    draft.contacts = [{ ...emptyContact(), role: 'aov', phone: 'bel me', email: 'geen-adres' }]
    const result = validatePartnerDraft(draft, demo, 'nl')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(paths(result)).toEqual(['id', 'name', 'kind', 'contacts.0.phone', 'contacts.0.email'])
    expect(result.issues[0]!.message).toBe('Er is al een partner met deze code; kies een andere')
    expect(result.issues[3]!.message).toMatch(/^Vul een telefoonnummer in/)
  })

  it('an empty contact row is a problem, not silently dropped', () => {
    const draft = { ...partnerToDraft(), id: 'nieuw', name: 'Buurtteam', kind: 'volunteers' }
    draft.contacts = [{ ...emptyContact(), role: 'aov' }]
    expect(paths(validatePartnerDraft(draft, demo, 'nl'))).toEqual(['contacts.0.name'])
  })

  it('gives a contract-valid partner with trimmed values and municipalities in region order', () => {
    const draft = {
      ...partnerToDraft(),
      id: 'buurtteam',
      name: '  Buurtteam Haven ',
      kind: 'volunteers',
      municipalities: ['GM0995', 'GM0034'],
      contacts: [{ role: 'aov', name: ' J. Jansen ', phone: '036 123 4567', email: '' }],
    }
    const result = validatePartnerDraft(draft, demo, 'nl')
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'buurtteam',
        name: 'Buurtteam Haven',
        kind: 'volunteers',
        municipalities: ['GM0034', 'GM0995'],
        contacts: [{ role: 'aov', name: 'J. Jansen', phone: '036 123 4567' }],
      },
    })
    if (!result.ok) return
    const next = withPartner(demo, result.value)
    expect(next.partners!.length).toBe(demo.partners!.length + 1)
    // Editing keeps its place in the list.
    const renamed = withPartner(next, { ...result.value, name: 'Buurtteam' })
    expect(renamed.partners!.at(-1)!.name).toBe('Buurtteam')
    expect(renamed.partners!.length).toBe(next.partners!.length)
  })

  it('keeps the id of an edited partner and refuses to remove one that is still used', () => {
    const brandweer = demo.partners!.find((p) => p.id === 'brandweer')!
    const draft = { ...partnerToDraft(brandweer), id: 'iets-anders' }
    const result = validatePartnerDraft(draft, demo, 'nl', 'brandweer')
    expect(result.ok && result.value.id).toBe('brandweer')
    const removed = withoutPartnerEntry(demo, 'brandweer', 'nl')
    expect(removed.ok).toBe(false)
    const unused = withPartner(demo, { id: 'los', name: 'Los', kind: 'other' })
    const gone = withoutPartnerEntry(unused, 'los', 'nl')
    expect(gone.ok && gone.value.partners!.some((p) => p.id === 'los')).toBe(false)
  })
})

describe('agreement form', () => {
  it('asks for a signing date when signed and an end date not before it', () => {
    const draft = {
      ...agreementToDraft(),
      id: 'nieuw',
      partner: 'brandweer',
      points: ['kazerne-urk'],
      provides: ['fuel'],
      status: 'signed',
    }
    const missing = validateAgreementDraft(draft, demo, 'nl')
    expect(paths(missing)).toEqual(['signed'])
    expect(!missing.ok && missing.issues[0]!.message).toBe(
      'Een getekende afspraak heeft een datum van ondertekening nodig',
    )
    const backwards = validateAgreementDraft(
      { ...draft, signed: '2026-05-01', validUntil: '2026-04-30' },
      demo,
      'nl',
    )
    expect(paths(backwards)).toEqual(['validUntil'])
  })

  it('refuses unknown partners and points, an empty choice and a taken code', () => {
    const draft = {
      ...agreementToDraft(),
      id: demo.agreements![0]!.id,
      partner: 'onbekend',
      points: ['bestaat-niet'],
    }
    expect(paths(validateAgreementDraft(draft, demo, 'en'))).toEqual([
      'id',
      'partner',
      'points',
      'provides',
    ])
  })

  it('gives provisions and points in a stable order', () => {
    const result = validateAgreementDraft(
      {
        ...agreementToDraft(),
        id: 'brandstof-2',
        partner: 'brandstof-flevoland',
        points: ['kazerne-urk', 'kazerne-almere-haven'],
        provides: ['water', 'fuel'],
        status: 'signed',
        signed: '2026-01-01',
        validUntil: '2027-01-01',
        note: ' contract 12 ',
      },
      demo,
      'nl',
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.points).toEqual(['kazerne-almere-haven', 'kazerne-urk'])
    expect(result.value.provides).toEqual(['fuel', 'water'])
    expect(result.value.note).toBe('contract 12')
    const next: Region = withAgreement(demo, result.value)
    expect(next.agreements!.at(-1)!.id).toBe('brandstof-2')
  })
})

describe('staffing form', () => {
  it('wants whole people and hours from 0 to 72', () => {
    const base = { point: 'kazerne-urk', partner: 'brandweer', role: 'gastheer' }
    expect(
      paths(validateStaffingDraft({ ...staffingToDraft(base), people: '2,5' }, demo, 'nl')),
    ).toEqual(['people'])
    expect(
      paths(
        validateStaffingDraft(
          { ...staffingToDraft(base), people: '3', availableWithinHours: '80' },
          demo,
          'nl',
        ),
      ),
    ).toEqual(['availableWithinHours'])
    const ok = validateStaffingDraft(
      { ...staffingToDraft(base), people: '3', availableWithinHours: '1,5' },
      demo,
      'nl',
    )
    expect(ok).toEqual({ ok: true, value: { ...base, people: 3, availableWithinHours: 1.5 } })
    if (!ok.ok) return
    const added = withStaffing(demo, ok.value)
    expect(added.staffing!.length).toBe(demo.staffing!.length + 1)
    const replaced = withStaffing(demo, ok.value, 0)
    expect(replaced.staffing![0]).toEqual(ok.value)
    expect(replaced.staffing!.length).toBe(demo.staffing!.length)
  })
})
