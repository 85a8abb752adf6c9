import type { AdvocacyAction } from '../../shared/domain/action';
import type { Contact } from '../../shared/domain/contact';
import {
  createMentionMatcher,
  type MentionKind,
  type MentionMatcher,
  type PersonIdentity,
} from '../../shared/domain/mentions';
import { CONTACT_ID_LISTS, FREE_TEXT_FIELDS, type PersonalDataTable } from '../../shared/domain/personalData';
import { valuesAt } from '../../shared/domain/references';
import { findMentionsInRecord, type MentionTarget, type RecordMention } from '../../shared/domain/recordMentions';
import { redactWithinSchema } from '../../shared/io/redactWithinSchema';
import { applyDeletionPlan, deletedRows, planContactDeletion } from './cascade';
import { withCopiesLock } from './copiesLock';
import { addCopiesPending } from './copiesPending';
import type { TramaDatabase } from './db';
import { ERASED_CONTACTS_META_KEY, recordErasedContactIds } from './erasedContacts';
import { identityOf, labelOf, localLabelsOf, type SharedDetail } from './personIdentity';
import { eraseFromHistory } from './repositories/history';

export type { SharedDetail };
import { TABLE_NAMES, type TableName } from './schema';
import { nowIso } from './timestamps';
import { recordBefore, recordCreated, recordRestoredWith, type UndoableChange } from './undo';

// GDPR Art. 15 (access) and Art. 17 (erasure) for one contact person: everything the
// database holds about them, and its removal from every table in one transaction. Where
// personal data may live is shared/domain/personalData.ts; copies kept outside the
// database are erasureCopies.ts.

/** A free-text field of one record that mentions the person by name, email or phone. */
export interface MentionPlace extends MentionTarget {
  table: PersonalDataTable;
  /** The record's title or name, to say where the mention is. */
  label: string;
  /** A category's label in both languages: shown in the interface's. */
  labels?: { it: string; en: string };
  /** The registry's path of the field, e.g. "agenda" or "tags[]". */
  field: string;
  text: string;
  kinds: MentionKind[];
  /** Only a one-word name matched: listed unticked, replaced only if the user ticks it. */
  isUncertain: boolean;
}

export interface PersonalDataReport {
  generatedAt: string;
  contact: Contact;
  organisation: { id: string; name: string } | null;
  /** Actions the person took part in (only what concerns them). */
  participations: Array<Pick<AdvocacyAction, 'id' | 'title' | 'kind' | 'date' | 'status'>>;
  /**
   * The other records that list the person among their contact persons (a training's
   * attendees), from the registry's lists of contact ids: a table added later is included.
   */
  listedIn: Array<{ table: PersonalDataTable; id: string; label: string }>;
  /**
   * Free text elsewhere that mentions the person: the app cannot tell whether each is about
   * this person, so it lists them for a human to review before replacing them.
   */
  mentions: MentionPlace[];
  /**
   * The person's emails and phones that other contacts have too: not looked for. Other
   * people's names: for the erasure dialog only, never in the person's own export.
   */
  sharedDetails: SharedDetail[];
}

async function findMentions(db: TramaDatabase, contact: Contact, person: PersonIdentity): Promise<MentionPlace[]> {
  const matcher = createMentionMatcher(person);
  const found: Array<{ table: PersonalDataTable; row: Record<string, unknown>; mention: RecordMention }> = [];
  for (const { table } of FREE_TEXT_FIELDS) {
    await db.table(table).each((row: Record<string, unknown>) => {
      // The person's own record goes whole; it is not a mention.
      if (table === 'contacts' && row.id === contact.id) return;
      for (const mention of findMentionsInRecord(table, row, matcher)) found.push({ table, row, mention });
    });
  }
  const stakeholderNames = new Map<string, string>();
  const mentions: MentionPlace[] = [];
  for (const { table, row, mention } of found) {
    const labels = table === 'categories' ? localLabelsOf(row) : undefined;
    mentions.push({
      table,
      id: String(row.id),
      label: await labelOf(db, table, row, stakeholderNames),
      ...(labels ? { labels } : {}),
      ...mention,
    });
  }
  return mentions;
}

/** Records outside actions (listed as participations) whose lists of contact ids hold the person. */
async function findListings(db: TramaDatabase, contactId: string): Promise<PersonalDataReport['listedIn']> {
  const listings: PersonalDataReport['listedIn'] = [];
  const stakeholderNames = new Map<string, string>();
  for (const { table, path } of CONTACT_ID_LISTS) {
    if (table === 'actions') continue;
    const rows: Array<Record<string, unknown>> = [];
    await db.table(table).each((row: Record<string, unknown>) => {
      if (valuesAt(row, path).includes(contactId)) rows.push(row);
    });
    for (const row of rows)
      listings.push({ table, id: String(row.id), label: await labelOf(db, table, row, stakeholderNames) });
  }
  return listings;
}

export async function collectPersonalData(
  db: TramaDatabase,
  contactId: string,
  now: Date = new Date(),
): Promise<PersonalDataReport> {
  return db.transaction('r', db.tables, async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) throw new Error(`Contact ${contactId} does not exist`);
    const organisation = await db.stakeholders.get(contact.stakeholderId);
    const actions = await db.actions.where('participantIds').equals(contactId).sortBy('date');
    const { person, sharedDetails } = await identityOf(db, contact);
    return {
      generatedAt: now.toISOString(),
      contact,
      organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
      participations: actions.map(({ id, title, kind, date, status }) => ({ id, title, kind, date, status })),
      listedIn: await findListings(db, contactId),
      mentions: await findMentions(db, contact, person),
      sharedDetails,
    };
  });
}

export interface ErasureOptions {
  /** The mentions the user confirmed for replacement (each re-read, then replaced). */
  mentions?: readonly MentionPlace[];
  /** What replaces a mention, in the user's language: "[erased]". */
  marker?: string;
}

export interface DatabaseErasure {
  /** Lives only in memory, while the result dialog offers Undo. */
  change: UndoableChange;
  mentionsReplaced: number;
  /** Mentions left as they were: no marker fits there without making the record invalid (a web address). */
  mentionsLeft: MentionPlace[];
}

async function replaceMentions(
  db: TramaDatabase,
  erasedContactId: string,
  matcher: MentionMatcher,
  places: readonly MentionPlace[],
  marker: string,
  outcome: DatabaseErasure,
): Promise<void> {
  const placesByRecord = new Map<string, MentionPlace[]>();
  for (const place of places) {
    const key = `${place.table}\u0000${place.id}`;
    placesByRecord.set(key, [...(placesByRecord.get(key) ?? []), place]);
  }
  const updatedAt = nowIso();
  for (const recordPlaces of placesByRecord.values()) {
    const { table, id } = recordPlaces[0]!;
    // Read again: the cascade may have just changed this record (an action's participants).
    const row: unknown = await db.table(table).get(id);
    if (row === undefined) continue;
    const redacted = redactWithinSchema(table, row, matcher, marker, new Set(recordPlaces.map((place) => place.field)));
    outcome.mentionsLeft.push(...recordPlaces.filter((place) => redacted.fieldsLeft.includes(place.field)));
    if (redacted.count === 0) continue;
    recordBefore(outcome.change, table as TableName, [row]);
    // Undo puts the person's name back here only if it puts her back.
    recordRestoredWith(outcome.change, table as TableName, id, { table: 'contacts', key: erasedContactId });
    await db.table(table).put({ ...(redacted.record as Record<string, unknown>), updatedAt });
    outcome.mentionsReplaced += redacted.count;
  }
}

async function recordErasure(db: TramaDatabase, contactId: string, change: UndoableChange): Promise<void> {
  // Undo takes the id off the record again: the person is back.
  const previous = await db.meta.get(ERASED_CONTACTS_META_KEY);
  if (previous) recordBefore(change, 'meta', [previous]);
  else recordCreated(change, 'meta', [ERASED_CONTACTS_META_KEY]);
  await recordErasedContactIds(db, [contactId]);
}

/**
 * Every table: the cascade, the mentions and the bookkeeping need most, and Undo's record of
 * what the changed rows point at (staff, programmes…) is then read in this same transaction.
 */
const ERASURE_TABLES = TABLE_NAMES;

/**
 * Erases the person in one transaction: their record, every reference to it, the confirmed
 * mentions (replaced by the marker), their id added to the record of erased contacts and
 * their copies marked as still to check. Waits for an automatic backup being written.
 */
export async function erasePerson(
  db: TramaDatabase,
  contactId: string,
  options: ErasureOptions = {},
): Promise<DatabaseErasure> {
  return withCopiesLock(() =>
    // An async callback: Dexie keeps its transaction open across native awaits only for those.
    db.transaction('rw', ERASURE_TABLES, async () => erasePersonInTransaction(db, contactId, options)),
  );
}

/**
 * The erasure's work, for a caller that holds the copies lock and a read-write transaction
 * over every table already (an erasure a teammate made, arriving by team sync).
 */
export async function erasePersonInTransaction(
  db: TramaDatabase,
  contactId: string,
  options: ErasureOptions = {},
): Promise<DatabaseErasure> {
  const plan = await planContactDeletion(db, [contactId]);
  const contact = deletedRows(plan, 'contacts')[0];
  if (!contact) throw new Error(`Contact ${contactId} does not exist`);
  const { person } = await identityOf(db, contact);
  const outcome: DatabaseErasure = {
    change: await applyDeletionPlan(db, plan),
    mentionsReplaced: 0,
    mentionsLeft: [],
  };
  const places = (options.mentions ?? []).filter((place) => !(place.table === 'contacts' && place.id === contactId));
  if (places.length > 0)
    await replaceMentions(db, contactId, createMentionMatcher(person), places, options.marker ?? '[erased]', outcome);
  // The history keeps every field's past values: the person leaves all of them, asked or not.
  await eraseFromHistory(db, contactId, person, options.marker ?? '[erased]');
  await recordErasure(db, contactId, outcome.change);
  await addCopiesPending(
    db,
    { contactId, places: places.map(({ table, id, field }) => ({ table, id, field })) },
    outcome.change,
  );
  return outcome;
}
