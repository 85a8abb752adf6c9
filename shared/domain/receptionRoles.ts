import type { Sector } from './enums';

// The reception sector holds two kinds of stakeholder that the network questions must keep
// apart: the facilities where people live (CAS, SAI, CPA, hotspots) and the offices that
// govern reception (the Prefetture, which contract and inspect the centres, and the
// ministries and regional offices above them). A facility without a health link is a gap in
// care; an office without one is a gap in governance, a different conversation.

export type ReceptionRole = 'facility' | 'governance';

/** Categories whose reception-sector stakeholders govern reception rather than host people. */
export const RECEPTION_GOVERNANCE_CATEGORY_IDS: ReadonlySet<string> = new Set([
  'prefecture',
  'national-government',
  'regional-government',
]);

/**
 * The stakeholder's part in the reception system, or null outside it. A category of the
 * user's own (or none given) counts as a facility: most reception stakeholders host people.
 */
export function receptionRoleOf(stakeholder: { sector: Sector; categoryId?: string }): ReceptionRole | null {
  if (stakeholder.sector !== 'reception') return null;
  return stakeholder.categoryId !== undefined && RECEPTION_GOVERNANCE_CATEGORY_IDS.has(stakeholder.categoryId)
    ? 'governance'
    : 'facility';
}

/** A CAS, SAI, CPA, hotspot or other place that hosts people (not a Prefettura). */
export function isReceptionFacility(stakeholder: { sector: Sector; categoryId?: string }): boolean {
  return receptionRoleOf(stakeholder) === 'facility';
}
