import type { Contact } from '../../shared/domain/contact';
import { REFERENCES, type Reference, type TallyOnTargetDeleted } from '../../shared/domain/references';
import type { TableName } from './schema';

// What a deletion leaves in the records that keep a tally of the targets it takes off them
// (shared/domain/references.ts `tallyOnTargetDeleted`): for a training, each attendee deleted
// becomes an anonymous former attendee, counted where they worked. The deletion plan
// (cascade.ts) calls this, so a contact's deletion, its erasure (privacy.ts) and its
// organisation's deletion leave the same trace.

/** The tables a tally reads besides those the deletion reaches. */
const TALLY_READS: Record<TallyOnTargetDeleted, TableName[]> = { 'former-attendees': ['stakeholders'] };

/** The tables the tallies of a deletion reaching these tables read: part of its transaction. */
export function tallyTables(reached: readonly TableName[]): TableName[] {
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
