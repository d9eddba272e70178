import type { StaffingNorms } from '../guideline/schema.ts'

const RATIONALE_ON_DUTY =
  'No source gives a staffing norm for noodsteunpunten (DOMAIN.md §1). Weerbaar assumes two people on duty at a local point (one at the door and information, one for reports and help) and four at a coordination point (also relaying to the regional crisis organisation), so a point never depends on one person.'
const RATIONALE_SHIFT =
  'No source gives a shift length. Eight hours is the usual shift of a 24-hour service in three shifts; longer shifts over three days of an outage are not sustainable.'

/**
 * The staffing norms used when the guideline edition has none. Assumptions, not official
 * figures: shown as such wherever they are used.
 */
export const DEFAULT_STAFFING_NORMS: StaffingNorms = {
  peopleOnDuty: {
    coordination: { value: 4, basis: 'assumption', sources: [], rationale: RATIONALE_ON_DUTY },
    local: { value: 2, basis: 'assumption', sources: [], rationale: RATIONALE_ON_DUTY },
  },
  maxShiftHours: { value: 8, basis: 'assumption', sources: [], rationale: RATIONALE_SHIFT },
}
