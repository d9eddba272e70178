import type { DropOutResult, MunicipalityDirectory, NetworkAnalysis } from '@weerbaar/core'
import { PROVISIONS } from '@weerbaar/core'
import { z } from 'zod'

/**
 * The JSON printed by `weerbaar network --format json`: a documented, stable contract
 * (docs/guide/cli.md). Fields are removed or renamed only in a major release; new fields may be
 * added in a minor one. Shares are fractions 0..1, not rounded. Contacts (personal data) appear
 * only with `--with-contacts`.
 */
const Count = z.number().int().nonnegative()
const Share = z.number().min(0).max(1)
const Provision = z.enum(PROVISIONS)

export const NetworkPointSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  municipality: z.string(),
  tier: z.enum(['coordination', 'local']),
  status: z.enum(['planned', 'active', 'inactive']),
  /** Provisions covered by an agreement valid on asOf. */
  provisions: z.array(Provision),
  agreements: z.array(z.string()),
  partners: z.array(z.string()),
  people: Count,
  /** Hours from the start of an outage the staffing covers without a gap. */
  staffingHours: z.number().min(0).max(72),
  missing: z.array(Provision),
})

const MunicipalityShareSchema = z.strictObject({
  code: z.string(),
  points: Count,
  share: Share,
  residentShare: Share,
})

export const SinglePointOfFailureSchema = z.strictObject({
  partner: z.string(),
  partnerName: z.string(),
  provides: Provision,
  /** Share of the region's active points that would lose the provision. */
  share: Share,
  residentShare: Share,
  points: z.array(z.string()),
  municipalities: z.array(MunicipalityShareSchema),
})

const StateSchema = z.strictObject({
  activePoints: Count,
  readyPoints: Count,
  staffedPoints: Count,
  residentsWithinReach: z.number().nonnegative().nullable(),
})

export const NetworkJsonSchema = z.strictObject({
  asOf: z.iso.date(),
  guideline: z.string(),
  spofThreshold: Share,
  /** The partner left out (`--without`), or null. */
  without: z.string().nullable(),
  singlePointsOfFailure: z.array(SinglePointOfFailureSchema),
  points: z.array(NetworkPointSchema),
  expiring: z.array(
    z.strictObject({
      agreement: z.string(),
      partner: z.string(),
      provides: z.array(Provision),
      points: z.array(z.string()),
      validUntil: z.iso.date(),
      daysLeft: z.number().int(),
    }),
  ),
  withoutLocationAgreement: z.array(z.string()),
  partners: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      validAgreements: Count,
    }),
  ),
  /** With `--without`: the network before and after the partner drops out. */
  dropOut: z
    .strictObject({
      partner: z.string(),
      before: StateSchema,
      after: StateSchema,
      points: z.array(
        z.strictObject({
          id: z.string(),
          levelBefore: z.string(),
          levelAfter: z.string(),
          staffingHoursBefore: z.number(),
          staffingHoursAfter: z.number(),
          lost: z.array(z.string()),
        }),
      ),
    })
    .nullable(),
  /** Only with `--with-contacts` (personal data). */
  contacts: z
    .array(
      z.strictObject({
        code: z.string(),
        name: z.string(),
        roles: z.array(
          z.strictObject({
            role: z.string(),
            contacts: z.array(
              z.strictObject({
                role: z.string(),
                partner: z.string(),
                partnerName: z.string(),
                name: z.string().optional(),
                phone: z.string().optional(),
                email: z.string().optional(),
              }),
            ),
          }),
        ),
      }),
    )
    .optional(),
})
export type NetworkJson = z.infer<typeof NetworkJsonSchema>

/** Core's analysis projected onto the contract field by field. */
export function toNetworkJson(
  analysis: NetworkAnalysis,
  extra: {
    guideline: string
    without: string | null
    dropOut: DropOutResult | null
    contacts?: MunicipalityDirectory[]
  },
): NetworkJson {
  return {
    asOf: analysis.asOf,
    guideline: extra.guideline,
    spofThreshold: analysis.spofThreshold,
    without: extra.without,
    singlePointsOfFailure: analysis.singlePointsOfFailure.map((s) => ({
      partner: s.partner,
      partnerName: s.partnerName,
      provides: s.provides,
      share: s.share,
      residentShare: s.residentShare,
      points: [...s.points],
      municipalities: s.municipalities.map((m) => ({ ...m })),
    })),
    points: analysis.points.map((p) => ({
      id: p.id,
      name: p.name,
      municipality: p.municipality,
      tier: p.tier,
      status: p.status,
      provisions: [...p.provisions],
      agreements: [...p.agreements],
      partners: [...p.partners],
      people: p.people,
      staffingHours: p.staffingHours,
      missing: [...p.missing],
    })),
    expiring: analysis.expiring.map((e) => ({ ...e })),
    withoutLocationAgreement: [...analysis.withoutLocationAgreement],
    partners: analysis.partners.map((p) => ({ ...p })),
    dropOut: extra.dropOut
      ? {
          partner: extra.dropOut.partner,
          before: { ...extra.dropOut.before },
          after: { ...extra.dropOut.after },
          points: extra.dropOut.points.map((p) => ({ ...p })),
        }
      : null,
    ...(extra.contacts ? { contacts: extra.contacts } : {}),
  }
}
