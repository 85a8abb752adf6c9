import type { Contact } from '../../shared/domain/contact';
import type { TramaDatabase } from '../db/db';
import { sortByName } from './nameOrder';
import { stakeholderNamesByIds } from './stakeholderQueries';

// Reads of the contacts table; the screens use the hooks of useContactQueries.ts.

const nameOfContact = (contact: Contact) => contact.name;

/** A stakeholder's contact persons, by name as people read names (sortByName). */
export async function listContactsOf(db: TramaDatabase, stakeholderId: string): Promise<Contact[]> {
  return sortByName(await db.contacts.where('stakeholderId').equals(stakeholderId).toArray(), nameOfContact);
}

/** A contact person with the name of the organisation they work for ('' if it is gone). */
export interface ContactWithOrganisation {
  contact: Contact;
  organisation: string;
}

/** The contacts that exist among `contacts`, each with its organisation's name, in the same order. */
export async function withOrganisationNames(
  db: TramaDatabase,
  contacts: ReadonlyArray<Contact | undefined>,
): Promise<ContactWithOrganisation[]> {
  const present = contacts.filter((contact) => contact !== undefined);
  const nameOf = await stakeholderNamesByIds(
    db,
    present.map((contact) => contact.stakeholderId),
  );
  return present.map((contact) => ({ contact, organisation: nameOf.get(contact.stakeholderId) ?? '' }));
}

/** Every contact person by name (sortByName), with their organisation (the contact pickers). */
export async function contactsWithOrganisation(db: TramaDatabase): Promise<ContactWithOrganisation[]> {
  return withOrganisationNames(db, sortByName(await db.contacts.toArray(), nameOfContact));
}

/** The contacts with these ids, position by position; undefined where one is gone. */
export function contactsByIds(db: TramaDatabase, ids: readonly string[]): Promise<Array<Contact | undefined>> {
  return db.contacts.bulkGet([...ids]);
}

/** The contact persons of any of these stakeholders, in no particular order. */
export async function contactsOfAny(db: TramaDatabase, stakeholderIds: readonly string[]): Promise<Contact[]> {
  return stakeholderIds.length
    ? db.contacts
        .where('stakeholderId')
        .anyOf([...stakeholderIds])
        .toArray()
    : [];
}

/** The ids of a stakeholder's contact persons. */
export function contactIdsOf(db: TramaDatabase, stakeholderId: string): Promise<string[]> {
  return db.contacts.where('stakeholderId').equals(stakeholderId).primaryKeys();
}

export function countContactsOf(db: TramaDatabase, stakeholderId: string): Promise<number> {
  return db.contacts.where('stakeholderId').equals(stakeholderId).count();
}
