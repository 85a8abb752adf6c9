import Dexie from 'dexie';
import type { Contact } from '../../shared/domain/contact';
import { REFERENCES, type Reference, type TallyOnTargetDeleted } from '../../shared/domain/references';
import { formerAttendeeToken } from '../../shared/sync/formerAttendeeToken';
import { docIdOf } from '../../shared/sync/syncDocs';
import { SYNC_REVISIONS_TABLE, type RevisionRow } from '../sync/syncTables';
import type { TableName } from './schema';
import type { TramaDatabase } from './tramaDatabase';

// What a deletion leaves in the records that keep a tally of the targets it takes off them
// (shared/domain/references.ts `tallyOnTargetDeleted`): for a training, each attendee deleted
// becomes an anonymous former attendee, counted where they worked. The deletion plan
// (cascade.ts) calls this, so a contact's deletion, its erasure (privacy.ts) and its
// organisation's deletion leave the same trace.
// In a team, a person's token is derived from the revision of her record that her deletion
// replaces (the one this laptop's row reflects, `syncRevisions`), as a laptop that later drops
// her from a training arriving derives it (renderer/sync/deletedTallies.ts): she is counted
// once, whichever laptop tallies her. Derived without awaiting anything but the database
// (formerAttendeeToken), inside the deletion's transaction. Without a revision (outside a
// team, a record never sent) or a transaction that does not hold them, the token is drawn.

/** The tables a tally reads besides those the deletion reaches. */
const TALLY_READS: Record<TallyOnTargetDeleted, string[]> = {
  'former-attendees': ['stakeholders', SYNC_REVISIONS_TABLE],
};

/** The tables the tallies of a deletion reaching these tables read: part of its transaction. */
export function tallyTables(reached: readonly TableName[]): string[] {
  return (REFERENCES as readonly Reference[]).flatMap(({ from, to, tallyOnTargetDeleted }) =>
    tallyOnTargetDeleted !== undefined && reached.includes(from) && reached.includes(to)
      ? TALLY_READS[tallyOnTargetDeleted]
      : [],
  );
}

/** The organisations of these contacts that the deletion does not take with them: to read from the database. */
export function organisationsToRead(contacts: readonly Contact[], deletedStakeholders: ReadonlyMap<string, unknown>) {
  return [...new Set(contacts.map((contact) => contact.stakeholderId))].filter((id) => !deletedStakeholders.has(id));
}

/** The contacts still without a token whose revisions the transaction can read (an erasure's holds none: drawn). */
export function revisionsToRead(contacts: readonly Contact[], tokens: ReadonlyMap<string, string>): string[] {
  if (!Dexie.currentTransaction?.storeNames.includes(SYNC_REVISIONS_TABLE)) return [];
  return [...new Set(contacts.map((contact) => contact.id))].filter((id) => !tokens.has(id));
}

/** The revisions of these contacts' documents that this laptop's rows reflect; a database request, nothing else awaited. */
export function readRevisions(
  db: TramaDatabase,
  contactIds: readonly string[],
): PromiseLike<Array<RevisionRow | undefined>> {
  return db.table<RevisionRow, string>(SYNC_REVISIONS_TABLE).bulkGet(contactIds.map((id) => docIdOf('contacts', id)));
}

/** Adds to `tokens` the token derived from the revision of each of these contacts that has one. */
export function addRevisionTokens(
  contactIds: readonly string[],
  revisions: ReadonlyArray<RevisionRow | undefined>,
  tokens: Map<string, string>,
): void {
  contactIds.forEach((id, index) => {
    const revision = revisions[index];
    if (revision) tokens.set(id, formerAttendeeToken(revision.docId, revision.rev));
  });
}
