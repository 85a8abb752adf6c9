import {
  contactFieldsSchema,
  contactInputSchema,
  isPhoneNumber,
  type Contact,
  type ContactInput,
} from '../../../shared/domain/contact';
import { ValidationError, parseOrThrow } from '../../../shared/domain/validation';
import {
  applyDeletionPlan,
  deletionTables,
  previewDeletion,
  planContactDeletion,
  reachOf,
  type DeletionReach,
} from '../cascade';
import type { TramaDatabase } from '../db';
import { RecordGoneError } from '../recordGone';
import { applyListEdits } from './listEdits';
import { newRecordBase, nowIso } from '../timestamps';
import { emptyChange, recordBefore, recordCreated, type UndoableChange } from '../undo';

async function assertStakeholderExists(db: TramaDatabase, stakeholderId: string): Promise<void> {
  if ((await db.stakeholders.get(stakeholderId)) === undefined) {
    throw new RecordGoneError('stakeholders', stakeholderId);
  }
}

export async function createContact(db: TramaDatabase, input: ContactInput): Promise<Contact> {
  return (await createContactWithChange(db, input)).contact;
}

/** Creates a contact person, with the change that takes it back (the form's notice offers Undo). */
export async function createContactWithChange(
  db: TramaDatabase,
  input: ContactInput,
): Promise<{ contact: Contact; change: UndoableChange }> {
  const fields = parseOrThrow(contactInputSchema, input);
  return db.transaction('rw', db.contacts, db.stakeholders, async () => {
    await assertStakeholderExists(db, fields.stakeholderId);
    const contact: Contact = { ...newRecordBase(), ...fields };
    await db.contacts.add(contact);
    const change = emptyChange();
    recordCreated(change, 'contacts', [contact.id]);
    return { contact, change };
  });
}

/** How an email address is compared: "Anna.Rossi@ASL.it " is the address of "anna.rossi@asl.it". */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** An address the form's contact shares with another contact person, and where that person works. */
export interface SharedEmail {
  email: string;
  contact: Contact;
  stakeholderName: string;
}

/**
 * The other contact persons (all but `ownId`) with any of these addresses, compared by emailKey.
 * A hint for the form, never a refusal: people move between organisations.
 */
export async function contactsSharingEmails(
  db: TramaDatabase,
  emails: readonly string[],
  ownId?: string,
): Promise<SharedEmail[]> {
  const wanted = new Set(emails.map(emailKey).filter((email) => email !== ''));
  if (wanted.size === 0) return [];
  return db.transaction('r', db.contacts, db.stakeholders, async () => {
    const found = await db.contacts
      .filter((contact) => contact.id !== ownId && contact.emails.some((email) => wanted.has(emailKey(email))))
      .toArray();
    const stakeholders = await db.stakeholders.bulkGet([...new Set(found.map((contact) => contact.stakeholderId))]);
    const nameOf = new Map(stakeholders.flatMap((row) => (row ? [[row.id, row.name] as const] : [])));
    return found.map((contact) => ({
      email: contact.emails.find((email) => wanted.has(emailKey(email)))!,
      contact,
      stakeholderName: nameOf.get(contact.stakeholderId) ?? '',
    }));
  });
}

export async function updateContact(
  db: TramaDatabase,
  id: string,
  input: ContactInput,
): Promise<{ contact: Contact; change: UndoableChange }> {
  const fields = parseOrThrow(contactInputSchema, input);
  return db.transaction('rw', db.contacts, db.stakeholders, async () => {
    const before = await db.contacts.get(id);
    if (!before) throw new RecordGoneError('contacts', id);
    await assertStakeholderExists(db, fields.stakeholderId);
    const contact: Contact = { ...before, ...fields, updatedAt: nowIso() };
    await db.contacts.put(contact);
    const change = emptyChange();
    recordBefore(change, 'contacts', [before]);
    return { contact, change };
  });
}

/** The list fields of a contact, patched by what was added and removed (applyListEdits). */
const CONTACT_LIST_FIELDS = ['emails', 'phones', 'languages'] as const satisfies ReadonlyArray<keyof ContactInput>;

/**
 * Changes only the fields given, onto the contact as it is now (see patchStakeholder). Only
 * the phones the user typed are checked: one stored before phones were checked (or by a
 * teammate, a backup) stays as it is, and the contact's other fields can still be saved.
 */
export async function patchContact(
  db: TramaDatabase,
  id: string,
  patch: Partial<ContactInput>,
  opened?: Partial<ContactInput>,
): Promise<{ contact: Contact; change: UndoableChange }> {
  return db.transaction('rw', db.contacts, db.stakeholders, async () => {
    const current = await db.contacts.get(id);
    if (!current) throw new RecordGoneError('contacts', id);
    assertTypedPhonesArePhones(patch.phones, [...(opened?.phones ?? []), ...current.phones]);
    const applied = applyListEdits<ContactInput>(current, patch, opened, CONTACT_LIST_FIELDS);
    const fields = parseOrThrow(contactFieldsSchema, { ...current, ...applied });
    await assertStakeholderExists(db, fields.stakeholderId);
    const contact: Contact = { ...current, ...fields, updatedAt: nowIso() };
    await db.contacts.put(contact);
    const change = emptyChange();
    recordBefore(change, 'contacts', [current]);
    return { contact, change };
  });
}

/** Refuses each phone in `edited` that was not there before and is no phone number, by its place. */
function assertTypedPhonesArePhones(edited: readonly string[] | undefined, before: readonly string[]): void {
  const known = new Set(before.map((phone) => phone.trim()));
  const issues = (edited ?? []).flatMap((phone, index) =>
    known.has(phone.trim()) || isPhoneNumber(phone) ? [] : [{ field: `phones.${index}`, reason: 'invalid-phone' }],
  );
  if (issues.length > 0) throw new ValidationError(issues);
}

export async function previewContactDeletion(db: TramaDatabase, ids: readonly string[]): Promise<DeletionReach> {
  return previewDeletion(db, 'contacts', ids);
}

/** Deletes contacts and removes them from the participants of every action. */
export async function deleteContacts(
  db: TramaDatabase,
  ids: readonly string[],
): Promise<{ reach: DeletionReach; change: UndoableChange }> {
  return db.transaction('rw', deletionTables('contacts'), async () => {
    const plan = await planContactDeletion(db, ids);
    return { reach: reachOf(plan, 'contacts', ids), change: await applyDeletionPlan(db, plan) };
  });
}
