import type { AdvocacyAction, FollowUp } from '../domain/action';
import type { Agreement } from '../domain/agreement';
import { agreementsExpiringWithin, isBindingOn } from '../analysis/agreements';
import { followUpOwnerId, isOpenFollowUp, isOverdue, lastContactDate } from '../analysis/followUps';
import { BRIEFING_SECTIONS, type BriefingSection, type BriefingSource } from '../domain/briefing';
import type { Contact } from '../domain/contact';
import type { StaffMember } from '../domain/organisation';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';
import { findGaps, type Gap } from './briefingGaps';

// What a briefing pack says, derived from the records each time it is opened: who attends,
// who they are linked to, what we did with them, what they signed, and what is missing
// (briefingGaps.ts).

export type { Gap, GapRule } from './briefingGaps';

export interface BriefingRecords {
  stakeholders: readonly Stakeholder[];
  contacts: readonly Contact[];
  relationships: readonly Relationship[];
  agreements: readonly Agreement[];
  actions: readonly AdvocacyAction[];
  followUps: readonly FollowUp[];
  staff: readonly StaffMember[];
}

export interface BriefingOptions {
  /** The user's calendar day, YYYY-MM-DD. */
  today: string;
  /** How many past actions to show per attendee. */
  recentActionCount?: number;
  /** An agreement in force that ends within this many days is flagged as expiring. */
  expiringWithinDays?: number;
  /** Who was added or dropped by hand (stored with the briefing). */
  attendeeChanges?: AttendeeChanges;
}

/** The briefing's own changes to the attendees its source brings. */
export interface AttendeeChanges {
  addedStakeholderIds?: readonly string[] | undefined;
  removedStakeholderIds?: readonly string[] | undefined;
}

/** The relationships among attendees listed under one of them. */
export interface RelationshipGroup {
  attendee: Stakeholder;
  relationships: Relationship[];
}

export const DEFAULT_RECENT_ACTION_COUNT = 3;
export const DEFAULT_EXPIRING_WITHIN_DAYS = 90;

export interface OpenFollowUp {
  followUp: FollowUp;
  actionTitle: string;
  /** Who is to do it: its own owner or else its action's (followUpOwnerId), as the app shows. */
  ownerId: string | null;
  isOverdue: boolean;
}

export interface AgreementInForce {
  agreement: Agreement;
  isExpiring: boolean;
}

export interface AttendeeFacts {
  stakeholder: Stakeholder;
  /** The action's participants at this stakeholder; without an action, its primary contacts. */
  contacts: Contact[];
  lastContactDate: string | null;
  /**
   * Done actions that involved it (it was a target, or one of its contacts took part),
   * newest first (the briefing's own action left out).
   */
  recentActions: AdvocacyAction[];
  /** Open follow-ups of actions that involved it, except the briefing's own action's. */
  openFollowUps: OpenFollowUp[];
  /** Agreements binding today (signed or in force, not past their expiry). */
  agreements: AgreementInForce[];
}

export interface SharedAgreement {
  agreement: Agreement;
  attendeeIds: string[];
}

export interface BriefingModel {
  action: AdvocacyAction | null;
  /** Open follow-ups of the briefing's own action: about the meeting, not one attendee. */
  meetingFollowUps: OpenFollowUp[];
  attendees: AttendeeFacts[];
  /** Stakeholders with an active relationship to an attendee, not attending themselves. */
  neighbours: Stakeholder[];
  /** Active relationships that touch an attendee: what the map picture draws. */
  mapRelationships: Relationship[];
  sharedAgreements: SharedAgreement[];
  relationshipsAmongAttendees: Relationship[];
  /** The same relationships, each once, under the attendee whose name comes first; by name. */
  relationshipsByAttendee: RelationshipGroup[];
  /** Stakeholders the source brings who were dropped by hand, by name: they can be added back. */
  removedAttendees: Stakeholder[];
  gaps: Gap[];
  sections: BriefingSection[];
}

/**
 * The stakeholders at the table, in a stable order, unknown ids dropped: those the source
 * brings less those removed by hand, then those added by hand.
 */
export function attendeeIdsOf(
  source: BriefingSource,
  records: Pick<BriefingRecords, 'stakeholders' | 'contacts' | 'actions'>,
  changes: AttendeeChanges = {},
): string[] {
  const removed = new Set(changes.removedStakeholderIds ?? []);
  const known = new Set(records.stakeholders.map((stakeholder) => stakeholder.id));
  const brought = sourceAttendeeIds(source, records).filter((id) => !removed.has(id));
  return [...new Set([...brought, ...(changes.addedStakeholderIds ?? [])])].filter((id) => known.has(id));
}

function sourceAttendeeIds(
  source: BriefingSource,
  records: Pick<BriefingRecords, 'stakeholders' | 'contacts' | 'actions'>,
): string[] {
  const known = new Set(records.stakeholders.map((stakeholder) => stakeholder.id));
  let ids: string[];
  if (source.kind === 'action') {
    const action = records.actions.find((candidate) => candidate.id === source.actionId);
    if (!action) return [];
    const participantStakeholders = records.contacts
      .filter((contact) => action.participantIds.includes(contact.id))
      .map((contact) => contact.stakeholderId);
    ids = [...action.targetIds, ...participantStakeholders];
  } else if (source.kind === 'region') {
    // By name: a region brings dozens, and the database's order means nothing to a reader.
    ids = records.stakeholders
      .filter((stakeholder) => stakeholder.region === source.region)
      .sort(byName)
      .map((stakeholder) => stakeholder.id);
  } else {
    ids = source.stakeholderIds;
  }
  return [...new Set(ids)].filter((id) => known.has(id));
}

const byName = (left: Stakeholder, right: Stakeholder) =>
  left.name.localeCompare(right.name) || left.id.localeCompare(right.id);

/** Each relationship once, under the attendee whose name sorts first, partners by name. */
export function groupRelationshipsByAttendee(
  relationships: readonly Relationship[],
  attendees: readonly Stakeholder[],
): RelationshipGroup[] {
  const byId = new Map(attendees.map((attendee) => [attendee.id, attendee]));
  const groups = new Map<string, Array<{ link: Relationship; partner: Stakeholder }>>();
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

const isActive = (relationship: Relationship) => relationship.status === 'active';
/** Agreements still alive in some form: a shared one is worth discussing even before signature. */
const isLive = (agreement: Agreement) => agreement.status !== 'expired' && agreement.status !== 'terminated';

function openFollowUpsOf(
  actions: readonly AdvocacyAction[],
  followUpsByAction: ReadonlyMap<string, readonly FollowUp[]>,
  today: string,
): OpenFollowUp[] {
  return actions
    .flatMap((candidate) =>
      (followUpsByAction.get(candidate.id) ?? [])
        .filter((followUp) => isOpenFollowUp(followUp, candidate))
        .map((followUp) => ({
          followUp,
          actionTitle: candidate.title,
          ownerId: followUpOwnerId(followUp, candidate),
          isOverdue: isOverdue(followUp, today),
        })),
    )
    .sort((left, right) => (left.followUp.dueDate ?? '9999').localeCompare(right.followUp.dueDate ?? '9999'));
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** The records looked up per attendee, indexed once: a region can bring hundreds. */
interface RecordIndex {
  contactsByStakeholder: Map<string, Contact[]>;
  /** Actions that targeted a stakeholder or had one of its contacts taking part. */
  actionsInvolving: Map<string, AdvocacyAction[]>;
  followUpsByAction: Map<string, FollowUp[]>;
  agreementsByParty: Map<string, Agreement[]>;
}

function indexRecords(records: BriefingRecords): RecordIndex {
  const stakeholderOfContact = new Map(records.contacts.map((contact) => [contact.id, contact.stakeholderId]));
  const participantStakeholders = (action: AdvocacyAction) =>
    action.participantIds.flatMap((id) => stakeholderOfContact.get(id) ?? []);
  return {
    contactsByStakeholder: groupBy(records.contacts, (contact) => [contact.stakeholderId]),
    actionsInvolving: groupBy(records.actions, (action) => [...action.targetIds, ...participantStakeholders(action)]),
    followUpsByAction: groupBy(records.followUps, (followUp) => [followUp.actionId]),
    agreementsByParty: groupBy(records.agreements, (agreement) =>
      agreement.parties.map((party) => party.stakeholderId),
    ),
  };
}

function factsOf(
  stakeholder: Stakeholder,
  index: RecordIndex,
  action: AdvocacyAction | null,
  options: Required<BriefingOptions>,
): AttendeeFacts {
  const { today } = options;
  const ownContacts = index.contactsByStakeholder.get(stakeholder.id) ?? [];
  const contacts = action
    ? ownContacts.filter((contact) => action.participantIds.includes(contact.id))
    : ownContacts.filter((contact) => contact.isPrimary);
  const addressing = index.actionsInvolving.get(stakeholder.id) ?? [];
  const recentActions = addressing
    .filter((candidate) => candidate.status === 'done' && candidate.id !== action?.id && candidate.date <= today)
    .sort((left, right) => right.date.localeCompare(left.date))
    .slice(0, options.recentActionCount);
  const openFollowUps = openFollowUpsOf(
    addressing.filter((candidate) => candidate.id !== action?.id),
    index.followUpsByAction,
    today,
  );
  const binding = (index.agreementsByParty.get(stakeholder.id) ?? []).filter((agreement) =>
    isBindingOn(agreement, today),
  );
  const expiring = new Set(agreementsExpiringWithin(binding, today, options.expiringWithinDays));
  return {
    stakeholder,
    contacts,
    lastContactDate: lastContactDate(
      addressing,
      stakeholder.id,
      today,
      ownContacts.map((contact) => contact.id),
    ),
    recentActions,
    openFollowUps,
    agreements: binding.map((agreement) => ({ agreement, isExpiring: expiring.has(agreement) })),
  };
}

export function buildBriefingModel(
  source: BriefingSource,
  sections: readonly BriefingSection[],
  records: BriefingRecords,
  options: BriefingOptions,
): BriefingModel {
  const settings: Required<BriefingOptions> = {
    today: options.today,
    recentActionCount: options.recentActionCount ?? DEFAULT_RECENT_ACTION_COUNT,
    expiringWithinDays: options.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS,
    attendeeChanges: options.attendeeChanges ?? {},
  };
  const action =
    source.kind === 'action' ? (records.actions.find((candidate) => candidate.id === source.actionId) ?? null) : null;
  const byId = new Map(records.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder]));
  const attendeeIds = attendeeIdsOf(source, records, options.attendeeChanges);
  const attendeeSet = new Set(attendeeIds);
  const attendeeStakeholders = attendeeIds.flatMap((id) => byId.get(id) ?? []);
  const index = indexRecords(records);

  const mapRelationships = records.relationships.filter(
    (link) => isActive(link) && (attendeeSet.has(link.sourceId) || attendeeSet.has(link.targetId)),
  );
  const neighbourIds = new Set(
    mapRelationships.flatMap((link) => [link.sourceId, link.targetId]).filter((id) => !attendeeSet.has(id)),
  );
  const neighbours = [...neighbourIds]
    .flatMap((id) => byId.get(id) ?? [])
    .sort((left, right) => left.name.localeCompare(right.name));

  const relationshipsAmongAttendees = records.relationships.filter(
    (link) => attendeeSet.has(link.sourceId) && attendeeSet.has(link.targetId),
  );
  const sharedAgreements = records.agreements
    .filter(isLive)
    .map((agreement) => ({
      agreement,
      attendeeIds: [...new Set(agreement.parties.map((party) => party.stakeholderId))].filter((id) =>
        attendeeSet.has(id),
      ),
    }))
    .filter((shared) => shared.attendeeIds.length >= 2);

  return {
    action,
    meetingFollowUps: action ? openFollowUpsOf([action], index.followUpsByAction, settings.today) : [],
    attendees: attendeeStakeholders.map((stakeholder) => factsOf(stakeholder, index, action, settings)),
    neighbours,
    mapRelationships,
    sharedAgreements,
    relationshipsAmongAttendees,
    relationshipsByAttendee: groupRelationshipsByAttendee(relationshipsAmongAttendees, attendeeStakeholders),
    removedAttendees: sourceAttendeeIds(source, records)
      .filter((id) => !attendeeSet.has(id))
      .flatMap((id) => byId.get(id) ?? [])
      .sort(byName),
    gaps: findGaps(attendeeStakeholders, records, settings.today),
    // Always in the pack's reading order, whatever order they were ticked in.
    sections: BRIEFING_SECTIONS.filter((section) => sections.includes(section)),
  };
}
