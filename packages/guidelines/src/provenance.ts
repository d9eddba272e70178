import type { GuidelineEdition, Source } from '@weerbaar/core'
import { NORM_KEYS } from '@weerbaar/core'

/** A rule of an edition that claims a source (`basis: "source"`), with the sources it cites. */
export interface SourcedRule {
  /** A requirement id, or `norms.<key>` for a norm. */
  rule: string
  kind: 'requirement' | 'norm'
  title: string
  /** The cited sources, in the order the rule cites them. */
  sources: Source[]
}

/**
 * Every rule of `edition` whose basis is a source, norms first, then requirements in file
 * order, each with the full citations of its sources: the list a reviewer checks against the
 * sources one by one (a rule marked `source` may say only what its sources say).
 */
export function sourcedRules(edition: GuidelineEdition): SourcedRule[] {
  const byId = new Map(edition.sources.map((s) => [s.id, s]))
  const cite = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id) ?? { id, publisher: '?', title: `unknown source ${id}` })
  const norms = NORM_KEYS.filter((key) => edition.norms[key].basis === 'source').map(
    (key): SourcedRule => ({
      rule: `norms.${key}`,
      kind: 'norm',
      title: key,
      sources: cite(edition.norms[key].sources),
    }),
  )
  const requirements = edition.requirements
    .filter((r) => r.basis === 'source')
    .map(
      (r): SourcedRule => ({
        rule: r.id,
        kind: 'requirement',
        title: r.title,
        sources: cite(r.sources),
      }),
    )
  return [...norms, ...requirements]
}
