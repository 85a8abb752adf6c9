import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/domain/history';
import { stakeholderInputSchema } from '../../shared/domain/stakeholder';
import type { ImportPreviewRow } from '../../shared/io/importPreview';
import { freshDatabase, stakeholderInput } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { importStakeholders } from './importStakeholders';
import { createContact } from './repositories/contacts';
import { createStakeholder } from './repositories/stakeholders';
import { newRecordBase } from './timestamps';

// What an import leaves in the history (historyMiddleware.ts): its new rows as created,
// named together rather than one entry per row; each row it updates as a change, field by
// field; a row written again as it was leaves nothing.

const opened: TramaDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const person = (name: string) => ({ name, role: '', emails: [], phones: [] });

function row(rowNumber: number, name: string, existingId: string | null, overrides = {}): ImportPreviewRow {
  return {
    rowNumber,
    name,
    status: existingId ? 'update' : 'new',
    reasons: [],
    stakeholder: stakeholderInput({ name, ...overrides }),
    existingId,
    contact: null,
    extraContacts: [],
    overLimit: [],
    roundedNumbers: [],
  };
}

const entriesOf = async (db: TramaDatabase, table: string): Promise<HistoryEntry[]> =>
  (await db.history.toArray()).filter((entry) => entry.table === table);

describe("an import's history", () => {
  it('names its new rows as created, each updated row as changed, and nothing for a row unchanged', async () => {
    const db = freshDatabase();
    opened.push(db);
    const changed = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1', notes: 'Before' }));
    const unchanged = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 2' }));
    await createContact(db, { stakeholderId: changed.id, name: 'Lucia Esempio' });
    const before = new Set((await db.history.toArray()).map((entry) => entry.id));
    // Hostile: a new row among updates, a name with a control character and a prototype key.
    const rows = [
      row(2, 'ASL Roma 1', changed.id, { notes: 'After' }),
      row(3, 'Nuovo\u0007 __proto__', null),
      row(4, 'ASL Roma 2', unchanged.id),
      row(5, 'constructor', null),
    ];
    rows[0] = { ...rows[0]!, contact: person('LUCIA ESEMPIO'), extraContacts: [person('Mario Prova')] };
    const result = await importStakeholders(db, rows);
    expect([result.created, result.updated, result.contacts]).toEqual([2, 2, 1]);
    const added = (await entriesOf(db, 'stakeholders')).filter((entry) => !before.has(entry.id));
    const created = added.filter((entry) => entry.kind === 'created');
    const newIds = (await db.stakeholders.toArray())
      .filter((stakeholder) => stakeholder.id !== changed.id && stakeholder.id !== unchanged.id)
      .map((stakeholder) => stakeholder.id);
    expect(created).toHaveLength(1);
    expect([...created[0]!.recordIds].sort()).toEqual([...newIds].sort());
    expect(created[0]).toMatchObject({ by: null, source: 'here', changes: [] });
    const changes = added.filter((entry) => entry.kind === 'changed');
    expect(changes.map((entry) => entry.recordIds)).toEqual([[changed.id]]);
    expect(changes[0]!.changes).toEqual([{ field: 'notes', before: 'Before', after: 'After' }]);
    expect(added).toHaveLength(2);
    const contactEntries = (await entriesOf(db, 'contacts')).filter((entry) => !before.has(entry.id));
    const mario = (await db.contacts.toArray()).find((contact) => contact.name === 'Mario Prova');
    expect(contactEntries.map((entry) => [entry.kind, entry.recordIds])).toEqual([['created', [mario!.id]]]);
  });

  it('reaches a live query of one record’s history when one write creates thousands of records', async () => {
    const db = freshDatabase();
    opened.push(db);
    const rows = Array.from({ length: 2_500 }, (_, index) => ({
      ...newRecordBase(),
      ...stakeholderInputSchema.parse(stakeholderInput({ name: `Ente ${index} \u0000 constructor` })),
    }));
    const watched = rows[1_234]!.id;
    const seen: number[] = [];
    const subscription = liveQuery(() => db.history.where('recordIds').equals(watched).count()).subscribe((count) =>
      seen.push(count),
    );
    try {
      await expect.poll(() => seen.at(-1)).toBe(0);
      await db.stakeholders.bulkAdd(rows);
      await expect.poll(() => seen.at(-1)).toBe(1);
    } finally {
      subscription.unsubscribe();
    }
  });
});
