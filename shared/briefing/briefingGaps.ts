import { isAgreementInForceAsOf, isTieActiveOn } from '../analysis/activeOnDay';
import type { Agreement } from '../domain/agreement';
import type { Contact } from '../domain/contact';
import { isReceptionFacility } from '../domain/receptionRoles';
import type { RegionId } from '../domain/regions';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';

// What is missing around a briefing's table: the bridges the programmes exist to build
// (reception facilities with health services), and attendees nobody links to or can reach.

export const GAP_RULES = [
  'reception-without-health-link',
  'region-without-health-attendee',
  'isolated-attendee',
  'no-contact-person',
] as const;
export type GapRule = (typeof GAP_RULES)[number];

export interface Gap {
  rule: GapRule;
  region: RegionId | null;
  stakeholderIds: string[];
}

/**
 * The gap rules, in the order they are shown:
 * - reception-without-health-link: an attending reception-sector stakeholder with neither a
 *   relationship active on `today` nor an agreement in force on it (activeOnDay.ts: begun, not
 *   ended or expired, as the dashboard's bridges) with any health-sector stakeholder — the
 *   bridge the programmes exist to build. One gap per region.
 * - region-without-health-attendee: reception-sector attendees from a region, and nobody from
 *   that region's health sector at the table.
 * - isolated-attendee: an attendee with no active relationship to any other attendee (only
 *   when at least two attend).
 * - no-contact-person: an attendee with no contact person on record.
 */
export function findGaps(
  attendees: readonly Stakeholder[],
  records: {
    stakeholders: readonly Stakeholder[];
    relationships: readonly Relationship[];
    agreements: readonly Agreement[];
    contacts: readonly Contact[];
  },
  today: string,
): Gap[] {
  const sectorOf = new Map(records.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.sector]));
  const attendeeIds = new Set(attendees.map((attendee) => attendee.id));
  // Who is tied to whom today: ties active and agreements in force, as the dashboard's bridges count them.
  const linked = new Map<string, Set<string>>();
  const tie = (left: string, right: string) => {
    if (left === right) return;
    for (const [from, to] of [
      [left, right],
      [right, left],
    ] as const) {
      const partners = linked.get(from);
      if (partners) partners.add(to);
      else linked.set(from, new Set([to]));
    }
  };
  const related = new Map<string, Set<string>>();
  for (const link of records.relationships.filter((relationship) => isTieActiveOn(relationship, today))) {
    tie(link.sourceId, link.targetId);
    for (const [from, to] of [
      [link.sourceId, link.targetId],
      [link.targetId, link.sourceId],
    ] as const)
      related.set(from, (related.get(from) ?? new Set()).add(to));
  }
  for (const agreement of records.agreements.filter((candidate) => isAgreementInForceAsOf(candidate, today))) {
    const parties = agreement.parties.map((party) => party.stakeholderId);
    for (const party of parties) for (const other of parties) tie(party, other);
  }
  const gaps: Gap[] = [];
  const byRegion = (members: readonly Stakeholder[]) => {
    const groups = new Map<RegionId | null, string[]>();
    for (const member of members) groups.set(member.region, [...(groups.get(member.region) ?? []), member.id]);
    return groups;
  };

  // Facilities only: a Prefettura governs reception and hosts nobody (receptionRoles.ts).
  const reception = attendees.filter(isReceptionFacility);
  const unlinked = reception.filter(
    (attendee) => ![...(linked.get(attendee.id) ?? [])].some((partner) => sectorOf.get(partner) === 'health'),
  );
  for (const [region, ids] of byRegion(unlinked))
    gaps.push({ rule: 'reception-without-health-link', region, stakeholderIds: ids });

  const healthRegions = new Set(
    attendees.filter((attendee) => attendee.sector === 'health').map((attendee) => attendee.region),
  );
  for (const [region, ids] of byRegion(reception)) {
    if (region !== null && !healthRegions.has(region))
      gaps.push({ rule: 'region-without-health-attendee', region, stakeholderIds: ids });
  }

  if (attendees.length > 1) {
    const isolated = attendees.filter(
      (attendee) =>
        ![...(related.get(attendee.id) ?? [])].some((other) => other !== attendee.id && attendeeIds.has(other)),
    );
    if (isolated.length > 0)
      gaps.push({ rule: 'isolated-attendee', region: null, stakeholderIds: isolated.map((attendee) => attendee.id) });
  }

  const withContacts = new Set(records.contacts.map((contact) => contact.stakeholderId));
  const unreachable = attendees.filter((attendee) => !withContacts.has(attendee.id));
  if (unreachable.length > 0)
    gaps.push({ rule: 'no-contact-person', region: null, stakeholderIds: unreachable.map((attendee) => attendee.id) });
  return gaps;
}
