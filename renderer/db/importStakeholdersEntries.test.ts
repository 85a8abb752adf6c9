import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, stakeholderInput } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { importStakeholders } from './importStakeholders';
import { stampChange, undoChange } from './undo';

// The import's one transaction writes, beside each stakeholder, the contact persons of the
// file's rows merged into it and the dated contact of a "last contact" column.

const opened: TramaDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const person = (name: string) => ({ name, role: '', emails: [], phones: [] });

describe('an import row with merged contact persons and a last contact', () => {
  it('writes every person once and the dated contact, and Undo takes them all back', async () => {
    const db = freshDatabase();
    opened.push(db);
    const row = {
      rowNumber: 2,
      name: 'CAS Il Gabbiano',
      status: 'new' as const,
      reasons: [],
      stakeholder: stakeholderInput({ name: 'CAS Il Gabbiano', region: 'sicilia', province: '' }),
      existingId: null,
      contact: person('Lucia Esempio'),
      // Hostile: the same person again in other case and with an accent: one person, written once.
      extraContacts: [person('LUCIA ESEMPIO'), person('Mario Prova'), person('Lùcia Esempio')],
      lastContact: '2026-03-12',
      overLimit: [],
      roundedNumbers: [],
    };
    const result = await importStakeholders(db, [row], undefined, [], 'Ultimo contatto');
    const [stakeholder] = await db.stakeholders.toArray();
    expect((await db.contacts.toArray()).map((contact) => contact.name).sort()).toEqual([
      'Lucia Esempio',
      'Mario Prova',
    ]);
    expect(await db.actions.toArray()).toMatchObject([
      {
        title: 'Ultimo contatto',
        kind: 'call-or-email',
        status: 'done',
        date: '2026-03-12',
        targetIds: [stakeholder!.id],
      },
    ]);
    await undoChange(db, await stampChange(result.change));
    expect([await db.stakeholders.count(), await db.contacts.count(), await db.actions.count()]).toEqual([0, 0, 0]);
  });
});
