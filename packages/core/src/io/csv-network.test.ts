import { describe, expect, it } from 'vitest'
import { networkRegion } from '../network/test-region.ts'
import { mergeRegionCsv, regionToCsv } from './csv-region.ts'
import {
  agreementsToCsv,
  parseAgreementsCsv,
  parsePartnersCsv,
  parseStaffingCsv,
  partnersToCsv,
  staffingToCsv,
} from './csv-network.ts'

const partners = [
  {
    id: 'olie',
    name: 'Olie BV',
    kind: 'business' as const,
    contacts: [{ role: 'operations' as const, name: 'Anna de Vries', phone: '036 123 4567' }],
  },
  {
    id: 'welzijn',
    name: 'Welzijn; Tweedorp',
    kind: 'welfare' as const,
    municipalities: ['GM0002'],
  },
]
const agreements = [
  {
    id: 'f1',
    partner: 'olie',
    points: ['a1', 'a2'],
    provides: ['fuel' as const, 'power' as const],
    status: 'signed' as const,
    signed: '2026-01-01',
    validUntil: '2026-12-31',
    note: '=contract 12',
  },
  {
    id: 'w1',
    partner: 'welzijn',
    points: ['b1'],
    provides: ['location' as const],
    status: 'draft' as const,
  },
]

describe('partners and agreements as CSV', () => {
  it('writes Dutch Excel (BOM, ;) without contacts, and reads it back unchanged', () => {
    const text = partnersToCsv(partners)
    expect(text.startsWith('\uFEFFid;name;kind;municipalities\r\n')).toBe(true)
    expect(text).not.toContain('Anna')
    expect(text).not.toContain('036')
    const read = parsePartnersCsv(text)
    expect(read.ok && read.value).toEqual(partners.map(({ contacts: _c, ...p }) => p))
    const agreementsText = agreementsToCsv(agreements)
    expect(agreementsText).toContain(
      "f1;olie;a1, a2;fuel, power;signed;2026-01-01;2026-12-31;'=contract 12",
    )
    const back = parseAgreementsCsv(agreementsText)
    expect(back.ok && back.value).toEqual(agreements)
  })

  it('accepts Dutch headers and words, lists with | and Dutch dates', () => {
    const read = parseAgreementsCsv(
      'id;partner;punten;levert;status;getekend;geldig tot\nx;olie;a1 | a2;Brandstof, locatie;getekend;1-3-2026;31-12-2026\n',
    )
    expect(read.ok && read.value).toEqual([
      {
        id: 'x',
        partner: 'olie',
        points: ['a1', 'a2'],
        provides: ['fuel', 'location'],
        status: 'signed',
        signed: '2026-03-01',
        validUntil: '2026-12-31',
      },
    ])
  })

  it('names the line and column of a bad provision', () => {
    const read = parseAgreementsCsv(
      'id;partner;points;provides;status\nx;olie;a1;fuel, cake;draft\n',
      {
        lang: 'en',
      },
    )
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.issues.map((i) => [i.path, i.line, i.column])).toEqual([
      ['agreements[0].provides[1]', 2, 4],
    ])
  })

  it('mergeRegionCsv: references checked at the CSV cell, and contacts of the region file kept', () => {
    const base = JSON.parse(JSON.stringify(networkRegion({ partners, agreements }))) as unknown
    const files = regionToCsv(networkRegion({ partners, agreements }))
    expect(files.partners).toBeDefined()
    const merged = mergeRegionCsv(base, files)
    expect(merged.ok).toBe(true)
    if (!merged.ok) return
    expect(merged.value.partners![0]!.contacts).toEqual(partners[0]!.contacts)
    expect(merged.value.agreements).toEqual(agreements)

    const broken = mergeRegionCsv(
      base,
      { agreements: 'id;partner;points;provides;status\nx;nobody;a1, zz;fuel;draft\n' },
      { lang: 'en' },
    )
    expect(broken.ok).toBe(false)
    if (broken.ok) return
    expect(broken.issues.map((i) => [i.path, i.line, i.column, i.code])).toEqual([
      ['agreements[0].partner', 2, 2, 'unknown_partner'],
      ['agreements[0].points[1]', 2, 3, 'unknown_agreement_point'],
      // No catalog passed: parseRegion says the requirement ids were not checked (a warning).
      ['guideline', undefined, undefined, 'requirements_not_checked'],
    ])
  })

  it('regionToCsv writes no network files for a region without one', () => {
    expect(Object.keys(regionToCsv(networkRegion()))).toEqual(['points', 'assessments'])
  })
})

describe('staffing as CSV', () => {
  const staffing = [
    { point: 'a1', partner: 'olie', role: 'gastheer; info', people: 4 },
    { point: 'b1', partner: 'welzijn', role: 'coördinator', people: 2, availableWithinHours: 1.5 },
  ]

  it('writes Dutch Excel with a decimal comma and reads it back unchanged', () => {
    const text = staffingToCsv(staffing)
    expect(text.startsWith('\uFEFFpoint;partner;role;people;availableWithinHours\r\n')).toBe(true)
    expect(text).toContain('b1;welzijn;coördinator;2;1,5')
    const read = parseStaffingCsv(text)
    expect(read.ok && read.value).toEqual(staffing)
  })

  it('accepts Dutch headers, and names the line and column of a count that is not whole', () => {
    const read = parseStaffingCsv('punt;partner;taak;mensen\na1;olie;gastheer;3\n')
    expect(read.ok && read.value).toEqual([
      { point: 'a1', partner: 'olie', role: 'gastheer', people: 3 },
    ])
    const bad = parseStaffingCsv('point;partner;role;people\na1;olie;gastheer;2,5\n', {
      lang: 'en',
    })
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.issues.map((i) => [i.path, i.line, i.column])).toEqual([
      ['staffing[0].people', 2, 4],
    ])
  })

  it('mergeRegionCsv: a staffing CSV replaces the staffing, references checked at the cell', () => {
    const region = networkRegion({ partners, agreements, staffing })
    const base = JSON.parse(JSON.stringify(region)) as unknown
    const files = regionToCsv(region)
    expect(Object.keys(files)).toEqual([
      'points',
      'assessments',
      'partners',
      'agreements',
      'staffing',
    ])
    const merged = mergeRegionCsv(base, { staffing: files.staffing! })
    expect(merged.ok && merged.value.staffing).toEqual(staffing)
    const broken = mergeRegionCsv(
      base,
      { staffing: 'point;partner;role;people\nzz;olie;gastheer;2\na1;nobody;gastheer;2\n' },
      { lang: 'en' },
    )
    expect(broken.ok).toBe(false)
    if (broken.ok) return
    expect(
      broken.issues
        .filter((i) => i.severity === 'error')
        .map((i) => [i.path, i.line, i.column, i.code]),
    ).toEqual([
      ['staffing[0].point', 2, 1, 'unknown_agreement_point'],
      ['staffing[1].partner', 3, 2, 'unknown_partner'],
    ])
  })
})
