import type { AdvocacyAction, FollowUp } from '../domain/action';
import type { Agreement } from '../domain/agreement';
import { isAgreementInForceAsOf } from '../analysis/activeOnDay';
import { agreementsExpiringWithin } from '../analysis/agreements';
import { followUpOwnerId, isOpenFollowUp, isOverdue, lastContactDate } from '../analysis/followUps';
import { BRIEFING_SECTIONS, type BriefingSection, type BriefingSource } from '../domain/briefing';
import type { Contact } from '../domain/contact';
import type { StaffMember } from '../domain/organisation';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';
import { findGaps, type Gap } from './briefingGaps';
import { byName, networkAround, type BriefingTie, type RelationshipGroup } from './briefingNetwork';

// What a briefing pack says, derived from the records each time it is opened: who attends,
// who they are linked to, what we did with them, what they signed, and what is missing
// (briefingGaps.ts).

export type { Gap, GapRule } from './briefingGaps';
export { groupRelationshipsByAttendee, type BriefingTie, type RelationshipGroup } from './briefingNetwork';

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
  /** Agreements in force today: signed or in force, begun by today, not past their expiry (activeOnDay.ts). */
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
  /** Stakeholders with a tie active today to an attendee, not attending themselves (briefingNetwork.ts). */
  neighbours: Stakeholder[];
  /** Ties active today that touch an attendee: what the map picture draws. */
  mapRelationships: Relationship[];
  sharedAgreements: SharedAgreement[];
  /** Relationships between attendees, each with the status it has today. */
  relationshipsAmongAttendees: BriefingTie[];
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

/**
 * Agreements still alive on `today` in some form: a shared one is worth discussing even before
 * signature or before it comes into force, but not once its expiry date has passed, whatever
 * its status still says (the day's rule of activeOnDay.ts).
 */
const isLiveOn = (agreement: Agreement, today: string) =>
  agreement.status !== 'expired' &&
  agreement.status !== 'terminated' &&
  (agreement.expiresOn === null || agreement.expiresOn >= today);

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
  const inForce = (index.agreementsByParty.get(stakeholder.id) ?? []).filter((agreement) =>
    isAgreementInForceAsOf(agreement, today),
  );
  const expiring = new Set(agreementsExpiringWithin(inForce, today, options.expiringWithinDays));
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
    agreements: inForce.map((agreement) => ({ agreement, isExpiring: expiring.has(agreement) })),
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

  const sharedAgreements = records.agreements
    .filter((agreement) => isLiveOn(agreement, settings.today))
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
    ...networkAround(attendeeStakeholders, byId, records.relationships, settings.today),
    sharedAgreements,
    removedAttendees: sourceAttendeeIds(source, records)
      .filter((id) => !attendeeSet.has(id))
      .flatMap((id) => byId.get(id) ?? [])
      .sort(byName),
    gaps: findGaps(attendeeStakeholders, records, settings.today),
    // Always in the pack's reading order, whatever order they were ticked in.
    sections: BRIEFING_SECTIONS.filter((section) => sections.includes(section)),
  };
}
