import type { AdvocacyAction, FollowUp } from '../domain/action';
import type { Agreement } from '../domain/agreement';
import type { Contact } from '../domain/contact';
import type { Language } from '../domain/enums';
import type { Programme, StaffMember } from '../domain/organisation';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';

// Everything an export may draw from, and how to narrow it to the stakeholders the user is
// looking at.

export interface ExportData {
  stakeholders: Stakeholder[];
  contacts: Contact[];
  relationships: Relationship[];
  agreements: Agreement[];
  actions: AdvocacyAction[];
  followUps: FollowUp[];
  programmes: Programme[];
  staff: StaffMember[];
  /**
   * Stakeholders and contacts outside a narrowed export that its agreements and actions still
   * involve (an agreement's other parties, an action's other targets and participants): they
   * are named in those cells, not listed as rows of their own.
   */
  namedOutside?: { stakeholders: NamedRecord[]; contacts: NamedRecord[] };
}

export interface NamedRecord {
  id: string;
  name: string;
}

export type EnumKind =
  | 'sector'
  | 'stage'
  | 'level'
  | 'attitude'
  | 'region'
  | 'relationshipType'
  | 'relationshipStatus'
  | 'agreementKind'
  | 'agreementStatus'
  | 'partyRole'
  | 'actionKind'
  | 'actionStatus';

/** Words of the export in the user's language, supplied by the renderer's i18n. */
export interface ExportLabels {
  /** A column's header: from the descriptor's own texts when it has them (columns/), else the message for the key. */
  header(key: string, own?: Readonly<Record<Language, string>>): string;
  sheet(key: string): string;
  value(kind: EnumKind, value: string): string;
  category(categoryId: string): string;
  yes: string;
  no: string;
}

/**
 * The part of the data about the given stakeholders: their contacts, the relationships
 * among them, the agreements and actions that involve any of them. An agreement keeps all
 * its parties and an action all its targets and participants: those outside are named
 * (namedOutside), so a coordinator reads whom the selection's agreements were signed with.
 */
export function narrowToStakeholders(data: ExportData, stakeholderIds: ReadonlySet<string>): ExportData {
  const actions = data.actions.filter((action) => action.targetIds.some((id) => stakeholderIds.has(id)));
  const actionIds = new Set(actions.map((action) => action.id));
  const agreements = data.agreements.filter((agreement) =>
    agreement.parties.some((party) => stakeholderIds.has(party.stakeholderId)),
  );
  const contacts = data.contacts.filter((contact) => stakeholderIds.has(contact.stakeholderId));
  const contactIds = new Set(contacts.map((contact) => contact.id));
  const involved = new Set([
    ...agreements.flatMap((agreement) => agreement.parties.map((party) => party.stakeholderId)),
    ...actions.flatMap((action) => action.targetIds),
  ]);
  const participants = new Set(actions.flatMap((action) => action.participantIds));
  return {
    ...data,
    stakeholders: data.stakeholders.filter((stakeholder) => stakeholderIds.has(stakeholder.id)),
    contacts,
    relationships: data.relationships.filter(
      (relationship) => stakeholderIds.has(relationship.sourceId) && stakeholderIds.has(relationship.targetId),
    ),
    agreements,
    actions,
    followUps: data.followUps.filter((followUp) => actionIds.has(followUp.actionId)),
    namedOutside: {
      stakeholders: data.stakeholders
        .filter(({ id }) => involved.has(id) && !stakeholderIds.has(id))
        .map(({ id, name }) => ({ id, name })),
      contacts: data.contacts
        .filter(({ id }) => participants.has(id) && !contactIds.has(id))
        .map(({ id, name }) => ({ id, name })),
    },
  };
}

export function nameLookup(records: ReadonlyArray<{ id: string; name: string }>): (id: string | null) => string {
  const names = new Map(records.map((record) => [record.id, record.name]));
  return (id) => (id === null ? '' : (names.get(id) ?? ''));
}
