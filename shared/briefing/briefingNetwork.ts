import { isTieActiveOn, tieStatusOnDay, type TieStatusOnDay } from '../analysis/activeOnDay';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';

// The ties around a briefing's table on the day it is read: whether a tie is active goes by its
// dates (activeOnDay.ts), as the briefing's gaps and the map "as of" a day decide it, so that
// the map, the neighbours, the relationships listed and the gaps never disagree on one tie.

/**
 * A relationship between two attendees, its status the one it has today (one still marked
 * active whose dates have ended, or not yet begun, reads as inactive) and, for its words,
 * what it is today: the same words as on the relationship's page (`onDay`).
 */
export type BriefingTie = Relationship & { onDay: TieStatusOnDay };

/** The relationships among attendees listed under one of them. */
export interface RelationshipGroup {
  attendee: Stakeholder;
  relationships: BriefingTie[];
}

export interface BriefingNetwork {
  /** Stakeholders with a tie active today to an attendee, not attending themselves; by name. */
  neighbours: Stakeholder[];
  /** Ties active today that touch an attendee: what the map picture draws. */
  mapRelationships: Relationship[];
  /** Every relationship between two attendees, as it is today (BriefingTie). */
  relationshipsAmongAttendees: BriefingTie[];
  /** The same relationships, each once, under the attendee whose name comes first; by name. */
  relationshipsByAttendee: RelationshipGroup[];
}

export const byName = (left: Stakeholder, right: Stakeholder) =>
  left.name.localeCompare(right.name) || left.id.localeCompare(right.id);

/** Each relationship once, under the attendee whose name sorts first, partners by name. */
export function groupRelationshipsByAttendee(
  relationships: readonly BriefingTie[],
  attendees: readonly Stakeholder[],
): RelationshipGroup[] {
  const byId = new Map(attendees.map((attendee) => [attendee.id, attendee]));
  const groups = new Map<string, Array<{ link: BriefingTie; partner: Stakeholder }>>();
  for (const link of relationships) {
    const source = byId.get(link.sourceId);
    const target = byId.get(link.targetId);
    if (!source || !target) continue;
    const [first, partner] = byName(source, target) <= 0 ? [source, target] : [target, source];
    groups.set(first.id, [...(groups.get(first.id) ?? []), { link, partner }]);
  }
  return [...groups]
    .flatMap(([id, links]) => {
      const attendee = byId.get(id);
      const sorted = links.sort((left, right) => byName(left.partner, right.partner)).map((item) => item.link);
      return attendee ? [{ attendee, relationships: sorted }] : [];
    })
    .sort((left, right) => byName(left.attendee, right.attendee));
}

export function networkAround(
  attendees: readonly Stakeholder[],
  stakeholders: ReadonlyMap<string, Stakeholder>,
  relationships: readonly Relationship[],
  today: string,
): BriefingNetwork {
  const attendeeSet = new Set(attendees.map((attendee) => attendee.id));
  const touching = relationships.filter((link) => attendeeSet.has(link.sourceId) || attendeeSet.has(link.targetId));
  const activeToday = new Set(touching.filter((link) => isTieActiveOn(link, today)));
  const mapRelationships = touching.filter((link) => activeToday.has(link));
  const neighbourIds = new Set(
    mapRelationships.flatMap((link) => [link.sourceId, link.targetId]).filter((id) => !attendeeSet.has(id)),
  );
  const neighbours = [...neighbourIds]
    .flatMap((id) => stakeholders.get(id) ?? [])
    .sort((left, right) => left.name.localeCompare(right.name));
  const relationshipsAmongAttendees = touching
    .filter((link) => attendeeSet.has(link.sourceId) && attendeeSet.has(link.targetId))
    .map((link): BriefingTie => ({
      ...link,
      status: activeToday.has(link) ? link.status : 'inactive',
      onDay: tieStatusOnDay(link, today),
    }));
  return {
    neighbours,
    mapRelationships,
    relationshipsAmongAttendees,
    relationshipsByAttendee: groupRelationshipsByAttendee(relationshipsAmongAttendees, attendees),
  };
}
