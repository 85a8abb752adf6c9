import type { AdvocacyAction } from '../domain/action';
import type { Agreement } from '../domain/agreement';
import { addDays } from '../domain/common';
import type { Contact } from '../domain/contact';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';

// The sample as if it had been entered over the years, not all this morning: "as of a day"
// and "compare two dates" then show a network growing. A stakeholder is entered a month
// before the first thing the sample says of it (a tie begun, an agreement signed, an action
// done), or two years ago when it says nothing dated; its contact persons with it, a tie
// when it began. Only entry dates move: no other field, and no random draw.

const ENTERED_BEFORE_FIRST_MENTION_DAYS = 30;
const UNDATED_ENTRY_DAYS_AGO = 730;

interface DatedRecords {
  stakeholders: Stakeholder[];
  contacts: Contact[];
  relationships: Relationship[];
  agreements: readonly Agreement[];
  actions: readonly AdvocacyAction[];
}

export function enteredOverTheYears(records: DatedRecords, today: string): DatedRecords {
  const firstMention = new Map<string, string>();
  const mention = (stakeholderId: string, day: string | null) => {
    if (day === null || day > today) return;
    const known = firstMention.get(stakeholderId);
    if (known === undefined || day < known) firstMention.set(stakeholderId, day);
  };
  for (const relationship of records.relationships) {
    mention(relationship.sourceId, relationship.since);
    mention(relationship.targetId, relationship.since);
  }
  for (const agreement of records.agreements)
    for (const party of agreement.parties) mention(party.stakeholderId, agreement.signedOn);
  for (const action of records.actions)
    if (action.status === 'done') for (const target of action.targetIds) mention(target, action.date);

  const stampOf = (day: string) => `${day}T08:00:00.000Z`;
  const enteredOn = (stakeholderId: string) => {
    const first = firstMention.get(stakeholderId);
    return first === undefined
      ? addDays(today, -UNDATED_ENTRY_DAYS_AGO)
      : addDays(first, -ENTERED_BEFORE_FIRST_MENTION_DAYS);
  };
  return {
    ...records,
    stakeholders: records.stakeholders.map((stakeholder) => ({
      ...stakeholder,
      createdAt: stampOf(enteredOn(stakeholder.id)),
    })),
    contacts: records.contacts.map((contact) => ({ ...contact, createdAt: stampOf(enteredOn(contact.stakeholderId)) })),
    relationships: records.relationships.map((relationship) =>
      relationship.since === null ? relationship : { ...relationship, createdAt: stampOf(relationship.since) },
    ),
  };
}
