import type { AdvocacyAction } from '../../shared/domain/action';
import type { Contact } from '../../shared/domain/contact';
import { createMentionMatcher, type MentionKind, type MentionMatcher } from '../../shared/domain/mentions';
import { FREE_TEXT_FIELDS, type PersonalDataTable } from '../../shared/domain/personalData';
import { findMentionsInRecord, redactRecord } from '../../shared/domain/recordMentions';
import { backupSchema } from '../../shared/io/backup';
import { applyDeletionPlan, CASCADE_TABLES, planContactDeletion } from './cascade';
import type { TramaDatabase } from './db';
import { ERASED_CONTACTS_META_KEY, recordErasedContactIds } from './erasedContacts';
import type { TableName } from './schema';
import { nowIso } from './timestamps';
import { recordBefore, recordCreated, type UndoableChange } from './undo';

// GDPR Art. 15 (access) and Art. 17 (erasure) for one contact person: everything the
// database holds about them, and its removal from every table in one transaction. Where
// personal data may live is shared/domain/personalData.ts; copies kept outside the
// database are erasureCopies.ts.

/** A free-text field of one record that mentions the person by name, email or phone. */
export interface MentionPlace {
  table: PersonalDataTable;
  id: string;
  /** The record's title or name, to say where the mention is. */
  label: string;
  /** The registry's path of the field, e.g. "agenda" or "tags[]". */
  field: string;
  text: string;
  kinds: MentionKind[];
}

export interface PersonalDataReport {
  generatedAt: string;
  contact: Contact;
  organisation: { id: string; name: string } | null;
  /** Actions the person took part in (only what concerns them). */
  participations: Array<Pick<AdvocacyAction, 'id' | 'title' | 'kind' | 'date' | 'status'>>;
  /**
   * Free text elsewhere that mentions the person: the app cannot tell whether each is about
   * this person, so it lists them for a human to review before replacing them.
   */
  mentions: MentionPlace[];
}

const MAX_LABEL_LENGTH = 80;

function labelOf(row: Record<string, unknown>): string {
  const labels = row.labels as Record<string, unknown> | undefined;
  const label = [row.title, row.name, row.text, labels?.it].find((value): value is string => typeof value === 'string' && value !== '') ?? '';
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH)}…` : label;
}

const matcherFor = (contact: Contact) => createMentionMatcher({ name: contact.name, emails: contact.emails, phones: contact.phones });

async function findMentions(db: TramaDatabase, contact: Contact): Promise<MentionPlace[]> {
  const matcher = matcherFor(contact);
  const mentions: MentionPlace[] = [];
  for (const { table } of FREE_TEXT_FIELDS) {
    await db.table(table).each((row: Record<string, unknown>) => {
      // The person's own record goes whole; it is not a mention.
      if (table === 'contacts' && row.id === contact.id) return;
      for (const mention of findMentionsInRecord(table, row, matcher)) mentions.push({ table, id: String(row.id), label: labelOf(row), ...mention });
    });
  }
  return mentions;
}

export async function collectPersonalData(db: TramaDatabase, contactId: string, now: Date = new Date()): Promise<PersonalDataReport> {
  return db.transaction('r', db.tables, async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) throw new Error(`Contact ${contactId} does not exist`);
    const organisation = await db.stakeholders.get(contact.stakeholderId);
    const actions = await db.actions.where('participantIds').equals(contactId).sortBy('date');
    return {
      generatedAt: now.toISOString(),
      contact,
      organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
      participations: actions.map(({ id, title, kind, date, status }) => ({ id, title, kind, date, status })),
      mentions: await findMentions(db, contact),
    };
  });
}

export interface ErasureOptions {
  /** The mentions shown to the user and chosen for replacement (re-read, then replaced). */
  mentions?: readonly MentionPlace[];
  /** What replaces a mention, in the user's language: "[erased]". */
  marker?: string;
}

export interface DatabaseErasure {
  /** Lives only in memory, for the few seconds the notice is shown. */
  change: UndoableChange;
  mentionsReplaced: number;
  /** Mentions left as they were: replacing them would make the record invalid (a web address). */
  mentionsLeft: MentionPlace[];
}

/** Cannot lengthen any text: every mention is at least this long. */
const SHORT_MARKER = '[…]';

const tableSchemas = backupSchema.shape.tables.shape;
/** Whether a backup would accept the record: a restore refuses a whole file for one invalid record. */
const isValid = (table: PersonalDataTable, row: unknown) => tableSchemas[table].safeParse([row]).success;

async function replaceMentions(db: TramaDatabase, matcher: MentionMatcher, places: readonly MentionPlace[], marker: string, change: UndoableChange, outcome: DatabaseErasure): Promise<void> {
  const fieldsByRecord = new Map<string, { table: PersonalDataTable; id: string; fields: Set<string>; places: MentionPlace[] }>();
  for (const place of places) {
    const key = `${place.table}\u0000${place.id}`;
    const entry = fieldsByRecord.get(key) ?? { table: place.table, id: place.id, fields: new Set<string>(), places: [] };
    entry.fields.add(place.field);
    entry.places.push(place);
    fieldsByRecord.set(key, entry);
  }
  const updatedAt = nowIso();
  for (const { table, id, fields, places: recordPlaces } of fieldsByRecord.values()) {
    // Read again: the cascade may have just changed this record (an action's participants).
    const row: unknown = await db.table(table).get(id);
    if (row === undefined) continue;
    let redacted = redactRecord(table, row, matcher, marker, fields);
    const wasValid = isValid(table, row);
    if (wasValid && !isValid(table, redacted.record)) redacted = redactRecord(table, row, matcher, SHORT_MARKER, fields);
    if (redacted.count === 0) continue;
    if (wasValid && !isValid(table, redacted.record)) {
      outcome.mentionsLeft.push(...recordPlaces);
      continue;
    }
    recordBefore(change, table as TableName, [row]);
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

const ERASURE_TABLES = [...new Set<TableName>([...CASCADE_TABLES, ...FREE_TEXT_FIELDS.map((entry) => entry.table), 'meta'])];

/**
 * Erases the person in one transaction: their record, every reference to it, the chosen
 * mentions (replaced by the marker) and their id added to the record of erased contacts.
 */
export async function erasePerson(db: TramaDatabase, contactId: string, options: ErasureOptions = {}): Promise<DatabaseErasure> {
  return db.transaction('rw', ERASURE_TABLES, async () => {
    const plan = await planContactDeletion(db, [contactId]);
    const contact = plan.contacts[0];
    if (!contact) throw new Error(`Contact ${contactId} does not exist`);
    const outcome: DatabaseErasure = { change: await applyDeletionPlan(db, plan), mentionsReplaced: 0, mentionsLeft: [] };
    const places = (options.mentions ?? []).filter((place) => !(place.table === 'contacts' && place.id === contactId));
    if (places.length > 0) await replaceMentions(db, matcherFor(contact), places, options.marker ?? '[erased]', outcome.change, outcome);
    await recordErasure(db, contactId, outcome.change);
    return outcome;
  });
}
