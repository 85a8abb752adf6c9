import type { AdvocacyAction } from '../../shared/domain/action';
import type { Contact } from '../../shared/domain/contact';
import { foldForMatching } from '../../shared/domain/regions';
import { applyDeletionPlan, CASCADE_TABLES, planContactDeletion } from './cascade';
import type { TramaDatabase } from './db';
import type { UndoableChange } from './undo';

// GDPR Art. 15 (access) and Art. 17 (erasure) for one contact person: everything the
// database holds about them, and its removal from every table in one transaction.

export interface PersonalDataReport {
  generatedAt: string;
  contact: Contact;
  organisation: { id: string; name: string } | null;
  /** Actions the person took part in (only what concerns them). */
  participations: Array<Pick<AdvocacyAction, 'id' | 'title' | 'kind' | 'date' | 'status'>>;
  /**
   * Free-text notes elsewhere that mention the person's name: the app cannot tell whether
   * they are about this person, so it lists them for a human to review.
   */
  mentionsInNotes: Array<{ table: string; id: string; field: string; text: string }>;
}

const NOTE_FIELDS = [
  ['stakeholders', 'notes'],
  ['contacts', 'notes'],
  ['relationships', 'notes'],
  ['agreements', 'notes'],
  ['actions', 'objective'],
  ['actions', 'outcome'],
  ['followUps', 'text'],
] as const;

async function findMentions(db: TramaDatabase, contact: Contact): Promise<PersonalDataReport['mentionsInNotes']> {
  const needle = foldForMatching(contact.name);
  if (needle.length < 3) return [];
  const mentions: PersonalDataReport['mentionsInNotes'] = [];
  for (const [table, field] of NOTE_FIELDS) {
    await db.table(table).each((row: Record<string, unknown>) => {
      const text = row[field];
      if (row.id === contact.id || typeof text !== 'string' || text === '') return;
      if (foldForMatching(text).includes(needle)) mentions.push({ table, id: String(row.id), field, text });
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
      mentionsInNotes: await findMentions(db, contact),
    };
  });
}

/**
 * Erases the person: their contact record and every reference to it. The undo it returns
 * lives only in memory, for the few seconds the notice is shown.
 */
export async function erasePerson(db: TramaDatabase, contactId: string): Promise<UndoableChange> {
  return db.transaction('rw', CASCADE_TABLES, async () => applyDeletionPlan(db, await planContactDeletion(db, [contactId])));
}
