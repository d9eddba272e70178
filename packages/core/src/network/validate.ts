import { formatPath, type Issue, type Lang } from '../shared/issues.ts'
import { networkMessage, type NetworkMessageCode } from './messages.ts'

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined
}

/**
 * The whole-document checks of a region's network: unique partner and agreement ids, and every
 * reference (agreement → partner and points, staffing → point and partner, partner →
 * municipalities) pointing at something the file has. Reads the raw document defensively, so it
 * also runs on a file with shape errors and one run reports every problem.
 */
export function checkNetwork(
  doc: { partners?: unknown; agreements?: unknown; staffing?: unknown },
  known: { points: ReadonlySet<string>; municipalities: ReadonlySet<string> },
  lang: Lang,
): Issue[] {
  const out: Issue[] = []
  const issue = (
    code: NetworkMessageCode,
    path: PropertyKey[],
    params: Record<string, string | number> = {},
  ) =>
    out.push({
      severity: 'error',
      code,
      path: formatPath(path),
      message: networkMessage(code, lang, params),
    })

  const ids = (items: unknown[], base: string, code: NetworkMessageCode): Set<string> => {
    const seen = new Map<string, number>()
    items.forEach((item, index) => {
      const id = field(item, 'id')
      if (typeof id !== 'string') return
      const first = seen.get(id)
      if (first === undefined) seen.set(id, index)
      else issue(code, [base, index, 'id'], { id, first: formatPath([base, first]) })
    })
    return new Set(seen.keys())
  }

  const partners = arrayOf(doc.partners)
  const agreements = arrayOf(doc.agreements)
  const staffing = arrayOf(doc.staffing)
  const partnerIds = ids(partners, 'partners', 'duplicate_partner')
  ids(agreements, 'agreements', 'duplicate_agreement')

  partners.forEach((p, index) => {
    arrayOf(field(p, 'municipalities')).forEach((code, j) => {
      if (typeof code === 'string' && !known.municipalities.has(code))
        issue('unknown_partner_municipality', ['partners', index, 'municipalities', j], { code })
    })
  })

  agreements.forEach((a, index) => {
    const partner = field(a, 'partner')
    if (typeof partner === 'string' && !partnerIds.has(partner))
      issue('unknown_partner', ['agreements', index, 'partner'], { id: partner })
    arrayOf(field(a, 'points')).forEach((point, j) => {
      if (typeof point === 'string' && !known.points.has(point))
        issue('unknown_agreement_point', ['agreements', index, 'points', j], { id: point })
    })
    const provided = new Set<unknown>()
    arrayOf(field(a, 'provides')).forEach((provision, j) => {
      if (provided.has(provision) && typeof provision === 'string')
        issue('duplicate_provision', ['agreements', index, 'provides', j], { provision })
      provided.add(provision)
    })
    const signed = field(a, 'signed')
    const validUntil = field(a, 'validUntil')
    if (field(a, 'status') === 'signed' && signed === undefined)
      issue('signed_without_date', ['agreements', index, 'signed'])
    if (typeof signed === 'string' && typeof validUntil === 'string' && validUntil < signed)
      issue('valid_until_before_signed', ['agreements', index, 'validUntil'], {
        signed,
        validUntil,
      })
  })

  staffing.forEach((s, index) => {
    const point = field(s, 'point')
    if (typeof point === 'string' && !known.points.has(point))
      issue('unknown_agreement_point', ['staffing', index, 'point'], { id: point })
    const partner = field(s, 'partner')
    if (typeof partner === 'string' && !partnerIds.has(partner))
      issue('unknown_partner', ['staffing', index, 'partner'], { id: partner })
  })
  return out
}
